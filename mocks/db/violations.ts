import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { addDays, daysBetween, toDayNumber } from '../lib/dates';
import { brusselsWallClockMs, isoInstant } from '../lib/deadlines';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import { quarterOf } from '../lib/periods';
import { complaintsArea, type ComplaintCategory } from './complaints';
import { checkIdFor } from './compliance';
import type { AreaDefinition, MockDb } from './index';
import { quartersBetween } from './recipients';

type Schemas = components['schemas'];

/** An instant at a Brussels wall-clock time (Intl-free, for seeding). */
function at(date: string, hour: number, minute = 0): string {
  return isoInstant(brusselsWallClockMs(toDayNumber(date), hour * 60 + minute));
}

export type Violation = Schemas['Violation'];
type Severity = Schemas['Severity'];
type Measure = Schemas['DisciplinaryMeasure'];

export interface ViolationRecord extends Violation {
  /** The day the record was closed (internal: statistics). */
  closedOn: string | null;
}

export interface ViolationsState {
  violations: ViolationRecord[];
  counters: Map<string, number>;
}

/** Closed records are kept this many years, then purged. */
export const RETENTION_YEARS = 5;

export const DEPARTMENTS = ['Support', 'Engineering', 'Marketing', 'Sales', 'Finance', 'HR'] as const;
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high', 'critical'];
export const MEASURES: readonly Measure[] = ['none', 'verbal_warning', 'written_warning', 'suspension', 'termination'];
/** The key byMeasure uses for records whose measure is not decided yet. */
export const UNDECIDED = 'undecided';

/** `2026-02-29` + 5 years -> `2031-02-28`. */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

interface Conduct {
  text: string;
  departments: ReadonlyArray<(typeof DEPARTMENTS)[number]>;
}

interface Section {
  section: string;
  /** Quoted verbatim from the policy (v1.0.0). */
  quote: string;
  weight: number;
  conduct: readonly Conduct[];
  complaintCategories: readonly ComplaintCategory[];
  checkKey: string | null;
}

