import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { operations } from '@/api/types';
import { getDb } from '@mocks/db';
import { currentConsents, personConsentEvents } from '@mocks/db/consent';
import { setScenario } from '@mocks/scenario';
import { failure, signInAs } from './helpers';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
type RatesQuery = operations['getConsentRates']['parameters']['query'];

const KEY_A = '0b7f3a52-4c8e-4d1a-9f3e-1a2b3c4d5e6f';
const KEY_B = '1c8f4b63-5d9f-4e2b-8a4f-2b3c4d5e6f70';

/** The first person whose current state of `purpose` is `state`. */
function personWith(purpose: string, state: string) {
  const db = getDb();
  for (let index = 0; index < 500; index += 1) {
    const person = db.person(index);
    if (currentConsents(personConsentEvents(db, person)).some((consent) => consent.purpose === purpose && consent.state === state)) return person;
  }
  throw new Error(`nobody has ${purpose} ${state}`);
}

describe('GET /consent-purposes', () => {
  it('lists the 12 purposes; strictly necessary cookies are not consent-based, other cookies lapse after 730 days', async () => {
    await signInAs('management');
    const { items } = await unwrap(api.GET('/consent-purposes'));
    expect(items).toHaveLength(12);
    expect(items.find((purpose) => purpose.key === 'cookies_necessary')).toMatchObject({ consentBased: false, expiresAfterDays: null });
    expect(items.find((purpose) => purpose.key === 'cookies_targeting')).toMatchObject({ consentBased: true, expiresAfterDays: 730 });
    await signInAs('support');
    expect((await unwrap(api.GET('/consent-purposes'))).items).toHaveLength(12);
  });
});

describe('GET /people/{personId}/consent-events', () => {
  it("pages a person's history newest first, with evidence and the policy version in force", async () => {
    await signInAs('support');
    const person = getDb().person(3);
    const page = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId: person.id }, query: { pageSize: 100 } } }));
    expect(page.totalItems).toBeGreaterThan(0);
    const instants = page.items.map((event) => event.occurredAt);
    expect(instants).toEqual([...instants].sort().reverse());
    for (const event of page.items) {
      expect(event.personId).toBe(person.id);
      expect(event.evidence.source.length).toBeGreaterThan(0);
      expect(event.evidence.ipPrefix ?? 'x.x').toMatch(/x\.x$/);
      if (event.occurredAt >= '2023-05-01T00:00:00Z' && event.occurredAt < '2025-08-31T00:00:00Z') expect(event.policyVersion.version).toBe('2.0.0');
      if (event.purpose.startsWith('social_')) expect(event.occurredAt >= '2023-04-30').toBe(true);
    }
    const small = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId: person.id }, query: { pageSize: 2, page: 2 } } }));
    expect(small.items).toEqual(page.items.slice(2, 4));
  });

  it('filters by purpose and sorts by purpose or oldest first', async () => {
    await signInAs('privacy_officer');
    const personId = getDb().person(3).id;
    const cookies = await unwrap(
      api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { purpose: ['cookies_analytics', 'cookies_targeting'], pageSize: 100 } } }),
    );
    expect(cookies.items.every((event) => event.purpose === 'cookies_analytics' || event.purpose === 'cookies_targeting')).toBe(true);
    const oldest = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { sort: 'occurredAt', pageSize: 100 } } }));
    expect(oldest.items.map((event) => event.occurredAt)).toEqual(oldest.items.map((event) => event.occurredAt).sort());
    const byPurpose = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { sort: 'purpose,-occurredAt', pageSize: 100 } } }));
    const purposes = byPurpose.items.map((event) => event.purpose);
    expect(purposes).toEqual([...purposes].sort());
  });

  it('refuses an unknown sort field, an unknown filter, an unknown person and management', async () => {
    await signInAs('privacy_officer');
    const personId = getDb().person(3).id;
    const sort = await failure(unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { sort: 'channel' } } })));
    expect(sort.status).toBe(400);
    expect(sort.fieldErrors[0]?.pointer).toBe('/query/sort');
    const filter = await failure(unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { decision: 'granted' } as never } })));
    expect(filter.status).toBe(400);
    expect(filter.fieldErrors[0]?.pointer).toBe('/query/decision');
    const purpose = await failure(unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query: { purpose: ['cookies_marketing'] as never } } })));
    expect(purpose.status).toBe(400);
    expect((await failure(unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId: UNKNOWN_ID } } })))).status).toBe(404);
    await signInAs('management');
    expect((await failure(unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId } } })))).status).toBe(403);
  });
});

