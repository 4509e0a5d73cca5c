import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { STAFF } from '../../mocks/db/core';
import { NS, uuidFor } from '../../mocks/lib/ids';
import { setScenario } from '../../mocks/scenario';
import { UNKNOWN_ID, createHeaders, failure, signInAs } from './helpers';

const KEY_A = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c01';
const KEY_B = '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c02';
const JAN = STAFF.find((member) => member.username === 'jan.devries')!;
const SOFIE = STAFF.find((member) => member.username === 'sofie.maes')!;
const AN = STAFF.find((member) => member.username === 'an.claes')!;

const pointers = (error: ApiError) => error.fieldErrors.map((fieldError) => fieldError.pointer).sort();

const newComplaint: Schemas['ComplaintCreate'] = {
  personId: uuidFor(NS.person, 42),
  channel: 'email',
  category: 'marketing',
  summary: 'Ik ontvang nog steeds nieuwsbrieven na mijn afmelding.',
  receivedOn: '2026-11-25',
};

function patch(id: string, etag: string, body: Schemas['ComplaintPatch']) {
  return unwrapWithEtag(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body }));
}

function read(id: string) {
  return unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: id } } }));
}

describe('GET /complaints', () => {
  it('lists all complaints for the privacy officer by response due date, with band counts', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 100 } } }));
    expect(list.totalItems).toBe(600);
    const due = list.items.map((item) => item.responseDueOn);
    expect(due).toEqual([...due].sort());
    for (const item of list.items) {
      expect(item.reference).toMatch(/^CMP-\d{4}-\d{5}$/);
      expect(item.band === null).toBe(item.status === 'resolved' || item.status === 'closed');
    }
    const open = await unwrap(api.GET('/complaints', { params: { query: { status: ['new', 'in_progress', 'waiting_for_person'] } } }));
    const { overdue, due_soon, on_track } = open.bandCounts;
    expect(overdue + due_soon + on_track).toBe(open.totalItems);
    expect(overdue).toBeGreaterThan(0);
    const received = list.items.map((item) => item.receivedOn);
    expect(received.every((day) => day >= '2023-11-26' && day <= '2026-11-25')).toBe(true);
  });

  it('filters by status, category, channel, escalation, band and reference, and sorts', async () => {
    await signInAs('privacy_officer');
    const escalated = await unwrap(api.GET('/complaints', { params: { query: { escalated: true, pageSize: 100 } } }));
    expect(escalated.totalItems).toBeGreaterThan(10);
    expect(escalated.items.every((item) => item.escalated)).toBe(true);
    const filtered = await unwrap(api.GET('/complaints', { params: { query: { category: ['deletion'], channel: ['form', 'phone'], status: ['closed'] } } }));
    expect(filtered.items.every((item) => item.category === 'deletion' && item.channel !== 'email' && item.status === 'closed')).toBe(true);
    const all = await unwrap(api.GET('/complaints', { params: { query: { band: ['overdue', 'due_soon', 'on_track'] } } }));
    const overdue = await unwrap(api.GET('/complaints', { params: { query: { band: ['overdue'] } } }));
    expect(overdue.items.every((item) => item.band === 'overdue')).toBe(true);
    expect(overdue.totalItems).toBe(all.bandCounts.overdue);
    // Band counts ignore the band filter: they label the band tabs.
    expect(overdue.bandCounts).toEqual(all.bandCounts);
    const newest = await unwrap(api.GET('/complaints', { params: { query: { sort: '-receivedOn,reference', pageSize: 5 } } }));
    const first = newest.items[0];
    if (!first) throw new Error('empty');
    expect(first.receivedOn <= '2026-11-25').toBe(true);
    const byReference = await unwrap(api.GET('/complaints', { params: { query: { q: first.reference.toLowerCase() } } }));
    expect(byReference.items.map((item) => item.id)).toEqual([first.id]);
  });

  it('shows support staff their own and unassigned complaints only', async () => {
    await signInAs('support');
    const list = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 100 } } }));
    expect(list.totalItems).toBeLessThan(600);
    expect(list.totalItems).toBeGreaterThan(100);
    expect(list.items.every((item) => item.assignee === null || item.assignee.id === JAN.id)).toBe(true);
    const mine = await unwrap(api.GET('/complaints', { params: { query: { assignee: ['me'] } } }));
    expect(mine.items.every((item) => item.assignee?.id === JAN.id)).toBe(true);
    const unassigned = await unwrap(api.GET('/complaints', { params: { query: { assignee: ['none'] } } }));
    expect(unassigned.items.every((item) => item.assignee === null)).toBe(true);
    expect(mine.totalItems + unassigned.totalItems).toBe(list.totalItems);
    const sofie = await unwrap(api.GET('/complaints', { params: { query: { assignee: [SOFIE.id] } } }));
    expect(sofie.totalItems).toBe(0);
  });

  it('answers 400 for unknown filter values and 403 for management', async () => {
    await signInAs('privacy_officer');
    const assignee = await failure(api.GET('/complaints', { params: { query: { assignee: [UNKNOWN_ID] } } }));
    expect(assignee.status).toBe(400);
    expect(assignee.fieldErrors[0]?.pointer).toBe('/query/assignee');
    expect((await failure(api.GET('/complaints', { params: { query: { assignee: [AN.id] } } }))).status).toBe(400);
    expect((await failure(api.GET('/complaints', { params: { query: { sort: 'person' } } }))).status).toBe(400);
    expect((await failure(api.GET('/complaints', { params: { query: { status: ['lost' as never] } } }))).status).toBe(400);
    await signInAs('management');
    expect((await failure(api.GET('/complaints'))).status).toBe(403);
    expect((await failure(api.POST('/complaints', { body: newComplaint, params: { header: createHeaders(KEY_A) } }))).status).toBe(403);
    expect((await failure(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: UNKNOWN_ID } } }))).status).toBe(403);
    expect((await failure(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId: UNKNOWN_ID } } }))).status).toBe(403);
  });
});

