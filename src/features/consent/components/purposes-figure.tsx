import { Badge, Text } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, inDrawingOrder, TOOLTIP_STYLE, noGridLines, PERCENT_AXIS_TICK } from '@/components/figure/chart-parts';
import { ChartBox } from '@/components/figure/chart-box';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import { decisionsOf, pointsChange, rankByConsentRate, type RateSeries } from '../lib/rates';
import { useChartTheme } from './chart-theme';
import { useRateText } from './use-rate-text';

type Row =
  | { kind: 'rate'; purpose: Schemas['PurposeKey']; totals: RateSeries['totals']; previous: RateSeries['totals'] | null }
  | { kind: 'necessary'; purpose: 'cookies_necessary' };

export interface PurposesFigureProps {
  series: readonly RateSeries[];
  /** The same purposes over the comparison period, when one is chosen. */
  previous: readonly RateSeries[] | null;
  periodText: string;
  comparisonText: string | null;
  busy: boolean;
}

/** Every purpose's two rates over the period, with their counts; strictly necessary cookies listed without a rate. */
export function PurposesFigure({ series, previous, periodText, comparisonText, busy }: PurposesFigureProps) {
  const { t } = useTranslation();
  const text = useRateText();
  const colors = useChartTheme();
  const previousOf = (purpose: string) => previous?.find((candidate) => candidate.purpose === purpose)?.totals ?? null;
  const rows: Row[] = [
    ...series.map((item): Row => ({ kind: 'rate', purpose: item.purpose, totals: item.totals, previous: previousOf(item.purpose) })),
    { kind: 'necessary', purpose: 'cookies_necessary' },
  ];
  const rateRow = (row: Row) => (row.kind === 'rate' ? row : null);
  const count = (pick: (totals: RateSeries['totals']) => number) => (row: Row) => {
    const rate = rateRow(row);
    return rate ? pick(rate.totals) : '';
  };
  const columns: FigureColumn<Row>[] = [
    { header: t('consentRates.columns.purpose'), value: (row) => text.purpose(row.purpose) },
    { header: t('consentRates.columns.asked'), value: count((totals) => totals.asked), numeric: true, render: (row) => (rateRow(row) ? text.format.number(rateRow(row)?.totals.asked ?? 0) : <Text size="sm">{t('consentTerms.state.not_required')}</Text>) },
    { header: t('consentRates.columns.granted'), value: count((totals) => totals.granted), numeric: true, render: (row) => (rateRow(row) ? text.format.number(rateRow(row)?.totals.granted ?? 0) : '—') },
    { header: t('consentRates.columns.refused'), value: count((totals) => totals.refused), numeric: true, render: (row) => (rateRow(row) ? text.format.number(rateRow(row)?.totals.refused ?? 0) : '—') },
    { header: t('consentRates.columns.withdrawn'), value: count((totals) => totals.withdrawn), numeric: true, render: (row) => (rateRow(row) ? text.format.number(rateRow(row)?.totals.withdrawn ?? 0) : '—') },
    {
      header: t('consentRates.columns.optInRate'),
      value: (row) => rateRow(row)?.totals.optInRate ?? '',
      numeric: true,
      render: (row) => {
        const rate = rateRow(row);
        return rate ? text.share(rate.totals.optInRate, rate.totals.granted, rate.totals.asked) : '—';
      },
    },
    {
      header: t('consentRates.columns.consentRate'),
      value: (row) => rateRow(row)?.totals.consentRate ?? '',
      numeric: true,
      render: (row) => {
        const rate = rateRow(row);
        return rate ? text.share(rate.totals.consentRate, rate.totals.granted, decisionsOf(rate.totals)) : '—';
      },
    },
  ];
  if (previous) {
    columns.push(
      {
        header: t('consentRates.columns.previousConsentRate'),
        value: (row) => rateRow(row)?.previous?.consentRate ?? '',
        numeric: true,
        render: (row) => {
          const before = rateRow(row)?.previous;
          return before ? text.share(before.consentRate, before.granted, decisionsOf(before)) : '—';
        },
      },
      {
        header: t('consentRates.columns.change'),
        value: (row) => pointsChange(rateRow(row)?.totals.consentRate ?? null, rateRow(row)?.previous?.consentRate ?? null) ?? '',
        numeric: true,
        render: (row) => text.points(pointsChange(rateRow(row)?.totals.consentRate ?? null, rateRow(row)?.previous?.consentRate ?? null)),
      },
    );
  }

  const ranked = rankByConsentRate(series).filter((item) => item.totals.consentRate !== null);
  const best = ranked[0];
  const worst = ranked.at(-1);
  const summary =
    best && worst
      ? t('consentRates.purposes.summary', {
          best: text.purpose(best.purpose),
          bestRate: text.share(best.totals.consentRate, best.totals.granted, decisionsOf(best.totals)),
          worst: text.purpose(worst.purpose),
          worstRate: text.share(worst.totals.consentRate, worst.totals.granted, decisionsOf(worst.totals)),
          period: periodText,
        })
      : t('consentRates.purposes.summaryEmpty', { period: periodText });

  const data = series.map((item) => ({
    name: text.purpose(item.purpose),
    consent: item.totals.consentRate === null ? null : Math.round(item.totals.consentRate * 1000) / 10,
    optIn: item.totals.optInRate === null ? null : Math.round(item.totals.optInRate * 1000) / 10,
    previous: previousOf(item.purpose)?.consentRate == null ? null : Math.round((previousOf(item.purpose)?.consentRate ?? 0) * 1000) / 10,
  }));

  return (
    <FigureWithTable
      title={t('consentRates.purposes.title')}
      description={
        <>
          {t('consentRates.purposes.description', { period: periodText })}
          {comparisonText ? ` ${comparisonText}` : ''}
        </>
      }
      summary={summary}
      csvFileName="consent-rates-per-purpose"
      columns={columns}
      rows={rows}
      rowKey={(row) => row.purpose}
      chart={
        <div style={{ opacity: busy ? 0.6 : 1 }}>
          <ChartBox height={40 + series.length * 34}>
            {(width) => (
              <BarChart width={width} height={40 + series.length * 34} data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
                <CartesianGrid stroke={colors.grid} horizontal={false} horizontalCoordinatesGenerator={noGridLines} />
                <XAxis type="number" domain={[0, 100]} interval={0} unit=" %" stroke={colors.text} tick={PERCENT_AXIS_TICK} />
                <YAxis type="category" dataKey="name" interval={0} width={230} stroke={colors.text} tick={AXIS_TICK} />
                <Tooltip contentStyle={{ background: colors.tooltipBackground, color: colors.text }} itemStyle={TOOLTIP_STYLE.itemStyle} formatter={(value) => (typeof value === 'number' ? `${text.format.number(value, { maximumFractionDigits: 1 })} %` : String(value))} />
                <Legend wrapperStyle={{ color: colors.text }} itemSorter={inDrawingOrder(['consent', 'optIn', 'previous'])} />
                <Bar dataKey="consent" name={t('consentRates.definitions.consentTerm')} fill={colors.consent} isAnimationActive={false} />
                <Bar dataKey="optIn" name={t('consentRates.definitions.optInTerm')} fill={colors.optIn} isAnimationActive={false} />
                {previous ? <Bar dataKey="previous" name={t('consentRates.columns.previousConsentRate')} fill={colors.compare} isAnimationActive={false} /> : null}
              </BarChart>
            )}
          </ChartBox>
          <Text size="sm" mt="xs" component="div">
            <Badge variant="dot" color="gray" mr="xs">
              {t('consentTerms.purpose.cookies_necessary')}
            </Badge>
            {t('consentTerms.notConsentBased')}
          </Text>
        </div>
      }
    />
  );
}
