import type { components } from '../../src/api/schema';
import { REFERENCE_NOW } from '../lib/clock';
import {
  DEFAULT_INTERNAL_TARGET_DAYS,
  brusselsDayOfMs,
  brusselsWallClockMs,
  civilFromDay,
  computeDeadline,
  deadlineBand,
  dueDayAfterMonths,
  formatDay,
  isoInstant,
  parseDay,
} from '../lib/deadlines';
import { mulberry32 } from '../lib/faker';
import { NS, indexFromUuid, uuidFor } from '../lib/ids';
import { HttpProblem } from '../lib/problem';
import type { Steps } from '../lib/slices';
import type { AreaDefinition, MockDb } from './index';
import { STAFF, personRef, staffMember, type StaffRecord } from './core';
import { TODAY_DAY, accountReferenceFor, personBasics } from './people';

type Schemas = components['schemas'];
export type DsarType = Schemas['DsarType'];
export type DsarStatus = Schemas['DsarStatus'];
export type DsarChannel = Schemas['DsarChannel'];
type Plan = Schemas['Plan'];
type TimelineKind = Schemas['TimelineEntryKind'];
type RejectionReason = Schemas['RejectionReason'];

export const DSAR_TYPES: readonly DsarType[] = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'];
export const DSAR_STATUSES: readonly DsarStatus[] = ['received', 'identity_verification', 'in_progress', 'awaiting_employer', 'completed', 'rejected'];
export const DSAR_CHANNELS: readonly DsarChannel[] = ['profile_link', 'email', 'phone', 'form'];
export const CLOSED_STATUSES: readonly DsarStatus[] = ['completed', 'rejected'];

/** The workflow. Requirements per move (evidence, forwarding date, instruction, rejection) are checked by the handler. */
export const TRANSITIONS: Readonly<Record<DsarStatus, readonly DsarStatus[]>> = {
  received: ['identity_verification', 'rejected'],
  identity_verification: ['in_progress', 'rejected'],
  in_progress: ['awaiting_employer', 'completed', 'rejected'],
  awaiting_employer: ['in_progress', 'completed'],
  completed: [],
  rejected: [],
};

/** One thing that happened to a request; ids of seeded entries are derived when read. */
export interface TimelineFact {
  id: string | null;
  kind: TimelineKind;
  at: string;
  actorId: string | null;
  text: string | null;
  fromStatus: DsarStatus | null;
  toStatus: DsarStatus | null;
}

/** What a request's detail view adds to a list row. Seeded requests get theirs on first read. */
export interface DsarDetails {
  extension: Schemas['DsarExtension'] | null;
  identityVerification: Schemas['Dsar']['identityVerification'];
  employerRouting: Schemas['Dsar']['employerRouting'];
  timeline: TimelineFact[];
}

/**
 * A request as the mock keeps it: what lists filter, sort and count on is plain fields and day
 * numbers; ids and details of seeded requests are derived on first use, so seeding 20,000
 * requests allocates little.
 */
export interface DsarRecord {
  /** Use dsarId(record): seeded ids are derived on first use. */
  id: string | null;
  /** Position among the seeded requests; null for requests registered through the API. */
  seedIndex: number | null;
  reference: string;
  type: DsarType;
  status: DsarStatus;
  channel: DsarChannel;
  plan: Plan;
  personIndex: number;
  accountReference: string;
  employerIndex: number | null;
  receivedMs: number;
  /** Day numbers (days since 1970-01-01): lists sort and count on numbers, not strings. */
  receivedDay: number;
  originalDueDay: number;
  extendedDueDay: number;
  /** The Brussels day the extension was granted, when it was. */
  extensionDay: number | null;
  assigneeId: string | null;
  description: string;
  /** Kept on the row (few requests have one) so statistics can count rejection grounds. */
  rejection: Schemas['Dsar']['rejection'];
  closedMs: number | null;
  closedDay: number | null;
  version: number;
  /** Use detailsOf(state, record). */
  details: DsarDetails | null;
}

export interface DsarState {
  peopleCount: number;
  records: DsarRecord[];
  /** Requests registered through the API (seeded ones are found from their id). */
  created: Map<string, DsarRecord>;
  countByPerson: Map<number, number>;
  lastSequenceByYear: Map<number, number>;
}

