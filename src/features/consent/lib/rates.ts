import type { Schemas } from '@/api/types';
import { localeFor, type FormatLanguage } from '@/lib/format';
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

/** A period's name at its granularity: 25 Nov 2026, week of 23 Nov 2026, Nov 2026, Q4 2026. */
export function periodLabel(start: string, granularity: Granularity, lang: FormatLanguage, weekOf: (date: string) => string, quarter: (q: number, year: number) => string): string {
  const date = new Date(`${start}T00:00:00Z`);
  const locale = localeFor(lang);
  switch (granularity) {
    case 'day':
      return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
    case 'week':
      return weekOf(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date));
    case 'month':
      return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
    case 'quarter':
      return quarter(Math.floor(date.getUTCMonth() / 3) + 1, date.getUTCFullYear());
  }
}

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