/** Sections of the policy an employee can act against, with what typically went wrong. */
export const SECTIONS: readonly Section[] = [
  {
    section: 'Hoe we de verzamelde informatie gebruiken',
    quote:
      'Op het moment dat we uw informatie hebben verzameld zullen we uw informatie alleen voor dit doel gebruiken als u uw toestemming hebt gegeven om marketingmateriaal van ons te ontvangen, waar wettelijk vereist, of anderszins in onze legitieme belangen, op voorwaarde dat deze belangen uw recht om bezwaar te maken tegen dergelijke communicatie niet in de weg staat.',
    weight: 22,
    conduct: [
      { text: 'Een promotiecampagne verstuurd naar een gekochte lijst en naar contacten zonder toestemming voor marketing.', departments: ['Marketing'] },
      { text: 'Deelnemers van een evenement zonder hun toestemming toegevoegd aan de nieuwsbrief.', departments: ['Marketing', 'Sales'] },
      { text: 'Klanten telefonisch benaderd voor een upsell terwijl zij bezwaar hadden gemaakt tegen marketing per telefoon.', departments: ['Sales'] },
    ],
    complaintCategories: ['marketing'],
    checkKey: 'marketing_with_consent',
  },
  {
    section: 'Beheer van uw informatie',
    quote:
      "Als u geen communicatie meer van ons wilt ontvangen, kunt u uw e-mailvoorkeuren bijwerken door de link 'Afmelden' te gebruiken in de e-mails die we u sturen of op het Dashboard voor communicatievoorkeuren in uw ledenprofiel op onze Site of door contact met ons op te nemen via info@engcode.be.",
    weight: 12,
    conduct: [
      { text: 'Een telefonisch afmeldverzoek niet geregistreerd; de persoon bleef nieuwsbrieven ontvangen.', departments: ['Support'] },
      { text: 'Het afmeldfilter handmatig uitgeschakeld om een campagne sneller te kunnen versturen.', departments: ['Marketing'] },
    ],
    complaintCategories: ['marketing'],
    checkKey: 'unsubscribe_link',
  },
  {
    section: 'Met wie we uw informatie delen',
    quote:
      'Wanneer we een ander bedrijf in dienst nemen om een dergelijke functie te vervullen, verstrekken we hen alleen de informatie die ze nodig hebben om hun specifieke functie uit te voeren.',
    weight: 14,
    conduct: [
      { text: 'De volledige klantenlijst, inclusief telefoonnummers en adressen, naar een evenementenbureau gestuurd terwijl alleen namen nodig waren.', departments: ['Sales', 'Marketing'] },
      { text: 'Een export met betaalgegevens naar een externe boekhouder gestuurd zonder verwerkersovereenkomst.', departments: ['Finance'] },
      { text: 'E-mailadressen van gebruikers gedeeld met een partner voor een gezamenlijk webinar.', departments: ['Sales'] },
    ],
    complaintCategories: ['third_party_sharing'],
    checkKey: 'processor_agreements',
  },
  {
    section: 'Hoe we uw informatie beschermen',
    quote:
      'We slaan uw persoonlijke gegevens alleen op servers met beperkte toegang die zich in gecontroleerde faciliteiten bevinden, en gebruiken een verscheidenheid aan technologieën en procedures die bedoeld zijn om uw persoonlijke informatie te beschermen tegen verlies, misbruik, ongeautoriseerde toegang, openbaarmaking, wijziging en vernietiging.',
    weight: 32,
    conduct: [
      { text: 'Een export van de productiedatabase met persoonsgegevens op een persoonlijke laptop bewaard.', departments: ['Engineering'] },
      { text: 'Het wachtwoord van een beheeraccount gedeeld via een chatkanaal.', departments: ['Engineering', 'Support'] },
      { text: 'Een klantprofiel ingekeken zonder dat er een dossier of verzoek was.', departments: ['Support', 'Sales'] },
      { text: 'Facturen met adresgegevens naar het verkeerde e-mailadres gestuurd.', departments: ['Finance'] },
      { text: 'Een afgedrukte klantenlijst onbeheerd achtergelaten in een vergaderzaal.', departments: ['HR', 'Sales'] },
      { text: 'Klantgegevens opgezocht om een sollicitant te screenen.', departments: ['HR'] },
    ],
    complaintCategories: ['security', 'access'],
    checkKey: 'servers_access_restricted',
  },
  {
    section: 'Uw toegang tot uw informatie en hoe lang we deze bewaren',
    quote: 'Het aanvragen van verwijdering van uw account betekent dat uw persoonlijke gegevens permanent worden verwijderd en niet kunnen worden opgehaald op een later tijdstip.',
    weight: 12,
    conduct: [
      { text: 'Een verwijderverzoek als afgehandeld gemarkeerd zonder de verwijdering uit te voeren.', departments: ['Support'] },
      { text: 'Gegevens van verwijderde profielen uit een back-up teruggezet in een testomgeving.', departments: ['Engineering'] },
    ],
    complaintCategories: ['deletion'],
    checkKey: 'deleted_profiles_purged',
  },
  {
    section: 'Gebruik van Cookies',
    quote: 'Met uitzondering van essentiële cookies, vervallen alle cookies die op onze Site worden gebruikt na twee jaar.',
    weight: 8,
    conduct: [
      { text: 'Een trackingpixel op een campagnepagina geplaatst zonder toestemmingscontrole.', departments: ['Marketing'] },
      { text: 'Een cookie met een vervaltermijn van vijf jaar in productie gezet zonder review.', departments: ['Engineering'] },
    ],
    complaintCategories: ['cookies'],
    checkKey: 'cookie_expiry_two_years',
  },
];

const DECIDERS = ['Tom Hendrickx (HR-manager) en Els Peeters (privacy officer)', 'Karen Wuyts (directie) en Els Peeters (privacy officer)', 'Tom Hendrickx (HR-manager)'];
const REPORTERS = ['Teamleider', 'Interne audit', 'Collega (vertrouwelijke melding)', 'Privacy officer'];

function measureFor(severity: Severity, roll: number): Measure {
  switch (severity) {
    case 'low':
      return roll < 0.45 ? 'none' : 'verbal_warning';
    case 'medium':
      return roll < 0.55 ? 'verbal_warning' : 'written_warning';
    case 'high':
      return roll < 0.7 ? 'written_warning' : 'suspension';
    default:
      return roll < 0.5 ? 'suspension' : 'termination';
  }
}

function pick<T>(values: readonly T[], roll: number): T {
  return values[Math.min(values.length - 1, Math.floor(roll * values.length))] as T;
}

