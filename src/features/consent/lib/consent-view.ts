import { PURPOSE_KEYS } from '@/lib/purpose-keys';
import type { Schemas } from '@/api/types';
import { readIsoDate, readListsInto } from '@/lib/search-params';
import { addDays, addMonths, allowedGranularities, chooseGranularity, GRANULARITIES, toDayNumber, type Granularity } from './calendar';

export type PurposeKey = Schemas['PurposeKey'];
export type Segment = Schemas['ConsentSegmentDimension'];

export const RANGE_PRESETS = ['3m', '12m', '24m', '60m'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
const PRESET_MONTHS: Record<RangePreset, number> = { '3m': 3, '12m': 12, '24m': 24, '60m': 60 };
/** The server resolves a preset against its own today, so the page need not know that date first. */
export const PRESET_PERIODS: Record<RangePreset, Schemas['ConsentRatePeriod']> = { '3m': 'last_3_months', '12m': 'last_12_months', '24m': 'last_24_months', '60m': 'last_60_months' };
export const DEFAULT_PRESET: RangePreset = '12m';

export const SEGMENTS = ['country', 'plan', 'channel', 'policy_version'] as const satisfies readonly Segment[];
export const COUNTRIES = ['BE', 'NL'] as const satisfies readonly Schemas['Country'][];
export const PLANS = ['individual', 'business'] as const satisfies readonly Schemas['Plan'][];
export const CHANNELS = ['signup_form', 'preferences_dashboard', 'unsubscribe_link', 'cookie_banner', 'support_request'] as const satisfies readonly Schemas['ConsentChannel'][];
export const COMPARISONS = ['previous', 'year'] as const;
export type Comparison = (typeof COMPARISONS)[number];
/** Purposes with a rate, in the policy's order (strictly necessary cookies need no consent and have none). */
export const RATE_PURPOSES: readonly Exclude<PurposeKey, 'cookies_necessary'>[] = PURPOSE_KEYS.filter(
  (purpose): purpose is Exclude<PurposeKey, 'cookies_necessary'> => purpose !== 'cookies_necessary',
);
export const DEFAULT_PURPOSE: PurposeKey = 'marketing_email';

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Segment, (typeof SEGMENTS)[number]>,
  Exhaustive<Schemas['ConsentChannel'], (typeof CHANNELS)[number]>,
  Exhaustive<Exclude<PurposeKey, 'cookies_necessary'>, (typeof RATE_PURPOSES)[number]>,
] = [true, true, true];
void exhaustive;

/** The consent page's view, as the URL carries it: every view is a shareable link. */
export interface ConsentView {
  /** A preset range ending today, or a custom one (`from` and `to`). */
  range: RangePreset | 'custom';
  from?: string;
  to?: string;
  /** Chosen by hand; otherwise chosen for the range. */
  granularity?: Granularity;
  purpose: PurposeKey;
  groupBy?: Segment;
  country?: Schemas['Country'][];
  plan?: Schemas['Plan'][];
  channel?: Schemas['ConsentChannel'][];
  compare?: Comparison;
}

function readOne<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** Reads the view; anything a hand-edited or stale link carries that makes no sense is dropped. */
export function parseConsentView(params: URLSearchParams): ConsentView {
  const from = readIsoDate(params.get('from'));
  const to = readIsoDate(params.get('to'));
  const custom = from !== undefined && to !== undefined && from <= to;
  const view: ConsentView = {
    range: custom ? 'custom' : (readOne(params.get('range'), RANGE_PRESETS) ?? DEFAULT_PRESET),
    purpose: readOne(params.get('purpose'), RATE_PURPOSES) ?? DEFAULT_PURPOSE,
  };
  if (custom) Object.assign(view, { from, to });
  const granularity = readOne(params.get('granularity'), GRANULARITIES);
  if (granularity) view.granularity = granularity;
  const groupBy = readOne(params.get('groupBy'), SEGMENTS);
  if (groupBy) view.groupBy = groupBy;
  readListsInto(view, params, { country: COUNTRIES, plan: PLANS, channel: CHANNELS });
  const compare = readOne(params.get('compare'), COMPARISONS);
  if (compare) view.compare = compare;
  return view;
}

export function serializeConsentView(view: ConsentView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.range === 'custom' && view.from && view.to) {
    params.set('from', view.from);
    params.set('to', view.to);
  } else if (view.range !== DEFAULT_PRESET) {
    params.set('range', view.range);
  }
  if (view.granularity) params.set('granularity', view.granularity);
  if (view.purpose !== DEFAULT_PURPOSE) params.set('purpose', view.purpose);
  if (view.groupBy) params.set('groupBy', view.groupBy);
  for (const name of ['country', 'plan', 'channel'] as const) for (const value of view[name] ?? []) params.append(name, value);
  if (view.compare) params.set('compare', view.compare);
  return params;
}

export interface ResolvedPeriod {
  from: string;
  to: string;
  granularity: Granularity;
  /** The granularity was chosen by hand but does not fit this range: the chosen one is used. */
  granularityAdjusted: boolean;
}

/** The dates and granularity the view asks for, given the server's today. */
export function resolvePeriod(view: ConsentView, today: string): ResolvedPeriod {
  const to = view.range === 'custom' && view.to ? view.to : today;
  const from = view.range === 'custom' && view.from ? view.from : addDays(addMonths(today, -PRESET_MONTHS[view.range === 'custom' ? DEFAULT_PRESET : view.range]), 1);
  const allowed = allowedGranularities(from, to);
  const fits = view.granularity !== undefined && allowed.includes(view.granularity);
  return { from, to, granularity: fits && view.granularity ? view.granularity : chooseGranularity(from, to), granularityAdjusted: view.granularity !== undefined && !fits };
}

/** The period compared with: the one just before, of the same length, or the same dates a year earlier. */
export function comparisonPeriod(from: string, to: string, comparison: Comparison): { from: string; to: string } {
  if (comparison === 'year') return { from: addMonths(from, -12), to: addMonths(to, -12) };
  const length = toDayNumber(to) - toDayNumber(from) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

export type { ConsentRatesQuery as RatesQuery } from '../api/consent-keys';
import type { ConsentRatesQuery as RatesQuery } from '../api/consent-keys';

/**
 * The rate queries the view needs: all purposes (the table, and the trend when not broken down),
 * and the chosen purpose broken down when a breakdown is chosen. A preset range is sent as a
 * period the server resolves; `today` only chooses the granularity.
 */
export function rateQueriesFor(view: ConsentView, today: string): { period: ResolvedPeriod; overall: RatesQuery; segments: RatesQuery | null } {
  const period = resolvePeriod(view, today);
  const range = view.range === 'custom' && view.from && view.to ? { from: view.from, to: view.to } : { period: PRESET_PERIODS[view.range === 'custom' ? DEFAULT_PRESET : view.range] };
  const filters = {
    ...(view.country ? { country: view.country } : {}),
    ...(view.plan ? { plan: view.plan } : {}),
    ...(view.channel ? { channel: view.channel } : {}),
  };
  const overall: RatesQuery = { ...range, granularity: period.granularity, ...filters };
  return { period, overall, segments: view.groupBy ? { ...overall, purpose: [view.purpose], groupBy: view.groupBy } : null };
}