describe('POST /complaints', () => {
  it('registers a complaint due one month later, rolled past Christmas and the weekend', async () => {
    await signInAs('support');
    const created = await unwrapWithEtag(api.POST('/complaints', { body: newComplaint, params: { header: createHeaders(KEY_A) } }));
    expect(created.data).toMatchObject({
      status: 'new',
      responseDueOn: '2026-12-28',
      band: 'on_track',
      assignee: null,
      escalated: false,
      person: { id: newComplaint.personId, accountReference: 'EC-1000042' },
      linkedDsarIds: [],
      linkedViolationIds: [],
      version: 1,
    });
    expect(created.data.reference).toMatch(/^CMP-2026-\d{5}$/);
    expect(created.etag).toMatch(/^".+"$/);
    const replay = await unwrap(api.POST('/complaints', { body: newComplaint, params: { header: createHeaders(KEY_A) } }));
    expect(replay.id).toBe(created.data.id);
    const endOfJanuary = await unwrap(api.POST('/complaints', { body: { ...newComplaint, receivedOn: '2026-01-31' }, params: { header: createHeaders(KEY_B) } }));
    expect(endOfJanuary.responseDueOn).toBe('2026-03-02');
    expect(endOfJanuary.band).toBe('overdue');
    const timeline = await unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId: created.data.id } } }));
    expect(timeline.items).toHaveLength(1);
    expect(timeline.items[0]).toMatchObject({ kind: 'created', toStatus: 'new', actor: { displayName: 'Jan De Vries' } });
  });

  it('refuses an unknown person, a future date and a blank summary', async () => {
    await signInAs('privacy_officer');
    const error = await failure(
      api.POST('/complaints', { body: { ...newComplaint, personId: UNKNOWN_ID, receivedOn: '2026-12-01', summary: ' ' }, params: { header: createHeaders(KEY_A) } }),
    );
    expect(error.status).toBe(422);
    expect(pointers(error)).toEqual(['/personId', '/receivedOn', '/summary']);
  });
});

