import {
  consentExpirations,
  consentRates,
  currentConsents,
  personConsentEvents,
  readyConsentStore,
  recordConsentChange,
  PURPOSE_KEYS,
} from '../db/consent';
import { PURPOSES } from '../db/core';
import { route } from '../http';
import { clock } from '../lib/clock';
import { addDays } from '../lib/dates';
import { addMonthsClamped } from '../lib/deadlines';
import { paginate, sortItems } from '../lib/list';
import { HttpProblem, unprocessable } from '../lib/problem';
import { findPerson } from './people';

const PERIOD_MONTHS = { last_3_months: 3, last_12_months: 12, last_24_months: 24, last_60_months: 60 } as const;

/** `from` and `to`, or a `period` ending on the server's today: exactly one of the two (400 otherwise). */
function rateRange(query: { from?: string; to?: string; period?: keyof typeof PERIOD_MONTHS }, today: string): { from: string; to: string } {
  if (query.period !== undefined) {
    if (query.from !== undefined || query.to !== undefined) {
      throw new HttpProblem(400, 'Invalid query parameter: period. Give either period, or from and to.', {
        errors: [{ pointer: '/query/period', code: 'conflict', detail: 'Give either period, or from and to.' }],
      });
    }
    return { from: addDays(addMonthsClamped(today, -PERIOD_MONTHS[query.period]), 1), to: today };
  }
  if (query.from === undefined || query.to === undefined) {
    const missing = query.from === undefined ? 'from' : 'to';
    throw new HttpProblem(400, `Invalid query parameter: ${missing}. Give from and to, or a period.`, {
      errors: [{ pointer: `/query/${missing}`, code: 'required', detail: 'Give from and to, or a period.' }],
    });
  }
  return { from: query.from, to: query.to };
}

export const consentHandlers = [
  route.get('/consent-purposes', { permission: ['consent_read', 'consent_rates_read'] }, ({ response }) =>
    response(200).json({ items: PURPOSES.map((purpose) => ({ ...purpose })) }),
  ),

  route.get('/people/{personId}/consent-events', { permission: 'consent_read' }, ({ params, response }, { db, query }) => {
    const person = findPerson(db, params.personId);
    const purposes = query.purpose ?? [];
    const events = personConsentEvents(db, person).filter((event) => purposes.length === 0 || purposes.includes(event.purpose));
    const sorted = sortItems(
      events,
      query.sort,
      { occurredAt: (event) => event.occurredAt, purpose: (event) => event.purpose },
      // Choices made in one visit share their instant; keep them in the purposes' order.
      { fallback: '-occurredAt', tieBreaker: (event) => PURPOSE_KEYS.indexOf(event.purpose) },
    );
    return response(200).json(paginate(sorted, query));
  }),

  route.post('/people/{personId}/consent-events', { permission: 'consent_write' }, async ({ params, response }, { db, body, user, audit }) => {
    const person = findPerson(db, params.personId);
    const purpose = PURPOSES.find((candidate) => candidate.key === body.purpose);
    if (!purpose?.consentBased) {
      throw unprocessable([{ pointer: '/purpose', code: 'not_allowed', detail: 'Strictly necessary cookies need no consent; there is nothing to record.' }]);
    }
    const reason = body.reason.trim();
    if (reason === '') throw unprocessable([{ pointer: '/reason', code: 'required', detail: 'Say why you record this on the person\'s behalf.' }]);
    const current = currentConsents(personConsentEvents(db, person)).find((consent) => consent.purpose === body.purpose);
    if (body.decision === 'withdrawn' && current?.state !== 'granted') {
      throw new HttpProblem(409, `There is no consent to withdraw: the current state of ${body.purpose} is ${current?.state ?? 'not_asked'}.`, { code: 'consent_not_granted' });
    }
    // A lapsing consent (cookies) may be renewed; any other one granted twice proves nothing new.
    if (body.decision === 'granted' && current?.state === 'granted' && purpose.expiresAfterDays === null) {
      throw new HttpProblem(409, `${body.purpose} is already granted.`, { code: 'consent_already_granted' });
    }
    const event = await recordConsentChange(db, person, user, { ...body, reason });
    audit({
      action: 'create',
      resourceType: 'consent_event',
      resourceId: event.id,
      summary: `Recorded ${body.purpose} ${body.decision} on the person's behalf (${body.channel})`,
      reason,
    });
    return response(201).json(event);
  }),

  route.get('/consent-rates', { permission: 'consent_rates_read' }, async ({ response }, { db, query }) => {
    const { from, to } = rateRange(query, clock.today());
    const store = await readyConsentStore(db);
    const rates = consentRates(
      store,
      {
        from,
        to,
        granularity: query.granularity,
        purpose: query.purpose,
        groupBy: query.groupBy ?? null,
        country: query.country,
        plan: query.plan,
        channel: query.channel,
      },
      db.policyVersions,
    );
    return response(200).json(rates);
  }),

  route.get('/consent-expirations', { permission: 'consent_rates_read' }, async ({ response }, { db }) => {
    const store = await readyConsentStore(db);
    return response(200).json(consentExpirations(store, clock.today()));
  }),
];
