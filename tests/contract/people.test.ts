import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap } from '@/api/client';
import { getDb } from '@mocks/db';
import { complaintsArea } from '@mocks/db/complaints';
import { dsarArea } from '@mocks/db/dsars';
import { failure, signInAs } from './helpers';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** A person who has made requests, so the person page has a case count to show. */
function personWithRequests(): { id: string; accountReference: string; email: string; count: number } {
  const db = getDb();
  const [index, count] = [...db.area(dsarArea).countByPerson].find(([, n]) => n > 0) ?? [0, 0];
  const person = db.person(index);
  return { id: person.id, accountReference: person.accountReference, email: person.email, count };
}

describe('POST /people/search', () => {
  it('finds a person by email (any case) or by account reference, masked', async () => {
    await signInAs('support');
    const person = getDb().person(5);
    const byEmail = await unwrap(api.POST('/people/search', { body: { email: person.email.toUpperCase() }, params: { header: csrfHeader } }));
    expect(byEmail.items).toHaveLength(1);
    expect(byEmail.items[0]).toMatchObject({ id: person.id, accountReference: person.accountReference, country: person.country, plan: person.plan });
    expect(byEmail.items[0]?.maskedName).toMatch(/^\p{L}\. \p{L}\.$/u);
    expect(byEmail.items[0]?.maskedEmail).toContain('•••');
    expect(JSON.stringify(byEmail)).not.toContain(person.email);
    expect(JSON.stringify(byEmail)).not.toContain(person.lastName);
    const byReference = await unwrap(api.POST('/people/search', { body: { accountReference: person.accountReference }, params: { header: csrfHeader } }));
    expect(byReference.items.map((item) => item.id)).toEqual([person.id]);
  });

  it('finds people whose address carries no number too, and answers nobody with an empty list', async () => {
    await signInAs('privacy_officer');
    const person = getDb().person(97);
    const found = await unwrap(api.POST('/people/search', { body: { email: person.email }, params: { header: csrfHeader } }));
    expect(found.items.map((item) => item.id)).toEqual([person.id]);
    const nobody = await unwrap(api.POST('/people/search', { body: { email: 'nobody@example.com' }, params: { header: csrfHeader } }));
    expect(nobody.items).toEqual([]);
    const beyond = await unwrap(api.POST('/people/search', { body: { accountReference: 'EC-1999999' }, params: { header: csrfHeader } }));
    expect(beyond.items).toEqual([]);
  });

  it('takes exactly one of email or account reference (422 naming the field)', async () => {
    await signInAs('support');
    const both = await failure(unwrap(api.POST('/people/search', { body: { email: 'a@b.be', accountReference: 'EC-1000001' }, params: { header: csrfHeader } })));
    expect(both.status).toBe(422);
    const bad = await failure(unwrap(api.POST('/people/search', { body: { accountReference: '1000001' }, params: { header: csrfHeader } })));
    expect(bad.status).toBe(422);
    expect(bad.fieldErrors[0]?.pointer).toBe('/accountReference');
  });

  it('refuses management, who never looks up single people (403)', async () => {
    await signInAs('management');
    expect((await failure(unwrap(api.POST('/people/search', { body: { email: 'a@b.be' }, params: { header: csrfHeader } })))).status).toBe(403);
  });
});

describe('GET /people/{personId}', () => {
  it('shows a person masked, with plan, employer, consent per purpose and request count', async () => {
    await signInAs('support');
    const known = personWithRequests();
    const person = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: known.id } } }));
    expect(person.accountReference).toBe(known.accountReference);
    expect(person.maskedEmail).not.toBe(known.email);
    expect(person.dsarCount).toBe(known.count);
    const complaints = getDb().area(complaintsArea).complaints;
    expect(person.complaintCount).toBe(complaints.filter((complaint) => complaint.personIndex === getDb().personById(known.id)?.index).length);
    const complainant = complaints[0]?.personIndex ?? 0;
    const withComplaint = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: getDb().person(complainant).id } } }));
    expect(withComplaint.complaintCount).toBe(complaints.filter((complaint) => complaint.personIndex === complainant).length);
    expect(withComplaint.complaintCount).toBeGreaterThan(0);
    expect(person.consents).toHaveLength(12);
    expect(person.consents.find((consent) => consent.purpose === 'cookies_necessary')).toEqual({
      purpose: 'cookies_necessary',
      state: 'not_required',
      since: null,
      policyVersion: null,
      expiresOn: null,
    });
    if (person.plan === 'business') expect(person.employer).not.toBeNull();
    else expect(person.employer).toBeNull();
    // The request count is what the queue holds for this person.
    await signInAs('privacy_officer');
    const queue = await unwrap(api.GET('/dsars', { params: { query: { q: known.accountReference } } }));
    expect(queue.totalItems).toBe(known.count);
  });

  it('gives cookie consents their expiry date, two years after they were given', async () => {
    await signInAs('privacy_officer');
    const db = getDb();
    for (let index = 0; index < 40; index += 1) {
      const person = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: db.person(index).id } } }));
      for (const consent of person.consents) {
        if (consent.state === 'granted' && consent.purpose.startsWith('cookies_')) {
          expect(consent.expiresOn).not.toBeNull();
          const given = Date.parse(consent.since ?? '');
          expect(Date.parse(`${consent.expiresOn ?? ''}T12:00:00Z`) - given).toBeGreaterThan(729 * 86_400_000);
          expect(Date.parse(`${consent.expiresOn ?? ''}T12:00:00Z`) - given).toBeLessThan(731 * 86_400_000);
        }
        if (consent.state === 'granted' && !consent.purpose.startsWith('cookies_')) expect(consent.expiresOn).toBeNull();
        if (consent.state === 'not_asked') expect(consent.since).toBeNull();
      }
    }
  });

  it('answers 404 for an unknown person, 400 for a malformed id and 403 for management', async () => {
    await signInAs('privacy_officer');
    expect((await failure(unwrap(api.GET('/people/{personId}', { params: { path: { personId: UNKNOWN_ID } } })))).status).toBe(404);
    const malformed = await failure(unwrap(api.GET('/people/{personId}', { params: { path: { personId: 'not-a-uuid' } } })));
    expect(malformed.status).toBe(400);
    await signInAs('management');
    expect((await failure(unwrap(api.GET('/people/{personId}', { params: { path: { personId: getDb().person(1).id } } })))).status).toBe(403);
  });
});

