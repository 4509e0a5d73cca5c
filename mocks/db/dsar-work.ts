import type { components, operations } from '../../src/api/schema';
import { toCsv } from '../lib/csv';
import { formatDay, isoInstant, parseDay } from '../lib/deadlines';
import { matchesAny, sortItems } from '../lib/list';
import { HttpProblem } from '../lib/problem';
import { complaintSummaryResponse, complaintsArea } from './complaints';
import { personConsentEvents, currentConsents } from './consent';
import { maskEmail, maskName, type PersonRecord, type StaffRecord } from './core';
import {
  DSAR_STATUSES,
  TRANSITIONS,
  bandOf,
  canSee,
  canWork,
  deadlineOf,
  dsarArea,
  dsarId,
  dsarSettingsArea,
  dueDayOf,
  isAssignable,
  isClosed,
  staffRecord,
  toSummary,
  type DsarRecord,
  type DsarState,
  type DsarType,
} from './dsars';
import type { MockDb } from './index';
import { TODAY_DAY } from './people';
import { recipientsArea, type RecipientRecord } from './recipients';

type Schemas = components['schemas'];
type ExportQuery = NonNullable<operations['exportDsars']['parameters']['query']>;
/** The filters and sort the queue and its export share. */
export type DsarFilterQuery = Omit<ExportQuery, 'reason' | 'delimiter'>;

// ---------------------------------------------------------------------------------------------
// The queue's filters, for the list and for the export alike

const STATUS_ORDER = new Map(DSAR_STATUSES.map((status, index) => [status, index]));

function dayParameter(value: string | undefined): number | null {
  return value === undefined ? null : parseDay(value);
}

/**
 * The requests the user may see that match the filters, sorted; with the band counts of the same
 * filters without the band filter itself (so every band's count stays visible).
 */