function pickWeighted<T extends { weight: number }>(values: readonly T[], roll: number): T {
  const total = values.reduce((sum, value) => sum + value.weight, 0);
  let left = roll * total;
  for (const value of values) {
    left -= value.weight;
    if (left < 0) return value;
  }
  return values[values.length - 1] as T;
}

export const HISTORY_START = '2022-12-01';

/** Belgian and Dutch names for the seeded records (a fixed list: cheaper than a seeded faker each). */
const FIRST_NAMES = [
  'Jonas', 'Lotte', 'Wout', 'Elke', 'Thomas', 'Sarah', 'Pieter', 'Lien', 'Bram', 'Nathalie', 'Kevin', 'Ine', 'Jeroen', 'Fien', 'Sander',
  'Hanne', 'Dries', 'Marieke', 'Stijn', 'Eva', 'Ruben', 'Annelies', 'Koen', 'Sanne', 'Tim', 'Charlotte', 'Arne', 'Joke', 'Niels', 'Femke',
] as const;
const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Dubois', 'Hermans', 'Aerts',
  'Van den Broeck', 'Vermeulen', 'De Jong', 'Bakker', 'Visser', 'Smits', 'Van Dijk', 'Verhoeven', 'Coppens', 'Lambrechts', 'De Backer', 'Segers',
] as const;

function firstOnOrAfter(complaints: ReadonlyArray<{ receivedOn: string }>, day: string): number {
  let low = 0;
  let high = complaints.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((complaints[middle]?.receivedOn ?? '') < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

function seedViolations(db: MockDb, count: number, today: string): ViolationsState {
  const random = mulberry32(3_636);
  const { complaints } = db.area(complaintsArea);
  const span = daysBetween(HISTORY_START, addDays(today, -3));
  const days = Array.from({ length: count }, () => Math.floor(random() * span)).sort((a, b) => a - b);
  const usedComplaints = new Set<string>();
  const drafts = days.map((offset, index) => {
    const section = pickWeighted(SECTIONS, random());
    const conduct = pick(section.conduct, random());
    let occurredOn = addDays(HISTORY_START, offset);
    let complaintId: string | null = null;
    // A third came to light through a complaint received in the weeks after.
    if (random() < 0.34) {
      const latest = addDays(occurredOn, 45);
      let complaint: (typeof complaints)[number] | undefined;
      // Seeded complaints are in date order: start at the first received on or after the incident.
      for (let position = firstOnOrAfter(complaints, occurredOn); position < complaints.length; position += 1) {
        const candidate = complaints[position];
        if (!candidate || candidate.receivedOn > latest) break;
        if (candidate.seedIndex !== null && section.complaintCategories.includes(candidate.category) && !usedComplaints.has(candidate.id)) {
          complaint = candidate;
          break;
        }
      }
      if (complaint) {
        usedComplaints.add(complaint.id);
        complaintId = complaint.id;
        occurredOn = addDays(complaint.receivedOn, -(1 + Math.floor(random() * 10)));
      }
    }
    const checkId = complaintId === null && section.checkKey !== null && random() < 0.3 ? checkIdFor(section.checkKey) : null;
    return { index, section, conduct, occurredOn, complaintId, checkId };
  });
  drafts.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : a.index - b.index));

  const counters = new Map<string, number>();
  const violations = drafts.map(({ section, conduct, occurredOn, complaintId, checkId }, index): ViolationRecord => {
    const employeeName = `${pick(FIRST_NAMES, random())} ${pick(LAST_NAMES, random())}`;
    const department = pick(conduct.departments, random());
    const severity = pickWeighted(
      [
        { value: 'low' as const, weight: 35 },
        { value: 'medium' as const, weight: 35 },
        { value: 'high' as const, weight: 22 },
        { value: 'critical' as const, weight: 8 },
      ],
      random(),
    ).value;
    const createdOn = addDays(occurredOn, 1 + Math.floor(random() * 5));
    const created = createdOn > today ? today : createdOn;
    const year = created.slice(0, 4);
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const age = daysBetween(occurredOn, today);
    const statusRoll = random();
    const status: Schemas['InvestigationStatus'] =
      age > 180 ? 'closed' : age > 60 ? (statusRoll < 0.6 ? 'concluded' : 'closed') : age > 21 ? (statusRoll < 0.7 ? 'under_investigation' : 'concluded') : statusRoll < 0.5 ? 'reported' : 'under_investigation';
    const decided = status === 'concluded' || status === 'closed';
    const decidedOnRaw = addDays(occurredOn, 20 + Math.floor(random() * 30));
    const decidedOn = decided ? (decidedOnRaw > today ? today : decidedOnRaw) : null;
    const closedRaw = decidedOn ? addDays(decidedOn, 10 + Math.floor(random() * 30)) : null;
    const closedOn = status === 'closed' && closedRaw ? (closedRaw > today ? today : closedRaw) : null;
    const measureRoll = random();
    const deciderRoll = random();
    const reporterRoll = random();
    return {
      id: uuidFor(NS.violation, index),
      reference: `VIO-${year}-${String(number).padStart(4, '0')}`,
      employeeName,
      department,
      policySection: section.section,
      policyQuote: section.quote,
      description: conduct.text,
      occurredOn,
      reportedBy: complaintId ? 'Klacht van een betrokkene' : checkId ? 'Nalevingscontrole' : pick(REPORTERS, reporterRoll),
      severity,
      status,
      measure: decided ? measureFor(severity, measureRoll) : null,
      decidedOn,
      decidedBy: decided ? pick(DECIDERS, deciderRoll) : null,
      complaintId,
      checkId,
      retentionUntil: closedOn ? addYears(closedOn, RETENTION_YEARS) : null,
      createdAt: at(created, 14, Math.floor(random() * 60)),
      version: status === 'reported' ? 1 : status === 'under_investigation' ? 2 : status === 'concluded' ? 3 : 4,
      closedOn,
    };
  });
  return { violations, counters };
}

