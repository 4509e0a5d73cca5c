import { describe, expect, it } from 'vitest';
import { toDayNumber } from '../lib/dates';
import { STAFF } from './core';
import {
  ConsentStore,
  consentArea,
  consentExpirations,
  consentRateSummary,
  consentRates,
  currentConsents,
  detectAnomaly,
  generateConsentHistory,
  periodCount,
  periodsOf,
  personConsentEvents,
  readyConsentStore,
  recordConsentChange,
  RATE_PURPOSES,
} from './consent';
import { MockDb } from './index';
import { PLATFORM_START_DAY, TODAY_DAY, personBasics } from './people';

type Raw = { purpose: number; decision: number; day: number; minute: number; channel: number };

function history(index: number): Raw[] {
  const events: Raw[] = [];
  generateConsentHistory(personBasics(index), (purpose, decision, day, minute, channel) => events.push({ purpose, decision, day, minute, channel }));
  return events;
}

const GRANTED = 0;
const REFUSED = 1;
const WITHDRAWN = 2;
const EXPIRED = 3;
const NO_CHOICE = 4;
const SOCIAL = [5, 6, 7];
const COOKIES = [9, 10, 11];
const counts = (point: { asked: number; granted: number; refused: number; withdrawn: number }) => point;

describe('generateConsentHistory', () => {
  it('is deterministic per person', () => {
    expect(history(42)).toEqual(history(42));
    expect(history(42)).not.toEqual(history(43));
  });

  it('gives people about ten events each, between registration and today, each purpose in time order', () => {
    let decisions = 0;
    for (let index = 0; index < 1_000; index += 1) {
      const basics = personBasics(index);
      const events = history(index);
      decisions += events.filter((event) => event.decision !== NO_CHOICE).length;
      for (const event of events) {
        expect(event.day).toBeGreaterThanOrEqual(basics.registeredDay);
        expect(event.day).toBeLessThanOrEqual(TODAY_DAY);
        expect(event.purpose).not.toBe(8); // strictly necessary cookies are never asked
        if (SOCIAL.includes(event.purpose)) expect(event.day).toBeGreaterThanOrEqual(toDayNumber('2023-05-01'));
      }
      for (let purpose = 0; purpose < 12; purpose += 1) {
        const days = events.filter((event) => event.purpose === purpose && event.decision !== NO_CHOICE).map((event) => event.day);
        expect(days).toEqual([...days].sort((a, b) => a - b));
      }
    }
    expect(decisions / 1_000).toBeGreaterThan(8);
    expect(decisions / 1_000).toBeLessThan(15);
  });

  it('lets a granted cookie consent expire 730 days after the banner and asks again later', () => {
    let expiries = 0;
    for (let index = 0; index < 2_000; index += 1) {
      const events = history(index);
      for (const expiry of events.filter((event) => event.decision === EXPIRED)) {
        expiries += 1;
        expect(COOKIES).toContain(expiry.purpose);
        const grant = events.filter((event) => event.purpose === expiry.purpose && event.day < expiry.day && event.decision !== NO_CHOICE).at(-1);
        expect(grant?.decision).toBe(GRANTED);
        expect(expiry.day - (grant?.day ?? 0)).toBe(730);
      }
    }
    expect(expiries).toBeGreaterThan(100);
  });

  it('withdraws only what was granted', () => {
    for (let index = 0; index < 1_000; index += 1) {
      const events = history(index);
      for (let purpose = 0; purpose < 12; purpose += 1) {
        let state = -1;
        for (const event of events.filter((candidate) => candidate.purpose === purpose && candidate.decision !== NO_CHOICE)) {
          if (event.decision === WITHDRAWN || event.decision === EXPIRED) expect(state).toBe(GRANTED);
          state = event.decision;
        }
      }
    }
  });
});

describe('periods', () => {
  const day = toDayNumber;
  it('aligns weeks on Monday, months and quarters on the calendar, clipped to the range', () => {
    expect(periodsOf(day('2026-11-04'), day('2026-11-20'), 'week').map((period) => [period.start, period.end].map((value) => new Date(value * 86_400_000).toISOString().slice(0, 10)))).toEqual([
      ['2026-11-04', '2026-11-08'],
      ['2026-11-09', '2026-11-15'],
      ['2026-11-16', '2026-11-20'],
    ]);
    expect(periodsOf(day('2026-01-15'), day('2026-03-10'), 'month')).toHaveLength(3);
    expect(periodsOf(day('2025-12-31'), day('2026-04-01'), 'quarter')).toHaveLength(3);
    expect(periodCount(day('2026-01-01'), day('2026-12-31'), 'day')).toBe(365);
    expect(periodCount(day('2026-01-01'), day('2026-12-31'), 'week')).toBe(53);
    expect(periodCount(day('2019-09-01'), day('2026-11-25'), 'quarter')).toBe(30);
  });
});

