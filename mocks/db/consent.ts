import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { addDays, fromDayNumber, toDayNumber } from '../lib/dates';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import { receiptDate } from '../lib/deadlines';
import { HttpProblem } from '../lib/problem';
import { runInSlices, type Steps } from '../lib/slices';
import type { AreaDefinition, MockDb } from './index';
import { POLICY_VERSIONS, PURPOSES, STAFF, policyVersionOn, staffMember, type PersonRecord, type PolicyVersionRecord, type PurposeKey, type StaffRecord } from './core';
import { PLATFORM_START_DAY, TODAY_DAY, brusselsInstant, personBasics, type PersonBasics } from './people';

type Schemas = components['schemas'];
type ConsentChannel = Schemas['ConsentChannel'];
type ConsentEvent = Schemas['ConsentEvent'];
type Granularity = Schemas['Granularity'];
type SegmentDimension = Schemas['ConsentSegmentDimension'];
type RatePoint = Schemas['ConsentRatePoint'];

/*
 * The consent world.
 *
 * Every person's consent history is generated from their index alone (so one person's history
 * can be regenerated at any time without the others). Rates are never computed from raw events
 * at request time: at start-up every person's events are added, in slices that yield to the
 * page, into per-day counters keyed by purpose x country x plan x channel (the policy version
 * follows from the day). A rate for any range, granularity, filter or grouping is then a sum
 * over days. Changes recorded through the API add to today's counters and are kept in a
 * per-person overlay so the person's history shows them.
 */

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const PURPOSE_KEYS: readonly PurposeKey[] = PURPOSES.map((purpose) => purpose.key);
const purposeIndex = (key: PurposeKey): number => PURPOSE_KEYS.indexOf(key);

/** Purposes that have a rate: every consent-based one (strictly necessary cookies never). */
export const RATE_PURPOSES: readonly PurposeKey[] = PURPOSES.filter((purpose) => purpose.consentBased).map((purpose) => purpose.key);
const RATE_INDEX_OF_PURPOSE = PURPOSE_KEYS.map((key) => RATE_PURPOSES.indexOf(key));

export const CHANNELS: readonly ConsentChannel[] = ['signup_form', 'preferences_dashboard', 'unsubscribe_link', 'cookie_banner', 'support_request'];
export const COUNTRIES = ['BE', 'NL'] as const;
export const PLANS = ['individual', 'business'] as const;
const DECISIONS = ['granted', 'refused', 'withdrawn', 'expired'] as const;

const GRANTED = 0;
const REFUSED = 1;
const WITHDRAWN = 2;
const EXPIRED = 3;
/** Asked, but no choice made (a cookie banner dismissed): counted in `asked` only, not an event. */
const NO_CHOICE = 4;

const SIGNUP = CHANNELS.indexOf('signup_form');
const DASHBOARD = CHANNELS.indexOf('preferences_dashboard');
const UNSUBSCRIBE = CHANNELS.indexOf('unsubscribe_link');
const BANNER = CHANNELS.indexOf('cookie_banner');
const SUPPORT = CHANNELS.indexOf('support_request');

const P = {
  email: purposeIndex('marketing_email'),
  post: purposeIndex('marketing_post'),
  phone: purposeIndex('marketing_phone'),
  onsite: purposeIndex('marketing_onsite'),
  transactional: purposeIndex('transactional_email'),
  facebook: purposeIndex('social_facebook'),
  linkedin: purposeIndex('social_linkedin'),
  twitter: purposeIndex('social_twitter'),
  necessary: purposeIndex('cookies_necessary'),
  analytics: purposeIndex('cookies_analytics'),
  functionality: purposeIndex('cookies_functionality'),
  targeting: purposeIndex('cookies_targeting'),
};
export const COOKIE_PURPOSES: readonly PurposeKey[] = ['cookies_analytics', 'cookies_functionality', 'cookies_targeting'];
const COOKIE_INDEXES = [P.analytics, P.functionality, P.targeting];

/** Non-essential cookies, and so their consent, expire after two years. */
export const COOKIE_LIFETIME_DAYS = PURPOSES.find((purpose) => purpose.key === 'cookies_analytics')?.expiresAfterDays ?? 730;
/** Sharing with social networks exists from policy 2.0.0 on. */
const SOCIAL_START_DAY = toDayNumber(POLICY_VERSIONS.find((version) => version.version === '2.0.0')?.effectiveOn ?? '2023-05-01');

// ---------------------------------------------------------------------------------------------
// Generation

/** (purpose index, decision, day number, Brussels minute of the day, channel index) */
export type EmitFn = (purpose: number, decision: number, day: number, minute: number, channel: number) => void;

interface Profile {
  withdrawPerYear: number;
  regrantPerYear: number;
  /** Share of withdrawals made with the "Afmelden" link (the rest in the preferences dashboard). */
  unsubscribeShare: number;
}

