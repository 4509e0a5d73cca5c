import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas, operations } from '@/api/types';
import { getDb } from '@mocks/db';
import { STAFF } from '@mocks/db/core';
import { dsarArea, dsarId, isClosed, type DsarRecord } from '@mocks/db/dsars';
import { TODAY_DAY, personBasics } from '@mocks/db/people';
import { setScenario } from '@mocks/scenario';
import { failure, signInAs } from './helpers';

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const staffId = (username: string) => STAFF.find((member) => member.username === username)?.id ?? '';
const JAN = staffId('jan.devries');
const SOFIE = staffId('sofie.maes');
const AN = staffId('an.claes');

let keyCounter = 0;
/** A fresh Idempotency-Key per create (UUID v4 shaped, deterministic). */
function newKey(): string {
  keyCounter += 1;
  return `9f0e8d7c-6b5a-4c3d-8e2f-${String(keyCounter).padStart(12, '0')}`;
}

function seeded(predicate: (record: DsarRecord) => boolean): DsarRecord {
  const record = getDb().area(dsarArea).records.find(predicate);
  if (!record) throw new Error('no seeded request fits');
  return record;
}

function personOfPlan(plan: 'individual' | 'business'): string {
  const db = getDb();
  for (let index = 0; index < 200; index += 1) if (personBasics(index).plan === plan) return db.person(index).id;
  throw new Error(`nobody on the ${plan} plan`);
}

function create(body: Partial<Schemas['DsarCreate']> & { personId: string }, key = newKey()) {
  const full: Schemas['DsarCreate'] = { type: 'access', channel: 'email', receivedAt: '2026-11-24T23:30:00Z', description: 'Wil weten welke gegevens er zijn.', ...body };
  return api.POST('/dsars', { body: full, params: { header: { ...csrfHeader, 'Idempotency-Key': key } } });
}

const get = (id: string) => unwrapWithEtag(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: id } } }));

function transition(id: string, etag: string, body: Schemas['DsarTransitionRequest']) {
  return unwrapWithEtag(api.POST('/dsars/{dsarId}/transitions', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body }));
}

