import { complaintsArea } from '../db/complaints';
import { currentConsents, personConsentEvents } from '../db/consent';
import type { PersonRecord } from '../db/core';
import { dsarArea } from '../db/dsars';
import { findPeopleByEmail, personIndexFromAccountReference, personSummary } from '../db/people';
import type { MockDb } from '../db';
import { route } from '../http';
import { clock } from '../lib/clock';
import { notFound, unprocessable } from '../lib/problem';

/** The contract caps a search answer at 20 people. */
const MAX_SEARCH_RESULTS = 20;

export function findPerson(db: MockDb, personId: string): PersonRecord {
  const person = db.personById(personId);
  if (!person) throw notFound('person');
  return person;
}

export const peopleHandlers = [
  // Masked summaries only, so a search reveals nothing and is not audited.
  route.post('/people/search', { permission: 'people_read' }, ({ response }, { db, body }) => {
    let found: PersonRecord[] = [];
    if (body.email !== undefined) {
      found = findPeopleByEmail(db, body.email);
    } else if (body.accountReference !== undefined) {
      const index = personIndexFromAccountReference(body.accountReference, db.peopleCount);
      found = index === null ? [] : [db.person(index)];
    }
    return response(200).json({ items: found.slice(0, MAX_SEARCH_RESULTS).map(personSummary) });
  }),

  route.get('/people/{personId}', { permission: 'people_read' }, ({ params, response }, { db }) => {
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
];
