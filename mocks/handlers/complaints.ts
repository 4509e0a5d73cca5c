import type { components } from '../../src/api/schema';
import {
  COMPLAINT_TRANSITIONS,
  complaintBand,
  complaintDueOn,
  complaintResponse,
  complaintsArea,
  complaintSummaryResponse,
  dsarExists,
  nextComplaintReference,
  timelineOf,
  type ComplaintRecord,
  type ComplaintStatus,
} from '../db/complaints';
import { STAFF, staffMember, type Permission, type StaffRecord } from '../db/core';
import type { MockDb } from '../db';
import { violationsArea } from '../db/violations';
import { route, HttpProblem } from '../http';
import { clock } from '../lib/clock';
import { assertIfMatch, etagFor } from '../lib/etag';
import { matchesAny, paginate, sortItems } from '../lib/list';
import { conflict, forbidden, notFound, unprocessable } from '../lib/problem';

type Schemas = components['schemas'];
type FieldError = Schemas['FieldError'];
type TimelineEntry = Schemas['TimelineEntry'];

const STATUS_RANK: Record<ComplaintStatus, number> = { new: 0, in_progress: 1, waiting_for_person: 2, resolved: 3, closed: 4 };
const WORKERS = STAFF.filter((member) => member.role !== 'management');

/**
 * Support staff see the complaints assigned to them and the unassigned ones (the contract's
 * rule); privacy officers see all.
 */
function visibleTo(user: StaffRecord, record: ComplaintRecord): boolean {
  return user.role !== 'support' || record.assigneeId === null || record.assigneeId === user.id;
}

function findComplaint(db: MockDb, user: StaffRecord, id: string): ComplaintRecord {
  const record = db.area(complaintsArea).byId.get(id);
  if (!record) throw notFound('complaint');
  if (!visibleTo(user, record)) throw forbidden('This complaint is assigned to a colleague.');
  return record;
}

function linkedViolations(db: MockDb, canReadViolations: boolean, record: ComplaintRecord): string[] {
  if (!canReadViolations) return [];
  return db
    .area(violationsArea)
    .violations.filter((violation) => violation.complaintId === record.id)
    .map((violation) => violation.id)
    .slice(0, 20);
}

function respond(db: MockDb, ctx: { can(permission: Permission): boolean }, record: ComplaintRecord) {
  return complaintResponse(db, record, clock.today(), linkedViolations(db, ctx.can('violations_read'), record));
}

function addEntry(db: MockDb, record: ComplaintRecord, user: StaffRecord, entry: Omit<TimelineEntry, 'id' | 'occurredAt' | 'actor'>): TimelineEntry {
  const full: TimelineEntry = { id: db.newId(), occurredAt: clock.nowIso(), actor: staffMember(user), ...entry };
  timelineOf(record).push(full);
  return full;
}