describe('GET /dsars', () => {
  it('pages the whole queue for the privacy officer, by due date, with band counts of the open requests', async () => {
    await signInAs('privacy_officer');
    const records = getDb().area(dsarArea).records;
    const list = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 100 } } }));
    expect(list.totalItems).toBe(records.length);
    expect(list.items).toHaveLength(100);
    const due = list.items.map((item) => item.deadline.dueOn);
    expect(due).toEqual([...due].sort());
    const open = records.filter((record) => !isClosed(record)).length;
    expect(list.bandCounts.overdue + list.bandCounts.due_soon + list.bandCounts.on_track).toBe(open);
    expect(list.bandCounts.overdue).toBeGreaterThan(0);
    expect(list.bandCounts.due_soon).toBeGreaterThan(0);
    const tooBig = await failure(unwrap(api.GET('/dsars', { params: { query: { pageSize: 101 } } })));
    expect(tooBig.fieldErrors[0]?.pointer).toBe('/query/pageSize');
  });

  it('filters by band without changing the band counts, and by status, type, channel, plan and receipt dates', async () => {
    await signInAs('privacy_officer');
    const all = await unwrap(api.GET('/dsars'));
    const overdue = await unwrap(api.GET('/dsars', { params: { query: { band: ['overdue'], pageSize: 100 } } }));
    expect(overdue.totalItems).toBe(all.bandCounts.overdue);
    expect(overdue.bandCounts).toEqual(all.bandCounts);
    expect(overdue.items.every((item) => item.deadline.band === 'overdue' && item.deadline.daysLeft < 0)).toBe(true);

    const query: NonNullable<operations['listDsars']['parameters']['query']> = {
      status: ['in_progress', 'awaiting_employer'],
      type: ['access', 'erasure'],
      channel: ['email', 'form'],
      plan: ['business'],
      pageSize: 100,
    };
    const narrowed = await unwrap(api.GET('/dsars', { params: { query } }));
    expect(narrowed.totalItems).toBeGreaterThan(0);
    for (const item of narrowed.items) {
      expect(['in_progress', 'awaiting_employer']).toContain(item.status);
      expect(['access', 'erasure']).toContain(item.type);
      expect(['email', 'form']).toContain(item.channel);
      expect(item.plan).toBe('business');
    }
    expect(narrowed.bandCounts.overdue + narrowed.bandCounts.due_soon + narrowed.bandCounts.on_track).toBe(narrowed.totalItems);

    const october = await unwrap(api.GET('/dsars', { params: { query: { receivedFrom: '2026-10-01', receivedTo: '2026-10-31', pageSize: 100, sort: 'receivedAt' } } }));
    expect(october.totalItems).toBeGreaterThan(0);
    expect((october.items[0]?.receivedAt ?? '') >= '2026-09-30T22:00:00Z').toBe(true);
    expect(october.items[0]?.reference).toMatch(/^DSAR-2026-\d{5}$/);
  });

  it('finds a request by reference or by the person’s account reference', async () => {
    await signInAs('privacy_officer');
    const record = seeded((candidate) => candidate.seedIndex === 100);
    const byReference = await unwrap(api.GET('/dsars', { params: { query: { q: record.reference.toLowerCase() } } }));
    expect(byReference.items.map((item) => item.id)).toEqual([dsarId(record)]);
    const byAccount = await unwrap(api.GET('/dsars', { params: { query: { q: record.accountReference } } }));
    expect(byAccount.items.map((item) => item.id)).toContain(dsarId(record));
    expect(byAccount.items.every((item) => item.person.accountReference === record.accountReference)).toBe(true);
  });

  it('filters by assignee: a colleague, me, none', async () => {
    await signInAs('privacy_officer');
    const sofie = await unwrap(api.GET('/dsars', { params: { query: { assignee: [SOFIE], pageSize: 100 } } }));
    expect(sofie.totalItems).toBeGreaterThan(0);
    expect(sofie.items.every((item) => item.assignee?.id === SOFIE)).toBe(true);
    const none = await unwrap(api.GET('/dsars', { params: { query: { assignee: ['none'], pageSize: 100 } } }));
    expect(none.totalItems).toBeGreaterThan(0);
    expect(none.items.every((item) => item.assignee === null)).toBe(true);
    const mine = await unwrap(api.GET('/dsars', { params: { query: { assignee: ['me'], pageSize: 100 } } }));
    expect(mine.items.every((item) => item.assignee?.displayName === 'Els Peeters')).toBe(true);
    const stranger = await failure(unwrap(api.GET('/dsars', { params: { query: { assignee: [UNKNOWN_ID] } } })));
    expect(stranger.fieldErrors[0]?.pointer).toBe('/query/assignee');
  });

  it.each(['reference', 'receivedAt', 'dueOn', 'status', 'type', 'channel', 'plan', 'assignee'] as const)('sorts on %s, both ways', async (field) => {
    await signInAs('privacy_officer');
    const key = (item: Schemas['DsarSummary']): string | number => {
      switch (field) {
        case 'receivedAt':
          return Date.parse(item.receivedAt);
        case 'dueOn':
          return item.deadline.dueOn;
        case 'status':
          return ['received', 'identity_verification', 'in_progress', 'awaiting_employer', 'completed', 'rejected'].indexOf(item.status);
        case 'assignee':
          return item.assignee?.displayName ?? '\uffff';
        default:
          return item[field];
      }
    };
    for (const sort of [field, `-${field}`]) {
      const page = await unwrap(api.GET('/dsars', { params: { query: { sort, pageSize: 100, status: ['received', 'identity_verification', 'in_progress', 'awaiting_employer'] } } }));
      const keys = page.items.map(key);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      if (sort.startsWith('-')) {
        // Descending, nulls (no assignee) still last.
        const present = keys.filter((value) => value !== '\uffff');
        expect(present).toEqual(sorted.filter((value) => value !== '\uffff').reverse());
      } else {
        expect(keys).toEqual(sorted);
      }
    }
  });

  it('refuses an unknown sort field, an unknown filter and an unknown value (400 naming it)', async () => {
    await signInAs('privacy_officer');
    const sort = await failure(unwrap(api.GET('/dsars', { params: { query: { sort: '-priority' } } })));
    expect(sort.status).toBe(400);
    expect(sort.fieldErrors[0]?.pointer).toBe('/query/sort');
    const filter = await failure(unwrap(api.GET('/dsars', { params: { query: { priority: 'high' } as never } })));
    expect(filter.fieldErrors[0]?.pointer).toBe('/query/priority');
    const value = await failure(unwrap(api.GET('/dsars', { params: { query: { status: ['open'] as never } } })));
    expect(value.status).toBe(400);
    expect(value.fieldErrors[0]?.pointer).toMatch(/^\/query\/status/);
    const dates = await failure(unwrap(api.GET('/dsars', { params: { query: { receivedFrom: '2026-11-01', receivedTo: '2026-10-01' } } })));
    expect(dates.fieldErrors[0]?.pointer).toBe('/query/receivedFrom');
  });

  it('shows support only what is assigned to them or unassigned, and refuses management', async () => {
    await signInAs('support');
    const list = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 100, sort: '-receivedAt' } } }));
    expect(list.items.every((item) => item.assignee === null || item.assignee.id === JAN)).toBe(true);
    const visible = getDb().area(dsarArea).records.filter((record) => record.assigneeId === null || record.assigneeId === JAN).length;
    expect(list.totalItems).toBe(visible);
    const colleague = await unwrap(api.GET('/dsars', { params: { query: { assignee: [SOFIE] } } }));
    expect(colleague.totalItems).toBe(0);
    await signInAs('management');
    expect((await failure(unwrap(api.GET('/dsars')))).status).toBe(403);
  });
});

