import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { inDrawingOrder, TOOLTIP_STYLE } from '@/components/figure/chart-parts';
import type { Schemas } from '@/api/types';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useDisclosureStatistics } from '../../api/disclosures';
import { LEGAL_GROUNDS } from '../../lib/terms';

type Quarter = Schemas['DisclosureStatistics']['byQuarter'][number];
type Row = { quarter: string; total: number } & Record<Schemas['DisclosureLegalGround'], number>;

const COLORS: Record<Schemas['DisclosureLegalGround'], string> = {
  court_order: 'var(--mantine-color-indigo-6)',
  law_enforcement_request: 'var(--mantine-color-orange-6)',
  national_security: 'var(--mantine-color-gray-7)',
};

/** How many quarters the chart shows; the table and CSV hold every quarter. */
const CHART_QUARTERS = 12;

function toRow(quarter: Quarter): Row {
  const counts = Object.fromEntries(quarter.byLegalGround.map((entry) => [entry.key, entry.count])) as Record<Schemas['DisclosureLegalGround'], number>;
  return { quarter: quarter.quarter, total: quarter.total, court_order: counts.court_order ?? 0, law_enforcement_request: counts.law_enforcement_request ?? 0, national_security: counts.national_security ?? 0 };
}

/**
 * Disclosures to authorities per quarter and legal ground: counts only, never a request or a
 * person, so management may see them (transparency figures).
 */
export function DisclosureStatisticsFigure() {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const stats = useDisclosureStatistics();
  const rows = useMemo(() => (stats.data ? stats.data.byQuarter.map(toRow) : []), [stats.data]);

  if (stats.isPending) return <LoadingSkeleton variant="cards" count={1} label={t('recipientDisclosures.statistics.loading')} />;
  if (stats.isError) return <ErrorState error={stats.error} title={t('recipientDisclosures.statistics.error')} onRetry={() => void stats.refetch()} headingLevel={2} />;
  if (rows.length === 0) return <EmptyState title={t('recipientDisclosures.statistics.emptyTitle')} description={t('recipientDisclosures.statistics.emptyDescription')} />;

  const recent = rows.slice(-CHART_QUARTERS);
  const total = rows.reduce((sum, row) => sum + row.total, 0);
  const last4 = rows.slice(-4).reduce((sum, row) => sum + row.total, 0);
  const columns: FigureColumn<Row>[] = [
    { header: t('recipientDisclosures.statistics.quarter'), value: (row) => row.quarter },
    ...LEGAL_GROUNDS.map((ground): FigureColumn<Row> => ({ header: t(`recipientTerms.legalGround.${ground}`), value: (row) => row[ground], render: (row) => number(row[ground]), numeric: true })),
    { header: t('recipientDisclosures.statistics.total'), value: (row) => row.total, render: (row) => number(row.total), numeric: true },
  ];

  return (
    <FigureWithTable
      title={t('recipientDisclosures.statistics.title')}
      description={t('recipientDisclosures.statistics.description', { first: rows[0]?.quarter ?? '', last: rows.at(-1)?.quarter ?? '' })}
      summary={t('recipientDisclosures.statistics.summary', { total: number(total), quarters: number(rows.length), last4: number(last4) })}
      chart={
        <BarChart width="100%" height={280} data={recent} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="var(--mantine-color-default-border)" />
          <XAxis dataKey="quarter" tick={{ fontSize: 12, fill: 'var(--mantine-color-text)' }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: 'var(--mantine-color-text)' }} width={32} />
          <Tooltip {...TOOLTIP_STYLE} />
          {/* Legend text in the body colour: series colours as text fail contrast. */}
          <Legend itemSorter={inDrawingOrder(LEGAL_GROUNDS)} formatter={(value: string) => <span style={{ color: 'var(--mantine-color-text)' }}>{value}</span>} />
          {LEGAL_GROUNDS.map((ground) => (
            <Bar key={ground} dataKey={ground} stackId="grounds" name={t(`recipientTerms.legalGround.${ground}`)} fill={COLORS[ground]} />
          ))}
        </BarChart>
      }
      columns={columns}
      rows={rows}
      rowKey={(row) => row.quarter}
      csvFileName="disclosures-per-quarter"
    />
  );
}
