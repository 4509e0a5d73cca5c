import type { components } from '../../src/api/schema';
import { staffMember, type StaffRecord } from '../db/core';
import {
  CLOSED_STATUSES,
  DSAR_STATUSES,
  TRANSITIONS,
  bandOf,
  canSee,
  canWork,
  detailsOf,
  dsarArea,
  dsarId,
  dsarStatistics,
  dueDayOf,
  findDsar,
  isAssignable,
  isClosed,
  nextReference,
  staffRecord,
  timelineOf,
  toDsar,
  toSummary,
  type DsarRecord,
  type DsarState,
  type TimelineFact,
} from '../db/dsars';
import { PLATFORM_START_DAY, TODAY_DAY, accountReferenceFor, personBasics } from '../db/people';
import type { MockDb } from '../db';
import { route } from '../http';
import { clock } from '../lib/clock';
import { brusselsDayOfMs, dueDayAfterMonths, formatDay, parseDay } from '../lib/deadlines';
import { assertIfMatch, etagFor } from '../lib/etag';
import { matchesAny, paginate, sortItems } from '../lib/list';
import { HttpProblem, forbidden, notFound, unprocessable } from '../lib/problem';

type Schemas = components['schemas'];
type FieldError = Schemas['FieldError'];
type DsarStatus = Schemas['DsarStatus'];

function visibleDsar(db: MockDb, dsarIdParam: string, user: StaffRecord): { state: DsarState; record: DsarRecord } {
  const state = db.area(dsarArea);
  const record = findDsar(state, dsarIdParam);
  if (!record) throw notFound('request');
  if (!canSee(record, user)) throw forbidden('This request is assigned to a colleague.');
  return { state, record };
}

const etagOf = (record: DsarRecord) => etagFor(dsarId(record), record.version);

function addFact(state: DsarState, record: DsarRecord, db: MockDb, fact: Omit<TimelineFact, 'id'>): TimelineFact {
  const entry: TimelineFact = { id: db.newId(), ...fact };
  detailsOf(state, record).timeline.push(entry);
  return entry;
}

function blank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

function dayParameter(value: string | undefined): number | null {
  return value === undefined ? null : parseDay(value);
}

const STATUS_ORDER = new Map(DSAR_STATUSES.map((status, index) => [status, index]));

