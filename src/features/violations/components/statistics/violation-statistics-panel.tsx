import '../../translations';
import { Loader, NativeSelect, SimpleGrid, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { FigureWithTable } from '@/components/figure/figure-with-table';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useViolationStatistics } from '../../api/violation-queries';

const CountBarChart = lazy(() => import('./count-bar-chart'));

const BREAKDOWNS = ['bySeverity', 'byMeasure', 'byDepartment', 'byQuarter'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

interface Row {
  key: string;
  label: string;
  count: number;
}

export interface ViolationStatisticsPanelProps {
  /** First and last day counted (by incident date); both optional: all records kept. */
  from?: string;
  to?: string;
  headingOrder?: 2 | 3;
  /** The breakdown shown first; management starts with the quarters, to see the trend. */
  initialBreakdown?: Breakdown;
}

/**
 * Violation counts by severity, measure, department or quarter, from the statistics endpoint,
 * which carries no names: the one view of violations that management may open.
 */
export function ViolationStatisticsPanel({ from, to, headingOrder = 2, initialBreakdown = 'bySeverity' }: ViolationStatisticsPanelProps) {
  const { t } = useTranslation();
  const { number, date } = useFormatters();
  const [breakdown, setBreakdown] = useState<Breakdown>(initialBreakdown);
  const stats = useViolationStatistics({ ...(from ? { from } : {}), ...(to ? { to } : {}) });

  if (stats.isPending) return <LoadingSkeleton variant="cards" count={2} label={t('violationStatistics.loading')} />;
  if (stats.isError) return <ErrorState error={stats.error} title={t('violationStatistics.error')} onRetry={() => void stats.refetch()} headingLevel={headingOrder} />;

  const data: Schemas['ViolationStatistics'] = stats.data;
  const label = (key: string) => (breakdown === 'bySeverity' ? t(`violationTerms.severity.${key}`) : breakdown === 'byMeasure' ? t(`violationTerms.measure.${key}`) : key);
  const rows: Row[] = data[breakdown].map((entry) => ({ key: entry.key, label: label(entry.key), count: entry.count }));
  const top = rows.reduce<Row | null>((best, row) => (best === null || row.count > best.count ? row : best), null);
  const period = from && to ? t('violationStatistics.periodBetween', { from: date(from), to: date(to) }) : t('violationStatistics.periodAll');

  return (
    <section aria-label={t('violationStatistics.title')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" mb="md">
        <div>
          <Text size="sm" c="dimmed">
            {t('violationStatistics.total')}
          </Text>
          <Text fz={28} fw={700}>
            {number(data.total)}
          </Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t('violationStatistics.open')}
          </Text>
          <Text fz={28} fw={700}>
            {number(data.underInvestigation)}
          </Text>
        </div>
      </SimpleGrid>
      <FigureWithTable<Row>
        title={t(`violationStatistics.breakdown.${breakdown}`)}
        headingOrder={headingOrder}
        description={t('violationStatistics.description', { period })}
        summary={
          top && top.count > 0
            ? t('violationStatistics.summary', { count: data.total, value: number(data.total), top: top.label, topCount: number(top.count) })
            : t('violationStatistics.summaryNone')
        }
        chart={
          <Suspense fallback={<Loader size="sm" role="status" aria-busy="true" aria-label={t('violationStatistics.loadingChart')} />}>
            <CountBarChart data={rows} />
          </Suspense>
        }
        columns={[
          { header: t(`violationStatistics.column.${breakdown}`), value: (row) => row.label },
          { header: t('violationStatistics.column.count'), value: (row) => row.count, numeric: true, render: (row) => number(row.count) },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        csvFileName={`violations-${breakdown}`}
        controls={
          <NativeSelect
            size="xs"
            aria-label={t('violationStatistics.breakdownLabel')}
            value={breakdown}
            onChange={(event) => setBreakdown(event.currentTarget.value as Breakdown)}
            data={BREAKDOWNS.map((value) => ({ value, label: t(`violationStatistics.breakdown.${value}`) }))}
          />
        }
      />
    </section>
  );
}
