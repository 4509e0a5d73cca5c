import { complaintSummaryResponse, complaintsArea } from '../db/complaints';
import { currentConsents, personConsentEvents } from '../db/consent';
import type { PersonRecord } from '../db/core';
import { canSee, dsarArea, receivedAtOf, toSummary } from '../db/dsars';
import { findPeopleByEmail, personIndexFromAccountReference, personSummary } from '../db/people';
import type { MockDb } from '../db';
import { route } from '../http';
import { clock } from '../lib/clock';
import { notFound, unprocessable } from '../lib/problem';

/** The contract caps a search answer at 20 people, and a person's cases at 100 of each kind. */
const MAX_SEARCH_RESULTS = 20;
const MAX_CASES = 100;

export function findPerson(db: MockDb, personId: string): PersonRecord {
  const person = db.personById(personId);
  if (!person) throw notFound('person');
  return person;
}

export const peopleHandlers = [
  // Masked summaries only, so a search reveals nothing and is not audited.
  route.post('/people/search', { permission: 'people_read' }, async ({ response }, { db, body }) => {
    let found: PersonRecord[] = [];
    if (body.email !== undefined) {
      found = await db.run(findPeopleByEmail(db, body.email));
    } else if (body.accountReference !== undefined) {
      const index = personIndexFromAccountReference(body.accountReference, db.peopleCount);
      found = index === null ? [] : [db.person(index)];
    }
    return response(200).json({ items: found.slice(0, MAX_SEARCH_RESULTS).map(personSummary) });
  }),

  route.get('/people/{personId}', { permission: 'people_read', areas: [dsarArea, complaintsArea] }, ({ params, response }, { db }) => {
    const person = findPerson(db, params.personId);
    const consents = currentConsents(personConsentEvents(db, person));
    return response(200).json({
      ...personSummary(person),
      employer: person.employerIndex === null ? null : db.organisation(person.employerIndex),
      registeredOn: person.registeredOn,
      consents,
      dsarCount: db.area(dsarArea).countByPerson.get(person.index) ?? 0,
      complaintCount: db.area(complaintsArea).complaints.filter((complaint) => complaint.personIndex === person.index).length,
    });
  }),

  route.post('/people/{personId}/reveal', { permission: 'people_reveal' }, ({ params, response }, { db, body, audit }) => {
    const person = findPerson(db, params.personId);
    const reason = body.reason.trim();
    if (reason.length < 3) {
      throw unprocessable([{ pointer: '/reason', code: 'too_short', detail: 'Say why you need to see this person\'s identity (at least 3 characters).' }]);
    }
    audit({ action: 'reveal', resourceType: 'person', resourceId: person.id, summary: 'Revealed name, email and address', reason });
    return response(200).json(
      {
        personId: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        email: person.email,
        address: person.address,
        revealedAt: clock.nowIso(),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  }),

  // The same visibility as the queues: support sees their own and unassigned cases, so every
  // link on the person's page opens (the complaints queue applies this rule too).
  route.get('/people/{personId}/cases', { permission: 'people_read', areas: [dsarArea, complaintsArea] }, ({ params, response }, { db, user }) => {
    const person = findPerson(db, params.personId);
    const today = clock.today();
    const dsars = db
      .area(dsarArea)
      .records.filter((record) => record.personIndex === person.index && canSee(record, user))
      .sort((a, b) => (receivedAtOf(a) < receivedAtOf(b) ? 1 : -1))
      .slice(0, MAX_CASES)
      .map((record) => toSummary(db, record, today));
    const complaints = db
      .area(complaintsArea)
      .complaints.filter((record) => record.personIndex === person.index && (user.role !== 'support' || record.assigneeId === null || record.assigneeId === user.id))
      .sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : a.reference < b.reference ? 1 : -1))
      .slice(0, MAX_CASES)
      .map((record) => complaintSummaryResponse(db, record, today));
    return response(200).json({ dsars, complaints });
  }),
];