// ---------------------------------------------------------------------------------------------
// Helpers on records

export const isClosed = (record: DsarRecord): boolean => record.status === 'completed' || record.status === 'rejected';

/** The legal due date now in force (extended or not), as a day number. */
export const dueDayOf = (record: DsarRecord): number => (record.extensionDay !== null ? record.extendedDueDay : record.originalDueDay);

export function dsarId(record: DsarRecord): string {
  record.id ??= uuidFor(NS.dsar, record.seedIndex ?? 0);
  return record.id;
}

export function receivedAtOf(record: DsarRecord): string {
  return isoInstant(record.receivedMs);
}

/** The workbench's settings (the internal target), one per mock world. */
export interface DsarSettingsState {
  internalTargetDays: number;
  version: number;
}

export const dsarSettingsArea: AreaDefinition<DsarSettingsState> = {
  name: 'dsar-settings',
  create: () => ({ internalTargetDays: DEFAULT_INTERNAL_TARGET_DAYS, version: 1 }),
};

export function deadlineOf(record: DsarRecord, today: string, internalTargetDays = DEFAULT_INTERNAL_TARGET_DAYS): Schemas['Deadline'] {
  return computeDeadline({ receivedAt: receivedAtOf(record), extended: record.extensionDay !== null, closed: isClosed(record), today, internalTargetDays });
}

/** The band today (null when closed), without building the whole deadline object. */
export function bandOf(record: DsarRecord, todayDay: number): Schemas['DeadlineBand'] | null {
  return deadlineBand(dueDayOf(record) - todayDay, isClosed(record));
}

const staffById = new Map(STAFF.map((member) => [member.id, member]));
export const staffRecord = (id: string | null | undefined): StaffRecord | null => (id ? (staffById.get(id) ?? null) : null);

/** The staff member shown for a seeded action: the assignee, or the lead privacy officer. */
function actorOf(id: string | null): Schemas['StaffMember'] {
  const member = staffRecord(id) ?? STAFF[0];
  if (!member) throw new Error('No staff');
  return staffMember(member);
}

/** Who may be assigned a request: anyone who works requests (management does not). */
export const isAssignable = (id: string): boolean => staffRecord(id)?.role === 'privacy_officer' || staffRecord(id)?.role === 'support';

/** Support works the requests assigned to them and picks up unassigned ones; the privacy officer sees all. */
export function canSee(record: DsarRecord, user: StaffRecord): boolean {
  return user.role === 'privacy_officer' || (user.role === 'support' && (record.assigneeId === null || record.assigneeId === user.id));
}

/** Support may change only what is assigned to them; the privacy officer anything. */
export function canWork(record: DsarRecord, user: StaffRecord): boolean {
  return user.role === 'privacy_officer' || (user.role === 'support' && record.assigneeId === user.id);
}

/** The states the user may move the request to now. */
export function allowedTransitions(record: DsarRecord, user: StaffRecord): DsarStatus[] {
  if (!canWork(record, user)) return [];
  // Only a Business-plan request has an employer (the controller) to wait for.
  return TRANSITIONS[record.status].filter((to) => to !== 'awaiting_employer' || record.plan === 'business');
}

export function toSummary(db: MockDb, record: DsarRecord, today: string): Schemas['DsarSummary'] {
  const assignee = staffRecord(record.assigneeId);
  return {
    id: dsarId(record),
    reference: record.reference,
    type: record.type,
    status: record.status,
    channel: record.channel,
    plan: record.plan,
    person: personRef(db.person(record.personIndex)),
    receivedAt: receivedAtOf(record),
    deadline: deadlineOf(record, today, db.area(dsarSettingsArea).internalTargetDays),
    assignee: assignee ? staffMember(assignee) : null,
    version: record.version,
  };
}

export function toDsar(db: MockDb, state: DsarState, record: DsarRecord, user: StaffRecord, today: string): Schemas['Dsar'] {
  const details = detailsOf(state, record);
  return {
    ...toSummary(db, record, today),
    employer: record.employerIndex === null ? null : db.organisation(record.employerIndex),
    description: record.description,
    extension: details.extension,
    identityVerification: details.identityVerification,
    employerRouting: details.employerRouting,
    rejection: record.rejection,
    allowedTransitions: allowedTransitions(record, user),
    closedAt: record.closedMs === null ? null : isoInstant(record.closedMs),
    version: record.version,
  };
}