describe('POST /dsars', () => {
  it('registers a request with its computed due date (the Brussels receipt day), replays the same key and refuses it with another body', async () => {
    await signInAs('support');
    const personId = personOfPlan('business');
    const key = newKey();
    const first = await create({ personId, description: 'Wil een kopie van zijn gegevens.' }, key);
    expect(first.response.status).toBe(201);
    const created = first.data;
    if (!created) throw new Error('no body');
    expect(first.response.headers.get('Location')).toBe(`/api/v1/dsars/${created.id}`);
    expect(first.response.headers.get('ETag')).toMatch(/^".+"$/);
    expect(created.reference).toMatch(/^DSAR-2026-\d{5}$/);
    expect(created.status).toBe('received');
    // 23:30 UTC on 24 November is 25 November in Brussels; 25 December is Christmas, then a weekend.
    expect(created.deadline).toEqual({ dueOn: '2026-12-28', originalDueOn: '2026-12-28', internalTargetOn: '2026-12-14', daysLeft: 33, band: 'on_track', extended: false });
    expect(created.plan).toBe('business');
    expect(created.employer).not.toBeNull();
    expect(created.assignee).toBeNull();

    const replay = await create({ personId, description: 'Wil een kopie van zijn gegevens.' }, key);
    expect(replay.data?.id).toBe(created.id);
    const reused = await failure(unwrap(create({ personId, description: 'Iets anders' }, key)));
    expect(reused.status).toBe(422);

    await signInAs('privacy_officer');
    const found = await unwrap(api.GET('/dsars', { params: { query: { q: created.reference } } }));
    expect(found.items.map((item) => item.id)).toEqual([created.id]);
  });

  it('refuses missing fields, an unknown person, a future receipt (422 naming each) and management (403)', async () => {
    await signInAs('privacy_officer');
    const missing = await failure(unwrap(api.POST('/dsars', { body: { type: 'access' } as never, params: { header: { ...csrfHeader, 'Idempotency-Key': newKey() } } })));
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors.map((error) => error.pointer).sort()).toEqual(['/channel', '/description', '/personId', '/receivedAt']);
    const unknown = await failure(unwrap(create({ personId: UNKNOWN_ID })));
    expect(unknown.fieldErrors[0]?.pointer).toBe('/personId');
    const future = await failure(unwrap(create({ personId: personOfPlan('individual'), receivedAt: '2026-12-01T10:00:00+01:00' })));
    expect(future.fieldErrors[0]?.pointer).toBe('/receivedAt');
    const blank = await failure(unwrap(create({ personId: personOfPlan('individual'), description: '  ' })));
    expect(blank.fieldErrors[0]?.pointer).toBe('/description');
    await signInAs('management');
    expect((await failure(unwrap(create({ personId: personOfPlan('individual') })))).status).toBe(403);
  });
});