describe('detectAnomaly', () => {
  const steady = Array.from({ length: 4 }, () => counts({ asked: 100, granted: 60, refused: 30, withdrawn: 10 }));

  it('needs 4 previous points that all had decisions', () => {
    expect(detectAnomaly(steady.slice(0, 3), counts({ asked: 100, granted: 10, refused: 80, withdrawn: 10 }))).toBeNull();
    expect(detectAnomaly([...steady.slice(0, 3), counts({ asked: 0, granted: 0, refused: 0, withdrawn: 0 })], counts({ asked: 100, granted: 10, refused: 80, withdrawn: 10 }))).toBeNull();
  });

  it('flags a withdrawal spike above twice the mean and well beyond noise', () => {
    expect(detectAnomaly(steady, counts({ asked: 100, granted: 60, refused: 30, withdrawn: 40 }))).toBe('withdrawal_spike');
    expect(detectAnomaly(steady, counts({ asked: 100, granted: 60, refused: 30, withdrawn: 18 }))).toBeNull();
    const quiet = Array.from({ length: 4 }, () => counts({ asked: 10, granted: 6, refused: 3, withdrawn: 1 }));
    expect(detectAnomaly(quiet, counts({ asked: 10, granted: 6, refused: 3, withdrawn: 6 }))).toBeNull();
  });

  it('flags a consent rate more than 10 points below the mean, with enough decisions', () => {
    expect(detectAnomaly(steady, counts({ asked: 100, granted: 40, refused: 50, withdrawn: 10 }))).toBe('rate_drop');
    expect(detectAnomaly(steady, counts({ asked: 100, granted: 53, refused: 37, withdrawn: 10 }))).toBeNull();
    expect(detectAnomaly(steady, counts({ asked: 20, granted: 6, refused: 12, withdrawn: 2 }))).toBeNull();
  });
});