export function timelineOf(state: DsarState, record: DsarRecord): Schemas['TimelineEntry'][] {
  return detailsOf(state, record).timeline.map((fact, position) => {
    const actor = staffRecord(fact.actorId);
    return {
      id: fact.id ?? uuidFor(NS.timeline, (record.seedIndex ?? 0) * 32 + position),
      kind: fact.kind,
      occurredAt: fact.at,
      actor: actor ? staffMember(actor) : null,
      text: fact.text,
      fromStatus: fact.fromStatus,
      toStatus: fact.toStatus,
    };
  });
}

export function findDsar(state: DsarState, id: string): DsarRecord | null {
  const seedIndex = indexFromUuid(NS.dsar, id);
  if (seedIndex !== null) return state.records[seedIndex]?.seedIndex === seedIndex ? (state.records[seedIndex] ?? null) : null;
  return state.created.get(id) ?? null;
}

/** The details of a request; a seeded request's are generated again from its seed on first use. */
export function detailsOf(state: DsarState, record: DsarRecord): DsarDetails {
  if (!record.details) {
    const full = record.seedIndex === null ? null : seedRecord(state.peopleCount, record.seedIndex, record.receivedMs, record.reference, true);
    record.details = full?.details ?? { extension: null, identityVerification: null, employerRouting: null, timeline: [] };
  }
  return record.details;
}

function referenceFor(year: number, sequence: number): string {
  return `DSAR-${year}-${String(sequence).padStart(5, '0')}`;
}

/** The next reference of the receipt year (`DSAR-2026-00042`). */
export function nextReference(state: DsarState, receivedDay: number): string {
  const [year] = civilFromDay(receivedDay);
  const sequence = (state.lastSequenceByYear.get(year) ?? 0) + 1;
  state.lastSequenceByYear.set(year, sequence);
  return referenceFor(year, sequence);
}

// ---------------------------------------------------------------------------------------------
// Seed

const [ELS, JAN, , SOFIE, LARS, PIETER] = STAFF.map((member) => member.id);
const OFFICERS = [ELS, PIETER].filter((id): id is string => typeof id === 'string');
/** Who handled requests, weighted: the demo's support user has a visible share of the queue. */
const HANDLERS: Array<[string | undefined, number]> = [
  [ELS, 0.22],
  [PIETER, 0.14],
  [JAN, 0.26],
  [SOFIE, 0.22],
  [LARS, 0.16],
];

function pick<T>(random: () => number, weighted: ReadonlyArray<readonly [T, number]>): T {
  const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
  let r = random() * total;
  for (const [value, weight] of weighted) {
    r -= weight;
    if (r < 0) return value;
  }
  const last = weighted[weighted.length - 1];
  if (!last) throw new Error('Nothing to pick from');
  return last[0];
}

function oneOf<T>(random: () => number, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('Nothing to pick from');
  return value;
}

const TYPE_WEIGHTS: ReadonlyArray<readonly [DsarType, number]> = [
  ['access', 0.45],
  ['erasure', 0.22],
  ['rectification', 0.12],
  ['objection', 0.09],
  ['portability', 0.07],
  ['restriction', 0.05],
];
const CHANNEL_WEIGHTS: ReadonlyArray<readonly [DsarChannel, number]> = [
  ['email', 0.4],
  ['profile_link', 0.3],
  ['form', 0.2],
  ['phone', 0.1],
];
const REJECTION_WEIGHTS: ReadonlyArray<readonly [RejectionReason, number]> = [
  ['identity_not_established', 0.38],
  ['no_data_held', 0.22],
  ['manifestly_unfounded', 0.12],
  ['excessive', 0.1],
  ['legal_obligation_to_retain', 0.13],
  ['rights_of_others', 0.05],
];

