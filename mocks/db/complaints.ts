import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { addDays, toDayNumber } from '../lib/dates';
import { addMonthsClamped, brusselsWallClockMs, daysLeft, deadlineBand, dueDayAfterMonths, formatDay, isoInstant, parseDay } from '../lib/deadlines';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import type { Steps } from '../lib/slices';
import { STAFF, personRef, staffMember, type StaffRecord } from './core';
import { dsarArea, dsarId, findDsar, type DsarRecord } from './dsars';
import type { AreaDefinition, MockDb } from './index';
import { personBasics } from './people';

type Schemas = components['schemas'];

/** An instant at a Brussels wall-clock time (Intl-free, for seeding). */
function at(date: string, hour: number, minute = 0): string {
  return isoInstant(brusselsWallClockMs(toDayNumber(date), hour * 60 + minute));
}

export type ComplaintCategory = Schemas['ComplaintCategory'];
export type ComplaintChannel = Schemas['ComplaintChannel'];
export type ComplaintStatus = Schemas['ComplaintStatus'];
type TimelineEntry = Schemas['TimelineEntry'];

export interface ComplaintRecord {
  /** Position in the seed (chronological), or null for a complaint registered through the API. */
  seedIndex: number | null;
  id: string;
  reference: string;
  personIndex: number;
  channel: ComplaintChannel;
  category: ComplaintCategory;
  status: ComplaintStatus;
  receivedOn: string;
  responseDueOn: string;
  assigneeId: string | null;
  summary: string;
  resolution: string | null;
  escalation: Schemas['Escalation'] | null;
  linkedDsarIds: string[];
  /** When it was (last) resolved and closed; internal, for statistics. */
  resolvedOn: string | null;
  closedOn: string | null;
  version: number;
  /** Built on first read (seeded history), then appended to. */
  timeline: TimelineEntry[] | null;
}

export interface ComplaintsState {
  complaints: ComplaintRecord[];
  byId: Map<string, ComplaintRecord>;
  counters: Map<string, number>;
}

export const CLOSED_STATUSES: ReadonlySet<ComplaintStatus> = new Set(['resolved', 'closed']);

/**
 * The response deadline of a complaint, counted like a DSAR's (GDPR Art. 12(3), EU Regulation
 * 1182/71): one month from the receipt day, rolled past weekends and Belgian public holidays.
 */
export function complaintDueOn(receivedOn: string): string {
  return formatDay(dueDayAfterMonths(parseDay(receivedOn), 1));
}

export function complaintBand(record: Pick<ComplaintRecord, 'responseDueOn' | 'status'>, today: string): Schemas['DeadlineBand'] | null {
  return deadlineBand(daysLeft(record.responseDueOn, today), CLOSED_STATUSES.has(record.status));
}

const CATEGORY_WEIGHTS: ReadonlyArray<[ComplaintCategory, number]> = [
  ['marketing', 30],
  ['deletion', 18],
  ['access', 14],
  ['third_party_sharing', 12],
  ['cookies', 10],
  ['security', 6],
  ['other', 10],
];