describe('POST /people/{personId}/consent-events', () => {
  it('records a withdrawal on the person’s behalf: in the history at once, in the rates on the next read, audited', async () => {
    const person = personWith('marketing_email', 'granted');
    await signInAs('privacy_officer');
    const today = '2026-11-25';
    const ratesQuery: RatesQuery = { from: today, to: today, granularity: 'day', purpose: ['marketing_email'], channel: ['support_request'] };
    const before = await unwrap(api.GET('/consent-rates', { params: { query: ratesQuery } }));

    await signInAs('support');
    const body = { purpose: 'marketing_email', decision: 'withdrawn', channel: 'support_request', reason: 'Asked by phone to stop the newsletter' } as const;
    const event = await unwrap(api.POST('/people/{personId}/consent-events', { params: { path: { personId: person.id }, header: { ...csrfHeader, 'Idempotency-Key': KEY_A } }, body }));
    expect(event).toMatchObject({ personId: person.id, purpose: 'marketing_email', decision: 'withdrawn', channel: 'support_request', reason: body.reason, recordedBy: { displayName: 'Jan De Vries' } });
    expect(event.policyVersion.version).toBe('2.1.0');

    const history = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId: person.id } } }));
    expect(history.items[0]?.id).toBe(event.id);
    const profile = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: person.id } } }));
    expect(profile.consents.find((consent) => consent.purpose === 'marketing_email')).toMatchObject({ state: 'withdrawn', since: event.occurredAt });

    await signInAs('privacy_officer');
    const after = await unwrap(api.GET('/consent-rates', { params: { query: ratesQuery } }));
    expect(after.series[0]?.totals.withdrawn).toBe((before.series[0]?.totals.withdrawn ?? 0) + 1);
    const audit = getDb().auditEvents.find((entry) => entry.resourceType === 'consent_event');
    expect(audit).toMatchObject({ action: 'create', resourceId: event.id, reason: body.reason });
  });

  it('replays a create with the same Idempotency-Key and refuses the key with another body', async () => {
    const person = personWith('cookies_analytics', 'refused');
    await signInAs('support');
    const body = { purpose: 'cookies_analytics', decision: 'granted', channel: 'support_request', reason: 'Confirmed by email' } as const;
    const params = { path: { personId: person.id }, header: { ...csrfHeader, 'Idempotency-Key': KEY_B } };
    const first = await unwrap(api.POST('/people/{personId}/consent-events', { params, body }));
    const replay = await unwrap(api.POST('/people/{personId}/consent-events', { params, body }));
    expect(replay.id).toBe(first.id);
    const history = await unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId: person.id }, query: { purpose: ['cookies_analytics'], pageSize: 100 } } }));
    expect(history.items.filter((item) => item.recordedBy !== null && item.reason === body.reason)).toHaveLength(1);
    const other = await failure(unwrap(api.POST('/people/{personId}/consent-events', { params, body: { ...body, reason: 'Something else' } })));
    expect(other.status).toBe(422);
    // A renewed cookie consent lapses two years later.
    const profile = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: person.id } } }));
    expect(profile.consents.find((consent) => consent.purpose === 'cookies_analytics')).toMatchObject({ state: 'granted', expiresOn: '2028-11-24' });
  });

  it('requires channel and reason (422 naming each), refuses strictly necessary cookies and withdrawing what is not granted', async () => {
    const person = personWith('marketing_phone', 'refused');
    await signInAs('privacy_officer');
    const post = (body: unknown, key: string) =>
      failure(unwrap(api.POST('/people/{personId}/consent-events', { params: { path: { personId: person.id }, header: { ...csrfHeader, 'Idempotency-Key': key } }, body: body as never })));
    const missing = await post({ purpose: 'marketing_phone', decision: 'granted' }, '2d9a5c74-6e0a-4f3c-9b5a-3c4d5e6f7081');
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors.map((error) => error.pointer).sort()).toEqual(['/channel', '/reason']);
    const blank = await post({ purpose: 'marketing_phone', decision: 'granted', channel: 'support_request', reason: '   ' }, '3e0b6d85-7f1b-4a4d-8c6b-4d5e6f708192');
    expect(blank.fieldErrors[0]?.pointer).toBe('/reason');
    const necessary = await post({ purpose: 'cookies_necessary', decision: 'granted', channel: 'support_request', reason: 'Test' }, '4f1c7e96-8a2c-4b5e-9d7c-5e6f708192a3');
    expect(necessary.status).toBe(422);
    expect(necessary.fieldErrors[0]?.pointer).toBe('/purpose');
    const notGranted = await post({ purpose: 'marketing_phone', decision: 'withdrawn', channel: 'support_request', reason: 'Asked by phone' }, '5a2d8fa7-9b3d-4c6f-8e8d-6f708192a3b4');
    expect(notGranted.status).toBe(409);
    expect(notGranted.problem.code).toBe('consent_not_granted');
    // Granting a refused purpose is fine; granting it again is not (only lapsing cookie consents are renewed).
    const granted = await unwrap(
      api.POST('/people/{personId}/consent-events', {
        params: { path: { personId: person.id }, header: { ...csrfHeader, 'Idempotency-Key': '6b3e9ab8-ac4e-4d7a-9f9e-708192a3b4c5' } },
        body: { purpose: 'marketing_phone', decision: 'granted', channel: 'preferences_dashboard', reason: 'x' },
      }),
    );
    expect(granted.decision).toBe('granted');
    const twice = await post({ purpose: 'marketing_phone', decision: 'granted', channel: 'support_request', reason: 'Again' }, '7c4fabc9-bd5f-4e8b-8a0f-8192a3b4c5d6');
    expect(twice.problem.code).toBe('consent_already_granted');
  });

  it('refuses management (403) and an unknown person (404)', async () => {
    await signInAs('management');
    const body = { purpose: 'marketing_email', decision: 'granted', channel: 'support_request', reason: 'Test' } as const;
    const personId = getDb().person(1).id;
    expect((await failure(unwrap(api.POST('/people/{personId}/consent-events', { params: { path: { personId }, header: { ...csrfHeader, 'Idempotency-Key': KEY_A } }, body })))).status).toBe(403);
    await signInAs('privacy_officer');
    expect((await failure(unwrap(api.POST('/people/{personId}/consent-events', { params: { path: { personId: UNKNOWN_ID }, header: { ...csrfHeader, 'Idempotency-Key': KEY_A } }, body })))).status).toBe(404);
  });
});