/** What people write, without any personal data (the person is linked, not described). */
const DESCRIPTIONS: Record<DsarType, readonly string[]> = {
  access: [
    'Ik wil graag weten welke persoonsgegevens Engcode over mij bewaart en met wie die gedeeld worden.',
    'Graag een kopie van alle gegevens die jullie over mij hebben, ook de gegevens die automatisch verzameld worden.',
    'Verwerken jullie mijn gegevens ook in opdracht van mijn werkgever? Ik wil weten wat jullie over mij hebben.',
    'Please send me a copy of all personal data you hold about me and tell me where it came from.',
  ],
  rectification: [
    'Mijn factuuradres klopt niet meer sinds mijn verhuis; graag aanpassen in alle systemen.',
    'Mijn naam is verkeerd gespeld in mijn profiel en op mijn facturen.',
    'Please correct the date of birth in my profile; it was entered wrongly at registration.',
  ],
  erasure: [
    'Ik wil dat mijn profiel en alle gekoppelde gegevens definitief verwijderd worden.',
    'Ik gebruik het platform niet meer. Verwijder mijn account en mijn gegevens.',
    'Please delete my account and everything linked to it, including forum posts.',
  ],
  restriction: [
    'Ik betwist de juistheid van mijn gegevens; beperk het gebruik ervan tot dit is uitgezocht.',
    'Gebruik mijn gegevens voorlopig niet meer voor aanbevelingen tot mijn klacht behandeld is.',
  ],
  portability: [
    'Ik wil mijn gegevens in een machineleesbaar formaat ontvangen om over te stappen naar een andere dienst.',
    'Please export my profile and usage data as a CSV or JSON file.',
  ],
  objection: [
    'Ik maak bezwaar tegen het gebruik van mijn gegevens voor gepersonaliseerde aanbevelingen.',
    'Ik wil niet dat mijn e-mailadres gedeeld wordt met sociale netwerken voor marketing.',
    'I object to profiling for marketing purposes.',
  ],
};

const EVIDENCE_CHECKED = [
  'Verzoek verstuurd vanuit het ingelogde profiel; e-mailadres van het account bevestigd via verificatielink.',
  'Antwoord op de beveiligingsvraag van het account gecontroleerd en laatste factuurnummer bevestigd.',
  'Verificatiecode naar het e-mailadres van het account gestuurd en correct teruggegeven.',
  'Terugbelverzoek naar het telefoonnummer in het profiel; klantnummer en laatste betaling bevestigd.',
];

const EXTENSION_REASONS = [
  'Het verzoek omvat gegevens uit vijf systemen en meer dan vier jaar historiek; een volledige export vraagt meer tijd.',
  'Meerdere samenhangende verzoeken van dezelfde persoon; die behandelen we samen en zorgvuldig.',
  'Complex verzoek: gegevens van de werkgever en van Engcode moeten gescheiden worden voor we kunnen antwoorden.',
  'Het gevraagde archief moet uit de back-ups gehaald worden; dat kan niet binnen de eerste maand.',
];

const EMPLOYER_INSTRUCTIONS = [
  'De werkgever vraagt Engcode het verzoek rechtstreeks te beantwoorden met de gegevens uit het platform.',
  'De werkgever beantwoordt het verzoek zelf; Engcode levert de export aan de werkgever.',
  'De werkgever gaf opdracht het account te verwijderen, met uitzondering van de facturatiegegevens.',
  'De werkgever bevestigde dat de gegevens mogen worden gecorrigeerd zoals gevraagd.',
];

const REJECTION_EXPLANATIONS: Record<RejectionReason, string> = {
  identity_not_established: 'De identiteit kon niet worden vastgesteld: de persoon reageerde niet op de verificatievraag binnen de gestelde termijn.',
  no_data_held: 'Engcode houdt geen gegevens bij over deze persoon, ook niet in opdracht van een werkgever.',
  manifestly_unfounded: 'Het verzoek is kennelijk ongegrond: het betreft gegevens van een andere dienst dan Engcode.',
  excessive: 'Het is het vierde identieke verzoek binnen zes weken; het vorige werd volledig beantwoord.',
  legal_obligation_to_retain: 'Facturatiegegevens moeten wettelijk zeven jaar bewaard worden; de rest van het profiel is verwijderd.',
  rights_of_others: 'De gevraagde berichten bevatten gegevens van andere gebruikers; die kunnen we niet vrijgeven.',
};

const NOTES = [
  'Gegevens verzameld uit CRM, facturatie en de supporttool.',
  'Persoon telefonisch gecontacteerd om het verzoek te verduidelijken.',
  'Export nagekeken door een tweede collega voor verzending.',
  'Wacht op bevestiging van het IT-team dat de back-ups zijn opgeschoond.',
];