export const complaintsHandlers = [
  route.get('/complaints', { permission: 'complaints_read', areas: [complaintsArea] }, ({ response }, { db, query, user }) => {
    const today = clock.today();
    const assignees = (query.assignee ?? []).map((value) => {
      if (value === 'me') return user.id;
      if (value === 'none') return null;
      if (!WORKERS.some((member) => member.id === value)) {
        throw new HttpProblem(400, 'Invalid query parameter: assignee.', { errors: [{ pointer: '/query/assignee', code: 'not_allowed', detail: `${value} is not a staff member who works complaints` }] });
      }
      return value;
    });
    const needle = query.q?.trim().toUpperCase() ?? '';
    const { complaints } = db.area(complaintsArea);
    // Every filter but the band: the band counts label the band tabs of this very list.
    const withoutBand = complaints.filter(
      (record) =>
        visibleTo(user, record) &&
        matchesAny(query.status, record.status) &&
        matchesAny(query.category, record.category) &&
        matchesAny(query.channel, record.channel) &&
        (assignees.length === 0 || assignees.includes(record.assigneeId)) &&
        (query.escalated === undefined || (record.escalation !== null) === query.escalated) &&
        (!needle || record.reference.includes(needle)),
    );
    const bandCounts = { overdue: 0, due_soon: 0, on_track: 0 };
    const bands = new Map<ComplaintRecord, Schemas['DeadlineBand'] | null>();
    for (const record of withoutBand) {
      const band = complaintBand(record, today);
      bands.set(record, band);
      if (band) bandCounts[band] += 1;
    }
    const wanted = query.band ?? [];
    const filtered = wanted.length === 0 ? withoutBand : withoutBand.filter((record) => wanted.some((band) => band === bands.get(record)));
    const sorted = sortItems(
      filtered,
      query.sort,
      {
        reference: (record) => record.reference,
        receivedOn: (record) => record.receivedOn,
        responseDueOn: (record) => record.responseDueOn,
        status: (record) => STATUS_RANK[record.status],
        category: (record) => record.category,
        channel: (record) => record.channel,
      },
      { fallback: 'responseDueOn', tieBreaker: (record) => record.reference },
    );
    return response(200).json({ ...paginate(sorted, query, (record) => complaintSummaryResponse(db, record, today)), bandCounts });
  }),

  route.post('/complaints', { permission: 'complaints_write', areas: [complaintsArea, violationsArea] }, ({ response }, ctx) => {
    const { db, body, user, audit } = ctx;
    const state = db.area(complaintsArea);
    const today = clock.today();
    const errors: FieldError[] = [];
    const person = db.personById(body.personId);
    if (!person) errors.push({ pointer: '/personId', code: 'unknown', detail: 'No registered person has this id.' });
    if (body.receivedOn > today) errors.push({ pointer: '/receivedOn', code: 'in_future', detail: 'A complaint cannot be received in the future.' });
    if (body.summary.trim() === '') errors.push({ pointer: '/summary', code: 'required', detail: 'Write down what the person said.' });
    if (errors.length > 0 || !person) throw unprocessable(errors, 'Some fields of the complaint are refused.');
    const record: ComplaintRecord = {
      seedIndex: null,
      id: db.newId(),
      reference: nextComplaintReference(state, body.receivedOn),
      personIndex: person.index,
      channel: body.channel,
      category: body.category,
      status: 'new',
      receivedOn: body.receivedOn,
      // Answered within a month, counted like a DSAR deadline (Art. 12(3), Reg. 1182/71).
      responseDueOn: complaintDueOn(body.receivedOn),
      assigneeId: null,
      summary: body.summary.trim(),
      resolution: null,
      escalation: null,
      linkedDsarIds: [],
      resolvedOn: null,
      closedOn: null,
      version: 1,
      timeline: [],
    };
    state.complaints.push(record);
    state.byId.set(record.id, record);
    addEntry(db, record, user, { kind: 'created', text: null, fromStatus: null, toStatus: 'new' });
    audit({ action: 'create', resourceType: 'complaint', resourceId: record.id, summary: `Registered complaint ${record.reference}` });
    return response(201).json(respond(db, ctx, record), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.get('/complaints/{complaintId}', { permission: 'complaints_read', areas: [complaintsArea, violationsArea] }, ({ params, response }, ctx) => {
    const record = findComplaint(ctx.db, ctx.user, params.complaintId);
    return response(200).json(respond(ctx.db, ctx, record), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.patch('/complaints/{complaintId}', { permission: 'complaints_write', areas: [complaintsArea, violationsArea] }, ({ params, request, response }, ctx) => {
    const { db, body, user, audit } = ctx;
    const record = findComplaint(db, user, params.complaintId);
    assertIfMatch(request, etagFor(record.id, record.version));
    if (record.status === 'closed') throw conflict('This complaint is closed and can no longer be changed.', 'complaint_closed');
    const today = clock.today();
    if (body.status !== undefined && body.status !== record.status && !COMPLAINT_TRANSITIONS[record.status].includes(body.status)) {
      throw conflict(`A complaint cannot go from ${record.status} to ${body.status}.`, 'transition_not_allowed');
    }
    const errors: FieldError[] = [];
    const reopening = body.status === 'in_progress' && record.status === 'resolved';
    if (body.status === 'resolved' && record.status !== 'resolved' && !(body.resolution ?? (reopening ? null : record.resolution))?.trim()) {
      errors.push({ pointer: '/resolution', code: 'required', detail: 'Describe how the complaint was resolved before marking it resolved.' });
    }
    if (body.resolution !== undefined && body.resolution.trim() === '') errors.push({ pointer: '/resolution', code: 'required', detail: 'Describe how the complaint was resolved.' });
    let assignee: StaffRecord | null | undefined;
    if (body.assigneeId !== undefined) {
      assignee = body.assigneeId === null ? null : (WORKERS.find((member) => member.id === body.assigneeId) ?? undefined);
      if (assignee === undefined) errors.push({ pointer: '/assigneeId', code: 'not_allowed', detail: 'Assign the complaint to a support colleague or a privacy officer.' });
    }
    if (body.escalation) {
      const { escalatedOn, closedOn, authorityReference } = body.escalation;
      if (authorityReference.trim() === '') errors.push({ pointer: '/escalation/authorityReference', code: 'required', detail: "Give the supervisory authority's case reference." });
      if (escalatedOn < record.receivedOn) errors.push({ pointer: '/escalation/escalatedOn', code: 'before_received', detail: 'A complaint cannot be escalated before it was received.' });
      else if (escalatedOn > today) errors.push({ pointer: '/escalation/escalatedOn', code: 'in_future', detail: 'An escalation cannot be dated in the future.' });
      if (closedOn !== null && closedOn < escalatedOn) errors.push({ pointer: '/escalation/closedOn', code: 'before_escalated', detail: "The authority's case cannot close before it was opened." });
      else if (closedOn !== null && closedOn > today) errors.push({ pointer: '/escalation/closedOn', code: 'in_future', detail: 'A case cannot be closed in the future.' });
    }
    (body.linkedDsarIds ?? []).forEach((id, index) => {
      if (!dsarExists(db, id)) errors.push({ pointer: `/linkedDsarIds/${index}`, code: 'unknown', detail: 'No data subject request has this id.' });
    });
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the complaint are refused.');

    const changes: string[] = [];
    if (body.category !== undefined && body.category !== record.category) {
      addEntry(db, record, user, { kind: 'updated', text: `category: ${record.category} -> ${body.category}`, fromStatus: null, toStatus: null });
      record.category = body.category;
      changes.push('category');
    }
    if (assignee !== undefined && (assignee?.id ?? null) !== record.assigneeId) {
      record.assigneeId = assignee?.id ?? null;
      addEntry(db, record, user, { kind: 'assigned', text: assignee?.displayName ?? null, fromStatus: null, toStatus: null });
      changes.push('assignee');
    }
    if (body.linkedDsarIds !== undefined) {
      record.linkedDsarIds = [...new Set(body.linkedDsarIds)];
      changes.push('linked requests');
    }
    if (reopening) {
      record.resolution = null;
      record.resolvedOn = null;
    }
    if (body.resolution !== undefined) {
      record.resolution = body.resolution.trim();
      changes.push('resolution');
    }
    if (body.escalation) {
      const first = record.escalation === null;
      record.escalation = { ...body.escalation, authorityReference: body.escalation.authorityReference.trim() };
      const name = body.escalation.authority === 'gba' ? 'Gegevensbeschermingsautoriteit' : 'Autoriteit Persoonsgegevens';
      addEntry(db, record, user, {
        kind: first ? 'escalated' : 'updated',
        text: first ? `Klacht ingediend bij de ${name} (${record.escalation.authorityReference}).` : `Escalatie bijgewerkt (${record.escalation.authorityReference}${record.escalation.closedOn ? `, afgesloten op ${record.escalation.closedOn}` : ''}).`,
        fromStatus: null,
        toStatus: null,
      });
      changes.push('escalation');
    }
    if (body.status !== undefined && body.status !== record.status) {
      const from = record.status;
      record.status = body.status;
      if (body.status === 'resolved') record.resolvedOn = today;
      if (body.status === 'closed') record.closedOn = today;
      addEntry(db, record, user, { kind: 'status_changed', text: body.status === 'resolved' ? record.resolution : null, fromStatus: from, toStatus: body.status });
      changes.push(`status ${body.status}`);
    }
    record.version += 1;
    audit({ action: 'update', resourceType: 'complaint', resourceId: record.id, summary: `Updated complaint ${record.reference}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}` });
    return response(200).json(respond(db, ctx, record), { headers: { ETag: etagFor(record.id, record.version) } });
  }),

  route.get('/complaints/{complaintId}/timeline', { permission: 'complaints_read', areas: [complaintsArea] }, ({ params, response }, { db, user, query }) => {
    const record = findComplaint(db, user, params.complaintId);
    return response(200).json(paginate(timelineOf(record), query));
  }),

  route.post('/complaints/{complaintId}/notes', { permission: 'complaints_write', areas: [complaintsArea] }, ({ params, response }, { db, user, body, audit }) => {
    const record = findComplaint(db, user, params.complaintId);
    if (record.status === 'closed') {
      throw conflict('This complaint is closed: reopening is not possible, so no reply or note can be added.', 'complaint_closed');
    }
    if (body.text.trim() === '') throw unprocessable([{ pointer: '/text', code: 'required', detail: 'Write the note or reply.' }]);
    // A reply went to the person; a note stays internal. The timeline keeps them apart by kind.
    const entry = addEntry(db, record, user, { kind: body.kind, text: body.text.trim(), fromStatus: null, toStatus: null });
    audit({ action: 'update', resourceType: 'complaint', resourceId: record.id, summary: `Added ${body.kind === 'reply' ? 'a reply' : 'an internal note'} to complaint ${record.reference}` });
    return response(201).json(entry);
  }),
];