describe('POST /people/{personId}/reveal', () => {
  it('reveals name, email and address with a reason, uncached, and audits the reason', async () => {
    await signInAs('support');
    const person = getDb().person(12);
    const { data, response } = await api.POST('/people/{personId}/reveal', {
      params: { path: { personId: person.id }, header: csrfHeader },
      body: { reason: 'Caller verified; needs address correction' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(data).toMatchObject({ personId: person.id, firstName: person.firstName, lastName: person.lastName, email: person.email, address: person.address });
    const audit = getDb().auditEvents.find((event) => event.action === 'reveal');
    expect(audit).toMatchObject({ resourceType: 'person', resourceId: person.id, reason: 'Caller verified; needs address correction', actor: { displayName: 'Jan De Vries' } });
    expect(audit?.summary).not.toContain(person.lastName);
  });

  it('requires a reason of at least 3 characters (422 on /reason)', async () => {
    await signInAs('privacy_officer');
    const personId = getDb().person(12).id;
    const short = await failure(unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: { reason: 'ok' } })));
    expect(short.status).toBe(422);
    expect(short.fieldErrors[0]?.pointer).toBe('/reason');
    const blank = await failure(unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: { reason: '  a  ' } })));
    expect(blank.status).toBe(422);
    expect(blank.fieldErrors[0]?.pointer).toBe('/reason');
    const missing = await failure(unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: {} as never })));
    expect(missing.fieldErrors[0]).toMatchObject({ pointer: '/reason', code: 'required' });
    expect(getDb().auditEvents.filter((event) => event.action === 'reveal')).toHaveLength(0);
  });

  it('refuses management (403) and an unknown person (404)', async () => {
    await signInAs('privacy_officer');
    expect((await failure(unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId: UNKNOWN_ID }, header: csrfHeader }, body: { reason: 'Checking a case' } })))).status).toBe(404);
    await signInAs('management');
    const personId = getDb().person(12).id;
    expect((await failure(unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: { reason: 'Checking a case' } })))).status).toBe(403);
  });
});

describe('GET /people/{personId}/cases', () => {
  it("lists a person's requests and complaints, newest first, as their queues show them", async () => {
    const db = getDb();
    const complaints = db.area(complaintsArea).complaints;
    const complainant = complaints[0]?.personIndex ?? 0;
    const person = db.person(complainant);
    await signInAs('privacy_officer');
    const cases = await unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId: person.id } } }));
    expect(cases.complaints.map((complaint) => complaint.reference).sort()).toEqual(
      complaints.filter((complaint) => complaint.personIndex === complainant).map((complaint) => complaint.reference).sort(),
    );
    expect(cases.dsars).toHaveLength(db.area(dsarArea).countByPerson.get(complainant) ?? 0);
    for (const item of [...cases.dsars, ...cases.complaints]) expect(item.person.id).toBe(person.id);
    const received = cases.dsars.map((dsar) => dsar.receivedAt);
    expect(received).toEqual([...received].sort().reverse());
    const known = personWithRequests();
    const requester = await unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId: known.id } } }));
    expect(requester.dsars.length).toBe(known.count);
  });

  it('shows support only the cases support may open, and refuses management (403) and an unknown person (404)', async () => {
    const db = getDb();
    const session = await signInAs('support');
    const records = db.area(dsarArea).records.filter((record) => record.assigneeId !== null && record.assigneeId !== session.user.id);
    const other = records[0];
    if (!other) throw new Error('no request assigned to someone else');
    const cases = await unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId: db.person(other.personIndex).id } } }));
    expect(cases.dsars.map((dsar) => dsar.reference)).not.toContain(other.reference);
    expect((await failure(unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId: UNKNOWN_ID } } })))).status).toBe(404);
    await signInAs('management');
    expect((await failure(unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId: db.person(1).id } } })))).status).toBe(403);
  });
});
