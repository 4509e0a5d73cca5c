import { Box, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useDeferredData } from '@/hooks/use-deferred-data';
import { useFormatters } from '@/hooks/use-formatters';
import { useOverview } from '../api/get-overview';
import { sectionsOf } from '../lib/figures';
import { FigureCard } from './figure-card';
import classes from './overview.module.css';

export interface OverviewPageProps {
  /** More for the role, composed by the app from other features (management: violation counts). */
  extra?: ReactNode;
}

/** The role's first screen: the figures that need attention, grouped, each a link to its list. */
export function OverviewPage({ extra }: OverviewPageProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const overview = useOverview();
  const { data, catchingUp } = useDeferredData(overview.data);

  const periodText = data?.period
    ? t('overview.period.inPeriod', { from: f.date(data.period.from), to: f.date(data.period.to) })
    : t('overview.period.now');

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={data ? t(`overview.intro.${data.role}`) : t('overview.introGeneric')}
      />
      {overview.isPending || catchingUp ? (
        <LoadingSkeleton variant="cards" label={t('overview.loading')} />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} title={t('overview.error')} />
      ) : data && data.figures.length === 0 ? (
        <EmptyState icon={<IconChartDots />} title={t('overview.empty.title')} description={t('overview.empty.description')} />
      ) : data ? (
        <Stack gap="xl">
          <Text size="sm" c="dimmed">
            {data.period
              ? t('overview.asOfWithPeriod', {
                  asOf: f.dateTime(data.asOf),
                  period: t(`overview.period.current.${data.period.kind}`, {
                    from: f.date(data.period.from),
                    to: f.date(data.period.to),
                  }),
                  previous: t(`overview.period.previous.${data.period.kind}`),
                })
              : t('overview.asOf', { asOf: f.dateTime(data.asOf) })}
          </Text>
          {sectionsOf(data.role, data.figures).map((section) => (
            <Box component="section" key={section.key} aria-labelledby={`overview-section-${section.key}`}>
              <Title order={2} size="h4" id={`overview-section-${section.key}`} mb={4}>
                {t(`overview.sections.${section.key}.title`)}
              </Title>
              <Text size="sm" c="dimmed" mb="sm">
                {t(`overview.sections.${section.key}.description`)}
              </Text>
              <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" className={classes.list}>
                {section.figures.map((figure) => (
                  <li key={figure.key}>
                    <FigureCard figure={figure} periodText={periodText} />
                  </li>
                ))}
              </SimpleGrid>
            </Box>
          ))}
          {extra}
        </Stack>
      ) : null}
    </>
  );
}