describe('GET /consent-rates', () => {
  it('gives every consent-based purpose a monthly series; rates follow their definitions', async () => {
    await signInAs('management');
    const rates = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2025-12-01', to: '2026-11-25', granularity: 'month' } } }));
    expect(rates.groupBy).toBeNull();
    expect(rates.series.map((series) => series.purpose)).not.toContain('cookies_necessary');
    expect(rates.series).toHaveLength(11);
    for (const series of rates.series) {
      expect(series.segment).toBeNull();
      expect(series.points).toHaveLength(12);
      expect(series.points[0]?.periodStart).toBe('2025-12-01');
      expect(series.points[11]).toMatchObject({ periodStart: '2026-11-01', periodEnd: '2026-11-25' });
      const { totals } = series;
      expect(totals.asked).toBe(series.points.reduce((sum, point) => sum + point.asked, 0));
      expect(totals.optInRate).toBeCloseTo(totals.granted / totals.asked, 4);
      expect(totals.consentRate).toBeCloseTo(totals.granted / (totals.granted + totals.refused + totals.withdrawn), 4);
    }
    const rate = (purpose: string) => rates.series.find((series) => series.purpose === purpose)?.totals.consentRate ?? 0;
    expect(rate('marketing_phone')).toBeLessThan(rate('marketing_email'));
    expect(rate('transactional_email')).toBeGreaterThan(0.85);
    expect(rate('cookies_targeting')).toBeLessThan(rate('cookies_analytics'));
    // A dismissed cookie banner counts among the asked only: opt-in stays below the consent rate.
    const analytics = rates.series.find((series) => series.purpose === 'cookies_analytics')?.totals;
    expect(analytics?.optInRate ?? 1).toBeLessThan(analytics?.consentRate ?? 0);
  });

  it('splits series by segment and filters by country, plan and channel', async () => {
    await signInAs('privacy_officer');
    const query: RatesQuery = { from: '2026-01-01', to: '2026-06-30', granularity: 'quarter', purpose: ['marketing_email'] };
    const whole = await unwrap(api.GET('/consent-rates', { params: { query } }));
    const byCountry = await unwrap(api.GET('/consent-rates', { params: { query: { ...query, groupBy: 'country' } } }));
    expect(byCountry.series.map((series) => series.segment)).toEqual(['BE', 'NL']);
    expect(byCountry.series.reduce((sum, series) => sum + series.totals.asked, 0)).toBe(whole.series[0]?.totals.asked);
    const belgians = await unwrap(api.GET('/consent-rates', { params: { query: { ...query, country: ['BE'] } } }));
    expect(belgians.series[0]?.totals).toEqual(byCountry.series[0]?.totals);
    const byChannel = await unwrap(api.GET('/consent-rates', { params: { query: { ...query, groupBy: 'channel', plan: ['business'] } } }));
    expect(byChannel.series.map((series) => series.segment)).toEqual(['signup_form', 'preferences_dashboard', 'unsubscribe_link', 'cookie_banner', 'support_request']);
    const unsubscribes = byChannel.series.find((series) => series.segment === 'unsubscribe_link')?.totals;
    expect(unsubscribes?.withdrawn).toBeGreaterThan(0);
    expect(unsubscribes?.asked).toBe(0);
    expect(unsubscribes?.optInRate).toBeNull();
    const byVersion = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2023-01-01', to: '2023-12-31', granularity: 'month', purpose: ['social_facebook'], groupBy: 'policy_version' } } }));
    expect(byVersion.series.map((series) => series.segment)).toEqual(['1.1.0', '2.0.0']);
    expect(byVersion.series[0]?.totals.asked).toBe(0);
    expect(byVersion.series[1]?.totals.asked).toBeGreaterThan(0);
  });

  it('marks the October 2026 newsletter incident as a withdrawal spike and the 2025 banner redesign as a rate drop', async () => {
    await signInAs('management');
    const weekly = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-08-03', to: '2026-11-22', granularity: 'week', purpose: ['marketing_email'] } } }));
    const flagged = weekly.series[0]?.points.filter((point) => point.anomaly) ?? [];
    expect(flagged.map((point) => [point.periodStart, point.anomaly])).toEqual([['2026-10-05', 'withdrawal_spike']]);
    const monthly = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2025-03-01', to: '2025-12-31', granularity: 'month', purpose: ['cookies_targeting'] } } }));
    const drops = monthly.series[0]?.points.filter((point) => point.anomaly === 'rate_drop').map((point) => point.periodStart);
    expect(drops).toContain('2025-09-01');
  });

  it('answers 400 for a range too long for the granularity, from after to, and a bad parameter', async () => {
    await signInAs('management');
    const tooLong = await failure(unwrap(api.GET('/consent-rates', { params: { query: { from: '2025-01-01', to: '2026-11-25', granularity: 'day' } } })));
    expect(tooLong.status).toBe(400);
    expect(tooLong.fieldErrors[0]?.pointer).toBe('/query/granularity');
    const backwards = await failure(unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-02-01', to: '2026-01-01', granularity: 'day' } } })));
    expect(backwards.status).toBe(400);
    expect(backwards.fieldErrors[0]?.pointer).toBe('/query/from');
    const missing = await failure(unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-01-01', to: '2026-02-01' } as never } })));
    expect(missing.fieldErrors[0]).toMatchObject({ pointer: '/query/granularity', code: 'required' });
    const groupBy = await failure(unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-01-01', to: '2026-02-01', granularity: 'week', groupBy: 'age' as never } } })));
    expect(groupBy.fieldErrors[0]?.pointer).toBe('/query/groupBy');
  });

  it('takes a period ending on the server’s today instead of dates, and answers with the dates it used', async () => {
    await signInAs('management');
    const byPeriod = await unwrap(api.GET('/consent-rates', { params: { query: { period: 'last_12_months', granularity: 'month', purpose: ['marketing_email'] } } }));
    expect([byPeriod.from, byPeriod.to]).toEqual(['2025-11-26', '2026-11-25']);
    const byDates = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2025-11-26', to: '2026-11-25', granularity: 'month', purpose: ['marketing_email'] } } }));
    expect(byPeriod.series).toEqual(byDates.series);
    const quarter = await unwrap(api.GET('/consent-rates', { params: { query: { period: 'last_3_months', granularity: 'day', purpose: ['cookies_analytics'] } } }));
    expect(quarter.from).toBe('2026-08-26');
    expect(quarter.series[0]?.points).toHaveLength(92);
    const both = await failure(unwrap(api.GET('/consent-rates', { params: { query: { period: 'last_3_months', from: '2026-01-01', to: '2026-02-01', granularity: 'week' } } })));
    expect(both.fieldErrors[0]?.pointer).toBe('/query/period');
    const neither = await failure(unwrap(api.GET('/consent-rates', { params: { query: { granularity: 'week' } } })));
    expect(neither).toMatchObject({ status: 400 });
    expect(neither.fieldErrors[0]?.pointer).toBe('/query/from');
    const tooFine = await failure(unwrap(api.GET('/consent-rates', { params: { query: { period: 'last_60_months', granularity: 'day' } } })));
    expect(tooFine.fieldErrors[0]?.pointer).toBe('/query/granularity');
  });

  it('is refused to support (403)', async () => {
    await signInAs('support');
    expect((await failure(unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-01-01', to: '2026-02-01', granularity: 'week' } } })))).status).toBe(403);
  });
});

describe('GET /consent-expirations', () => {
  it('counts people whose cookie consent lapses within 30, 60 and 90 days', async () => {
    await signInAs('management');
    const expirations = await unwrap(api.GET('/consent-expirations'));
    expect(expirations.asOf).toBe('2026-11-25');
    expect(expirations.windows.map((window) => window.withinDays)).toEqual([30, 60, 90]);
    const [in30, in60, in90] = expirations.windows;
    expect(in30?.people).toBeGreaterThan(0);
    expect(in30?.people).toBeLessThanOrEqual(in60?.people ?? 0);
    expect(in60?.people).toBeLessThanOrEqual(in90?.people ?? 0);
    for (const window of expirations.windows) {
      expect(window.byPurpose?.map((row) => row.purpose)).toEqual(['cookies_analytics', 'cookies_functionality', 'cookies_targeting']);
      expect(Math.max(...(window.byPurpose ?? []).map((row) => row.count))).toBeLessThanOrEqual(window.people);
    }
    await signInAs('support');
    expect((await failure(unwrap(api.GET('/consent-expirations')))).status).toBe(403);
  });
});

describe('the large world (x10)', () => {
  it('aggregates 200,000 people’s consent history before answering rates and expirations', async () => {
    setScenario('large');
    await signInAs('management');
    const expirations = await unwrap(api.GET('/consent-expirations'));
    expect(expirations.windows[2]?.people).toBeGreaterThan(5_000);
    const rates = await unwrap(api.GET('/consent-rates', { params: { query: { from: '2026-01-01', to: '2026-11-25', granularity: 'week', purpose: ['marketing_email'] } } }));
    expect(rates.series[0]?.totals.asked).toBeGreaterThan(10_000);
  });
});