describe('GET /complaints/{id}', () => {
  it('shows linked violation records to the privacy officer only', async () => {
    await signInAs('privacy_officer');
    const violations = await unwrap(api.GET('/violations', { params: { query: { pageSize: 100 } } }));
    const linked = violations.items.find((item) => item.complaintId !== null);
    if (!linked?.complaintId) throw new Error('no linked violation');
    const complaint = await read(linked.complaintId);
    expect(complaint.data.linkedViolationIds).toContain(linked.id);
    const assigned = complaint.data.status === 'closed' ? complaint : await patch(linked.complaintId, complaint.etag, { assigneeId: JAN.id });
    if (complaint.data.status === 'closed') return;
    expect(assigned.data.assignee?.id).toBe(JAN.id);
    await signInAs('support');
    const asSupport = await read(linked.complaintId);
    expect(asSupport.data.linkedViolationIds).toEqual([]);
  });

  it('refuses support a complaint assigned to a colleague, and answers 404 for an unknown id', async () => {
    await signInAs('privacy_officer');
    const sofies = await unwrap(api.GET('/complaints', { params: { query: { assignee: [SOFIE.id], pageSize: 1 } } }));
    const item = sofies.items[0];
    if (!item) throw new Error('Sofie has no complaints');
    await signInAs('support');
    expect((await failure(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: item.id } } }))).status).toBe(403);
    expect((await failure(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: UNKNOWN_ID } } }))).status).toBe(404);
    expect((await failure(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: 'CMP-2026-00001' } } }))).status).toBe(400);
  });

  it('links seeded access and deletion complaints to their requests', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/complaints', { params: { query: { category: ['access', 'deletion'], pageSize: 100, sort: 'reference' } } }));
    const details = await Promise.all(list.items.slice(0, 60).map((item) => unwrap(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: item.id } } }))));
    const withRequest = details.filter((detail) => detail.linkedDsarIds.length > 0);
    expect(withRequest.length).toBeGreaterThan(0);
    const dsar = await unwrap(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: withRequest[0]!.linkedDsarIds[0]! } } }));
    expect(dsar.person.id).toBe(withRequest[0]!.person.id);
  });
});

describe('PATCH /complaints/{id}', () => {
  async function fresh() {
    await signInAs('privacy_officer');
    return unwrapWithEtag(api.POST('/complaints', { body: newComplaint, params: { header: createHeaders(KEY_A) } }));
  }

  it('works a complaint through to closed, requiring a resolution', async () => {
    const { data, etag } = await fresh();
    const assigned = await patch(data.id, etag, { assigneeId: JAN.id, status: 'in_progress', category: 'third_party_sharing' });
    expect(assigned.data).toMatchObject({ status: 'in_progress', category: 'third_party_sharing', assignee: { id: JAN.id }, version: 2 });
    const noResolution = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': assigned.etag } }, body: { status: 'resolved' } }));
    expect(noResolution.status).toBe(422);
    expect(pointers(noResolution)).toEqual(['/resolution']);
    const resolved = await patch(data.id, assigned.etag, { status: 'resolved', resolution: 'Afmelding verwerkt en bevestigd.' });
    expect(resolved.data).toMatchObject({ status: 'resolved', band: null, resolution: 'Afmelding verwerkt en bevestigd.' });
    const backToNew = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': resolved.etag } }, body: { status: 'new' } }));
    expect(backToNew.status).toBe(409);
    expect(backToNew.problem.code).toBe('transition_not_allowed');
    const closed = await patch(data.id, resolved.etag, { status: 'closed' });
    const frozen = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': closed.etag } }, body: { category: 'other' } }));
    expect(frozen.status).toBe(409);
    expect(frozen.problem.code).toBe('complaint_closed');

    const timeline = await unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId: data.id } } }));
    expect(timeline.items.map((entry) => entry.kind)).toEqual(['created', 'updated', 'assigned', 'status_changed', 'status_changed', 'status_changed']);
    expect(timeline.items.at(-1)).toMatchObject({ fromStatus: 'resolved', toStatus: 'closed' });
  });

  it('records an escalation to the supervisory authority', async () => {
    const { data, etag } = await fresh();
    const bad = await failure(
      api.PATCH('/complaints/{complaintId}', {
        params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': etag } },
        body: { escalation: { authority: 'gba', authorityReference: 'DOS-2026-04242', escalatedOn: '2026-11-25', closedOn: '2026-11-20' } },
      }),
    );
    expect(pointers(bad)).toEqual(['/escalation/closedOn']);
    const early = await failure(
      api.PATCH('/complaints/{complaintId}', {
        params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': etag } },
        body: { escalation: { authority: 'gba', authorityReference: 'DOS-2026-04242', escalatedOn: '2026-11-01', closedOn: null } },
      }),
    );
    expect(pointers(early)).toEqual(['/escalation/escalatedOn']);
    const escalated = await patch(data.id, etag, { escalation: { authority: 'gba', authorityReference: 'DOS-2026-04242', escalatedOn: '2026-11-25', closedOn: null } });
    expect(escalated.data).toMatchObject({ escalated: true, escalation: { authority: 'gba', closedOn: null } });
    const list = await unwrap(api.GET('/complaints', { params: { query: { escalated: true, q: data.reference } } }));
    expect(list.items.map((item) => item.id)).toEqual([data.id]);
    const timeline = await unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId: data.id } } }));
    expect(timeline.items.at(-1)?.kind).toBe('escalated');
    expect(timeline.items.at(-1)?.text).toContain('DOS-2026-04242');
  });

  it('refuses a management assignee, unknown requests, stale and missing If-Match', async () => {
    const { data, etag } = await fresh();
    const error = await failure(
      api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { assigneeId: AN.id, linkedDsarIds: [UNKNOWN_ID] } }),
    );
    expect(pointers(error)).toEqual(['/assigneeId', '/linkedDsarIds/0']);
    const dsar = uuidFor(NS.dsar, 3);
    const linked = await patch(data.id, etag, { linkedDsarIds: [dsar] });
    expect(linked.data.linkedDsarIds).toEqual([dsar]);
    const stale = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { category: 'other' } }));
    expect(stale.status).toBe(412);
    const missing = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader } as never }, body: { category: 'other' } }));
    expect(missing.status).toBe(428);
    const empty = await failure(api.PATCH('/complaints/{complaintId}', { params: { path: { complaintId: data.id }, header: { ...csrfHeader, 'If-Match': linked.etag } }, body: {} }));
    expect(empty.status).toBe(422);
  });
});