describe('GET /dsars/{dsarId}', () => {
  it('returns the request with an ETag and the transitions this role may make', async () => {
    await signInAs('privacy_officer');
    const record = seeded((candidate) => candidate.status === 'received' && candidate.assigneeId === null);
    const { data, etag } = await get(dsarId(record));
    expect(etag).toMatch(/^".+"$/);
    expect(data).toMatchObject({ id: dsarId(record), reference: record.reference, status: 'received', allowedTransitions: ['identity_verification', 'rejected'], closedAt: null, version: 1 });
    await signInAs('support');
    // Support sees unassigned requests but must take them before moving them.
    expect((await get(dsarId(record))).data.allowedTransitions).toEqual([]);
  });

  it('shows a closed request with its history of verification, routing and extension', async () => {
    await signInAs('privacy_officer');
    const record = seeded((candidate) => candidate.status === 'completed' && candidate.plan === 'business' && candidate.extensionDay !== null);
    const { data } = await get(dsarId(record));
    expect(data.allowedTransitions).toEqual([]);
    expect(data.deadline.band).toBeNull();
    expect(data.deadline.extended).toBe(true);
    expect(data.extension?.reason.length).toBeGreaterThan(10);
    expect(data.identityVerification?.evidenceChecked.length).toBeGreaterThan(10);
    expect(data.employerRouting?.instruction).toBeTruthy();
    expect(data.employer).not.toBeNull();
    expect(data.closedAt).not.toBeNull();
  });

  it('refuses support a colleague’s request (403), management (403) and an unknown id (404)', async () => {
    await signInAs('support');
    const colleagues = seeded((candidate) => candidate.assigneeId === SOFIE);
    expect((await failure(get(dsarId(colleagues)))).status).toBe(403);
    expect((await failure(get(UNKNOWN_ID))).status).toBe(404);
    await signInAs('management');
    expect((await failure(get(dsarId(colleagues)))).status).toBe(403);
  });
});

describe('PATCH /dsars/{dsarId}', () => {
  it('lets support take an unassigned request, with If-Match; a stale ETag is 412 and a missing one 428', async () => {
    await signInAs('support');
    const record = seeded((candidate) => candidate.status === 'received' && candidate.assigneeId === null);
    const id = dsarId(record);
    const { etag } = await get(id);
    const taken = await unwrapWithEtag(
      api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { assigneeId: JAN } }),
    );
    expect(taken.data.assignee?.id).toBe(JAN);
    expect(taken.data.version).toBe(2);
    expect(taken.etag).not.toBe(etag);
    expect(taken.data.allowedTransitions).toEqual(['identity_verification', 'rejected']);
    const stale = await failure(unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { description: 'Nieuw' } })));
    expect(stale.status).toBe(412);
    expect(stale.currentEtag).toBe(taken.etag);
    const missing = await failure(unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: csrfHeader }, body: { description: 'Nieuw' } } as never)));
    expect(missing.status).toBe(428);
    const edited = await unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': taken.etag } }, body: { description: 'Verduidelijkt na telefoon.' } }));
    expect(edited.description).toBe('Verduidelijkt na telefoon.');
    const timeline = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: id } } }));
    expect(timeline.items.slice(-2).map((entry) => entry.kind)).toEqual(['assigned', 'updated']);
  });

  it('lets support assign only themselves; the privacy officer assigns colleagues but not management', async () => {
    await signInAs('support');
    const record = seeded((candidate) => candidate.status === 'received' && candidate.assigneeId === null);
    const id = dsarId(record);
    const { etag } = await get(id);
    const colleague = await failure(unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { assigneeId: SOFIE } })));
    expect(colleague.status).toBe(403);
    await signInAs('privacy_officer');
    const manager = await failure(unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { assigneeId: AN } })));
    expect(manager.status).toBe(422);
    expect(manager.fieldErrors[0]?.pointer).toBe('/assigneeId');
    const assigned = await unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { assigneeId: SOFIE } }));
    expect(assigned.assignee?.displayName).toBe('Sofie Maes');
    const empty = await failure(unwrap(api.PATCH('/dsars/{dsarId}', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: {} })));
    expect(empty.status).toBe(422);
  });
});