const MINUTE_MS = 60_000;
const NOW_MS = Date.parse(REFERENCE_NOW);
const REFERENCE_MINUTE_OF_DAY = 9 * 60 + 30;

/** An instant on `day` in office hours, after `after` (ms), never after the mock world's "now". */
function instantAfter(random: () => number, day: number, after: number): number {
  const latestMinute = day >= TODAY_DAY ? REFERENCE_MINUTE_OF_DAY - 1 : 18 * 60;
  const minute = 8 * 60 + Math.floor(random() * Math.max(1, latestMinute - 8 * 60));
  let at = brusselsWallClockMs(day, minute);
  if (at <= after) at = after + (5 + Math.floor(random() * 90)) * MINUTE_MS;
  return Math.min(at, NOW_MS - MINUTE_MS);
}

const OPEN_EARLY: ReadonlyArray<readonly [DsarStatus, number]> = [
  ['received', 0.12],
  ['identity_verification', 0.38],
  ['in_progress', 0.5],
];
const OPEN_LATE_INDIVIDUAL: ReadonlyArray<readonly [DsarStatus, number]> = [
  ['identity_verification', 0.2],
  ['in_progress', 0.8],
];
const OPEN_LATE_BUSINESS: ReadonlyArray<readonly [DsarStatus, number]> = [
  ['identity_verification', 0.15],
  ['in_progress', 0.55],
  ['awaiting_employer', 0.3],
];

/**
 * Seeded request number `seedIndex`, from its receipt instant and its own PRNG. With `full`
 * false only what lists need is kept (no timeline, no detail objects); the random draws are the
 * same either way, so the details generated later match the list row.
 */