describe('complaint timeline and notes', () => {
  it('keeps replies and internal notes apart, oldest first', async () => {
    await signInAs('support');
    const created = await unwrap(api.POST('/complaints', { body: newComplaint, params: { header: createHeaders(KEY_A) } }));
    const path = { complaintId: created.id };
    const reply = await unwrap(api.POST('/complaints/{complaintId}/notes', { params: { path, header: createHeaders(KEY_B) }, body: { kind: 'reply', text: 'Bedankt, we kijken het na.' } }));
    expect(reply).toMatchObject({ kind: 'reply', text: 'Bedankt, we kijken het na.', actor: { id: JAN.id } });
    const again = await unwrap(api.POST('/complaints/{complaintId}/notes', { params: { path, header: createHeaders(KEY_B) }, body: { kind: 'reply', text: 'Bedankt, we kijken het na.' } }));
    expect(again.id).toBe(reply.id);
    await unwrap(api.POST('/complaints/{complaintId}/notes', { params: { path, header: createHeaders('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c05') }, body: { kind: 'note', text: 'Marketinglijst nakijken.' } }));
    const timeline = await unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path } }));
    expect(timeline.items.map((entry) => entry.kind)).toEqual(['created', 'reply', 'note']);
    const times = timeline.items.map((entry) => entry.occurredAt);
    expect(times).toEqual([...times].sort());
    const blank = await failure(api.POST('/complaints/{complaintId}/notes', { params: { path, header: { ...csrfHeader, 'Idempotency-Key': '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c03' } }, body: { kind: 'note', text: ' ' } }));
    expect(pointers(blank)).toEqual(['/text']);
    const badKind = await failure(api.POST('/complaints/{complaintId}/notes', { params: { path, header: { ...csrfHeader, 'Idempotency-Key': '1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c04' } }, body: { kind: 'status' as never, text: 'x' } }));
    expect(pointers(badKind)).toEqual(['/kind']);
    expect((await failure(api.POST('/complaints/{complaintId}/notes', { params: { path: { complaintId: UNKNOWN_ID }, header: createHeaders('1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c06') }, body: { kind: 'note', text: 'x' } }))).status).toBe(404);
  });

  it('tells a seeded complaint’s story and refuses notes once it is closed', async () => {
    await signInAs('privacy_officer');
    const closed = await unwrap(api.GET('/complaints', { params: { query: { status: ['closed'], escalated: true, pageSize: 1 } } }));
    const item = closed.items[0];
    if (!item) throw new Error('no closed escalated complaint');
    const timeline = await unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId: item.id } } }));
    const kinds = timeline.items.map((entry) => entry.kind);
    expect(kinds[0]).toBe('created');
    expect(kinds).toContain('reply');
    expect(kinds).toContain('note');
    expect(kinds).toContain('escalated');
    // A person may go to the authority after Engcode closed the complaint: both are in the story.
    expect(timeline.items.some((entry) => entry.kind === 'status_changed' && entry.toStatus === 'closed')).toBe(true);
    const refused = await failure(api.POST('/complaints/{complaintId}/notes', { params: { path: { complaintId: item.id }, header: createHeaders(KEY_A) }, body: { kind: 'note', text: 'Te laat.' } }));
    expect(refused.status).toBe(409);
  });
});

describe('scenarios', () => {
  it('seeds ten times as many complaints in the large scenario', async () => {
    setScenario('large');
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 1 } } }));
    expect(list.totalItems).toBe(6000);
  });
});