describe('POST /dsars/{dsarId}/transitions', () => {
  it('walks a Business-plan request through the workflow, each step with what it needs', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(create({ personId: personOfPlan('business'), receivedAt: '2026-11-20T10:00:00+01:00' }));
    let { etag } = await get(created.id);
    let step = await transition(created.id, etag, { to: 'identity_verification' });
    expect(step.data.allowedTransitions).toEqual(['in_progress', 'rejected']);
    const noEvidence = await failure(transition(created.id, step.etag, { to: 'in_progress' }));
    expect(noEvidence.status).toBe(422);
    expect(noEvidence.fieldErrors[0]?.pointer).toBe('/evidenceChecked');
    step = await transition(created.id, step.etag, { to: 'in_progress', evidenceChecked: 'Verificatiecode via het account-e-mailadres bevestigd.' });
    expect(step.data.identityVerification).toMatchObject({ verifiedBy: { displayName: 'Els Peeters' }, evidenceChecked: 'Verificatiecode via het account-e-mailadres bevestigd.' });
    expect(step.data.allowedTransitions).toEqual(['awaiting_employer', 'completed', 'rejected']);
    const noDate = await failure(transition(created.id, step.etag, { to: 'awaiting_employer' }));
    expect(noDate.fieldErrors[0]?.pointer).toBe('/forwardedOn');
    const futureDate = await failure(transition(created.id, step.etag, { to: 'awaiting_employer', forwardedOn: '2026-12-01' }));
    expect(futureDate.fieldErrors[0]?.pointer).toBe('/forwardedOn');
    step = await transition(created.id, step.etag, { to: 'awaiting_employer', forwardedOn: '2026-11-24' });
    expect(step.data.employerRouting).toEqual({ forwardedOn: '2026-11-24', instruction: null });
    const noInstruction = await failure(transition(created.id, step.etag, { to: 'completed' }));
    expect(noInstruction.fieldErrors[0]?.pointer).toBe('/employerInstruction');
    step = await transition(created.id, step.etag, { to: 'completed', employerInstruction: 'Rechtstreeks beantwoorden.', note: 'Export verstuurd.' });
    expect(step.data).toMatchObject({ status: 'completed', allowedTransitions: [], employerRouting: { instruction: 'Rechtstreeks beantwoorden.' } });
    expect(step.data.closedAt).not.toBeNull();
    expect(step.data.deadline.band).toBeNull();
    etag = step.etag;
    const final = await failure(transition(created.id, etag, { to: 'in_progress' }));
    expect(final.status).toBe(409);
    expect(final.problem.code).toBe('transition_not_allowed');
    const timeline = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: created.id } } }));
    expect(timeline.items.map((entry) => [entry.kind, entry.fromStatus, entry.toStatus])).toEqual([
      ['created', null, null],
      ['status_changed', 'received', 'identity_verification'],
      ['status_changed', 'identity_verification', 'in_progress'],
      ['status_changed', 'in_progress', 'awaiting_employer'],
      ['status_changed', 'awaiting_employer', 'completed'],
    ]);
    expect(timeline.items[4]?.text).toBe('Export verstuurd.');
    expect(getDb().auditEvents.filter((event) => event.action === 'transition' && event.resourceId === created.id)).toHaveLength(4);
  });

  it('answers 409 naming from and to for a move the workflow or the plan does not allow', async () => {
    await signInAs('privacy_officer');
    const received = seeded((candidate) => candidate.status === 'received');
    const { etag } = await get(dsarId(received));
    const skip = await failure(transition(dsarId(received), etag, { to: 'completed' }));
    expect(skip.status).toBe(409);
    expect(skip.problem.code).toBe('transition_not_allowed');
    expect(skip.problem.detail).toMatch(/from received to completed/);
    const individual = seeded((candidate) => candidate.status === 'in_progress' && candidate.plan === 'individual');
    const current = await get(dsarId(individual));
    const employer = await failure(transition(dsarId(individual), current.etag, { to: 'awaiting_employer', forwardedOn: '2026-11-24' }));
    expect(employer.status).toBe(409);
    expect(employer.problem.detail).toMatch(/from in_progress to awaiting_employer/);
    const stale = await failure(transition(dsarId(individual), '"stale-v0"', { to: 'completed' }));
    expect(stale.status).toBe(412);
  });

  it('rejects only with a ground and an explanation, and lets support move only what is assigned to them', async () => {
    await signInAs('support');
    const mine = seeded((candidate) => candidate.status === 'identity_verification' && candidate.assigneeId === JAN);
    const { etag } = await get(dsarId(mine));
    const bare = await failure(transition(dsarId(mine), etag, { to: 'rejected' }));
    expect(bare.status).toBe(422);
    expect(bare.fieldErrors.map((error) => error.pointer).sort()).toEqual(['/rejectionExplanation', '/rejectionReason']);
    const rejected = await transition(dsarId(mine), etag, { to: 'rejected', rejectionReason: 'identity_not_established', rejectionExplanation: 'Geen reactie op de verificatievraag.' });
    expect(rejected.data.rejection).toEqual({ reason: 'identity_not_established', explanation: 'Geen reactie op de verificatievraag.' });
    expect(rejected.data.status).toBe('rejected');
    const unassigned = seeded((candidate) => candidate.status === 'received' && candidate.assigneeId === null);
    const other = await get(dsarId(unassigned));
    const notMine = await failure(transition(dsarId(unassigned), other.etag, { to: 'identity_verification' }));
    expect(notMine.status).toBe(409);
    expect(notMine.problem.code).toBe('transition_not_allowed');
    await signInAs('management');
    expect((await failure(transition(dsarId(unassigned), other.etag, { to: 'identity_verification' }))).status).toBe(403);
  });
});