const PROFILES: Record<number, Profile> = {
  [P.email]: { withdrawPerYear: 0.12, regrantPerYear: 0.05, unsubscribeShare: 0.75 },
  [P.post]: { withdrawPerYear: 0.05, regrantPerYear: 0.01, unsubscribeShare: 0 },
  [P.phone]: { withdrawPerYear: 0.18, regrantPerYear: 0.01, unsubscribeShare: 0 },
  [P.onsite]: { withdrawPerYear: 0.07, regrantPerYear: 0.03, unsubscribeShare: 0 },
  [P.transactional]: { withdrawPerYear: 0.015, regrantPerYear: 0.3, unsubscribeShare: 0 },
  [P.facebook]: { withdrawPerYear: 0.1, regrantPerYear: 0.02, unsubscribeShare: 0 },
  [P.linkedin]: { withdrawPerYear: 0.08, regrantPerYear: 0.02, unsubscribeShare: 0 },
  [P.twitter]: { withdrawPerYear: 0.12, regrantPerYear: 0.02, unsubscribeShare: 0 },
};
const COOKIE_WITHDRAW_PER_YEAR = 0.05;

/**
 * Events that make a chart worth reading, so anomaly detection has something to find:
 * - the email announcing policy 2.0.0 (published 1 April 2023) made people unsubscribe;
 * - in October 2026 a newsletter went out three times by mistake (a withdrawal spike);
 * - the cookie banner redesigned for policy 2.1.0 (September-October 2025) made "reject all" as
 *   prominent as "accept all": cookie consent rates dipped until it was tuned.
 */
const WITHDRAWAL_INCIDENTS = [
  { purpose: P.email, start: toDayNumber('2023-04-03'), days: 14, share: 0.025 },
  { purpose: P.email, start: toDayNumber('2026-10-05'), days: 7, share: 0.035 },
];
const BANNER_DIP = { start: toDayNumber('2025-09-01'), end: toDayNumber('2025-10-31') };

function exponential(random: () => number, mean: number): number {
  return -mean * Math.log(1 - random());
}

function activeMinute(random: () => number): number {
  return 7 * 60 + Math.floor(random() * 16 * 60);
}

/** One purpose asked once, then withdrawn and granted again over the years. */
function lifecycle(
  random: () => number,
  emit: EmitFn,
  purpose: number,
  firstDay: number,
  firstMinute: number,
  channel: number,
  grantProbability: number,
  lastVisit: number,
): void {
  const profile = PROFILES[purpose];
  if (!profile) return;
  let day = firstDay;
  let granted = random() < grantProbability;
  emit(purpose, granted ? GRANTED : REFUSED, day, firstMinute, channel);
  for (let step = 0; step < 5; step += 1) {
    if (granted) {
      let next = day + 1 + Math.floor(exponential(random, 365 / profile.withdrawPerYear));
      for (const incident of WITHDRAWAL_INCIDENTS) {
        if (incident.purpose === purpose && day < incident.start && next > incident.start && random() < incident.share) {
          next = incident.start + Math.floor(random() * incident.days);
        }
      }
      if (next > TODAY_DAY) return;
      const pick = random();
      const by = pick < 0.05 ? SUPPORT : pick < 0.05 + 0.95 * profile.unsubscribeShare ? UNSUBSCRIBE : DASHBOARD;
      emit(purpose, WITHDRAWN, next, activeMinute(random), by);
      granted = false;
      day = next;
    } else {
      // Granting again needs a visit to the preferences dashboard.
      const next = day + 1 + Math.floor(exponential(random, 365 / profile.regrantPerYear));
      if (next > TODAY_DAY || next > lastVisit) return;
      emit(purpose, GRANTED, next, activeMinute(random), DASHBOARD);
      granted = true;
      day = next;
    }
  }
}

/** The cookie banner: asked at the first visit, again after every 730-day lifetime. */
function cookieLifecycle(random: () => number, emit: EmitFn, firstVisit: number, lastVisit: number): void {
  let banner = firstVisit;
  for (let cycle = 0; cycle < 6; cycle += 1) {
    let minute = activeMinute(random);
    // Some close the banner without choosing; it comes back at the next visit.
    for (let dismissed = 0; dismissed < 2 && random() < 0.17; dismissed += 1) {
      for (const purpose of COOKIE_INDEXES) emit(purpose, NO_CHOICE, banner, minute, BANNER);
      banner += 1 + Math.floor(random() * 9);
      minute = activeMinute(random);
      if (banner > TODAY_DAY) return;
    }
    const dip = banner >= BANNER_DIP.start && banner <= BANNER_DIP.end;
    const acceptAll = dip ? 0.37 : 0.56;
    const rejectAll = dip ? 0.33 : 0.19;
    const pick = random();
    const choices =
      pick < acceptAll
        ? [true, true, true]
        : pick < acceptAll + rejectAll
          ? [false, false, false]
          : [random() < 0.78, random() < 0.64, random() < 0.2];
    const expiry = banner + COOKIE_LIFETIME_DAYS;
    COOKIE_INDEXES.forEach((purpose, k) => {
      const granted = choices[k] === true;
      emit(purpose, granted ? GRANTED : REFUSED, banner, minute, BANNER);
      if (!granted) return;
      const withdrawal = banner + 1 + Math.floor(exponential(random, 365 / COOKIE_WITHDRAW_PER_YEAR));
      if (withdrawal < expiry && withdrawal <= TODAY_DAY) emit(purpose, WITHDRAWN, withdrawal, activeMinute(random), random() < 0.05 ? SUPPORT : DASHBOARD);
      else if (expiry <= TODAY_DAY) emit(purpose, EXPIRED, expiry, 0, BANNER);
    });
    if (expiry > TODAY_DAY) return;
    // Asked again at the next visit after the consent lapsed, if the person still visits.
    banner = expiry + Math.floor(exponential(random, 20));
    if (banner > TODAY_DAY || banner > lastVisit) return;
  }
}

