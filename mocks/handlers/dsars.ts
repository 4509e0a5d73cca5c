import type { components } from '../../src/api/schema';
import { complaintsArea } from '../db/complaints';
import { staffMember, type StaffRecord } from '../db/core';
import {
  CLOSED_STATUSES,
  TRANSITIONS,
  canSee,
  canWork,
  detailsOf,
  dsarArea,
  dsarId,
  dsarSettingsArea,
  dsarStatistics,
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
import {
  MAX_EXPORT_ROWS,
  bulkActOn,
  checklistOf,
  checklistResponse,
  dataSummary,
  exportCsv,
  filterDsars,
  isArt19Type,
  relatedOf,
  validateBulk,
  type RecipientChecklist,
} from '../db/dsar-work';
import { clock } from '../lib/clock';
import { brusselsDayOfMs, dueDayAfterMonths, formatDay, parseDay } from '../lib/deadlines';
import { assertIfMatch, etagFor } from '../lib/etag';
import { paginate } from '../lib/list';
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

/** One settings record for the whole workbench; its ETag follows its version. */
const SETTINGS_ID = '00000000-0000-4000-8000-0000000d5e77';
const settingsEtag = (version: number) => etagFor(SETTINGS_ID, version);

/** The checklist has its own version: recording a notice does not collide with other edits of the request. */
const checklistEtag = (record: DsarRecord, checklist: RecipientChecklist) => etagFor(`${dsarId(record).slice(0, 4)}a19${dsarId(record).slice(4)}`, checklist.version);

export const dsarsHandlers = [
  route.get('/dsars', { permission: 'dsars_read', areas: [dsarArea] }, ({ response }, { db, query, user }) => {
    const today = clock.today();
    const { items, bandCounts } = filterDsars(db, query, user, parseDay(today));
    return response(200).json({ ...paginate(items, query, (record) => toSummary(db, record, today)), bandCounts });
  }),

  // Before /dsars/{dsarId}: the first matching handler answers.
  route.get('/dsars/export', { permission: 'dsars_work', areas: [dsarArea] }, ({ response }, { db, query, user, audit }) => {
    const today = clock.today();
    const { reason, delimiter, ...filters } = query;
    if (reason.trim().length < 3) {
      throw unprocessable([{ pointer: '/query/reason', code: 'too_short', detail: 'Say why you need this export (at least 3 characters).' }]);
    }
    const { items } = filterDsars(db, filters, user, parseDay(today));
    if (items.length > MAX_EXPORT_ROWS) {
      throw unprocessable([{ pointer: '/query', code: 'too_many', detail: `${items.length} requests match; narrow the filters to at most ${MAX_EXPORT_ROWS}.` }]);
    }
    const csv = exportCsv(db, items, user, today, delimiter === 'comma' ? ',' : ';');
    audit({
      action: 'export',
      resourceType: 'dsar',
      resourceId: null,
      reason: reason.trim(),
      summary: `Exported ${items.length} requests as CSV (${user.role === 'privacy_officer' ? 'names and email addresses' : 'masked'})`,
    });
    return response(200).text(csv, {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="dsars-${today}.csv"` },
    });
  }),

  route.post('/dsars/bulk-actions', { permission: 'dsars_work', areas: [dsarArea] }, ({ response }, { db, body, user, audit }) => {
    validateBulk(body);
    const state = db.area(dsarArea);
    const nowIso = clock.nowIso();
    const results = body.items.map((item) => {
      const { result, change } = bulkActOn(findDsar(state, item.id), item, body, user);
      if (change) {
        const { record } = change;
        if (change.kind === 'assigned') {
          addFact(state, record, db, { kind: 'assigned', at: nowIso, actorId: user.id, text: change.assigneeName, fromStatus: null, toStatus: null });
          audit({ action: 'update', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: ${change.assigneeName ? `assigned to ${change.assigneeName}` : 'unassigned'} (bulk)` });
        } else {
          if (CLOSED_STATUSES.includes(record.status)) {
            record.closedMs = Date.parse(nowIso);
            record.closedDay = brusselsDayOfMs(record.closedMs);
          }
          addFact(state, record, db, { kind: 'status_changed', at: nowIso, actorId: user.id, text: body.note?.trim() || null, fromStatus: change.from, toStatus: record.status });
          audit({ action: 'transition', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: ${change.from} -> ${record.status} (bulk)` });
        }
      }
      return result;
    });
    const done = results.filter((result) => result.outcome === 'done').length;
    return response(200).json({ action: body.action, done, refused: results.length - done, results });
  }),

  route.post('/dsars', { permission: 'dsars_work', areas: [dsarArea] }, ({ response }, { db, body, user, audit }) => {
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

  route.get('/dsars/{dsarId}', { permission: 'dsars_read', areas: [dsarArea] }, ({ params, response }, { db, user }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(toDsar(db, state, record, user, clock.today()), { headers: { ETag: etagOf(record) } });
  }),

  route.patch('/dsars/{dsarId}', { permission: 'dsars_work', areas: [dsarArea] }, ({ params, request, response }, { db, body, user, audit }) => {
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

  route.post('/dsars/{dsarId}/transitions', { permission: 'dsars_work', areas: [dsarArea] }, ({ params, request, response }, { db, body, user, audit }) => {
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

  route.post('/dsars/{dsarId}/extension', { permission: 'dsars_work', areas: [dsarArea] }, ({ params, request, response }, { db, body, user, audit }) => {
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

  route.get('/dsars/{dsarId}/timeline', { permission: 'dsars_read', areas: [dsarArea] }, ({ params, response }, { db, query, user }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(paginate(timelineOf(state, record), query));
  }),

  route.post('/dsars/{dsarId}/notes', { permission: 'dsars_work', areas: [dsarArea] }, ({ params, response }, { db, body, user, audit }) => {
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

  route.get('/dsars/{dsarId}/recipient-notifications', { permission: 'dsars_read', areas: [dsarArea] }, ({ params, response }, { db, user }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    const checklist = checklistOf(db, state, record);
    return response(200).json(checklistResponse(db, record, checklist), { headers: { ETag: checklistEtag(record, checklist) } });
  }),

  route.put('/dsars/{dsarId}/recipient-notifications', { permission: 'dsars_work', areas: [dsarArea] }, ({ params, request, response }, { db, body, user, audit }) => {
    const { state, record } = visibleDsar(db, params.dsarId, user);
    const checklist = checklistOf(db, state, record);
    assertIfMatch(request, checklistEtag(record, checklist));
    const refuse = (why: string) => new HttpProblem(409, `${record.reference}: ${why}`, { code: 'checklist_not_allowed' });
    if (!canWork(record, user)) throw forbidden('Only its assignee or a privacy officer may record who was informed.');
    if (!isArt19Type(record.type)) throw refuse(`an ${record.type} request has no recipients to inform (GDPR Art. 19 concerns rectification, erasure and restriction).`);
    if (record.status === 'rejected') throw refuse('the request was rejected; nothing was changed to pass on.');
    const errors: FieldError[] = [];
    body.items.forEach((item, index) => {
      const at = (field: string) => `/items/${index}/${field}`;
      if (!checklist.notices.has(item.recipientId)) errors.push({ pointer: at('recipientId'), code: 'not_found', detail: 'This recipient is not on the checklist of this request.' });
      const sent = item.sentOn === null ? null : parseDay(item.sentOn);
      const confirmed = item.confirmedOn === null ? null : parseDay(item.confirmedOn);
      if (sent !== null && sent > TODAY_DAY) errors.push({ pointer: at('sentOn'), code: 'in_future', detail: 'The sending date cannot be in the future.' });
      else if (sent !== null && sent < record.receivedDay) errors.push({ pointer: at('sentOn'), code: 'out_of_range', detail: 'The sending date cannot be before the request was received.' });
      if (confirmed !== null && sent === null) errors.push({ pointer: at('confirmedOn'), code: 'requires_sent', detail: 'A recipient can only confirm what was sent: give the sending date first.' });
      else if (confirmed !== null && confirmed > TODAY_DAY) errors.push({ pointer: at('confirmedOn'), code: 'in_future', detail: 'The confirmation date cannot be in the future.' });
      else if (confirmed !== null && sent !== null && confirmed < sent) errors.push({ pointer: at('confirmedOn'), code: 'before_sent', detail: 'The confirmation cannot come before the notice was sent.' });
    });
    if (errors.length > 0) throw unprocessable(errors);
    let changed = 0;
    for (const item of body.items) {
      const before = checklist.notices.get(item.recipientId);
      if (before?.sentOn === item.sentOn && before.confirmedOn === item.confirmedOn) continue;
      checklist.notices.set(item.recipientId, { sentOn: item.sentOn, confirmedOn: item.confirmedOn });
      changed += 1;
    }
    if (changed > 0) {
      checklist.version += 1;
      const summary = checklistResponse(db, record, checklist);
      addFact(state, record, db, { kind: 'updated', at: clock.nowIso(), actorId: user.id, text: `Recipients informed (GDPR Art. 19): ${summary.sent} of ${summary.items.length} sent, ${summary.confirmed} confirmed.`, fromStatus: null, toStatus: null });
      audit({ action: 'update', resourceType: 'dsar', resourceId: dsarId(record), summary: `${record.reference}: Art. 19 checklist updated (${changed} recipients)` });
    }
    return response(200).json(checklistResponse(db, record, checklist), { headers: { ETag: checklistEtag(record, checklist) } });
  }),

  route.get('/dsars/{dsarId}/data-summary', { permission: 'dsars_read', areas: [dsarArea] }, ({ params, response }, { db, user }) => {
    const { record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(dataSummary(db, record));
  }),

  route.get('/dsars/{dsarId}/related', { permission: 'dsars_read', areas: [dsarArea, complaintsArea] }, ({ params, response }, { db, user }) => {
    const { record } = visibleDsar(db, params.dsarId, user);
    return response(200).json(relatedOf(db, record, user, clock.today()));
  }),

  route.get('/dsar-settings', { permission: 'dsars_read' }, ({ response }, { db }) => {
    const settings = db.area(dsarSettingsArea);
    return response(200).json({ ...settings }, { headers: { ETag: settingsEtag(settings.version) } });
  }),

  route.put('/dsar-settings', { permission: 'dsars_manage' }, ({ request, response }, { db, body, audit }) => {
    const settings = db.area(dsarSettingsArea);
    assertIfMatch(request, settingsEtag(settings.version));
    if (body.internalTargetDays !== settings.internalTargetDays) {
      const before = settings.internalTargetDays;
      settings.internalTargetDays = body.internalTargetDays;
      settings.version += 1;
      audit({ action: 'update', resourceType: 'dsar', resourceId: null, summary: `Internal target changed from ${before} to ${body.internalTargetDays} days before the legal due date` });
    }
    return response(200).json({ ...settings }, { headers: { ETag: settingsEtag(settings.version) } });
  }),

  route.get('/dsar-statistics', { permission: 'dsar_statistics_read', areas: [dsarArea] }, ({ response }, { db, query }) =>
    response(200).json(dsarStatistics(db, query.from, query.to)),
  ),
];
