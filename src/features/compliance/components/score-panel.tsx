import { Anchor, Card, Grid, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import { FigureWithTable } from '@/components/figure/figure-with-table';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { useComplianceScore } from '../api/compliance-queries';
import { OutcomeBadge } from './outcome-badge';
import { ScoreTrendChart } from './score-trend-chart';
import { monthLabel } from '../lib/months';

type Check = Schemas['ComplianceCheck'];

/**
 * The score, how it is computed (the server's own explanation, with today's points), its monthly
 * trend, and each check's part in it as a link to that check.
 */
export function ScorePanel({ catalogue }: { catalogue: readonly Check[] | undefined }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const score = useComplianceScore();
  if (score.isPending) return <LoadingSkeleton variant="cards" label={t('complianceChecks.score.loading')} />;
  if (score.isError) return <ErrorState error={score.error} title={t('complianceChecks.score.error')} onRetry={() => void score.refetch()} />;
  const data = score.data;
  const byId = new Map((catalogue ?? []).map((check) => [check.id, check]));
  const formatScore = (value: number) => f.number(value, { maximumFractionDigits: 1 });
  const trend = data.trend.map((point) => ({ month: point.month, label: monthLabel(point.month, f.lang), score: point.score }));
  const first = trend[0];
  const last = trend[trend.length - 1];
  const trendSummary =
    first && last
      ? t('complianceChecks.score.trendSummary', { from: first.label, fromScore: formatScore(first.score), to: last.label, toScore: formatScore(last.score) })
      : t('complianceChecks.score.noTrend');
  const parts = [...data.parts].sort((a, b) => b.weight - a.weight || a.checkKey.localeCompare(b.checkKey));

  return (
    // The parts table needs the wider column: check, outcome in words and points side by side.
    <Grid gap="md" mb="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
      <Card withBorder padding="lg" component="section" aria-labelledby="compliance-score-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="compliance-score-title">
            {t('complianceChecks.score.title')}
          </Title>
          <Group gap="xs" align="baseline">
            <Text fz={40} fw={700} lh={1}>
              {formatScore(data.score)}
            </Text>
            <Text c="dimmed">{t('complianceChecks.score.outOf', { date: f.date(data.asOf) })}</Text>
          </Group>
          <Text size="sm">{f.lang === 'nl' ? data.explanation.nl : data.explanation.en}</Text>
          <Table.ScrollContainer minWidth={420}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>{t('complianceChecks.score.partsCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('complianceChecks.score.check')}</Table.Th>
                  <Table.Th>{t('complianceChecks.score.outcome')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('complianceChecks.score.points')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {parts.map((part) => {
                  const check = byId.get(part.checkId);
                  const counts = part.outcome !== 'pending' && part.outcome !== 'not_applicable';
                  return (
                    <Table.Tr key={part.checkId}>
                      <Table.Td>
                        <Anchor component={Link} to={paths.compliance.detail.build(part.checkId)} size="sm">
                          {check ? check.title[f.lang] : part.checkKey}
                        </Anchor>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        <OutcomeBadge outcome={part.outcome} />
                      </Table.Td>
                      <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                        {counts ? t('complianceChecks.score.pointsOf', { points: formatScore(part.points), weight: part.weight }) : t('complianceChecks.score.leftOut', { weight: part.weight })}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
      <FigureWithTable
        title={t('complianceChecks.score.trendTitle')}
        headingOrder={2}
        description={t('complianceChecks.score.trendDescription')}
        summary={trendSummary}
        chart={<ScoreTrendChart points={trend} format={formatScore} />}
        columns={[
          { header: t('complianceChecks.score.month'), value: (row) => row.month, render: (row) => row.label },
          { header: t('complianceChecks.score.title'), value: (row) => row.score, render: (row) => formatScore(row.score), numeric: true },
        ]}
        rows={trend}
        rowKey={(row) => row.month}
        csvFileName="compliance-score-trend"
      />
      </Grid.Col>
    </Grid>
  );
}
