import type { Schemas } from '@/api/types';
import { dateFormatter, type FormatLanguage } from '@/lib/format';
import type { Granularity } from './calendar';

export type RatePoint = Schemas['ConsentRatePoint'];
export type RateSeries = Schemas['ConsentRateSeries'];

/** People who made a choice: the consent rate's denominator. */
export const decisionsOf = (point: Pick<RatePoint, 'granted' | 'refused' | 'withdrawn'>): number => point.granted + point.refused + point.withdrawn;

/** Difference in percentage points (61.2 % against 58.0 % is +3.2), or null when either is missing. */
export function pointsChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null) return null;
  return Math.round((current - previous) * 1000) / 10;
}

/** How the caller words a quarter (Q4 2026), so that the wording stays with the translations. */
type QuarterName = (q: number, year: number) => string;

const quarterOf = (date: Date, quarter: QuarterName): string => quarter(Math.floor(date.getUTCMonth() / 3) + 1, date.getUTCFullYear());

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
const MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: 'numeric', timeZone: 'UTC' };

/** A period's name at its granularity: 25 Nov 2026, week of 23 Nov 2026, Nov 2026, Q4 2026. */
export function periodLabel(start: string, granularity: Granularity, lang: FormatLanguage, weekOf: (date: string) => string, quarter: QuarterName): string {
  const date = new Date(`${start}T00:00:00Z`);
  switch (granularity) {
    case 'day':
      return dateFormatter(lang, DAY).format(date);
    case 'week':
      return weekOf(dateFormatter(lang, DAY).format(date));
    case 'month':
      return dateFormatter(lang, MONTH).format(date);
    case 'quarter':
      return quarterOf(date, quarter);
  }
}

const TICK_DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', timeZone: 'UTC' };
const TICK_MONTH: Intl.DateTimeFormatOptions = { month: 'short', year: '2-digit', timeZone: 'UTC' };

/** A period's short name under a chart's axis: 23 Nov (a day or a week), Nov 26, Q4 2026. */
export function periodTick(start: string, granularity: Granularity, lang: FormatLanguage, quarter: QuarterName): string {
  const date = new Date(`${start}T00:00:00Z`);
  if (granularity === 'quarter') return quarterOf(date, quarter);
  return dateFormatter(lang, granularity === 'month' ? TICK_MONTH : TICK_DAY).format(date);
}

/**
 * Every how many periods an axis is labelled, for about `labels` labels. A fixed interval also
 * spares the chart measuring every label's width to find out which ones fit.
 */
export const tickInterval = (points: number, labels = 10): number => Math.max(0, Math.ceil(points / labels) - 1);

export interface SeriesExtremes {
  lowest: RatePoint | null;
  highest: RatePoint | null;
  drops: RatePoint[];
  spikes: RatePoint[];
}

/** What a trend's summary says: its lowest and highest consent rate and the points the server marked. */
export function seriesExtremes(points: readonly RatePoint[]): SeriesExtremes {
  let lowest: RatePoint | null = null;
  let highest: RatePoint | null = null;
  for (const point of points) {
    if (point.consentRate === null) continue;
    if (!lowest || point.consentRate < (lowest.consentRate ?? Infinity)) lowest = point;
    if (!highest || point.consentRate > (highest.consentRate ?? -Infinity)) highest = point;
  }
  return {
    lowest,
    highest,
    drops: points.filter((point) => point.anomaly === 'rate_drop'),
    spikes: points.filter((point) => point.anomaly === 'withdrawal_spike'),
  };
}

/** Purposes ranked by consent rate, highest first; purposes nobody was asked about come last. */
export function rankByConsentRate(series: readonly RateSeries[]): RateSeries[] {
  return [...series].sort((a, b) => (b.totals.consentRate ?? -1) - (a.totals.consentRate ?? -1));
}