const SUMMARIES: Record<ComplaintCategory, readonly string[]> = {
  marketing: [
    'Ontvangt nog steeds nieuwsbrieven, hoewel ik mij twee weken geleden heb afgemeld via de link onderaan de mail.',
    'Ik kreeg een promotiemail over het Businessplan terwijl ik nooit toestemming gaf voor marketing.',
    'Word gebeld door Engcode over een upgrade; ik wil niet meer telefonisch benaderd worden.',
    'De afmeldlink in de productupdate werkt niet: ik krijg een foutmelding.',
    'Ik wil geen enkele marketingcommunicatie meer ontvangen, ook niet per post.',
  ],
  deletion: [
    'Ik heb gevraagd mijn profiel volledig te verwijderen, maar ik kan nog steeds inloggen.',
    'Na het verwijderen van mijn account kreeg ik toch nog een e-mail van Engcode. Zijn mijn gegevens echt gewist?',
    'Ik wil dat al mijn forumberichten samen met mijn account worden verwijderd.',
    'Mijn verwijderverzoek van vorige maand is nog niet bevestigd.',
  ],
  access: [
    'Welke persoonsgegevens bewaart Engcode over mij, en houdt u gegevens bij namens mijn werkgever?',
    'Ik vroeg een kopie van mijn gegevens maar kreeg alleen mijn profiel, niet mijn gebruiksgegevens.',
    'Ik wil weten van welke derden Engcode informatie over mij ontving.',
    'Mijn adres in mijn profiel klopt niet en ik kan het zelf niet aanpassen.',
  ],
  third_party_sharing: [
    'Ik zie advertenties van Engcode op Facebook. Hebt u mijn e-mailadres gedeeld zonder mijn toestemming?',
    'Mijn werkgever weet precies hoe vaak ik het platform gebruik. Mag Engcode dat zomaar delen?',
    'Ik wil niet dat mijn e-mailadres met LinkedIn of Twitter wordt gedeeld.',
    'Verkoopt Engcode mijn gegevens aan adverteerders?',
  ],
  cookies: [
    'De cookiebanner laat mij niet toe om alle cookies behalve de noodzakelijke te weigeren.',
    'Na het weigeren van cookies zie ik toch gerichte advertenties over Engcode.',
    'Hoe lang blijven jullie cookies op mijn toestel staan?',
  ],
  security: [
    'Ik ontving een verdachte e-mail die van Engcode lijkt te komen en naar mijn wachtwoord vraagt.',
    'Iemand heeft ingelogd op mijn account vanuit een ander land.',
    'Is de betaalpagina wel beveiligd? Mijn browser gaf een waarschuwing.',
  ],
  other: [
    'Ik heb een vraag over het privacybeleid: wat betekent "ongestructureerde machine learning"?',
    'Waarom vraagt Engcode mijn geboortedatum bij de registratie?',
    'Ik wil weten wie bij Engcode verantwoordelijk is voor de bescherming van mijn gegevens.',
  ],
};

const RESOLUTIONS: Record<ComplaintCategory, readonly string[]> = {
  marketing: [
    'Afmelding voor alle marketingkanalen verwerkt en bevestigd; de vertraging kwam door een fout in de synchronisatie met de maildienst, die intussen is opgelost.',
    'Toestemming voor marketing ingetrokken in het voorkeurendashboard; de betrokkene ontvangt enkel nog transactionele e-mails.',
  ],
  deletion: [
    'Profiel en alle gekoppelde persoonsgegevens permanent verwijderd; bevestiging per e-mail gestuurd.',
    'Verwijdering was al uitgevoerd; de laatste e-mail was vóór de verwijdering ingepland. Uitleg gegeven.',
  ],
  access: [
    'Volledig overzicht van de persoonsgegevens bezorgd, inclusief gebruiksgegevens en de bronnen waarvan gegevens werden ontvangen.',
    'Uitgelegd dat Engcode de gegevens verwerkt namens de werkgever (Businessplan) en het verzoek met de werkgever afgestemd.',
  ],
  third_party_sharing: [
    'Uitgelegd dat het e-mailadres enkel met toestemming met sociale platformen wordt gedeeld; toestemming ingetrokken en het adres uit de doelgroepen verwijderd.',
    'Bevestigd dat Engcode geen persoonsgegevens verkoopt en uitgelegd welke gebruiksinformatie de werkgever ontvangt.',
  ],
  cookies: [
    'Cookievoorkeuren hersteld en uitgelegd dat niet-essentiële cookies na twee jaar vervallen.',
    'Fout in de cookiebanner bevestigd en doorgegeven aan Engineering; de betrokkene werd op de hoogte gehouden.',
  ],
  security: [
    'Phishingmail bevestigd als niet afkomstig van Engcode; waarschuwing verspreid en wachtwoordreset aangeboden.',
    'Sessies beëindigd, wachtwoord gereset en tweestapsverificatie aangeraden; geen verdere toegang vastgesteld.',
  ],
  other: ['Vraag beantwoord met verwijzing naar het privacybeleid.', 'Uitleg gegeven over het doel van het gegevensveld; het veld wordt optioneel gemaakt.'],
};