export function filterDsars(db: MockDb, query: DsarFilterQuery, user: StaffRecord, todayDay: number): { items: DsarRecord[]; bandCounts: Schemas['BandCounts'] } {
  const state = db.area(dsarArea);
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

  const items = sortItems(
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
  return { items, bandCounts };
}

// ---------------------------------------------------------------------------------------------
// Export

/** A real server would stream; the mock refuses what no one should need in one file. */
export const MAX_EXPORT_ROWS = 100_000;

const EXPORT_HEADER = [
  'reference',
  'type',
  'status',
  'channel',
  'plan',
  'account_reference',
  'name',
  'email',
  'received_at',
  'due_on',
  'internal_target_on',
  'days_left',
  'band',
  'extended',
  'assignee',
  'description',
] as const;

/**
 * The rows of an export. The privacy officer gets names and email addresses (the export is
 * audited with its reason); support staff get them masked, as the queue shows them.
 */
export function exportCsv(db: MockDb, records: readonly DsarRecord[], user: StaffRecord, today: string, delimiter: ';' | ','): string {
  const unmasked = user.role === 'privacy_officer';
  const targetDays = db.area(dsarSettingsArea).internalTargetDays;
  const rows = records.map((record) => {
    const person = db.person(record.personIndex);
    const deadline = deadlineOf(record, today, targetDays);
    return [
      record.reference,
      record.type,
      record.status,
      record.channel,
      record.plan,
      record.accountReference,
      unmasked ? `${person.firstName} ${person.lastName}` : maskName(person.firstName, person.lastName),
      unmasked ? person.email : maskEmail(person.email),
      isoInstant(record.receivedMs),
      deadline.dueOn,
      deadline.internalTargetOn,
      isClosed(record) ? null : deadline.daysLeft,
      deadline.band,
      deadline.extended ? 'yes' : 'no',
      staffRecord(record.assigneeId)?.displayName ?? null,
      record.description,
    ];
  });
  return toCsv(EXPORT_HEADER, rows, delimiter);
}

// ---------------------------------------------------------------------------------------------
// Bulk actions

type BulkRequest = Schemas['DsarBulkActionRequest'];
type BulkResult = Schemas['DsarBulkItemResult'];
type Refusal = Schemas['DsarBulkRefusal'];

/** What one item of a bulk action did; the handler records timeline and audit for each change. */
export interface BulkChange {
  record: DsarRecord;
  /** `assigned` text (the assignee's name) or the status change. */
  kind: 'assigned' | 'status_changed';
  from: Schemas['DsarStatus'];
  assigneeName: string | null;
}

/**
 * Decides one item of a bulk action by the rules of the single-request operations (PATCH for
 * assignment, /transitions for a move). Returns a refusal, or applies the change and returns it.
 */
export function bulkActOn(record: DsarRecord | null, item: { id: string; version: number }, body: BulkRequest, user: StaffRecord): { result: BulkResult; change: BulkChange | null } {
  const refuse = (refusal: Refusal, detail: string): { result: BulkResult; change: null } => ({
    result: { id: item.id, reference: record?.reference ?? null, outcome: 'refused', refusal, detail, version: record?.version ?? null },
    change: null,
  });
  if (!record) return refuse('not_found', 'No request with this id.');
  if (!canSee(record, user)) return refuse('not_allowed_for_role', 'This request is assigned to a colleague.');
  if (record.version !== item.version) return refuse('stale', `${record.reference} was changed by someone else since it was read.`);
  if (isClosed(record)) return refuse('not_allowed_for_state', `${record.reference} is ${record.status}; a closed request cannot be changed.`);

  if (body.action === 'assign') {
    const next = body.assigneeId ?? null;
    if (next === record.assigneeId) return refuse('unchanged', `${record.reference} is already ${next === null ? 'unassigned' : `assigned to ${staffRecord(next)?.displayName ?? next}`}.`);
    if (user.role === 'support') {
      const takesUnassigned = next === user.id && record.assigneeId === null;
      const handsBackOwn = next === null && record.assigneeId === user.id;
      if (!takesUnassigned && !handsBackOwn) return refuse('not_allowed_for_role', 'Support staff may take an unassigned request or hand back their own.');
    }
    record.assigneeId = next;
    record.version += 1;
    return {
      result: { id: item.id, reference: record.reference, outcome: 'done', refusal: null, detail: null, version: record.version },
      change: { record, kind: 'assigned', from: record.status, assigneeName: staffRecord(next)?.displayName ?? null },
    };
  }

  const to = body.to;
  if (!to) throw new Error('validated by the handler');
  const from = record.status;
  if (from === to) return refuse('unchanged', `${record.reference} is already ${to}.`);
  if (!canWork(record, user)) return refuse('not_allowed_for_role', 'Only its assignee or a privacy officer may move it; assign it to yourself first.');
  if (!TRANSITIONS[from].includes(to)) return refuse('not_allowed_for_state', `The workflow allows ${TRANSITIONS[from].join(' or ')} from ${from}.`);
  // The contract lets bulk moves only start identity verification or complete: moves that record
  // something about one request (evidence, forwarding date, rejection ground) are made on its page.
  // Completing a Business-plan request still needs the employer's instruction.
  if (from === 'awaiting_employer') return refuse('needs_details', "Record the employer's instruction, on the request itself.");
  record.status = to;
  record.version += 1;
  return {
    result: { id: item.id, reference: record.reference, outcome: 'done', refusal: null, detail: null, version: record.version },
    change: { record, kind: 'status_changed', from, assigneeName: null },
  };
}

/** 422 for a bulk request whose action lacks what it needs (the schema cannot say "required when"). */
export function validateBulk(body: BulkRequest): void {
  if (body.action === 'assign') {
    if (body.assigneeId === undefined) throw new HttpProblem(422, 'Some fields are not valid.', { errors: [{ pointer: '/assigneeId', code: 'required', detail: 'Say whom to assign the requests to (null hands them back).' }] });
    if (body.assigneeId !== null && !isAssignable(body.assigneeId)) {
      throw new HttpProblem(422, 'Some fields are not valid.', { errors: [{ pointer: '/assigneeId', code: 'not_allowed', detail: 'Requests can be assigned to support staff and privacy officers only.' }] });
    }
  }
  if (body.action === 'transition' && body.to === undefined) {
    throw new HttpProblem(422, 'Some fields are not valid.', { errors: [{ pointer: '/to', code: 'required', detail: 'Say which state to move the requests to.' }] });
  }
  const ids = new Set(body.items.map((item) => item.id));
  if (ids.size !== body.items.length) throw new HttpProblem(422, 'Some fields are not valid.', { errors: [{ pointer: '/items', code: 'duplicate', detail: 'Each request may appear once.' }] });
}

// ---------------------------------------------------------------------------------------------
// Recipients to inform (GDPR Art. 19) and what Engcode holds (access)

/**
 * Art. 19 obliges the controller to tell each recipient of a rectification, an erasure or a
 * restriction. An objection ends processing (Art. 21), which for Engcode means the recipients
 * stop too, so it gets the same checklist.
 */
const ART19_TYPES: ReadonlySet<DsarType> = new Set(['rectification', 'erasure', 'restriction', 'objection']);
const CHECKLIST_CATEGORIES: ReadonlySet<Schemas['RecipientCategory']> = new Set(['email_delivery', 'payment_processing', 'market_research', 'social_platform', 'employer']);

export interface RecipientNotice {
  sentOn: string | null;
  confirmedOn: string | null;
}

export interface RecipientChecklist {
  version: number;
  notices: Map<string, RecipientNotice>;
}

/** Kept beside the DSAR area: each request's checklist, created on first read. */
const checklists = new WeakMap<DsarState, Map<string, RecipientChecklist>>();

export const isArt19Type = (type: DsarType): boolean => ART19_TYPES.has(type);

/** Who got this person's data, from the register: processors always, consent-gated parties only after consent, the employer on a Business plan. */
export function recipientsOf(db: MockDb, person: PersonRecord): Array<{ recipient: RecipientRecord; basis: Schemas['RecipientNotification']['basis'] }> {
  const granted = new Set<string>();
  for (const event of personConsentEvents(db, person)) if (event.decision === 'granted') granted.add(event.purpose);
  const found: Array<{ recipient: RecipientRecord; basis: Schemas['RecipientNotification']['basis'] }> = [];
  for (const recipient of db.area(recipientsArea).recipients) {
    if (recipient.direction !== 'outbound' || !CHECKLIST_CATEGORIES.has(recipient.category)) continue;
    if (recipient.category === 'employer') {
      if (person.plan === 'business') found.push({ recipient, basis: 'employer' });
      continue;
    }
    // Payment data: the employer pays for a Business plan, so its users' cards never reach the processor.
    if (recipient.category === 'payment_processing' && person.plan !== 'individual') continue;
    if (recipient.gatingPurpose !== null && !granted.has(recipient.gatingPurpose)) continue;
    found.push({ recipient, basis: recipient.role === 'processor' || recipient.role === 'sub_processor' ? 'processor' : 'consent' });
  }
  return found;
}

/** A completed seeded request was worked before the console existed: its notices are filled in. */
function seededNotice(record: DsarRecord, position: number): RecipientNotice {
  if (record.seedIndex === null || record.status !== 'completed' || record.closedDay === null) return { sentOn: null, confirmedOn: null };
  // Most recipients confirm within a week; a few never answer (the checklist shows them open).
  const spread = (record.seedIndex * 31 + position * 7) % 9;
  const sentDay = record.closedDay;
  return { sentOn: formatDay(sentDay), confirmedOn: spread < 7 ? formatDay(Math.min(sentDay + 1 + spread, TODAY_DAY)) : null };
}

export function checklistOf(db: MockDb, state: DsarState, record: DsarRecord): RecipientChecklist {
  let all = checklists.get(state);
  if (!all) {
    all = new Map();
    checklists.set(state, all);
  }
  const id = dsarId(record);
  let checklist = all.get(id);
  if (!checklist) {
    const notices = new Map<string, RecipientNotice>();
    if (isArt19Type(record.type)) {
      recipientsOf(db, db.person(record.personIndex)).forEach(({ recipient }, position) => notices.set(recipient.id, seededNotice(record, position)));
    }
    checklist = { version: 1, notices };
    all.set(id, checklist);
  }
  return checklist;
}

export function checklistResponse(db: MockDb, record: DsarRecord, checklist: RecipientChecklist): Schemas['RecipientNotificationList'] {
  const person = db.person(record.personIndex);
  const applicable = isArt19Type(record.type);
  const items: Schemas['RecipientNotification'][] = applicable
    ? recipientsOf(db, person).map(({ recipient, basis }) => {
        const notice = checklist.notices.get(recipient.id) ?? { sentOn: null, confirmedOn: null };
        // The register has one entry for all employers; the checklist names this person's.
        const name = basis === 'employer' && person.employerIndex !== null ? db.organisation(person.employerIndex).name : recipient.name;
        return { recipientId: recipient.id, name, category: recipient.category, role: recipient.role, dataCategories: recipient.dataCategories, basis, ...notice };
      })
    : [];
  return {
    applicable,
    items,
    sent: items.filter((item) => item.sentOn !== null).length,
    confirmed: items.filter((item) => item.confirmedOn !== null).length,
    version: checklist.version,
  };
}

/** What Engcode holds about the person, as categories with their source; never the values. */
export function dataSummary(db: MockDb, record: DsarRecord): Schemas['DsarDataSummary'] {
  const person = db.person(record.personIndex);
  const categories: Schemas['DsarDataSummary']['categories'] = [{ category: 'account', source: 'given_by_person' }];
  if (person.plan === 'individual') categories.push({ category: 'billing_payment', source: 'given_by_person' });
  // Optional profile fields and posts: not everyone fills them in (deterministic per person).
  if (person.index % 3 !== 0) categories.push({ category: 'profile', source: 'given_by_person' });
  if (person.index % 4 === 1) categories.push({ category: 'content', source: 'given_by_person' });
  categories.push({ category: 'usage_technical', source: 'collected_automatically' });
  return {
    engcodeRole: person.plan === 'business' ? 'processor' : 'controller',
    employer: person.employerIndex === null ? null : db.organisation(person.employerIndex),
    categories,
    consents: currentConsents(personConsentEvents(db, person)),
    recipients: recipientsOf(db, person).map(({ recipient, basis }) => ({
      recipientId: recipient.id,
      name: basis === 'employer' && person.employerIndex !== null ? db.organisation(person.employerIndex).name : recipient.name,
      category: recipient.category,
      role: recipient.role,
      dataCategories: recipient.dataCategories,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The person's other requests and complaints

const MAX_RELATED = 50;

export function relatedOf(db: MockDb, record: DsarRecord, user: StaffRecord, today: string): Schemas['DsarRelated'] {
  const state = db.area(dsarArea);
  const others = state.records.filter((other) => other !== record && other.personIndex === record.personIndex);
  const visible = others.filter((other) => canSee(other, user)).sort((a, b) => b.receivedMs - a.receivedMs);
  const complaints = db.area(complaintsArea).complaints.filter((complaint) => complaint.personIndex === record.personIndex);
  const complaintVisible = (assigneeId: string | null) => user.role !== 'support' || assigneeId === null || assigneeId === user.id;
  const visibleComplaints = complaints.filter((complaint) => complaintVisible(complaint.assigneeId)).sort((a, b) => b.receivedOn.localeCompare(a.receivedOn));
  return {
    dsars: visible.slice(0, MAX_RELATED).map((other) => toSummary(db, other, today)),
    complaints: visibleComplaints.slice(0, MAX_RELATED).map((complaint) => complaintSummaryResponse(db, complaint, today)),
    hiddenDsars: others.length - visible.length,
    hiddenComplaints: complaints.length - visibleComplaints.length,
  };
}