describe('POST /dsars/{dsarId}/extension', () => {
  it('extends once, within the first month, with reasons and the day the person was told', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(create({ personId: personOfPlan('individual'), receivedAt: '2026-11-02T09:00:00+01:00' }));
    const { etag } = await get(created.id);
    const extend = (body: Schemas['DsarExtensionRequest'], ifMatch: string) =>
      unwrapWithEtag(api.POST('/dsars/{dsarId}/extension', { params: { path: { dsarId: created.id }, header: { ...csrfHeader, 'If-Match': ifMatch } }, body }));
    const short = await failure(extend({ reason: 'Complex', personInformedOn: '2026-11-20' }, etag));
    expect(short.fieldErrors[0]?.pointer).toBe('/reason');
    const future = await failure(extend({ reason: 'Vijf systemen doorzoeken', personInformedOn: '2026-11-26' }, etag));
    expect(future.fieldErrors[0]?.pointer).toBe('/personInformedOn');
    const early = await failure(extend({ reason: 'Vijf systemen doorzoeken', personInformedOn: '2026-11-01' }, etag));
    expect(early.fieldErrors[0]?.pointer).toBe('/personInformedOn');
    const extended = await extend({ reason: 'Vijf systemen doorzoeken', personInformedOn: '2026-11-20' }, etag);
    expect(extended.data.deadline).toMatchObject({ dueOn: '2027-02-02', originalDueOn: '2026-12-02', extended: true, band: 'on_track' });
    expect(extended.data.extension).toMatchObject({ reason: 'Vijf systemen doorzoeken', personInformedOn: '2026-11-20', extendedBy: { displayName: 'Els Peeters' } });
    const again = await failure(extend({ reason: 'Nog meer systemen doorzoeken', personInformedOn: '2026-11-21' }, extended.etag));
    expect(again.status).toBe(409);
    expect(again.problem.code).toBe('extension_not_allowed');
    expect(again.problem.detail).toMatch(/already extended/);
  });

  it('refuses an extension once the first month has passed (409 saying why)', async () => {
    await signInAs('privacy_officer');
    const late = seeded((candidate) => !isClosed(candidate) && candidate.extensionDay === null && candidate.originalDueDay < TODAY_DAY);
    const { etag } = await get(dsarId(late));
    const refused = await failure(
      unwrap(api.POST('/dsars/{dsarId}/extension', { params: { path: { dsarId: dsarId(late) }, header: { ...csrfHeader, 'If-Match': etag } }, body: { reason: 'Te laat bedacht', personInformedOn: '2026-11-25' } })),
    );
    expect(refused.status).toBe(409);
    expect(refused.problem.code).toBe('extension_not_allowed');
    expect(refused.problem.detail).toMatch(/first month ended/);
    await signInAs('management');
    expect((await failure(unwrap(api.POST('/dsars/{dsarId}/extension', { params: { path: { dsarId: dsarId(late) }, header: { ...csrfHeader, 'If-Match': etag } }, body: { reason: 'Te laat bedacht', personInformedOn: '2026-11-25' } })))).status).toBe(403);
  });
});

