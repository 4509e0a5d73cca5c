import { Badge } from '@mantine/core';
import { Select } from '@/components/forms/select';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartBox } from '@/components/figure/chart-box';
import { AXIS_TICK, inDrawingOrder, TOOLTIP_STYLE, noGridLines, PERCENT_AXIS_TICK } from '@/components/figure/chart-parts';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import type { Granularity } from '../lib/calendar';
import { RATE_PURPOSES, type Segment } from '../lib/consent-view';
import { decisionsOf, pointsChange, seriesExtremes, tickInterval, type RatePoint, type RateSeries } from '../lib/rates';
import { useChartTheme } from './chart-theme';
import { useRateText } from './use-rate-text';

interface Row {
  key: string;
  segment: string | null;
  point: RatePoint;
}

export interface TrendFiguresProps {
  purpose: Schemas['PurposeKey'];
  onPurpose: (purpose: Schemas['PurposeKey']) => void;
  /** One series, or one per segment when broken down. */
  series: readonly RateSeries[];
  groupBy: Segment | null;
  /** The purpose over the comparison period, aligned point by point (not broken down). */
  previous: RateSeries | null;
  granularity: Granularity;
  periodText: string;
  comparisonText: string | null;
  busy: boolean;
}

const toPercent = (ratio: number | null) => (ratio === null ? null : Math.round(ratio * 1000) / 10);