describe('ConsentStore', () => {
  it('builds in slices that yield to the event loop', async () => {
    const store = new ConsentStore(20_000);
    let ticks = 0;
    const timer = setInterval(() => {
      ticks += 1;
    }, 0);
    await store.ready();
    clearInterval(timer);
    expect(store.isReady).toBe(true);
    expect(ticks).toBeGreaterThan(0);
  });

  it('adds up exactly the events of every person’s history', async () => {
    const db = new MockDb(0.02);
    const store = await readyConsentStore(db);
    const totals = { asked: 0, granted: 0, refused: 0, withdrawn: 0 };
    for (let index = 0; index < db.peopleCount; index += 1) {
      for (const event of history(index)) {
        if (event.purpose === 8 || event.decision === EXPIRED) continue;
        if (event.decision !== WITHDRAWN) totals.asked += 1;
        if (event.decision === GRANTED) totals.granted += 1;
        if (event.decision === REFUSED) totals.refused += 1;
        if (event.decision === WITHDRAWN) totals.withdrawn += 1;
      }
    }
    const rates = consentRates(store, { from: '2019-09-01', to: '2026-11-25', granularity: 'quarter' }, db.policyVersions);
    const sum = (key: keyof typeof totals) => rates.series.reduce((total, series) => total + series.totals[key], 0);
    expect({ asked: sum('asked'), granted: sum('granted'), refused: sum('refused'), withdrawn: sum('withdrawn') }).toEqual(totals);
    for (const series of rates.series) {
      for (const point of series.points) {
        expect(point.granted + point.refused).toBeLessThanOrEqual(point.asked);
        if (point.optInRate !== null) expect(point.optInRate).toBeLessThanOrEqual(1);
      }
    }
  });

  it('never reports strictly necessary cookies, even when asked for', async () => {
    const db = new MockDb(0.02);
    const store = await readyConsentStore(db);
    const rates = consentRates(store, { from: '2026-01-01', to: '2026-03-31', granularity: 'month', purpose: ['cookies_necessary', 'cookies_analytics'] }, db.policyVersions);
    expect(rates.series.map((series) => series.purpose)).toEqual(['cookies_analytics']);
  });

  it('refuses a range with more than 400 points and a range that ends before it starts', () => {
    const store = new ConsentStore(0);
    expect(() => consentRates(store, { from: '2025-01-01', to: '2026-02-04', granularity: 'day' }, [])).not.toThrow();
    expect(() => consentRates(store, { from: '2025-01-01', to: '2026-02-05', granularity: 'day' }, [])).toThrow(/granularity/);
    expect(() => consentRates(store, { from: '2026-02-05', to: '2026-02-04', granularity: 'day' }, [])).toThrow(/from/);
  });

  it('answers ranges outside the platform’s life with zero counts and null rates', async () => {
    const db = new MockDb(0.02);
    const store = await readyConsentStore(db);
    const rates = consentRates(store, { from: '2019-01-01', to: '2019-06-30', granularity: 'month', purpose: ['marketing_email'] }, db.policyVersions);
    expect(rates.series[0]?.totals).toMatchObject({ asked: 0, optInRate: null, consentRate: null });
    expect(toDayNumber('2019-06-30')).toBeLessThan(PLATFORM_START_DAY);
  });

  it('counts cookie consents lapsing within 30, 60 and 90 days from the current state of each person', async () => {
    const db = new MockDb(0.05);
    const store = await readyConsentStore(db);
    const expirations = consentExpirations(store, '2026-11-25');
    let within90 = 0;
    for (let index = 0; index < db.peopleCount; index += 1) {
      const consents = currentConsents(personConsentEvents(db, db.person(index)));
      const lapsing = consents.filter((consent) => consent.state === 'granted' && consent.expiresOn !== null && consent.expiresOn > '2026-11-25' && consent.expiresOn <= '2027-02-23');
      if (lapsing.length > 0) within90 += 1;
    }
    expect(expirations.windows[2]?.people).toBe(within90);
    expect(within90).toBeGreaterThan(0);
  });

  it('counts a change recorded through the API in today’s rates, the history and the expirations', async () => {
    const db = new MockDb(0.05);
    const store = db.area(consentArea);
    const user = STAFF[1];
    if (!user) throw new Error('no staff');
    // Someone whose analytics consent lapses within 90 days.
    let person = db.person(0);
    for (let index = 0; index < db.peopleCount; index += 1) {
      const expiry = (await readyConsentStore(db)).cookieExpiry[index * 3] ?? 0;
      if (expiry > TODAY_DAY && expiry - TODAY_DAY <= 90) {
        person = db.person(index);
        break;
      }
    }
    const before = consentExpirations(store, '2026-11-25');
    const summaryBefore = await consentRateSummary(db, '2026-11-25', '2026-11-25');
    const event = await recordConsentChange(db, person, user, { purpose: 'cookies_analytics', decision: 'withdrawn', channel: 'support_request', reason: 'Asked by email' });
    expect(personConsentEvents(db, person).at(-1)).toEqual(event);
    expect(currentConsents(personConsentEvents(db, person)).find((consent) => consent.purpose === 'cookies_analytics')?.state).toBe('withdrawn');
    const after = consentExpirations(store, '2026-11-25');
    expect(after.windows[2]?.byPurpose?.[0]?.count).toBe((before.windows[2]?.byPurpose?.[0]?.count ?? 0) - 1);
    const today = consentRates(store, { from: '2026-11-25', to: '2026-11-25', granularity: 'day', purpose: ['cookies_analytics'], channel: ['support_request'] }, db.policyVersions);
    expect(today.series[0]?.totals.withdrawn).toBeGreaterThanOrEqual(1);
    const summaryAfter = await consentRateSummary(db, '2026-11-25', '2026-11-25');
    expect(summaryAfter.find((row) => row.purpose === 'cookies_analytics')?.asked).toBe(summaryBefore.find((row) => row.purpose === 'cookies_analytics')?.asked);
  });
});

describe('consentRateSummary', () => {
  it('gives every consent-based purpose its totals over a period, as the rates do', async () => {
    const db = new MockDb(0.05);
    const summary = await consentRateSummary(db, '2026-01-01', '2026-06-30');
    expect(summary.map((row) => row.purpose)).toEqual([...RATE_PURPOSES]);
    const rates = consentRates(db.area(consentArea), { from: '2026-01-01', to: '2026-06-30', granularity: 'quarter' }, db.policyVersions);
    for (const row of summary) {
      const totals = rates.series.find((series) => series.purpose === row.purpose)?.totals;
      expect(row).toEqual({ purpose: row.purpose, asked: totals?.asked, granted: totals?.granted, consentRate: totals?.consentRate });
    }
  });

  it('is all zeros in the empty world', async () => {
    const summary = await consentRateSummary(new MockDb(0), '2026-01-01', '2026-06-30');
    expect(summary.every((row) => row.asked === 0 && row.consentRate === null)).toBe(true);
  });
});