/**
 * Person `basics.index`'s consent history, deterministic from the index. Events of one purpose
 * are emitted in time order (events of different purposes interleave).
 */
export function generateConsentHistory(basics: PersonBasics, emit: EmitFn): void {
  const random = mulberry32(Math.imul(basics.index + 1, 0x2c1b3c6d) ^ 0x5f3759df);
  const registered = basics.registeredDay;
  const lastVisit = registered + Math.floor(exponential(random, 1500));
  const business = basics.plan === 'business';
  const dutch = basics.country === 'NL';
  const signupMinute = activeMinute(random);

  lifecycle(random, emit, P.transactional, registered, signupMinute, SIGNUP, 0.95, lastVisit);
  lifecycle(random, emit, P.email, registered, signupMinute, SIGNUP, 0.56 - (dutch ? 0.05 : 0) - (business ? 0.08 : 0), lastVisit);
  lifecycle(random, emit, P.onsite, registered, signupMinute, SIGNUP, 0.47, lastVisit);
  // Post and phone are asked on the billing step, which not everyone reaches.
  if (random() < 0.4) lifecycle(random, emit, P.post, registered, signupMinute, SIGNUP, 0.27, lastVisit);
  if (random() < 0.3) lifecycle(random, emit, P.phone, registered, signupMinute, SIGNUP, 0.11, lastVisit);

  const social: Array<[number, number]> = [
    [P.facebook, 0.3],
    [P.linkedin, business ? 0.52 : 0.36],
    [P.twitter, 0.18],
  ];
  if (registered >= SOCIAL_START_DAY) {
    for (const [purpose, probability] of social) lifecycle(random, emit, purpose, registered, signupMinute, SIGNUP, probability, lastVisit);
  } else if (lastVisit >= SOCIAL_START_DAY && random() < 0.75) {
    // People registered before policy 2.0.0 are asked in the preferences dashboard at a later visit.
    const asked = SOCIAL_START_DAY + Math.floor(exponential(random, 50));
    if (asked <= TODAY_DAY && asked <= lastVisit) {
      const minute = activeMinute(random);
      for (const [purpose, probability] of social) lifecycle(random, emit, purpose, asked, minute, DASHBOARD, probability * 0.8, lastVisit);
    }
  }

  // App-only users never see the web platform's cookie banner.
  if (random() < 0.74) cookieLifecycle(random, emit, registered, lastVisit);
}

// ---------------------------------------------------------------------------------------------
// Aggregates

const DAYS = TODAY_DAY - PLATFORM_START_DAY + 1;
const CELLS_PER_PURPOSE = COUNTRIES.length * PLANS.length * CHANNELS.length;
const CELLS = RATE_PURPOSES.length * CELLS_PER_PURPOSE;

function cellOf(rateIndex: number, country: number, plan: number, channel: number): number {
  return ((rateIndex * COUNTRIES.length + country) * PLANS.length + plan) * CHANNELS.length + channel;
}

export class ConsentStore {
  /** Per day (from the platform's start to today) x cell: people asked, granted, refused, withdrawn. */
  readonly asked = new Uint32Array(DAYS * CELLS);
  readonly granted = new Uint32Array(DAYS * CELLS);
  readonly refused = new Uint32Array(DAYS * CELLS);
  readonly withdrawn = new Uint32Array(DAYS * CELLS);
  /** Per person x cookie purpose: the day its current consent lapses (0 when not granted). */
  readonly cookieExpiry: Int32Array;
  /** Events recorded through the API, per person index, oldest first. */
  readonly overlay = new Map<number, ConsentEvent[]>();
  readonly peopleCount: number;
  private building: Promise<void> | null = null;
  private built = false;
  // Per-person scratch state of the build, reused for every person.
  private cellBase = 0;
  private readonly lastCookieDecision = new Int32Array(3);
  private readonly lastCookieDay = new Int32Array(3);

  constructor(peopleCount: number) {
    this.peopleCount = peopleCount;
    this.cookieExpiry = new Int32Array(peopleCount * COOKIE_INDEXES.length);
  }

  get isReady(): boolean {
    return this.built;
  }

  /** Resolves once every person's history is in the aggregates (built once, in slices). */
  ready(): Promise<void> {
    this.building ??= this.build();
    return this.building;
  }

  private async build(): Promise<void> {
    await runInSlices(this.addEveryone());
    this.built = true;
  }

  private *addEveryone(): Steps<void> {
    for (let index = 0; index < this.peopleCount; index += 1) {
      this.addPerson(index);
      yield;
    }
  }

  private readonly emit: EmitFn = (purpose, decision, day, _minute, channel) => {
    const rateIndex = RATE_INDEX_OF_PURPOSE[purpose] ?? -1;
    if (rateIndex < 0 || day < PLATFORM_START_DAY || day > TODAY_DAY) return;
    const offset = (day - PLATFORM_START_DAY) * CELLS + this.cellBase + rateIndex * CELLS_PER_PURPOSE + channel;
    this.count(offset, decision);
    const cookie = COOKIE_INDEXES.indexOf(purpose);
    if (cookie >= 0 && decision !== NO_CHOICE) {
      this.lastCookieDecision[cookie] = decision;
      this.lastCookieDay[cookie] = day;
    }
  };