export const violationsArea: AreaDefinition<ViolationsState> = {
  name: 'violations',
  needs: [complaintsArea],
  create(db) {
    return seedViolations(db, db.size('violations'), clock.today());
  },
};

export function nextViolationReference(state: ViolationsState, today: string): string {
  const year = today.slice(0, 4);
  const number = (state.counters.get(year) ?? 0) + 1;
  state.counters.set(year, number);
  return `VIO-${year}-${String(number).padStart(4, '0')}`;
}

/** Records past their retention date are purged: never listed, never counted. */
export function retained(state: ViolationsState, today: string): ViolationRecord[] {
  return state.violations.filter((record) => record.retentionUntil === null || record.retentionUntil >= today);
}

export function violationResponse(record: ViolationRecord): Violation {
  const { closedOn: _closedOn, ...rest } = record;
  return { ...rest };
}

/**
 * Counts without any name, for management and the compliance report: records whose incident
 * happened in `from`..`to` (inclusive, both optional). `underInvestigation` counts records still
 * open (reported or under investigation). Quarters run from `from` (or the first record) to `to`
 * (or today), empty ones included.
 */
export function violationStatistics(db: MockDb, from?: string | null, to?: string | null): Schemas['ViolationStatistics'] {
  const today = clock.today();
  const records = retained(db.area(violationsArea), today).filter((record) => (!from || record.occurredOn >= from) && (!to || record.occurredOn <= to));
  const tally = (keys: readonly string[], keyOf: (record: ViolationRecord) => string) => {
    const counts = new Map<string, number>(keys.map((key) => [key, 0]));
    for (const record of records) counts.set(keyOf(record), (counts.get(keyOf(record)) ?? 0) + 1);
    return [...counts.entries()].map(([key, count]) => ({ key, count }));
  };
  const firstDay = from ?? records.reduce<string | null>((min, record) => (min === null || record.occurredOn < min ? record.occurredOn : min), null);
  const lastDay = to ?? today;
  const quarters = firstDay && firstDay <= lastDay ? quartersBetween(quarterOf(firstDay), quarterOf(lastDay)).slice(-80) : [];
  // Engcode's departments always (zero included), plus any other department a record names.
  const byDepartment = tally([...DEPARTMENTS], (record) => record.department)
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
    .slice(0, 30);
  return {
    total: records.length,
    underInvestigation: records.filter((record) => record.status === 'reported' || record.status === 'under_investigation').length,
    bySeverity: tally(SEVERITIES, (record) => record.severity),
    byMeasure: tally([...MEASURES, UNDECIDED], (record) => record.measure ?? UNDECIDED),
    byDepartment,
    byQuarter: tally(quarters, (record) => quarterOf(record.occurredOn)).filter((entry) => quarters.includes(entry.key)),
  };
}