export const dsarsHandlers = [
  route.get('/dsars', { permission: 'dsars_read' }, ({ response }, { db, query, user }) => {
    const state = db.area(dsarArea);
    const today = clock.today();
    const todayDay = parseDay(today);
    const assignees = (query.assignee ?? []).map((value) => (value === 'me' ? user.id : value === 'none' ? null : value));
    for (const assignee of assignees) {
      if (assignee !== null && !staffRecord(assignee)) {
        throw new HttpProblem(400, 'Invalid query parameter: assignee.', {
          errors: [{ pointer: '/query/assignee', code: 'not_allowed', detail: `${assignee} is not a member of staff` }],
        });
      }
    }
    const receivedFrom = dayParameter(query.receivedFrom);
    const receivedTo = dayParameter(query.receivedTo);
    if (receivedFrom !== null && receivedTo !== null && receivedFrom > receivedTo) {
      throw new HttpProblem(400, 'Invalid query parameter: receivedFrom.', {
        errors: [{ pointer: '/query/receivedFrom', code: 'out_of_range', detail: 'receivedFrom must be on or before receivedTo' }],
      });
    }
    const needle = query.q?.trim().toLowerCase() ?? '';

    // Every filter but the band: bandCounts are counted here, so every band's count stays visible.
    const filtered: DsarRecord[] = [];
    const bandCounts = { overdue: 0, due_soon: 0, on_track: 0 };
    for (const record of state.records) {
      if (!canSee(record, user)) continue;
      if (!matchesAny(query.status, record.status)) continue;
      if (!matchesAny(query.type, record.type)) continue;
      if (!matchesAny(query.channel, record.channel)) continue;
      if (!matchesAny(query.plan, record.plan)) continue;
      if (assignees.length > 0 && !assignees.includes(record.assigneeId)) continue;
      if (receivedFrom !== null && record.receivedDay < receivedFrom) continue;
      if (receivedTo !== null && record.receivedDay > receivedTo) continue;
      if (
        needle &&
        !record.reference.toLowerCase().includes(needle) &&
        !record.accountReference.toLowerCase().includes(needle) &&
        !record.description.toLowerCase().includes(needle)
      ) {
        continue;
      }
      const band = bandOf(record, todayDay);
      if (band) bandCounts[band] += 1;
      if (query.band && query.band.length > 0 && (band === null || !query.band.includes(band))) continue;
      filtered.push(record);
    }

    const sorted = sortItems(
      filtered,
      query.sort,
      {
        reference: (record) => record.reference,
        receivedAt: (record) => record.receivedMs,
        dueOn: (record) => dueDayOf(record),
        // The workflow's order reads better than the alphabet.
        status: (record) => STATUS_ORDER.get(record.status) ?? 0,
        type: (record) => record.type,
        channel: (record) => record.channel,
        plan: (record) => record.plan,
        assignee: (record) => staffRecord(record.assigneeId)?.displayName ?? null,
      },
      { fallback: 'dueOn', tieBreaker: (record) => record.reference },
    );
    return response(200).json({ ...paginate(sorted, query, (record) => toSummary(db, record, today)), bandCounts });
  }),

  route.post('/dsars', { permission: 'dsars_work' }, ({ response }, { db, body, user, audit }) => {
    const state = db.area(dsarArea);
    const errors: FieldError[] = [];
    const person = db.personById(body.personId);
    if (!person) errors.push({ pointer: '/personId', code: 'not_found', detail: 'No person with this id.' });
    const receivedMs = Date.parse(body.receivedAt);
    const nowMs = Date.parse(clock.nowIso());
    const receivedDay = brusselsDayOfMs(receivedMs);
    if (receivedMs > nowMs) errors.push({ pointer: '/receivedAt', code: 'in_future', detail: 'A request cannot be received in the future.' });
    else if (receivedDay < PLATFORM_START_DAY) errors.push({ pointer: '/receivedAt', code: 'out_of_range', detail: `Engcode's platform started on ${formatDay(PLATFORM_START_DAY)}.` });
    if (blank(body.description)) errors.push({ pointer: '/description', code: 'required', detail: 'Describe what the person asks.' });
    if (errors.length > 0 || !person) throw unprocessable(errors);

    const basics = personBasics(person.index);
    const id = db.newId();
    const record: DsarRecord = {
      id,
      seedIndex: null,
      reference: nextReference(state, receivedDay),
      type: body.type,
      status: 'received',
      channel: body.channel,
      plan: person.plan,
      personIndex: person.index,
      accountReference: accountReferenceFor(person.index),
      employerIndex: basics.employerIndex,
      receivedMs,
      receivedDay,
      originalDueDay: dueDayAfterMonths(receivedDay, 1),
      extendedDueDay: dueDayAfterMonths(receivedDay, 3),
      extensionDay: null,
      assigneeId: null,
      description: body.description.trim(),
      closedMs: null,
      closedDay: null,
      version: 1,
      rejection: null,
      details: { extension: null, identityVerification: null, employerRouting: null, timeline: [] },
    };
    state.records.push(record);
    state.created.set(id, record);
    state.countByPerson.set(person.index, (state.countByPerson.get(person.index) ?? 0) + 1);
    addFact(state, record, db, { kind: 'created', at: new Date(nowMs).toISOString(), actorId: user.id, text: null, fromStatus: null, toStatus: null });
    audit({ action: 'create', resourceType: 'dsar', resourceId: id, summary: `Registered ${record.reference} (${record.type})` });
    return response(201).json(toDsar(db, state, record, user, clock.today()), {
      headers: { ETag: etagOf(record), Location: `/api/v1/dsars/${id}` },
    });
  }),

  route.get('/dsars/{dsarId}', { permission: 'dsars_read' }, ({ params, response }, { db, user }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(toDsar(db, state, record, user, clock.today()), { headers: { ETag: etagOf(record) } });
  }),

  route.patch('/dsars/{dsarId}', { permission: 'dsars_work' }, ({ params, request, response }, { db, body, user, audit }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    assertIfMatch(request, etagOf(record));
    if (isClosed(record)) throw new HttpProblem(409, `${record.reference} is ${record.status}; a closed request cannot be changed.`, { code: 'dsar_closed' });
    const nowIso = clock.nowIso();
    const changes: string[] = [];

    if (body.assigneeId !== undefined && body.assigneeId !== record.assigneeId) {
      const next = body.assigneeId;
      if (next !== null && !isAssignable(next)) {
        throw unprocessable([{ pointer: '/assigneeId', code: 'not_allowed', detail: 'Requests can be assigned to support staff and privacy officers only.' }]);
      }
      if (user.role === 'support') {
        const takesUnassigned = next === user.id && record.assigneeId === null;
        const handsBackOwn = next === null && record.assigneeId === user.id;
        if (!takesUnassigned && !handsBackOwn) throw forbidden('Support staff may take an unassigned request or hand back their own; a privacy officer assigns colleagues.');
      }
      record.assigneeId = next;
      const assignee = staffRecord(next);
      addFact(state, record, db, { kind: 'assigned', at: nowIso, actorId: user.id, text: assignee?.displayName ?? null, fromStatus: null, toStatus: null });
      changes.push(assignee ? `assigned to ${assignee.displayName}` : 'unassigned');
    }
    if (body.description !== undefined && body.description.trim() !== record.description) {
      if (!canWork(record, user)) throw forbidden('Only the assignee or a privacy officer may edit the description.');
      if (blank(body.description)) throw unprocessable([{ pointer: '/description', code: 'required', detail: 'Describe what the person asks.' }]);
      record.description = body.description.trim();
      addFact(state, record, db, { kind: 'updated', at: nowIso, actorId: user.id, text: null, fromStatus: null, toStatus: null });
      changes.push('description edited');
    }
    if (changes.length > 0) {
      record.version += 1;
      audit({ action: 'update', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: ${changes.join(', ')}` });
    }
    return response(200).json(toDsar(db, state, record, user, clock.today()), { headers: { ETag: etagOf(record) } });
  }),

  route.post('/dsars/{dsarId}/transitions', { permission: 'dsars_work' }, ({ params, request, response }, { db, body, user, audit }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    assertIfMatch(request, etagOf(record));
    const from = record.status;
    const to: DsarStatus = body.to;
    const refuse = (why: string) => new HttpProblem(409, `${record.reference} cannot move from ${from} to ${to}: ${why}`, { code: 'transition_not_allowed' });
    if (!canWork(record, user)) throw refuse('only its assignee or a privacy officer may move it; assign it to yourself first.');
    if (CLOSED_STATUSES.includes(from)) throw refuse(`${from} is final.`);
    if (!TRANSITIONS[from].includes(to)) throw refuse(`the workflow allows ${TRANSITIONS[from].join(' or ')} from ${from}.`);
    if (to === 'awaiting_employer' && record.plan !== 'business') throw refuse('only a Business-plan request has an employer to wait for.');

    const errors: FieldError[] = [];
    const todayDay = TODAY_DAY;
    if (from === 'identity_verification' && to === 'in_progress' && blank(body.evidenceChecked)) {
      errors.push({ pointer: '/evidenceChecked', code: 'required', detail: 'Say what was checked to verify the identity.' });
    }
    if (to === 'awaiting_employer') {
      if (body.forwardedOn === undefined) errors.push({ pointer: '/forwardedOn', code: 'required', detail: 'Give the date the request was forwarded to the employer.' });
      else if (parseDay(body.forwardedOn) > todayDay) errors.push({ pointer: '/forwardedOn', code: 'in_future', detail: 'The forwarding date cannot be in the future.' });
      else if (parseDay(body.forwardedOn) < record.receivedDay) errors.push({ pointer: '/forwardedOn', code: 'out_of_range', detail: 'The forwarding date cannot be before the request was received.' });
    }
    if (from === 'awaiting_employer' && blank(body.employerInstruction)) {
      errors.push({ pointer: '/employerInstruction', code: 'required', detail: "Record the employer's instruction (the employer is the controller)." });
    }
    if (to === 'rejected') {
      if (body.rejectionReason === undefined) errors.push({ pointer: '/rejectionReason', code: 'required', detail: 'Choose the ground for rejecting the request.' });
      if (blank(body.rejectionExplanation)) errors.push({ pointer: '/rejectionExplanation', code: 'required', detail: 'Explain the rejection; the person is told why.' });
    }
    if (errors.length > 0) throw unprocessable(errors);

    const details = detailsOf(state, record);
    const nowIso = clock.nowIso();
    if (from === 'identity_verification' && to === 'in_progress') {
      details.identityVerification = { verifiedAt: nowIso, verifiedBy: staffMember(user), evidenceChecked: body.evidenceChecked?.trim() ?? '' };
    }
    if (to === 'awaiting_employer' && body.forwardedOn) details.employerRouting = { forwardedOn: body.forwardedOn, instruction: null };
    if (from === 'awaiting_employer' && details.employerRouting) {
      details.employerRouting = { ...details.employerRouting, instruction: body.employerInstruction?.trim() ?? null };
    }
    if (to === 'rejected' && body.rejectionReason) {
      record.rejection = { reason: body.rejectionReason, explanation: body.rejectionExplanation?.trim() ?? '' };
    }
    record.status = to;
    if (CLOSED_STATUSES.includes(to)) {
      record.closedMs = Date.parse(nowIso);
      record.closedDay = brusselsDayOfMs(record.closedMs);
    }
    record.version += 1;
    addFact(state, record, db, { kind: 'status_changed', at: nowIso, actorId: user.id, text: body.note?.trim() || null, fromStatus: from, toStatus: to });
    audit({ action: 'transition', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: ${from} -> ${to}` });
    return response(200).json(toDsar(db, state, record, user, clock.today()), { headers: { ETag: etagOf(record) } });
  }),

  route.post('/dsars/{dsarId}/extension', { permission: 'dsars_work' }, ({ params, request, response }, { db, body, user, audit }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    assertIfMatch(request, etagOf(record));
    const details = detailsOf(state, record);
    const refuse = (why: string) => new HttpProblem(409, `${record.reference} cannot be extended: ${why}`, { code: 'extension_not_allowed' });
    const todayDay = TODAY_DAY;
    if (!canWork(record, user)) throw refuse('only its assignee or a privacy officer may extend it.');
    if (isClosed(record)) throw refuse(`it is ${record.status}.`);
    if (details.extension) throw refuse(`it was already extended on ${details.extension.extendedAt.slice(0, 10)}; GDPR Art. 12(3) allows one extension.`);
    if (todayDay > record.originalDueDay) {
      throw refuse(`the first month ended on ${formatDay(record.originalDueDay)}; an extension must be decided and told to the person within it (GDPR Art. 12(3)).`);
    }
    const errors: FieldError[] = [];
    if (body.reason.trim().length < 10) errors.push({ pointer: '/reason', code: 'too_short', detail: 'Give the reasons for the extension (at least 10 characters); the person is told them.' });
    const informed = parseDay(body.personInformedOn);
    if (informed > todayDay) errors.push({ pointer: '/personInformedOn', code: 'in_future', detail: 'The person cannot have been told in the future.' });
    else if (informed < record.receivedDay) errors.push({ pointer: '/personInformedOn', code: 'out_of_range', detail: 'The person cannot have been told before the request was received.' });
    if (errors.length > 0) throw unprocessable(errors);

    const nowIso = clock.nowIso();
    details.extension = { extendedAt: nowIso, extendedBy: staffMember(user), reason: body.reason.trim(), personInformedOn: body.personInformedOn };
    record.extensionDay = brusselsDayOfMs(Date.parse(nowIso));
    record.version += 1;
    addFact(state, record, db, { kind: 'extended', at: nowIso, actorId: user.id, text: details.extension.reason, fromStatus: null, toStatus: null });
    audit({ action: 'update', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: deadline extended to ${formatDay(record.extendedDueDay)}` });
    return response(200).json(toDsar(db, state, record, user, clock.today()), { headers: { ETag: etagOf(record) } });
  }),

  route.get('/dsars/{dsarId}/timeline', { permission: 'dsars_read' }, ({ params, response }, { db, query, user }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(paginate(timelineOf(state, record), query));
  }),

  route.post('/dsars/{dsarId}/notes', { permission: 'dsars_work' }, ({ params, response }, { db, body, user, audit }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    if (body.kind !== 'note') {
      throw unprocessable([{ pointer: '/kind', code: 'not_allowed', detail: 'Notes on a request are internal; replies to the person belong to complaints.' }]);
    }
    if (blank(body.text)) throw unprocessable([{ pointer: '/text', code: 'required', detail: 'Write the note.' }]);
    const fact = addFact(state, record, db, { kind: 'note', at: clock.nowIso(), actorId: user.id, text: body.text.trim(), fromStatus: null, toStatus: null });
    audit({ action: 'update', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: note added` });
    const timeline = timelineOf(state, record);
    const entry = timeline.find((candidate) => candidate.id === fact.id);
    if (!entry) throw new Error('The note just added is missing from the timeline');
    return response(201).json(entry);
  }),

  route.get('/dsar-statistics', { permission: 'dsar_statistics_read' }, ({ response }, { db, query }) =>
    response(200).json(dsarStatistics(db, query.from, query.to)),
  ),
];