describe('GET /dsars/{dsarId}/timeline and POST /dsars/{dsarId}/notes', () => {
  it('lists a seeded request’s history oldest first, with actors', async () => {
    await signInAs('privacy_officer');
    const record = seeded((candidate) => candidate.status === 'completed' && candidate.extensionDay !== null);
    const timeline = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: dsarId(record) }, query: { pageSize: 100 } } }));
    expect(timeline.items[0]?.kind).toBe('created');
    const instants = timeline.items.map((entry) => entry.occurredAt);
    expect(instants).toEqual([...instants].sort());
    expect(timeline.items.map((entry) => entry.kind)).toEqual(expect.arrayContaining(['assigned', 'status_changed', 'extended']));
    expect(timeline.items.at(-1)?.toStatus).toBe('completed');
    const second = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: dsarId(record) }, query: { pageSize: 1, page: 2 } } }));
    expect(second.items).toEqual(timeline.items.slice(1, 2));
  });

  it('adds an internal note (replayed by its key); a reply is refused (422 on /kind)', async () => {
    await signInAs('support');
    const mine = seeded((candidate) => candidate.status === 'in_progress' && candidate.assigneeId === JAN);
    const key = newKey();
    const post = (body: Schemas['NoteCreate'], idempotencyKey: string) =>
      unwrap(api.POST('/dsars/{dsarId}/notes', { params: { path: { dsarId: dsarId(mine) }, header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body }));
    const note = await post({ kind: 'note', text: 'Persoon teruggebeld.' }, key);
    expect(note).toMatchObject({ kind: 'note', text: 'Persoon teruggebeld.', actor: { displayName: 'Jan De Vries' }, fromStatus: null, toStatus: null });
    expect((await post({ kind: 'note', text: 'Persoon teruggebeld.' }, key)).id).toBe(note.id);
    const timeline = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: dsarId(mine) }, query: { pageSize: 100 } } }));
    expect(timeline.items.filter((entry) => entry.id === note.id)).toHaveLength(1);
    const reply = await failure(post({ kind: 'reply', text: 'Beste, ...' }, newKey()));
    expect(reply.status).toBe(422);
    expect(reply.fieldErrors[0]?.pointer).toBe('/kind');
    const colleagues = seeded((candidate) => candidate.assigneeId === SOFIE);
    const forbidden = await failure(unwrap(api.POST('/dsars/{dsarId}/notes', { params: { path: { dsarId: dsarId(colleagues) }, header: { ...csrfHeader, 'Idempotency-Key': newKey() } }, body: { kind: 'note', text: 'x' } })));
    expect(forbidden.status).toBe(403);
    expect((await failure(unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: UNKNOWN_ID } } })))).status).toBe(404);
  });
});