function seedRecord(peopleCount: number, seedIndex: number, receivedMs: number, reference: string, full: boolean): DsarRecord {
  const random = mulberry32(Math.imul(seedIndex + 1, 0x85ebca6b) ^ 0xd5a5);
  const receivedDay = brusselsDayOfMs(receivedMs);
  const age = TODAY_DAY - receivedDay;

  let personIndex = Math.floor(random() * peopleCount);
  let basics = personBasics(personIndex);
  for (let attempt = 0; attempt < 8 && basics.registeredDay > receivedDay; attempt += 1) {
    personIndex = Math.floor(random() * peopleCount);
    basics = personBasics(personIndex);
  }
  const type = pick(random, TYPE_WEIGHTS);
  const channel = pick(random, CHANNEL_WEIGHTS);
  const description = oneOf(random, DESCRIPTIONS[type]);
  const business = basics.plan === 'business';
  const originalDay = dueDayAfterMonths(receivedDay, 1);
  const extendedDay = dueDayAfterMonths(receivedDay, 3);

  // How far the request got: recent ones are mostly open; some from the last months are late or
  // extended; none has been left open for a year (a privacy team would not be that far behind).
  const openProbability = age < 12 ? 0.97 : age < 31 ? 0.8 : age < 95 ? 0.35 : age < 180 ? 0.02 : 0;
  const open = random() < openProbability;
  const handler = pick(random, HANDLERS) ?? null;

  // The path through the workflow, as (state, day) steps after `received`.
  const stepTo: DsarStatus[] = [];
  const stepDay: number[] = [];
  const step = (to: DsarStatus, day: number) => {
    stepTo.push(to);
    stepDay.push(day);
  };
  let rejected: RejectionReason | null = null;
  let extensionDay: number | null = null;
  let closedDay: number | null = null;
  let final: DsarStatus;

  const verifiedDay = Math.min(TODAY_DAY, receivedDay + 1 + Math.floor(random() * 4));
  const askDay = Math.min(TODAY_DAY, receivedDay + Math.floor(random() * 2));
  if (open) {
    if (age < 5) final = random() < 0.6 ? 'received' : 'identity_verification';
    else if (age < 14) final = pick(random, OPEN_EARLY);
    else final = pick(random, business ? OPEN_LATE_BUSINESS : OPEN_LATE_INDIVIDUAL);
    if (final !== 'received') step('identity_verification', askDay);
    if (final === 'in_progress' || final === 'awaiting_employer') step('in_progress', Math.max(askDay, verifiedDay));
    if (final === 'awaiting_employer') step('awaiting_employer', Math.min(TODAY_DAY, Math.max(askDay, verifiedDay) + Math.floor(random() * 4)));
    // Past the first month: most were extended in time, the others are overdue.
    const pastFirstMonth = TODAY_DAY > originalDay;
    if ((pastFirstMonth && random() < 0.7) || (!pastFirstMonth && age >= 14 && random() < 0.1)) {
      extensionDay = Math.min(TODAY_DAY, originalDay, receivedDay + 14 + Math.floor(random() * 14));
    }
  } else if (random() < 0.07) {
    rejected = pick(random, REJECTION_WEIGHTS);
    closedDay = Math.min(TODAY_DAY, receivedDay + 2 + Math.floor(random() * 11));
    final = 'rejected';
    step('identity_verification', Math.min(askDay, closedDay));
    step('rejected', closedDay);
  } else {
    const fate = random();
    if (fate < 0.08) {
      // Extended within the first month, answered within the extension.
      extensionDay = Math.min(originalDay, receivedDay + 14 + Math.floor(random() * 14));
      closedDay = originalDay + 1 + Math.floor(random() * Math.max(1, extendedDay - originalDay - 1));
    } else if (fate < 0.13) {
      // Late: answered after the legal due date.
      closedDay = originalDay + 1 + Math.floor(random() * 25);
    } else {
      closedDay = receivedDay + 3 + Math.floor(random() ** 1.6 * Math.max(1, originalDay - receivedDay - 3));
    }
    closedDay = Math.min(closedDay, TODAY_DAY);
    if (extensionDay !== null) extensionDay = Math.min(extensionDay, closedDay);
    final = 'completed';
    const verified = Math.min(verifiedDay, closedDay);
    step('identity_verification', Math.min(askDay, verified));
    step('in_progress', verified);
    if (business) step('awaiting_employer', Math.min(closedDay, verified + Math.floor(random() * 3)));
    step('completed', closedDay);
  }

  // The timeline, in time order; only kept when the details are wanted.
  const facts: TimelineFact[] = [];
  const fact = (kind: TimelineKind, atMs: number, actorId: string | null, text: string | null, fromStatus: DsarStatus | null = null, toStatus: DsarStatus | null = null) => {
    if (full) facts.push({ id: null, kind, at: isoInstant(atMs), actorId, text, fromStatus, toStatus });
  };
  const self = channel === 'profile_link' || channel === 'form';
  const registeredBy = oneOf(random, [JAN, SOFIE, LARS, ELS]) ?? null;
  let at = Math.min(receivedMs + (2 + Math.floor(random() * 40)) * MINUTE_MS, NOW_MS - 2 * MINUTE_MS);
  fact('created', at, self ? null : registeredBy, null);
  const assignee = final !== 'received' || random() < 0.45 ? handler : null;
  if (assignee) {
    at = Math.min(at + (30 + Math.floor(random() * 600)) * MINUTE_MS, NOW_MS - MINUTE_MS);
    const assigner = random() < 0.5 ? assignee : oneOf(random, OFFICERS);
    fact('assigned', at, assigner, staffRecord(assignee)?.displayName ?? null);
  }
  const evidence = channel === 'phone' ? EVIDENCE_CHECKED[3] : oneOf(random, EVIDENCE_CHECKED.slice(0, 3));
  const extensionReason = oneOf(random, EXTENSION_REASONS);
  const instruction = oneOf(random, EMPLOYER_INSTRUCTIONS);
  const details: DsarDetails = { extension: null, identityVerification: null, employerRouting: null, timeline: facts };
  const rejection: DsarRecord['rejection'] = rejected ? { reason: rejected, explanation: REJECTION_EXPLANATIONS[rejected] } : null;
  let extensionMs: number | null = null;
  const extend = () => {
    if (extensionDay === null || extensionMs !== null) return;
    extensionMs = instantAfter(random, extensionDay, at);
    at = extensionMs;
    if (full) details.extension = { extendedAt: isoInstant(at), extendedBy: actorOf(assignee), reason: extensionReason, personInformedOn: formatDay(extensionDay) };
    fact('extended', at, assignee, extensionReason);
  };
  let from: DsarStatus = 'received';
  let closedMs: number | null = null;
  for (let k = 0; k < stepTo.length; k += 1) {
    const to = stepTo[k] ?? 'received';
    const day = stepDay[k] ?? receivedDay;
    if (extensionDay !== null && day > extensionDay) extend();
    at = instantAfter(random, day, at);
    let text: string | null = null;
    if (full) {
      if (to === 'in_progress' && from === 'identity_verification') {
        details.identityVerification = { verifiedAt: isoInstant(at), verifiedBy: actorOf(assignee), evidenceChecked: evidence ?? '' };
      }
      if (to === 'awaiting_employer') details.employerRouting = { forwardedOn: formatDay(day), instruction: null };
      // The employer's instruction is what let the request be completed.
      if (to === 'completed' && details.employerRouting) {
        details.employerRouting = { ...details.employerRouting, instruction };
        text = instruction;
      }
      if (to === 'rejected' && rejection) text = rejection.explanation;
    }
    fact('status_changed', at, assignee ?? ELS ?? null, text, from, to);
    if (to === 'completed' || to === 'rejected') closedMs = at;
    from = to;
    if (to === 'in_progress' && random() < 0.3) {
      at = Math.min(at + (60 + Math.floor(random() * 1440)) * MINUTE_MS, NOW_MS - MINUTE_MS);
      const note = oneOf(random, NOTES);
      fact('note', at, assignee, note);
    }
  }
  extend();

  return {
    id: null,
    seedIndex,
    reference,
    type,
    status: final,
    channel,
    plan: basics.plan,
    personIndex,
    accountReference: accountReferenceFor(personIndex),
    employerIndex: basics.employerIndex,
    receivedMs,
    receivedDay,
    originalDueDay: originalDay,
    extendedDueDay: extendedDay,
    extensionDay: extensionMs === null ? null : brusselsDayOfMs(extensionMs),
    assigneeId: assignee,
    description,
    rejection,
    closedMs,
    closedDay: closedMs === null ? null : brusselsDayOfMs(closedMs),
    version: 1,
    details: full ? details : null,
  };
}