  private count(offset: number, decision: number): void {
    // An expiry is not a decision: it counts in no rate. (Written out: this runs per event.)
    if (decision === GRANTED) {
      this.asked[offset] = (this.asked[offset] ?? 0) + 1;
      this.granted[offset] = (this.granted[offset] ?? 0) + 1;
    } else if (decision === REFUSED) {
      this.asked[offset] = (this.asked[offset] ?? 0) + 1;
      this.refused[offset] = (this.refused[offset] ?? 0) + 1;
    } else if (decision === WITHDRAWN) {
      this.withdrawn[offset] = (this.withdrawn[offset] ?? 0) + 1;
    } else if (decision === NO_CHOICE) {
      this.asked[offset] = (this.asked[offset] ?? 0) + 1;
    }
  }

  private addPerson(index: number): void {
    const basics = personBasics(index);
    this.cellBase = cellOf(0, basics.country === 'BE' ? 0 : 1, basics.plan === 'individual' ? 0 : 1, 0);
    this.lastCookieDecision.fill(-1);
    generateConsentHistory(basics, this.emit);
    for (let k = 0; k < COOKIE_INDEXES.length; k += 1) {
      this.cookieExpiry[index * COOKIE_INDEXES.length + k] =
        this.lastCookieDecision[k] === GRANTED ? (this.lastCookieDay[k] ?? 0) + COOKIE_LIFETIME_DAYS : 0;
    }
  }

  /** Counts a change recorded through the API on its day (must be called after ready()). */
  recordChange(person: PersonRecord, purpose: PurposeKey, decision: 'granted' | 'withdrawn', channel: ConsentChannel, day: number): void {
    const rateIndex = RATE_INDEX_OF_PURPOSE[purposeIndex(purpose)] ?? -1;
    if (rateIndex < 0) return;
    if (day >= PLATFORM_START_DAY && day <= TODAY_DAY) {
      const cell = cellOf(rateIndex, person.country === 'BE' ? 0 : 1, person.plan === 'individual' ? 0 : 1, CHANNELS.indexOf(channel));
      this.count((day - PLATFORM_START_DAY) * CELLS + cell, decision === 'granted' ? GRANTED : WITHDRAWN);
    }
    const cookie = COOKIE_PURPOSES.indexOf(purpose);
    if (cookie >= 0 && person.index < this.peopleCount) {
      this.cookieExpiry[person.index * COOKIE_PURPOSES.length + cookie] = decision === 'granted' ? day + COOKIE_LIFETIME_DAYS : 0;
    }
  }
}

export const consentArea: AreaDefinition<ConsentStore> = {
  name: 'consent',
  create: (db) => new ConsentStore(db.peopleCount),
};

/** The consent store of a database, with its aggregates built. */
export async function readyConsentStore(db: MockDb): Promise<ConsentStore> {
  const store = db.area(consentArea);
  await store.ready();
  return store;
}

// ---------------------------------------------------------------------------------------------
// Rates

export const MAX_POINTS = 400;

interface Period {
  start: number;
  end: number;
}