describe('GET /dsar-statistics', () => {
  it('gives management counts for a period and never a single request', async () => {
    await signInAs('management');
    const stats = await unwrap(api.GET('/dsar-statistics', { params: { query: { from: '2025-12-01', to: '2026-11-30' } } }));
    expect(stats.received).toBeGreaterThan(0);
    expect(stats.byType.reduce((sum, row) => sum + row.count, 0)).toBe(stats.received);
    expect(stats.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(stats.received);
    expect(stats.answeredInTime).toBeLessThanOrEqual(stats.closed);
    expect(stats.answeredInTimeShare).toBeGreaterThan(0.8);
    expect(stats.answeredInTimeShare).toBeLessThan(1);
    expect(stats.medianDaysToAnswer).toBeGreaterThan(3);
    expect(stats.extended).toBeGreaterThan(0);
    expect(stats.rejected).toBeGreaterThan(0);
    expect(stats.byMonth.map((month) => month.month)).toHaveLength(12);
    expect(stats.byMonth.reduce((sum, month) => sum + month.received, 0)).toBe(stats.received);
    expect(stats.byMonth.reduce((sum, month) => sum + month.closed, 0)).toBe(stats.closed);
    expect(stats.bandCounts.overdue + stats.bandCounts.due_soon + stats.bandCounts.on_track).toBe(stats.open);
    expect(JSON.stringify(stats)).not.toMatch(/DSAR-|EC-/);
    // The open requests' bands today are the queue's band counts.
    await signInAs('privacy_officer');
    const queue = await unwrap(api.GET('/dsars'));
    expect(stats.bandCounts).toEqual(queue.bandCounts);
  });

  it('refuses support (403) and a period that ends before it starts (400)', async () => {
    await signInAs('privacy_officer');
    const backwards = await failure(unwrap(api.GET('/dsar-statistics', { params: { query: { from: '2026-06-01', to: '2026-01-01' } } })));
    expect(backwards.status).toBe(400);
    expect(backwards.fieldErrors[0]?.pointer).toBe('/query/from');
    await signInAs('support');
    expect((await failure(unwrap(api.GET('/dsar-statistics', { params: { query: { from: '2026-01-01', to: '2026-06-30' } } })))).status).toBe(403);
  });
});

describe('the large world (x10)', () => {
  it('filters, counts and sorts 20,000 requests on the server', async () => {
    setScenario('large');
    await signInAs('privacy_officer');
    const all = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 1 } } }));
    expect(all.totalItems).toBe(20_000);
    const started = performance.now();
    const page = await unwrap(api.GET('/dsars', { params: { query: { sort: 'assignee,-receivedAt', band: ['overdue', 'due_soon'], pageSize: 100 } } }));
    expect(page.totalItems).toBe(all.bandCounts.overdue + all.bandCounts.due_soon);
    // Generous: the point is that a list request does not regenerate the world.
    expect(performance.now() - started).toBeLessThan(2_000);
    const stats = await unwrap(api.GET('/dsar-statistics', { params: { query: { from: '2026-01-01', to: '2026-11-25' } } }));
    expect(stats.bandCounts).toEqual(all.bandCounts);
  });
});
