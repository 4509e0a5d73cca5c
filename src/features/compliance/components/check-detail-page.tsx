import '../translations';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { useActionList, useCheck, useComplianceScore } from '../api/compliance-queries';
import { CheckHistory } from './check-history';
import { OutcomeBadge, OverdueBadge } from './outcome-badge';
import { PromiseQuote } from './promise-quote';
import { RecordResultForm } from './record-result-form';
import { RemediationTable } from './remediation-table';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

export function CheckDetailPage({ checkId, canWrite }: { checkId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const check = useCheck(checkId);
  const back = (
    <Anchor component={Link} to={paths.compliance.build()} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('complianceDetail.back')}
      </Group>
    </Anchor>
  );
  if (check.isPending) return <LoadingSkeleton variant="page" label={t('complianceDetail.loading')} />;
  if (check.isError) {
    return (
      <>
        {back}
        <ErrorState error={check.error} title={t('complianceDetail.error')} onRetry={() => void check.refetch()} headingLevel={1} />
      </>
    );
  }
  const data = check.data;
  return (
    <>
      <PageHeader title={data.title[f.lang]} above={back} description={t(`complianceDetail.kindIntro.${data.kind}`)} />
      <Stack gap="md">
        <CheckFacts check={data} />
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="check-promise-title">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="xs">
              <Title order={2} size="h4" id="check-promise-title">
                {t('complianceDetail.promise')}
              </Title>
              <PromiseQuote promise={data.promise} />
            </Stack>
            <Stack gap="xs">
              <Title order={2} size="h4">
                {t('complianceDetail.method')}
              </Title>
              <Text size="sm">{data.method[f.lang]}</Text>
            </Stack>
          </SimpleGrid>
        </Paper>
        <CheckActions check={data} canWrite={canWrite} />
        {canWrite && data.kind === 'manual' ? <RecordResultFormWithToday check={data} /> : null}
        <CheckHistory check={data} />
      </Stack>
    </>
  );
}

/** The server's day (the score's `asOf`) decides what "in the past" means, not the viewer's clock. */
function RecordResultFormWithToday({ check }: { check: Schemas['ComplianceCheck'] }) {
  const score = useComplianceScore();
  return <RecordResultForm key={check.id} check={check} today={score.data?.asOf ?? ''} />;
}

function CheckFacts({ check }: { check: Schemas['ComplianceCheck'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const m = check.measurement;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={t('complianceDetail.facts')}>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
        <Fact label={t('complianceDetail.lastOutcome')}>
          <OutcomeBadge outcome={check.lastOutcome} />
          <Text size="xs" c="dimmed" mt={2}>
            {check.lastCheckedAt ? f.dateTime(check.lastCheckedAt) : t('complianceDetail.neverChecked')}
          </Text>
        </Fact>
        <Fact label={t('complianceDetail.nextDueOn')}>
          <Text size="sm" fw={check.overdue ? 700 : 500}>
            {f.date(check.nextDueOn)}
          </Text>
          {check.overdue ? <OverdueBadge /> : null}
        </Fact>
        <Fact label={t('complianceDetail.owner')}>
          <Text size="sm">{check.owner}</Text>
        </Fact>
        <Fact label={t('complianceDetail.frequency')}>
          <Text size="sm">{t(`complianceTerms.frequency.${check.frequency}`)}</Text>
        </Fact>
        <Fact label={t('complianceDetail.kind')}>
          <Badge variant="default" radius="sm" styles={{ label: { textTransform: 'none' } }}>
            {t(`complianceTerms.kind.${check.kind}`)}
          </Badge>
        </Fact>
        <Fact label={t('complianceDetail.weight')}>
          <Text size="sm">{t('complianceDetail.weightValue', { weight: check.weight })}</Text>
        </Fact>
      </SimpleGrid>
      {m ? (
        <Text size="sm" mt="md">
          {m.denominator === 0
            ? t('complianceDetail.measurementNone')
            : t(`complianceDetail.measurement.${check.key}`, {
                numerator: f.number(m.numerator),
                denominator: f.number(m.denominator),
                share: f.percent(m.numerator / m.denominator, 1),
                threshold: f.percent(m.threshold, 0),
                defaultValue: t('complianceDetail.measurementDefault', { numerator: f.number(m.numerator), denominator: f.number(m.denominator), share: f.percent(m.numerator / m.denominator, 1), threshold: f.percent(m.threshold, 0) }),
              })}
        </Text>
      ) : null}
    </Paper>
  );
}

function CheckActions({ check, canWrite }: { check: Schemas['ComplianceCheck']; canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  // A check has a handful of actions over its life; all of them fit one page.
  const actions = useActionList({ checkId: check.id, pageSize: 100, sort: 'status,dueOn' });
  const titles = useMemo(() => new Map([[check.id, check.title[f.lang]]]), [check, f.lang]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="check-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="check-actions-title">
          {t('complianceDetail.actions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('complianceDetail.actions.intro')}
        </Text>
        {actions.isPending ? (
          <LoadingSkeleton variant="table" label={t('complianceChecks.actions.loading')} />
        ) : actions.isError ? (
          <ErrorState error={actions.error} title={t('complianceChecks.actions.error')} onRetry={() => void actions.refetch()} headingLevel={3} />
        ) : actions.data.totalItems === 0 ? (
          <Text size="sm">{t('complianceDetail.actions.none')}</Text>
        ) : (
          <RemediationTable items={actions.data.items} totalItems={actions.data.totalItems} checkTitles={titles} canWrite={canWrite} showCheck={false} />
        )}
      </Stack>
    </Paper>
  );
}