function monthIndex(day: number): number {
  const date = fromDayNumber(day);
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

function dayOfMonthIndex(index: number): number {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return toDayNumber(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`);
}

/** Monday of the ISO week of a day number (1970-01-01 was a Thursday). */
function weekStart(day: number): number {
  return day - ((((day + 3) % 7) + 7) % 7);
}

/** How many periods of a granularity the range touches. */
export function periodCount(fromDay: number, toDay: number, granularity: Granularity): number {
  switch (granularity) {
    case 'day':
      return toDay - fromDay + 1;
    case 'week':
      return (weekStart(toDay) - weekStart(fromDay)) / 7 + 1;
    case 'month':
      return monthIndex(toDay) - monthIndex(fromDay) + 1;
    case 'quarter':
      return Math.floor(monthIndex(toDay) / 3) - Math.floor(monthIndex(fromDay) / 3) + 1;
  }
}

/** Calendar periods (ISO weeks, months, quarters) covering the range, clipped to it. */
export function periodsOf(fromDay: number, toDay: number, granularity: Granularity): Period[] {
  const periods: Period[] = [];
  let start = fromDay;
  while (start <= toDay) {
    let next: number;
    switch (granularity) {
      case 'day':
        next = start + 1;
        break;
      case 'week':
        next = weekStart(start) + 7;
        break;
      case 'month':
        next = dayOfMonthIndex(monthIndex(start) + 1);
        break;
      case 'quarter':
        next = dayOfMonthIndex((Math.floor(monthIndex(start) / 3) + 1) * 3);
        break;
    }
    periods.push({ start, end: Math.min(next - 1, toDay) });
    start = next;
  }
  return periods;
}

/**
 * Anomalies, judged against the 4 points before; a point gets none unless each of those 4 has
 * decisions (so a purpose's first months, e.g. social sharing from May 2023, are no anomaly):
 * - `withdrawal_spike`: withdrawals more than twice the mean of the previous points, at least
 *   10, and more than 5 standard deviations (Poisson: the square root of the mean) above it, so
 *   ordinary week-to-week noise in small counts is no spike;
 * - `rate_drop`: the consent rate more than 10 percentage points below the mean of the previous
 *   points' rates, with at least 30 decisions in the point, and a drop larger than four
 *   standard errors of a rate over that many decisions (so noise in small periods is no drop).
 * A withdrawal spike usually drops the rate too; the spike is reported, as it names the cause.
 */
export const ANOMALY_RULES = {
  window: 4,
  spikeFactor: 2,
  minWithdrawn: 10,
  spikeDeviations: 5,
  dropPoints: 0.1,
  minDecisions: 30,
  standardErrors: 4,
} as const;

interface Counts {
  asked: number;
  granted: number;
  refused: number;
  withdrawn: number;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((numerator / denominator) * 10_000) / 10_000 : null;
}

function consentRateOf(counts: Counts): number | null {
  return ratio(counts.granted, counts.granted + counts.refused + counts.withdrawn);
}

const decisionsOf = (counts: Counts) => counts.granted + counts.refused + counts.withdrawn;

export function detectAnomaly(previous: readonly Counts[], current: Counts): 'rate_drop' | 'withdrawal_spike' | null {
  if (previous.length < ANOMALY_RULES.window) return null;
  const window = previous.slice(-ANOMALY_RULES.window);
  if (window.some((counts) => decisionsOf(counts) === 0)) return null;
  const meanWithdrawn = window.reduce((sum, counts) => sum + counts.withdrawn, 0) / window.length;
  if (
    current.withdrawn >= ANOMALY_RULES.minWithdrawn &&
    current.withdrawn > ANOMALY_RULES.spikeFactor * meanWithdrawn &&
    current.withdrawn > meanWithdrawn + ANOMALY_RULES.spikeDeviations * Math.sqrt(Math.max(meanWithdrawn, 1))
  ) {
    return 'withdrawal_spike';
  }
  const rate = consentRateOf(current);
  const decisions = decisionsOf(current);
  if (rate === null || decisions < ANOMALY_RULES.minDecisions) return null;
  const mean = window.reduce((sum, counts) => sum + (consentRateOf(counts) ?? 0), 0) / window.length;
  const standardError = Math.sqrt((mean * (1 - mean)) / decisions);
  const drop = mean - rate;
  return drop > ANOMALY_RULES.dropPoints && drop > ANOMALY_RULES.standardErrors * standardError ? 'rate_drop' : null;
}

function point(start: string, end: string, counts: Counts, anomaly: RatePoint['anomaly']): RatePoint {
  return {
    periodStart: start,
    periodEnd: end,
    asked: counts.asked,
    granted: counts.granted,
    refused: counts.refused,
    withdrawn: counts.withdrawn,
    optInRate: ratio(counts.granted, counts.asked),
    consentRate: consentRateOf(counts),
    anomaly,
  };
}

export interface RateQuery {
  from: string;
  to: string;
  granularity: Granularity;
  purpose?: readonly PurposeKey[];
  groupBy?: SegmentDimension | null;
  country?: readonly Schemas['Country'][];
  plan?: readonly Schemas['Plan'][];
  channel?: readonly ConsentChannel[];
}

function badQuery(name: string, detail: string, code = 'out_of_range'): HttpProblem {
  return new HttpProblem(400, `Invalid query parameter: ${name}. ${detail}`, { errors: [{ pointer: `/query/${name}`, code, detail }] });
}

function versionIndexOfDay(versions: readonly PolicyVersionRecord[]): (day: number) => number {
  const starts = versions.map((version) => toDayNumber(version.effectiveOn));
  return (day) => {
    let current = 0;
    for (let i = 0; i < starts.length; i += 1) if ((starts[i] ?? Infinity) <= day) current = i;
    return current;
  };
}

function selected<T extends string>(all: readonly T[], filter: readonly T[] | undefined): number[] {
  return all.map((value, index) => (!filter || filter.length === 0 || filter.includes(value) ? index : -1)).filter((index) => index >= 0);
}

/** Sums of the day counters per purpose, segment and period. Throws 400 for an impossible range. */
export function consentRates(store: ConsentStore, query: RateQuery, versions: readonly PolicyVersionRecord[]): Schemas['ConsentRates'] {
  const fromDay = toDayNumber(query.from);
  const toDay = toDayNumber(query.to);
  if (fromDay > toDay) throw badQuery('from', 'from must be on or before to.');
  const count = periodCount(fromDay, toDay, query.granularity);
  if (count > MAX_POINTS) {
    throw badQuery('granularity', `The range holds ${count} periods of a ${query.granularity}; at most ${MAX_POINTS} per series. Choose a coarser granularity or a shorter range.`);
  }
  const periods = periodsOf(fromDay, toDay, query.granularity);
  const groupBy = query.groupBy ?? null;
  const purposes = RATE_PURPOSES.filter((key) => !query.purpose || query.purpose.length === 0 || query.purpose.includes(key));
  const countries = selected(COUNTRIES, query.country);
  const plans = selected(PLANS, query.plan);
  const channels = selected(CHANNELS, query.channel);
  const versionOf = versionIndexOfDay(versions);

  let segments: string[];
  switch (groupBy) {
    case 'country':
      segments = [...COUNTRIES];
      break;
    case 'plan':
      segments = [...PLANS];
      break;
    case 'channel':
      segments = [...CHANNELS];
      break;
    case 'policy_version':
      segments = versions.map((version) => version.version);
      break;
    default:
      segments = ['-'];
  }
  // For policy versions, only the versions in force at some day of the range.
  const firstVersion = versionOf(fromDay);
  const lastVersion = versionOf(toDay);
  const segmentIndexes = segments.map((_, index) => index).filter((index) => groupBy !== 'policy_version' || (index >= firstVersion && index <= lastVersion));

  const nSegments = segments.length;
  const nPeriods = periods.length;
  const sums = new Float64Array(purposes.length * nSegments * nPeriods * 4);
  const firstDay = Math.max(fromDay, PLATFORM_START_DAY);
  const lastDay = Math.min(toDay, TODAY_DAY);
  // The cells each purpose reads, with their segment, so the day loop is a flat sum.
  const reads: Array<{ cell: number; slot: number; segment: number }> = [];
  purposes.forEach((key, slot) => {
    const rateIndex = RATE_PURPOSES.indexOf(key);
    for (const country of countries) {
      for (const plan of plans) {
        for (const channel of channels) {
          const segment = groupBy === 'country' ? country : groupBy === 'plan' ? plan : groupBy === 'channel' ? channel : 0;
          reads.push({ cell: cellOf(rateIndex, country, plan, channel), slot, segment });
        }
      }
    }
  });
  let periodIndex = 0;
  for (let day = firstDay; day <= lastDay; day += 1) {
    while (periodIndex < nPeriods - 1 && day > (periods[periodIndex]?.end ?? Infinity)) periodIndex += 1;
    const base = (day - PLATFORM_START_DAY) * CELLS;
    const version = groupBy === 'policy_version' ? versionOf(day) : -1;
    for (const read of reads) {
      const offset = base + read.cell;
      const at = ((read.slot * nSegments + (version >= 0 ? version : read.segment)) * nPeriods + periodIndex) * 4;
      sums[at] = (sums[at] ?? 0) + (store.asked[offset] ?? 0);
      sums[at + 1] = (sums[at + 1] ?? 0) + (store.granted[offset] ?? 0);
      sums[at + 2] = (sums[at + 2] ?? 0) + (store.refused[offset] ?? 0);
      sums[at + 3] = (sums[at + 3] ?? 0) + (store.withdrawn[offset] ?? 0);
    }
  }

  const series: Schemas['ConsentRateSeries'][] = [];
  purposes.forEach((key, purposeSlot) => {
    for (const segment of segmentIndexes) {
      const counts: Counts[] = [];
      const points: RatePoint[] = [];
      const totals: Counts = { asked: 0, granted: 0, refused: 0, withdrawn: 0 };
      periods.forEach((period, p) => {
        const at = ((purposeSlot * nSegments + segment) * nPeriods + p) * 4;
        const current = { asked: sums[at] ?? 0, granted: sums[at + 1] ?? 0, refused: sums[at + 2] ?? 0, withdrawn: sums[at + 3] ?? 0 };
        points.push(point(fromDayNumber(period.start), fromDayNumber(period.end), current, detectAnomaly(counts, current)));
        counts.push(current);
        totals.asked += current.asked;
        totals.granted += current.granted;
        totals.refused += current.refused;
        totals.withdrawn += current.withdrawn;
      });
      series.push({ purpose: key, segment: groupBy ? (segments[segment] ?? null) : null, points, totals: point(query.from, query.to, totals, null) });
    }
  });
  return { from: query.from, to: query.to, granularity: query.granularity, groupBy, series };
}

/** Per purpose totals over a period, for the overview and the compliance report. */
export async function consentRateSummary(
  db: MockDb,
  from: string,
  to: string,
): Promise<Array<{ purpose: PurposeKey; asked: number; granted: number; consentRate: number | null }>> {
  const store = await readyConsentStore(db);
  const fromDay = Math.max(toDayNumber(from), PLATFORM_START_DAY);
  const toDay = Math.min(toDayNumber(to), TODAY_DAY);
  return RATE_PURPOSES.map((key) => {
    const rateIndex = RATE_PURPOSES.indexOf(key);
    const totals: Counts = { asked: 0, granted: 0, refused: 0, withdrawn: 0 };
    for (let day = fromDay; day <= toDay; day += 1) {
      const base = (day - PLATFORM_START_DAY) * CELLS + rateIndex * CELLS_PER_PURPOSE;
      for (let cell = 0; cell < CELLS_PER_PURPOSE; cell += 1) {
        totals.asked += store.asked[base + cell] ?? 0;
        totals.granted += store.granted[base + cell] ?? 0;
        totals.refused += store.refused[base + cell] ?? 0;
        totals.withdrawn += store.withdrawn[base + cell] ?? 0;
      }
    }
    return { purpose: key, asked: totals.asked, granted: totals.granted, consentRate: consentRateOf(totals) };
  });
}

// ---------------------------------------------------------------------------------------------
// Expirations

export const EXPIRATION_WINDOWS = [30, 60, 90] as const;

/** People whose current cookie consent lapses within 30, 60 and 90 days of today. */
export function consentExpirations(store: ConsentStore, today: string): Schemas['ConsentExpirations'] {
  const todayDay = toDayNumber(today);
  const nCookies = COOKIE_PURPOSES.length;
  const longest = EXPIRATION_WINDOWS[EXPIRATION_WINDOWS.length - 1] ?? 90;
  // Histograms by days until the consent lapses (1..90): per person (soonest) and per purpose.
  const people = new Uint32Array(longest + 1);
  const byPurpose = new Uint32Array(nCookies * (longest + 1));
  for (let person = 0; person < store.peopleCount; person += 1) {
    let soonest = Infinity;
    for (let k = 0; k < nCookies; k += 1) {
      const expiry = store.cookieExpiry[person * nCookies + k] ?? 0;
      const inDays = expiry - todayDay;
      if (expiry === 0 || inDays < 1 || inDays > longest) continue;
      if (inDays < soonest) soonest = inDays;
      const at = k * (longest + 1) + inDays;
      byPurpose[at] = (byPurpose[at] ?? 0) + 1;
    }
    if (soonest !== Infinity) people[soonest] = (people[soonest] ?? 0) + 1;
  }
  const within = (histogram: Uint32Array, offset: number, days: number) => {
    let total = 0;
    for (let day = 1; day <= days; day += 1) total += histogram[offset + day] ?? 0;
    return total;
  };
  return {
    asOf: today,
    windows: EXPIRATION_WINDOWS.map((withinDays) => ({
      withinDays,
      people: within(people, 0, withinDays),
      byPurpose: COOKIE_PURPOSES.map((purpose, k) => ({ purpose, count: within(byPurpose, k * (longest + 1), withinDays) })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// One person's history and current state

const IP_PREFIXES = {
  BE: ['81.82.x.x', '94.224.x.x', '178.116.x.x', '91.180.x.x', '84.194.x.x'],
  NL: ['84.241.x.x', '145.53.x.x', '77.163.x.x', '31.151.x.x', '62.45.x.x'],
};
const USER_AGENTS = ['Chrome on Windows', 'Safari on iOS', 'Chrome on Android', 'Firefox on Windows', 'Edge on Windows', 'Safari on macOS'];
const APP_AGENTS = ['Engcode app on Android', 'Engcode app on iOS'];

/** What each purpose's consent question said (the texts of the console's consent screens, in Dutch). */
const WORDING: Record<PurposeKey, string> = {
  marketing_email: 'Ja, stuur mij nieuwsbrieven, promoties, productupdates en uitnodigingen voor marktonderzoek per e-mail.',
  marketing_post: 'Ja, stuur mij aanbiedingen en nieuws van Engcode per post.',
  marketing_phone: 'Ja, Engcode mag mij bellen met aanbiedingen en voor marktonderzoek.',
  marketing_onsite: 'Ja, toon mij persoonlijke aanbiedingen en productnieuws op het platform.',
  transactional_email: 'Stuur mij e-mails over mijn bestellingen, mijn abonnement en wijzigingen in de voorwaarden.',
  social_facebook: 'Ja, Engcode mag mijn e-mailadres delen met Facebook om mij gerichte marketing te tonen.',
  social_linkedin: 'Ja, Engcode mag mijn e-mailadres delen met LinkedIn om mij gerichte marketing te tonen.',
  social_twitter: 'Ja, Engcode mag mijn e-mailadres delen met Twitter om mij gerichte marketing te tonen.',
  cookies_necessary: 'Strikt noodzakelijke cookies: nodig om het platform te laten werken; hiervoor is geen toestemming nodig.',
  cookies_analytics: 'Analytische cookies: helpen ons begrijpen hoe bezoekers het platform gebruiken.',
  cookies_functionality: 'Functionele cookies: onthouden je voorkeuren, zoals taal en tijdzone.',
  cookies_targeting: 'Targetingcookies: tonen advertenties die aansluiten bij je interesses.',
};

function bannerVersion(date: string): number {
  return date < '2021-03-15' ? 1 : date < '2025-09-01' ? 2 : 3;
}

interface RawEvent {
  seq: number;
  purpose: number;
  decision: number;
  day: number;
  minute: number;
  channel: number;
}

const MAX_EVENTS_PER_PERSON = 128;
const SUPPORT_STAFF = STAFF.filter((member) => member.role === 'support');

function evidenceFor(person: PersonRecord, raw: RawEvent, version: string): Schemas['ConsentEvidence'] {
  // Keyed by the moment, not the event: choices made in one visit share device and address.
  const random = mulberry32(Math.imul(person.index + 1, 2_654_435_761) ^ (raw.day * 1440 + raw.minute));
  const domain = person.country === 'BE' ? 'engcode.be' : 'engcode.nl';
  const date = fromDayNumber(raw.day);
  const key = PURPOSE_KEYS[raw.purpose] ?? 'marketing_email';
  const wording = `"${WORDING[key]}" (privacybeleid v${version})`;
  const ipPrefix = IP_PREFIXES[person.country][Math.floor(random() * 5)] ?? null;
  const app = random() < 0.3;
  const userAgentFamily = (app ? APP_AGENTS[Math.floor(random() * 2)] : USER_AGENTS[Math.floor(random() * USER_AGENTS.length)]) ?? null;
  if (raw.decision === EXPIRED) {
    return { source: `cookie lifetime of ${COOKIE_LIFETIME_DAYS} days ended`, wording: `Toestemming vervallen na ${COOKIE_LIFETIME_DAYS} dagen; de cookiebanner vraagt opnieuw bij het volgende bezoek. ${wording}`, ipPrefix: null, userAgentFamily: null };
  }
  switch (CHANNELS[raw.channel]) {
    case 'signup_form':
      return { source: `sign-up form, ${app ? 'mobile app' : domain}`, wording, ipPrefix, userAgentFamily };
    case 'cookie_banner':
      return { source: `cookie banner v${bannerVersion(date)}, ${domain}`, wording, ipPrefix, userAgentFamily: USER_AGENTS[Math.floor(random() * USER_AGENTS.length)] ?? null };
    case 'unsubscribe_link':
      return { source: `"Afmelden" link in the newsletter of ${date.slice(0, 7)}`, wording: `Afgemeld via de link "Afmelden" onderaan de e-mail. ${wording}`, ipPrefix, userAgentFamily };
    case 'support_request':
      return { source: 'email to info@engcode.be, recorded by support', wording: `Verzoek van de persoon per e-mail. ${wording}`, ipPrefix: null, userAgentFamily: null };
    default:
      return {
        source: `preferences dashboard, ${app ? 'mobile app' : 'web platform'}`,
        wording: raw.decision === WITHDRAWN ? `Keuze uitgezet in het voorkeurencentrum: ${wording}` : `Keuze aangezet in het voorkeurencentrum: ${wording}`,
        ipPrefix,
        userAgentFamily,
      };
  }
}

function materialize(person: PersonRecord, raw: RawEvent, versions: readonly PolicyVersionRecord[]): ConsentEvent {
  const version = policyVersionOn(fromDayNumber(raw.day), versions);
  const supportMember: StaffRecord | undefined = CHANNELS[raw.channel] === 'support_request' ? SUPPORT_STAFF[(raw.day + raw.minute) % SUPPORT_STAFF.length] : undefined;
  return {
    id: uuidFor(NS.consentEvent, person.index * MAX_EVENTS_PER_PERSON + raw.seq),
    personId: person.id,
    purpose: PURPOSE_KEYS[raw.purpose] ?? 'marketing_email',
    decision: DECISIONS[raw.decision] ?? 'granted',
    channel: CHANNELS[raw.channel] ?? 'preferences_dashboard',
    occurredAt: brusselsInstant(raw.day, raw.minute),
    policyVersion: { id: version.id, version: version.version },
    evidence: evidenceFor(person, raw, version.version),
    recordedBy: supportMember ? staffMember(supportMember) : null,
    reason: supportMember ? 'De persoon vroeg per e-mail aan info@engcode.be om deze toestemming in te trekken.' : null,
  };
}

/** A person's consent events (generated history, then what was recorded through the API), oldest first. */
export function personConsentEvents(db: MockDb, person: PersonRecord): ConsentEvent[] {
  const raws: RawEvent[] = [];
  generateConsentHistory(personBasics(person.index), (purpose, decision, day, minute, channel) => {
    // A dismissed banner is counted among the asked, but it is no decision to prove.
    if (decision === NO_CHOICE) return;
    if (raws.length < MAX_EVENTS_PER_PERSON) raws.push({ seq: raws.length, purpose, decision, day, minute, channel });
  });
  raws.sort((a, b) => a.day - b.day || a.minute - b.minute || a.purpose - b.purpose);
  const generated = raws.map((raw) => materialize(person, raw, db.policyVersions));
  const recorded = db.area(consentArea).overlay.get(person.index) ?? [];
  return [...generated, ...recorded];
}

/** The state per purpose after a person's events (oldest first): the latest decision wins. */
export function currentConsents(events: readonly ConsentEvent[]): Schemas['PurposeConsent'][] {
  const latest = new Map<PurposeKey, ConsentEvent>();
  for (const event of events) latest.set(event.purpose, event);
  return PURPOSES.map((purpose) => {
    if (!purpose.consentBased) return { purpose: purpose.key, state: 'not_required', since: null, policyVersion: null, expiresOn: null };
    const event = latest.get(purpose.key);
    if (!event) return { purpose: purpose.key, state: 'not_asked', since: null, policyVersion: null, expiresOn: null };
    const day = receiptDate(event.occurredAt);
    let expiresOn: string | null = null;
    if (purpose.expiresAfterDays !== null && event.decision === 'granted') expiresOn = addDays(day, purpose.expiresAfterDays);
    if (event.decision === 'expired') expiresOn = day;
    return { purpose: purpose.key, state: event.decision, since: event.occurredAt, policyVersion: event.policyVersion, expiresOn };
  });
}

/** Records a change made on the person's behalf: history at once, rates on the next read. */
export async function recordConsentChange(
  db: MockDb,
  person: PersonRecord,
  user: StaffRecord,
  change: Schemas['ConsentChangeRequest'],
): Promise<ConsentEvent> {
  const store = await readyConsentStore(db);
  const occurredAt = clock.nowIso();
  const day = toDayNumber(receiptDate(occurredAt));
  const version = policyVersionOn(fromDayNumber(day), db.policyVersions);
  const event: ConsentEvent = {
    id: db.newId(),
    personId: person.id,
    purpose: change.purpose,
    decision: change.decision,
    channel: change.channel,
    occurredAt,
    policyVersion: { id: version.id, version: version.version },
    evidence: {
      source: `Engcode privacy console, recorded by ${user.role === 'support' ? 'support' : 'the privacy officer'}`,
      wording: `Recorded on the person's behalf (${change.channel}). "${WORDING[change.purpose]}" (privacybeleid v${version.version})`,
      ipPrefix: null,
      userAgentFamily: null,
    },
    recordedBy: staffMember(user),
    reason: change.reason,
  };
  const list = store.overlay.get(person.index) ?? [];
  list.push(event);
  store.overlay.set(person.index, list);
  store.recordChange(person, change.purpose, change.decision, change.channel, day);
  return event;
}