/** The chosen purpose over time: its rates (with sharp drops marked) and its withdrawals (with spikes marked). */
export function TrendFigures({ purpose, onPurpose, series, groupBy, previous, granularity, periodText, comparisonText, busy }: TrendFiguresProps) {
  const { t } = useTranslation();
  const text = useRateText();
  const colors = useChartTheme();
  const purposeName = text.purpose(purpose);
  const periods = series[0]?.points ?? [];
  // Each period's name is asked for by the table, both charts' data, the markers and the
  // summaries: formatted (and translated) once per period, not once per use.
  const labels = new Map(periods.map((point) => [point.periodStart, text.period(point.periodStart, granularity)]));
  const label = (point: RatePoint) => labels.get(point.periodStart) ?? text.period(point.periodStart, granularity);
  const segmentName = (item: RateSeries) => text.segment(groupBy, item.segment);
  const segmentKey = (index: number) => `s${index}`;
  const segmentKeys = series.map((_, index) => segmentKey(index));

  // One row per period (and segment): the table and the CSV hold every number the charts draw.
  const rows: Row[] = series.flatMap((item) => item.points.map((point) => ({ key: `${item.segment ?? '-'}|${point.periodStart}`, segment: item.segment, point })));
  const marker = (point: RatePoint) => (point.anomaly ? t(`consentRates.anomaly.${point.anomaly}`) : '');
  const columns: FigureColumn<Row>[] = [
    { header: t('consentRates.columns.period'), value: (row) => `${row.point.periodStart}/${row.point.periodEnd}`, render: (row) => label(row.point) },
    ...(groupBy ? [{ header: t(`consentRates.segment.${groupBy}`), value: (row: Row) => text.segment(groupBy, row.segment) }] : []),
    { header: t('consentRates.columns.asked'), value: (row) => row.point.asked, numeric: true, render: (row) => text.format.number(row.point.asked) },
    { header: t('consentRates.columns.granted'), value: (row) => row.point.granted, numeric: true, render: (row) => text.format.number(row.point.granted) },
    { header: t('consentRates.columns.refused'), value: (row) => row.point.refused, numeric: true, render: (row) => text.format.number(row.point.refused) },
    { header: t('consentRates.columns.withdrawn'), value: (row) => row.point.withdrawn, numeric: true, render: (row) => text.format.number(row.point.withdrawn) },
    { header: t('consentRates.columns.optInRate'), value: (row) => row.point.optInRate ?? '', numeric: true, render: (row) => text.share(row.point.optInRate, row.point.granted, row.point.asked) },
    { header: t('consentRates.columns.consentRate'), value: (row) => row.point.consentRate ?? '', numeric: true, render: (row) => text.share(row.point.consentRate, row.point.granted, decisionsOf(row.point)) },
    {
      header: t('consentRates.columns.marker'),
      value: (row) => marker(row.point),
      render: (row) => (row.point.anomaly ? <Badge color={row.point.anomaly === 'rate_drop' ? 'red' : 'grape'} variant="dot">{marker(row.point)}</Badge> : null),
    },
  ];

  const rateData = periods.map((point, index) => {
    const entry: Record<string, string | number | null> = { name: label(point) };
    if (groupBy) series.forEach((item, s) => (entry[segmentKey(s)] = toPercent(item.points[index]?.consentRate ?? null)));
    else {
      entry.consent = toPercent(point.consentRate);
      entry.optIn = toPercent(point.optInRate);
      if (previous) entry.previous = toPercent(previous.points[index]?.consentRate ?? null);
    }
    return entry;
  });
  const withdrawalData = periods.map((point, index) => {
    const entry: Record<string, string | number> = { name: label(point) };
    series.forEach((item, s) => (entry[segmentKey(s)] = item.points[index]?.withdrawn ?? 0));
    return entry;
  });
  // Markers sit on the segment's line (or the overall line) at the marked period.
  const markers = series.flatMap((item, s) =>
    item.points.flatMap((point, index) =>
      point.anomaly
        ? [{ key: `${s}-${point.periodStart}`, name: label(point), anomaly: point.anomaly, rate: toPercent(point.consentRate), stacked: series.reduce((sum, other) => sum + (other.points[index]?.withdrawn ?? 0), 0) }]
        : [],
    ),
  );

  // Summaries: the whole range's rate, its lowest and highest period, and every marker, in words.
  const totals = series.length === 1 ? series[0]?.totals : null;
  const allPoints = series.flatMap((item) => item.points);
  const extremes = seriesExtremes(series[0]?.points ?? []);
  // Marked periods in words; broken down, each names its group (two countries can spike the same week).
  const marked = (anomaly: NonNullable<RatePoint['anomaly']>) =>
    series.flatMap((item) => item.points.filter((point) => point.anomaly === anomaly).map((point) => (groupBy ? `${label(point)} (${segmentName(item)})` : label(point))));
  const drops = marked('rate_drop');
  const spikes = marked('withdrawal_spike');
  const rateSummaryParts = [
    totals
      ? t('consentRates.trend.summaryTotal', { purpose: purposeName, rate: text.share(totals.consentRate, totals.granted, decisionsOf(totals)), period: periodText })
      : t('consentRates.trend.summaryGrouped', {
          purpose: purposeName,
          segments: series.map((item) => `${segmentName(item)} ${text.share(item.totals.consentRate, item.totals.granted, decisionsOf(item.totals))}`).join('; '),
          period: periodText,
        }),
  ];
  if (totals && extremes.lowest && extremes.highest && extremes.lowest !== extremes.highest) {
    rateSummaryParts.push(
      t('consentRates.trend.summaryRange', { lowest: text.percent(extremes.lowest.consentRate), lowestPeriod: label(extremes.lowest), highest: text.percent(extremes.highest.consentRate), highestPeriod: label(extremes.highest) }),
    );
  }
  if (previous && totals) {
    rateSummaryParts.push(t('consentRates.trend.summaryCompare', { rate: text.share(previous.totals.consentRate, previous.totals.granted, decisionsOf(previous.totals)), change: text.points(pointsChange(totals.consentRate, previous.totals.consentRate)) }));
  }
  rateSummaryParts.push(drops.length > 0 ? t('consentRates.trend.summaryDrops', { count: drops.length, periods: drops.join(', ') }) : t('consentRates.trend.summaryNoDrops'));
  if (spikes.length > 0) rateSummaryParts.push(t('consentRates.withdrawals.summarySpikes', { count: spikes.length, periods: spikes.join(', ') }));
  const rateSummary = rateSummaryParts.join(' ');

  const withdrawnTotal = series.reduce((sum, item) => sum + item.totals.withdrawn, 0);
  const peak = allPoints.reduce<RatePoint | null>((best, point) => (!best || point.withdrawn > best.withdrawn ? point : best), null);
  const withdrawalSummary = [
    t('consentRates.withdrawals.summaryTotal', { purpose: purposeName, count: withdrawnTotal, formatted: text.format.number(withdrawnTotal), period: periodText }),
    peak && peak.withdrawn > 0 ? t('consentRates.withdrawals.summaryPeak', { period: label(peak), formatted: text.format.number(peak.withdrawn) }) : '',
    spikes.length > 0 ? t('consentRates.withdrawals.summarySpikes', { count: spikes.length, periods: spikes.join(', ') }) : t('consentRates.withdrawals.summaryNoSpikes'),
  ]
    .filter(Boolean)
    .join(' ');

  const purposeSelect = (
    <Select
      size="xs"
      w={260}
      aria-label={t('consentRates.trend.purpose')}
      allowDeselect={false}
      value={purpose}
      data={RATE_PURPOSES.map((value) => ({ value, label: text.purpose(value) }))}
      onChange={(value) => {
        const next = RATE_PURPOSES.find((candidate) => candidate === value);
        if (next) onPurpose(next);
      }}
    />
  );
  // Every tick of a value axis is shown (a handful): the chart need not measure which labels fit.
  const axis = { stroke: colors.text, tick: AXIS_TICK };
  // Short labels under the axis; the tooltip and the table name the whole period.
  const ticks = new Map(periods.map((point) => [label(point), text.tick(point.periodStart, granularity)]));
  const xAxis = { dataKey: 'name', ...axis, interval: tickInterval(periods.length), tickFormatter: (name: string) => ticks.get(name) ?? name };
  const tooltip = <Tooltip contentStyle={{ background: colors.tooltipBackground, color: colors.text }} itemStyle={TOOLTIP_STYLE.itemStyle} />;
  const description = `${t('consentRates.trend.description', { period: periodText, granularity: t(`consentRates.granularity.${granularity}`).toLowerCase() })}${comparisonText ? ` ${comparisonText}` : ''}`;

  return (
    <>
      <FigureWithTable
        title={t('consentRates.trend.title', { purpose: purposeName })}
        description={description}
        summary={rateSummary}
        controls={purposeSelect}
        csvFileName={`consent-rates-${purpose}`}
        columns={columns}
        rows={rows}
        rowKey={(row) => row.key}
        chart={
          <div style={{ opacity: busy ? 0.6 : 1 }}>
            <ChartBox height={300}>
              {(width) => (
                <LineChart width={width} height={300} data={rateData} margin={{ top: 16, right: 24, left: 0, bottom: 0 }} accessibilityLayer={false}>
                  <CartesianGrid stroke={colors.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
                  <XAxis {...xAxis} />
                  <YAxis domain={[0, 100]} unit=" %" {...axis} tick={PERCENT_AXIS_TICK} interval={0} width={56} />
                  {tooltip}
                  <Legend wrapperStyle={{ color: colors.text }} itemSorter={inDrawingOrder(groupBy ? segmentKeys : ['consent', 'optIn', 'previous'])} />
                  {groupBy ? (
                    series.map((item, s) => (
                      <Line key={segmentKey(s)} type="monotone" dataKey={segmentKey(s)} name={segmentName(item)} stroke={colors.series[s % colors.series.length]} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
                    ))
                  ) : (
                    <>
                      <Line type="monotone" dataKey="consent" name={t('consentRates.definitions.consentTerm')} stroke={colors.consent} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
                      <Line type="monotone" dataKey="optIn" name={t('consentRates.definitions.optInTerm')} stroke={colors.optIn} dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
                      {previous ? (
                        <Line type="monotone" dataKey="previous" name={t('consentRates.columns.previousConsentRate')} stroke={colors.compare} strokeDasharray="6 4" dot={false} strokeWidth={2} isAnimationActive={false} connectNulls />
                      ) : null}
                    </>
                  )}
                  {/* Both kinds are marked on the rate too: a withdrawal spike is what drags the rate down. */}
                  {markers
                    .filter((item) => item.rate !== null)
                    .map((item, index, all) => {
                      const color = item.anomaly === 'rate_drop' ? colors.drop : colors.spike;
                      const first = all.findIndex((other) => other.name === item.name) === index;
                      return (
                        <ReferenceDot
                          key={item.key}
                          x={item.name}
                          y={item.rate ?? 0}
                          r={7}
                          fill={color}
                          stroke={colors.tooltipBackground}
                          label={first ? { value: t(`consentRates.anomaly.${item.anomaly}`), position: 'bottom', fill: color, fontSize: 12 } : undefined}
                        />
                      );
                    })}
                </LineChart>
              )}
            </ChartBox>
          </div>
        }
      />
      <FigureWithTable
        title={t('consentRates.withdrawals.title', { purpose: purposeName })}
        description={t('consentRates.withdrawals.description', { period: periodText, granularity: t(`consentRates.granularity.${granularity}`).toLowerCase() })}
        summary={withdrawalSummary}
        csvFileName={`consent-withdrawals-${purpose}`}
        columns={columns.filter((column) => column.header !== t('consentRates.columns.optInRate') && column.header !== t('consentRates.columns.consentRate'))}
        rows={rows}
        rowKey={(row) => row.key}
        chart={
          <div style={{ opacity: busy ? 0.6 : 1 }}>
            <ChartBox height={240}>
              {(width) => (
                <BarChart width={width} height={240} data={withdrawalData} margin={{ top: 24, right: 24, left: 0, bottom: 0 }} accessibilityLayer={false}>
                  <CartesianGrid stroke={colors.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
                  <XAxis {...xAxis} />
                  <YAxis allowDecimals={false} {...axis} interval={0} width={56} />
                  {tooltip}
                  {groupBy ? <Legend wrapperStyle={{ color: colors.text }} itemSorter={inDrawingOrder(segmentKeys)} /> : null}
                  {series.map((item, s) => (
                    <Bar key={segmentKey(s)} dataKey={segmentKey(s)} stackId="withdrawn" name={groupBy ? segmentName(item) : t('consentRates.columns.withdrawn')} fill={groupBy ? colors.series[s % colors.series.length] : colors.withdrawn} isAnimationActive={false} />
                  ))}
                  {markers
                    .filter((item) => item.anomaly === 'withdrawal_spike')
                    // Broken down, two groups can spike in the same period: one dot on the stack, labelled once.
                    .filter((item, index, all) => all.findIndex((other) => other.anomaly === item.anomaly && other.name === item.name) === index)
                    .map((item) => (
                      <ReferenceDot key={item.key} x={item.name} y={item.stacked} r={7} fill={colors.spike} stroke={colors.tooltipBackground} label={{ value: t('consentRates.anomaly.withdrawal_spike'), position: 'top', fill: colors.spike, fontSize: 12 }} />
                    ))}
                </BarChart>
              )}
            </ChartBox>
          </div>
        }
      />
    </>
  );
}
