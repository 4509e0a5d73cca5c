import { Box, SimpleGrid, Text } from '@mantine/core';
import { IconChartDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useOverview } from '../api/get-overview';
import { FigureCard } from './figure-card';
import classes from './overview.module.css';

/** The role's first screen: the figures that need attention, each a link to its list. */
export function OverviewPage() {
  const { t } = useTranslation();
  const f = useFormatters();
  const overview = useOverview();
  const data = overview.data;

  const periodText = data?.period
    ? t('overview.period.inPeriod', { from: f.date(data.period.from), to: f.date(data.period.to) })
    : t('overview.period.now');

  return (
    <>
      <PageHeader
        title={t('overview.title')}
        description={data ? t(`overview.intro.${data.role}`) : t('overview.introGeneric')}
      />
      {overview.isPending ? (
        <LoadingSkeleton variant="cards" label={t('overview.loading')} />
      ) : overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} title={t('overview.error')} />
      ) : data && data.figures.length === 0 ? (
        <EmptyState icon={<IconChartDots />} title={t('overview.empty.title')} description={t('overview.empty.description')} />
      ) : data ? (
        <Box component="section" aria-labelledby="overview-figures-heading">
          <Text id="overview-figures-heading" component="h2" size="sm" c="dimmed" fw={400} mb="md">
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
          <SimpleGrid component="ul" cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" className={classes.list}>
            {data.figures.map((figure) => (
              <li key={figure.key}>
                <FigureCard figure={figure} periodText={periodText} />
              </li>
            ))}
          </SimpleGrid>
        </Box>
      ) : null}
    </>
  );
}