const NOTES: readonly string[] = [
  'Klantgegevens nagekeken in het platform; geen eerdere verzoeken van deze persoon.',
  'Afgestemd met Marketing; de lijst wordt vandaag gecorrigeerd.',
  'Verzoek doorgegeven aan Engineering voor controle in de logbestanden.',
  'Mogelijk verband met een interne overtreding: doorgegeven aan de privacy officer.',
  'Controle in de toestemmingsregistratie gedaan; historiek klopt met wat de persoon zegt.',
];

const FIRST_REPLY = 'Bedankt voor uw bericht. We onderzoeken uw vraag en laten u zo snel mogelijk iets weten, uiterlijk binnen een maand.';
const WAITING_REPLY = 'Om uw vraag verder te behandelen hebben we nog wat informatie nodig. Kunt u ons laten weten via welk e-mailadres u de berichten ontvangt?';

function pickWeighted<T>(entries: ReadonlyArray<[T, number]>, roll: number): T {
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let left = roll * total;
  for (const [value, weight] of entries) {
    left -= weight;
    if (left < 0) return value;
  }
  return (entries[entries.length - 1] as [T, number])[0];
}

/** Staff who work complaints (support and privacy officers), weighted; Jan De Vries takes the most. */
const ASSIGNEE_WEIGHTS: ReadonlyArray<[StaffRecord, number]> = STAFF.filter((member) => member.role !== 'management').map((member) => [
  member,
  member.username === 'jan.devries' ? 35 : member.username === 'sofie.maes' ? 25 : member.username === 'lars.janssens' ? 20 : member.username === 'els.peeters' ? 12 : 8,
]);

export const HISTORY_YEARS = 3;