const SEED_YEARS = 3;

/** Yields between requests: the browser seeds them a slice at a time (MockDb.ready). */
function* seedDsars(db: MockDb): Steps<DsarState> {
  const state: DsarState = { peopleCount: db.peopleCount, records: [], created: new Map(), countByPerson: new Map(), lastSequenceByYear: new Map() };
  const count = db.size('dsars');
  if (count === 0 || db.peopleCount === 0) return state;
  const random = mulberry32(0xd5a2_0001);
  const firstDay = TODAY_DAY - Math.round(SEED_YEARS * 365.25);
  const span = TODAY_DAY - firstDay + 1;
  const receipts = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    // Requests grow over the years (more users, more awareness): density rises towards today.
    const day = firstDay + Math.floor(random() ** 0.6 * span);
    // Any hour: email and the profile link work at night too. None after "now" on today.
    const latest = day >= TODAY_DAY ? REFERENCE_MINUTE_OF_DAY - 5 : 24 * 60 - 1;
    const minute = random() < 0.8 ? 7 * 60 + Math.floor(random() * Math.min(15 * 60, latest - 7 * 60)) : Math.floor(random() * latest);
    receipts[i] = brusselsWallClockMs(day, minute);
    yield;
  }
  receipts.sort();
  for (let seedIndex = 0; seedIndex < count; seedIndex += 1) {
    const receivedMs = receipts[seedIndex] ?? 0;
    const [year] = civilFromDay(brusselsDayOfMs(receivedMs));
    const sequence = (state.lastSequenceByYear.get(year) ?? 0) + 1;
    state.lastSequenceByYear.set(year, sequence);
    const record = seedRecord(state.peopleCount, seedIndex, receivedMs, referenceFor(year, sequence), false);
    state.records.push(record);
    state.countByPerson.set(record.personIndex, (state.countByPerson.get(record.personIndex) ?? 0) + 1);
    yield;
  }
  return state;
}

export const dsarArea: AreaDefinition<DsarState> = {
  name: 'dsars',
  build: seedDsars,
};

// ---------------------------------------------------------------------------------------------
// Statistics

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const MAX_MONTHS = 120;

