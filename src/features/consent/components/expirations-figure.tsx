import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { AXIS_TICK, inDrawingOrder, TOOLTIP_STYLE, noGridLines } from '@/components/figure/chart-parts';
import { ChartBox } from '@/components/figure/chart-box';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import { useChartTheme } from './chart-theme';
import { useRateText } from './use-rate-text';

type Window = Schemas['ConsentExpirations']['windows'][number];
const COOKIE_PURPOSES = ['cookies_analytics', 'cookies_functionality', 'cookies_targeting'] as const;

/** Cookie consents lapse two years after they were given: who will see the banner again, and when. */
export function ExpirationsFigure({ expirations }: { expirations: Schemas['ConsentExpirations'] }) {
  const { t } = useTranslation();
  const text = useRateText();
  const colors = useChartTheme();
  const asOf = text.format.date(expirations.asOf);
  const countFor = (window: Window, purpose: string) => window.byPurpose?.find((row) => row.purpose === purpose)?.count ?? 0;
  const columns: FigureColumn<Window>[] = [
    { header: t('consentRates.expirations.within'), value: (window) => window.withinDays, render: (window) => t('consentRates.expirations.withinDays', { count: window.withinDays }) },
    { header: t('consentRates.expirations.people'), value: (window) => window.people, numeric: true, render: (window) => text.format.number(window.people) },
    ...COOKIE_PURPOSES.map((purpose) => ({
      header: text.purpose(purpose),
      value: (window: Window) => countFor(window, purpose),
      numeric: true,
      render: (window: Window) => text.format.number(countFor(window, purpose)),
    })),
  ];
  const data = expirations.windows.map((window) => ({
    name: t('consentRates.expirations.withinDays', { count: window.withinDays }),
    people: window.people,
    ...Object.fromEntries(COOKIE_PURPOSES.map((purpose) => [purpose, countFor(window, purpose)])),
  }));
  const [in30, in60, in90] = expirations.windows;
  const summary = t('consentRates.expirations.summary', {
    in30: text.format.number(in30?.people ?? 0),
    in60: text.format.number(in60?.people ?? 0),
    in90: text.format.number(in90?.people ?? 0),
    asOf,
  });
  return (
    <FigureWithTable
      title={t('consentRates.expirations.title')}
      description={t('consentRates.expirations.description', { asOf })}
      summary={summary}
      csvFileName="cookie-consents-expiring"
      columns={columns}
      rows={expirations.windows}
      rowKey={(window) => String(window.withinDays)}
      chart={
        <ChartBox height={240}>
          {(width) => (
            <BarChart width={width} height={240} data={data} margin={{ top: 8, right: 24, left: 0, bottom: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke={colors.grid} vertical={false} verticalCoordinatesGenerator={noGridLines} />
              <XAxis dataKey="name" interval={0} stroke={colors.text} tick={AXIS_TICK} />
              <YAxis allowDecimals={false} interval={0} stroke={colors.text} tick={AXIS_TICK} width={64} />
              <Tooltip contentStyle={{ background: colors.tooltipBackground, color: colors.text }} itemStyle={TOOLTIP_STYLE.itemStyle} />
              <Legend wrapperStyle={{ color: colors.text }} itemSorter={inDrawingOrder(['people', ...COOKIE_PURPOSES])} />
              <Bar dataKey="people" name={t('consentRates.expirations.people')} fill={colors.consent} isAnimationActive={false} />
              {COOKIE_PURPOSES.map((purpose, index) => (
                <Bar key={purpose} dataKey={purpose} name={text.purpose(purpose)} fill={colors.series[index + 1]} isAnimationActive={false} />
              ))}
            </BarChart>
          )}
        </ChartBox>
      }
    />
  );
}