/** Yields between complaints: the browser seeds them a slice at a time (MockDb.ready). */
function* seedComplaints(count: number, peopleCount: number, today: string): Steps<ComplaintsState> {
  // Day numbers and a due-date cache, not date strings: the `large` world seeds 6,000 of these.
  const random = mulberry32(600_600);
  const todayDay = parseDay(today);
  const startDay = parseDay(addMonthsClamped(today, -12 * HISTORY_YEARS)) + 1;
  const span = todayDay - startDay;
  const dueByDay = new Map<number, string>();
  // Chronological order, so references count up within a year.
  const days = Array.from({ length: count }, () => Math.floor(random() ** 0.85 * (span + 1))).sort((a, b) => a - b);
  const counters = new Map<string, number>();
  const complaints: ComplaintRecord[] = [];
  for (const [seedIndex, offset] of days.entries()) {
    const receivedDay = startDay + offset;
    const receivedOn = formatDay(receivedDay);
    let responseDueOn = dueByDay.get(receivedDay);
    if (responseDueOn === undefined) {
      responseDueOn = formatDay(dueDayAfterMonths(receivedDay, 1));
      dueByDay.set(receivedDay, responseDueOn);
    }
    const year = receivedOn.slice(0, 4);
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    // Someone registered before the complaint arrived.
    let personIndex = Math.floor(random() * peopleCount);
    for (let attempt = 0; attempt < 20 && personBasics(personIndex).registeredDay > receivedDay; attempt += 1) personIndex = Math.floor(random() * peopleCount);
    const category = pickWeighted(CATEGORY_WEIGHTS, random());
    const channelRoll = random();
    const channel: ComplaintChannel = channelRoll < 0.62 ? 'email' : channelRoll < 0.85 ? 'form' : 'phone';
    const age = todayDay - receivedDay;
    const summaries = SUMMARIES[category];
    const summary = summaries[Math.floor(random() * summaries.length)] ?? summaries[0] ?? '';
    let status: ComplaintStatus;
    let resolvedOn: string | null = null;
    let closedOn: string | null = null;
    const statusRoll = random();
    const late = random() < 0.06;
    const handlingDays = late ? 31 + Math.floor(random() * 20) : 2 + Math.floor(random() * 26);
    if (age > 40 && statusRoll < 0.97) {
      const resolvedDay = receivedDay + Math.min(handlingDays, age);
      resolvedOn = formatDay(resolvedDay);
      closedOn = formatDay(resolvedDay + 14);
      status = closedOn <= today && statusRoll < 0.67 ? 'closed' : 'resolved';
      if (status === 'resolved') closedOn = null;
    } else if (age > 40) {
      status = statusRoll < 0.985 ? 'in_progress' : 'waiting_for_person';
    } else if (age <= 3) {
      status = statusRoll < 0.6 ? 'new' : 'in_progress';
    } else if (statusRoll < 0.05) {
      status = 'new';
    } else if (statusRoll < 0.45) {
      status = 'in_progress';
    } else if (statusRoll < 0.65) {
      status = 'waiting_for_person';
    } else {
      resolvedOn = formatDay(receivedDay + Math.min(age, 2 + Math.floor(random() * 20)));
      status = 'resolved';
    }
    const assignee = status === 'new' && random() < 0.7 ? null : pickWeighted(ASSIGNEE_WEIGHTS, random());
    let escalation: Schemas['Escalation'] | null = null;
    if (age > 20 && random() < 0.04) {
      const escalatedDay = receivedDay + Math.min(age, 15 + Math.floor(random() * 75));
      const escalatedOn = formatDay(escalatedDay);
      const authority = personBasics(personIndex).country === 'BE' ? 'gba' : 'ap';
      const caseClosedOn = formatDay(escalatedDay + 60 + Math.floor(random() * 240));
      escalation = {
        authority,
        authorityReference: authority === 'gba' ? `DOS-${escalatedOn.slice(0, 4)}-${String(Math.floor(random() * 9000) + 1000).padStart(5, '0')}` : `z${escalatedOn.slice(0, 4)}-${String(Math.floor(random() * 90000) + 10000).padStart(6, '0')}`,
        escalatedOn,
        closedOn: caseClosedOn <= today ? caseClosedOn : null,
      };
    }
    const resolutions = RESOLUTIONS[category];
    complaints.push({
      seedIndex,
      id: uuidFor(NS.complaint, seedIndex),
      reference: `CMP-${year}-${String(number).padStart(5, '0')}`,
      personIndex,
      channel,
      category,
      status,
      receivedOn,
      responseDueOn,
      assigneeId: assignee?.id ?? null,
      summary,
      resolution: resolvedOn ? (resolutions[Math.floor(random() * resolutions.length)] ?? null) : null,
      escalation,
      linkedDsarIds: [],
      resolvedOn,
      closedOn,
      version: 1,
      timeline: null,
    });
    yield;
  }
  return { complaints, byId: new Map(complaints.map((record) => [record.id, record])), counters };
}

export const complaintsArea: AreaDefinition<ComplaintsState> = {
  name: 'complaints',
  needs: [dsarArea],
  *build(db) {
    const state = yield* seedComplaints(db.size('complaints'), db.peopleCount, clock.today());
    if (state.complaints.length > 0) linkRequests(state.complaints, db.area(dsarArea).records);
    return state;
  },
};

export function nextComplaintReference(state: ComplaintsState, receivedOn: string): string {
  const year = receivedOn.slice(0, 4);
  const number = (state.counters.get(year) ?? 0) + 1;
  state.counters.set(year, number);
  return `CMP-${year}-${String(number).padStart(5, '0')}`;
}