/**
 * Aggregates for a period, never a single request:
 * - received, byType, byStatus (their status now): requests received in the period;
 * - closed, answeredInTime (closed on or before the due date in force), median days to answer
 *   (calendar days from receipt to closing; a rejection is an answer too), rejected: requests
 *   closed in the period; extended: extensions granted in the period;
 * - open and bandCounts: requests open at the end of the period (today, if it ends later),
 *   whenever received, with the band they had that day;
 * - byMonth: per calendar month of the period, clipped to it.
 */
export function dsarStatistics(db: MockDb, from: string, to: string): Schemas['DsarStatistics'] {
  const fromDay = parseDay(from);
  const toDay = parseDay(to);
  if (fromDay > toDay) {
    throw new HttpProblem(400, 'Invalid query parameter: from. from must be on or before to.', {
      errors: [{ pointer: '/query/from', code: 'out_of_range', detail: 'from must be on or before to' }],
    });
  }
  const monthNumber = (day: number) => {
    const [year, month] = civilFromDay(day);
    return year * 12 + month - 1;
  };
  const firstMonth = monthNumber(fromDay);
  const monthCount = monthNumber(toDay) - firstMonth + 1;
  if (monthCount > MAX_MONTHS) {
    throw new HttpProblem(400, `Invalid query parameter: from. A period spans at most ${MAX_MONTHS} months.`, {
      errors: [{ pointer: '/query/from', code: 'out_of_range', detail: `at most ${MAX_MONTHS} months` }],
    });
  }
  const byMonth = Array.from({ length: monthCount }, (_, index) => {
    const number = firstMonth + index;
    const month = `${String(Math.floor(number / 12)).padStart(4, '0')}-${String((number % 12) + 1).padStart(2, '0')}`;
    return { month, received: 0, closed: 0, answeredInTime: 0 };
  });
  const asOfDay = Math.min(toDay, TODAY_DAY);
  const byType = new Map<DsarType, number>(DSAR_TYPES.map((type) => [type, 0]));
  const byStatus = new Map<DsarStatus, number>(DSAR_STATUSES.map((status) => [status, 0]));
  const bandCounts = { overdue: 0, due_soon: 0, on_track: 0 };
  let received = 0;
  let closed = 0;
  let answeredInTime = 0;
  let extended = 0;
  let rejected = 0;
  let open = 0;
  const daysToAnswer: number[] = [];

  for (const record of db.area(dsarArea).records) {
    if (record.receivedDay >= fromDay && record.receivedDay <= toDay) {
      received += 1;
      byType.set(record.type, (byType.get(record.type) ?? 0) + 1);
      byStatus.set(record.status, (byStatus.get(record.status) ?? 0) + 1);
      const month = byMonth[monthNumber(record.receivedDay) - firstMonth];
      if (month) month.received += 1;
    }
    const extensionDay = record.extensionDay;
    if (extensionDay !== null && extensionDay >= fromDay && extensionDay <= toDay) extended += 1;
    if (record.closedDay !== null && record.closedDay >= fromDay && record.closedDay <= toDay) {
      closed += 1;
      const inTime = record.closedDay <= dueDayOf(record);
      if (inTime) answeredInTime += 1;
      if (record.status === 'rejected') rejected += 1;
      daysToAnswer.push(record.closedDay - record.receivedDay);
      const month = byMonth[monthNumber(record.closedDay) - firstMonth];
      if (month) {
        month.closed += 1;
        if (inTime) month.answeredInTime += 1;
      }
    }
    const openAtEnd = record.receivedDay <= asOfDay && (record.closedDay === null || record.closedDay > asOfDay);
    if (openAtEnd) {
      open += 1;
      const dueThen = extensionDay !== null && extensionDay <= asOfDay ? record.extendedDueDay : record.originalDueDay;
      const band = deadlineBand(dueThen - asOfDay, false);
      if (band) bandCounts[band] += 1;
    }
  }

  const share = closed > 0 ? Math.round((answeredInTime / closed) * 10_000) / 10_000 : null;
  return {
    from,
    to,
    received,
    open,
    closed,
    answeredInTime,
    answeredInTimeShare: share,
    medianDaysToAnswer: median(daysToAnswer),
    extended,
    rejected,
    bandCounts,
    byType: DSAR_TYPES.map((key) => ({ key, count: byType.get(key) ?? 0 })),
    byStatus: DSAR_STATUSES.map((key) => ({ key, count: byStatus.get(key) ?? 0 })),
    byMonth,
  };
}