function staffById(id: string | null): StaffRecord | null {
  return id === null ? null : (STAFF.find((member) => member.id === id) ?? null);
}

/** The seeded history of a complaint, oldest first, derived from its fields. */
function seededTimeline(record: ComplaintRecord): TimelineEntry[] {
  const n = record.seedIndex ?? 0;
  const random = mulberry32(n * 131 + 7);
  const assignee = staffById(record.assigneeId);
  const registrar = assignee ?? STAFF[1]!;
  const entries: TimelineEntry[] = [];
  const add = (day: string, hour: number, entry: Omit<TimelineEntry, 'id' | 'occurredAt'>) => {
    entries.push({ id: uuidFor(NS.complaintTimeline, n * 16 + entries.length), occurredAt: at(day, hour, Math.floor(random() * 60)), ...entry });
  };
  const today = clock.today();
  const clamp = (day: string) => (day > today ? today : day);
  const start = record.receivedOn;
  add(start, 9, { kind: 'created', actor: staffMember(registrar), text: null, fromStatus: null, toStatus: 'new' });
  if (assignee) add(start, 10, { kind: 'assigned', actor: staffMember(registrar), text: assignee.displayName, fromStatus: null, toStatus: null });
  if (record.status === 'new') return entries;
  const worked = clamp(addDays(start, 1));
  add(worked, 11, { kind: 'status_changed', actor: staffMember(registrar), text: null, fromStatus: 'new', toStatus: 'in_progress' });
  add(worked, 12, { kind: 'reply', actor: staffMember(registrar), text: FIRST_REPLY, fromStatus: null, toStatus: null });
  add(clamp(addDays(start, 2)), 14, { kind: 'note', actor: staffMember(registrar), text: NOTES[Math.floor(random() * NOTES.length)] ?? null, fromStatus: null, toStatus: null });
  if (record.status === 'waiting_for_person') {
    add(clamp(addDays(start, 3)), 10, { kind: 'reply', actor: staffMember(registrar), text: WAITING_REPLY, fromStatus: null, toStatus: null });
    add(clamp(addDays(start, 3)), 10, { kind: 'status_changed', actor: staffMember(registrar), text: null, fromStatus: 'in_progress', toStatus: 'waiting_for_person' });
  }
  if (record.escalation) {
    const name = record.escalation.authority === 'gba' ? 'Gegevensbeschermingsautoriteit' : 'Autoriteit Persoonsgegevens';
    add(record.escalation.escalatedOn, 15, { kind: 'escalated', actor: staffMember(STAFF[0]!), text: `Klacht ingediend bij de ${name} (${record.escalation.authorityReference}).`, fromStatus: null, toStatus: null });
  }
  if (record.resolvedOn) {
    add(record.resolvedOn, 15, { kind: 'reply', actor: staffMember(registrar), text: record.resolution, fromStatus: null, toStatus: null });
    add(record.resolvedOn, 16, { kind: 'status_changed', actor: staffMember(registrar), text: record.resolution, fromStatus: 'in_progress', toStatus: 'resolved' });
  }
  if (record.closedOn) add(record.closedOn, 9, { kind: 'status_changed', actor: null, text: null, fromStatus: 'resolved', toStatus: 'closed' });
  return entries.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0));
}

export function timelineOf(record: ComplaintRecord): TimelineEntry[] {
  record.timeline ??= record.seedIndex === null ? [] : seededTimeline(record);
  return record.timeline;
}

export function complaintSummaryResponse(db: MockDb, record: ComplaintRecord, today: string): Schemas['ComplaintSummary'] {
  const assignee = staffById(record.assigneeId);
  return {
    id: record.id,
    reference: record.reference,
    person: personRef(db.person(record.personIndex)),
    channel: record.channel,
    category: record.category,
    status: record.status,
    receivedOn: record.receivedOn,
    responseDueOn: record.responseDueOn,
    band: complaintBand(record, today),
    assignee: assignee ? staffMember(assignee) : null,
    escalated: record.escalation !== null,
    escalation: record.escalation ? { ...record.escalation } : null,
  };
}

export function complaintResponse(db: MockDb, record: ComplaintRecord, today: string, linkedViolationIds: string[]): Schemas['Complaint'] {
  return {
    ...complaintSummaryResponse(db, record, today),
    summary: record.summary,
    resolution: record.resolution,
    linkedDsarIds: [...record.linkedDsarIds],
    linkedViolationIds,
    version: record.version,
  };
}

/** Which status changes a complaint allows; closed is final. */
export const COMPLAINT_TRANSITIONS: Record<ComplaintStatus, readonly ComplaintStatus[]> = {
  new: ['in_progress', 'waiting_for_person', 'resolved'],
  in_progress: ['waiting_for_person', 'resolved'],
  waiting_for_person: ['in_progress', 'resolved'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

const within = (day: string | null, from: string, to: string): boolean => day !== null && day >= from && day <= to;

/**
 * For the overview and the compliance report, over Brussels calendar days `from`..`to` inclusive:
 * received, resolved and escalated in the period; `open`: received by `to` and not resolved by
 * then (a complaint reopened after `to` counts by its current resolution date); `escalatedOpen`:
 * escalated by `to` and the authority's case not closed by then.
 */
export function complaintStatistics(db: MockDb, from: string, to: string): { received: number; resolved: number; escalated: number; open: number; escalatedOpen: number } {
  const { complaints } = db.area(complaintsArea);
  let received = 0;
  let resolved = 0;
  let escalated = 0;
  let open = 0;
  let escalatedOpen = 0;
  for (const record of complaints) {
    if (within(record.receivedOn, from, to)) received += 1;
    if (within(record.resolvedOn, from, to)) resolved += 1;
    if (record.escalation && within(record.escalation.escalatedOn, from, to)) escalated += 1;
    if (record.receivedOn <= to && (record.resolvedOn === null || record.resolvedOn > to)) open += 1;
    if (record.escalation && record.escalation.escalatedOn <= to && (record.escalation.closedOn === null || record.escalation.closedOn > to)) escalatedOpen += 1;
  }
  return { received, resolved, escalated, open, escalatedOpen };
}

/** Whether a data subject request with this id exists (for links from a complaint). */
export function dsarExists(db: MockDb, id: string): boolean {
  return findDsar(db.area(dsarArea), id) !== null;
}

/**
 * Links about a third of the access and deletion complaints to the request they are about: a
 * request of the matching type received up to 45 days before the complaint. The complaint then
 * comes from that request's person.
 */
function linkRequests(complaints: readonly ComplaintRecord[], requests: readonly DsarRecord[]): void {
  const random = mulberry32(4_545);
  const byDay = requests.filter((request) => request.seedIndex !== null).sort((a, b) => a.receivedDay - b.receivedDay);
  const used = new Set<DsarRecord>();
  for (const complaint of complaints) {
    const type = complaint.category === 'access' ? 'access' : complaint.category === 'deletion' ? 'erasure' : null;
    if (type === null || random() >= 0.3) continue;
    const day = parseDay(complaint.receivedOn);
    // First request received on or after day - 45 (binary search), then the first that fits.
    let low = 0;
    let high = byDay.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((byDay[middle]?.receivedDay ?? 0) < day - 45) low = middle + 1;
      else high = middle;
    }
    for (let position = low; position < byDay.length; position += 1) {
      const request = byDay[position];
      if (!request || request.receivedDay > day) break;
      if (request.type !== type || used.has(request)) continue;
      used.add(request);
      complaint.linkedDsarIds = [dsarId(request)];
      complaint.personIndex = request.personIndex;
      break;
    }
  }
}
