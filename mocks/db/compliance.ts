import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { addDays, fromDayNumber, toDayNumber } from '../lib/dates';
import { addMonthsClamped, brusselsDayOfMs, brusselsWallClockMs, formatDay, isoInstant, parseDay } from '../lib/deadlines';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import type { Steps } from '../lib/slices';
import { STAFF, staffMember } from './core';
import { dsarStatistics } from './dsars';
import type { AreaDefinition, MockDb } from './index';
import { policiesArea } from './policies';
import { isOutsideEea, isProcessor, recipientsArea } from './recipients';

type Schemas = components['schemas'];

/** An instant at a Brussels wall-clock time (Intl-free: seeding makes thousands). */
function at(date: string, hour: number, minute = 0): string {
  return isoInstant(brusselsWallClockMs(toDayNumber(date), hour * 60 + minute));
}

const dayOf = (instant: string): number => brusselsDayOfMs(Date.parse(instant));

type LocalizedText = Schemas['LocalizedText'];
export type CheckOutcome = Schemas['CheckOutcome'];
export type CheckOutcomeOrPending = Schemas['CheckOutcomeOrPending'];
type Measurement = NonNullable<Schemas['ComplianceCheck']['measurement']>;

export interface CheckDefinition {
  index: number;
  key: string;
  title: LocalizedText;
  /** The policy's own words (Dutch, quoted from the policy text) and an English rendering. */
  promise: LocalizedText;
  kind: Schemas['CheckKind'];
  owner: string;
  frequency: Schemas['CheckFrequency'];
  method: LocalizedText;
  weight: 1 | 2 | 3;
  /** Automatic checks: the share that must be met to pass. */
  threshold?: number;
  /** A check added to the catalogue recently and not performed yet is due on this day. */
  firstDueOn?: string;
}

export interface ResultRecord {
  id: string;
  /** The Brussels day number of checkedAt (internal: history lookups compare numbers). */
  checkedDay: number;
  checkId: string;
  outcome: CheckOutcome;
  checkedAt: string;
  recordedBy: Schemas['StaffMember'] | null;
  evidence: string;
  evidenceReference: string | null;
  remediationActionId: string | null;
}

export interface ActionRecord {
  id: string;
  checkId: string;
  checkKey: string;
  title: string;
  owner: string;
  dueOn: string;
  status: Schemas['RemediationStatus'];
  createdAt: string;
  closedAt: string | null;
  version: number;
}

export interface ComplianceState {
  /** Recorded results per check id, oldest first (automatic checks: one per day until yesterday). */
  results: Map<string, ResultRecord[]>;
  actions: ActionRecord[];
  resultCounter: number;
}

const PRIVACY_OFFICE = 'Privacy office';

/**
 * The catalogue: every check tests a promise of the privacy policy (v1.0.0, quoted verbatim; "…"
 * marks an omission). The EEA-transfer check is a GDPR Chapter V duty the policy only implies.
 */
export const CHECKS: readonly CheckDefinition[] = [
  {
    index: 0,
    key: 'payment_page_tls',
    title: { nl: 'Betaalpagina via TLS', en: 'Payment page served over TLS' },
    promise: {
      nl: 'Wanneer u gevoelige informatie (zoals een creditcardnummer) op onze betaalpagina invoert, wordt uw informatie via een geverifieerde en gecodeerde verbinding verzonden met behulp van Transport Layer Security (TLS).',
      en: 'When you enter sensitive information (such as a credit card number) on our payment page, it is sent over an authenticated and encrypted connection using Transport Layer Security (TLS).',
    },
    kind: 'manual',
    owner: 'Engineering',
    frequency: 'monthly',
    method: {
      nl: 'Scan van de betaalpagina en de betaal-API: alleen TLS 1.2 of hoger, geldig certificaat, HSTS actief, geen gemengde inhoud. Het scanrapport is het bewijs.',
      en: 'Scan of the payment page and payment API: TLS 1.2 or later only, valid certificate, HSTS on, no mixed content. The scan report is the evidence.',
    },
    weight: 3,
  },
  {
    index: 1,
    key: 'servers_access_restricted',
    title: { nl: 'Servers met persoonsgegevens afgeschermd', en: 'Servers with personal data access-restricted' },
    promise: {
      nl: 'We slaan uw persoonlijke gegevens alleen op servers met beperkte toegang die zich in gecontroleerde faciliteiten bevinden, en gebruiken een verscheidenheid aan technologieën en procedures die bedoeld zijn om uw persoonlijke informatie te beschermen tegen verlies, misbruik, ongeautoriseerde toegang, openbaarmaking, wijziging en vernietiging.',
      en: 'We store your personal data only on access-restricted servers in controlled facilities, and use a range of technologies and procedures meant to protect your personal information against loss, misuse, unauthorised access, disclosure, alteration and destruction.',
    },
    kind: 'manual',
    owner: 'Engineering',
    frequency: 'quarterly',
    method: {
      nl: 'Toegangsreview: wie heeft toegang tot de productiedatabases en back-ups, komt elke toegang overeen met een functie, zijn accounts van vertrokken medewerkers ingetrokken; certificaat van het datacenter nagekeken.',
      en: 'Access review: who can reach the production databases and backups, does every grant match a job, are leavers’ accounts revoked; the data centre’s certification checked.',
    },
    weight: 3,
  },
  {
    index: 2,
    key: 'unsubscribe_link',
    title: { nl: 'Afmeldlink in marketingmails', en: 'Unsubscribe link in marketing email' },
    promise: {
      nl: "Als u geen communicatie meer van ons wilt ontvangen, kunt u uw e-mailvoorkeuren bijwerken door de link 'Afmelden' te gebruiken in de e-mails die we u sturen of op het Dashboard voor communicatievoorkeuren in uw ledenprofiel op onze Site of door contact met ons op te nemen via info@engcode.be.",
      en: "If you no longer want to hear from us, you can update your email preferences with the 'Unsubscribe' link in the emails we send you, in the communication preferences dashboard of your member profile on our Site, or by writing to info@engcode.be.",
    },
    kind: 'manual',
    owner: 'Marketing',
    frequency: 'monthly',
    method: {
      nl: 'Steekproef van de marketingmails van de voorbije maand: elke mail bevat een werkende link "Afmelden" en een afmelding wordt binnen 48 uur verwerkt.',
      en: 'Sample of last month’s marketing emails: each carries a working "Unsubscribe" link and an unsubscribe takes effect within 48 hours.',
    },
    weight: 2,
  },
  {
    index: 3,
    key: 'marketing_with_consent',
    title: { nl: 'Marketing alleen met toestemming', en: 'Marketing only with consent' },
    promise: {
      nl: 'Op het moment dat we uw informatie hebben verzameld zullen we uw informatie alleen voor dit doel gebruiken als u uw toestemming hebt gegeven om marketingmateriaal van ons te ontvangen, waar wettelijk vereist, of anderszins in onze legitieme belangen, op voorwaarde dat deze belangen uw recht om bezwaar te maken tegen dergelijke communicatie niet in de weg staat.',
      en: 'Once we have collected your information, we use it for this purpose only if you consented to receive marketing material from us where the law requires it, or otherwise in our legitimate interests, provided those interests do not stand in the way of your right to object to such communication.',
    },
    kind: 'manual',
    owner: 'Marketing',
    frequency: 'monthly',
    method: {
      nl: 'De verzendlijsten van de voorbije maand vergeleken met de toestemmingsregistratie: niemand zonder geldige toestemming voor marketing per e-mail, post of telefoon ontving een campagne.',
      en: 'Last month’s mailing lists compared with the consent records: no one without valid consent for marketing by email, post or phone received a campaign.',
    },
    weight: 3,
  },
  {
    index: 4,
    key: 'cookie_expiry_two_years',
    title: { nl: 'Niet-essentiële cookies vervallen binnen twee jaar', en: 'Non-essential cookies expire within two years' },
    promise: {
      nl: 'Met uitzondering van essentiële cookies, vervallen alle cookies die op onze Site worden gebruikt na twee jaar.',
      en: 'Except for essential cookies, every cookie used on our Site expires after two years.',
    },
    kind: 'manual',
    owner: 'Engineering',
    frequency: 'quarterly',
    method: {
      nl: 'Cookiescan van engcode.be, engcode.nl en het platform: de vervaldatum van elke niet-essentiële cookie ligt hoogstens 730 dagen na het plaatsen.',
      en: 'Cookie scan of engcode.be, engcode.nl and the platform: every non-essential cookie expires at most 730 days after it is set.',
    },
    weight: 1,
  },
  {
    index: 5,
    key: 'targeting_cookies_after_consent',
    title: { nl: 'Targeting cookies pas na toestemming', en: 'Targeting cookies only after consent' },
    promise: {
      nl: "Targeting cookies. Deze cookies registreren uw bezoek aan onze website, de pagina's die u hebt bezocht en de links die u hebt gevolgd. We zullen deze informatie afhankelijk van uw keuzes en voorkeuren gebruiken om onze Site en de daarop weergegeven advertenties relevanter te maken voor uw interesses.",
      en: 'Targeting cookies. These cookies record your visit to our website, the pages you visited and the links you followed. Depending on your choices and preferences, we use this information to make our Site and the advertising on it more relevant to your interests.',
    },
    kind: 'manual',
    owner: 'Marketing',
    frequency: 'monthly',
    method: {
      nl: 'Bezoek met een leeg profiel: vóór een keuze in de cookiebanner worden geen targeting cookies of advertentiepixels geladen; na weigering evenmin.',
      en: 'Visit with a clean profile: no targeting cookie or ad pixel loads before a choice in the cookie banner, nor after a refusal.',
    },
    weight: 2,
  },
  {
    index: 6,
    key: 'processor_agreements',
    title: { nl: 'Elke verwerker heeft een ondertekende overeenkomst', en: 'Every processor has a signed agreement' },
    promise: {
      nl: 'Wanneer we een ander bedrijf in dienst nemen om een dergelijke functie te vervullen, verstrekken we hen alleen de informatie die ze nodig hebben om hun specifieke functie uit te voeren. Deze bedrijven mogen geen persoonlijke informatie gebruiken die we met hen delen voor andere doeleinden dan het verlenen van diensten aan ons.',
      en: 'When we engage another company to perform such a function, we give it only the information it needs for that specific function. These companies may not use personal information we share with them for any purpose other than providing services to us.',
    },
    kind: 'automatic',
    owner: PRIVACY_OFFICE,
    frequency: 'daily',
    method: {
      nl: 'Automatisch uit het register van ontvangers: het aandeel verwerkers en subverwerkers met een ondertekende verwerkersovereenkomst (AVG art. 28). Drempel: 100 %.',
      en: 'Automatic, from the recipients register: the share of processors and sub-processors with a signed data processing agreement (GDPR Art. 28). Threshold: 100%.',
    },
    weight: 3,
    threshold: 1,
  },
  {
    index: 7,
    key: 'dsars_answered_in_time',
    title: { nl: 'Verzoeken van betrokkenen op tijd beantwoord', en: 'Data subject requests answered in time' },
    promise: {
      nl: 'We zullen binnen een redelijke termijn op uw verzoek reageren.',
      en: 'We will respond to your request within a reasonable time.',
    },
    kind: 'automatic',
    owner: PRIVACY_OFFICE,
    frequency: 'daily',
    method: {
      nl: 'Automatisch uit de verzoeken: het aandeel verzoeken dat de voorbije 90 dagen werd afgesloten op of vóór de wettelijke termijn (AVG art. 12(3)). Drempel: 95 %.',
      en: 'Automatic, from the requests: the share of requests closed in the last 90 days on or before their legal due date (GDPR Art. 12(3)). Threshold: 95%.',
    },
    weight: 3,
    threshold: 0.95,
  },
  {
    index: 8,
    key: 'deleted_profiles_purged',
    title: { nl: 'Verwijderde profielen echt gewist', en: 'Deleted profiles really purged' },
    promise: {
      nl: 'Het aanvragen van verwijdering van uw account betekent dat uw persoonlijke gegevens permanent worden verwijderd en niet kunnen worden opgehaald op een later tijdstip.',
      en: 'Asking for your account to be deleted means your personal data is removed permanently and cannot be retrieved later.',
    },
    kind: 'manual',
    owner: 'Engineering',
    frequency: 'quarterly',
    method: {
      nl: 'Steekproef van 25 profielen die het voorbije kwartaal werden verwijderd: geen spoor meer in de productiedatabase, de zoekindex, de analyseomgeving of de maillijsten; back-ups verlopen volgens schema.',
      en: 'Sample of 25 profiles deleted last quarter: no trace left in the production database, search index, analytics store or mailing lists; backups expire on schedule.',
    },
    weight: 2,
  },
  {
    index: 9,
    key: 'policy_changes_announced',
    title: { nl: 'Beleidswijzigingen aangekondigd', en: 'Policy changes announced' },
    promise: {
      nl: '… we werken de datum bovenaan het document bij wanneer we een wijziging aanbrengen. Als we materiële wijzigingen in dit privacybeleid aanbrengen, zullen we het herziene beleid op deze pagina plaatsen en een kennisgeving via e-mail of onze Site sturen naar alle geregistreerde gebruikers van het platform.',
      en: 'We update the date at the top of the document whenever we make a change. If we make material changes to this privacy policy, we will post the revised policy on this page and send a notice by email or on our Site to all registered users of the platform.',
    },
    kind: 'automatic',
    owner: PRIVACY_OFFICE,
    frequency: 'daily',
    method: {
      nl: 'Automatisch uit de beleidsversies: elke materiële versie heeft een aankondiging aan alle geregistreerde gebruikers en de datum bovenaan het beleid werd bijgewerkt. Drempel: 100 %.',
      en: 'Automatic, from the policy versions: every material version has an announcement to all registered users and the date at the top of the policy was updated. Threshold: 100%.',
    },
    weight: 2,
    threshold: 1,
  },
  {
    index: 10,
    key: 'data_minimisation',
    title: { nl: 'Alleen relevante gegevens verzameld', en: 'Only relevant data collected' },
    promise: {
      nl: 'We zullen redelijke stappen ondernemen om ervoor te zorgen dat we alleen die persoonlijke informatie verzamelen die relevant is voor de doeleinden waarvoor deze zal worden gebruikt.',
      en: 'We will take reasonable steps to make sure we collect only the personal information that is relevant to the purposes for which it will be used.',
    },
    kind: 'manual',
    owner: PRIVACY_OFFICE,
    frequency: 'yearly',
    method: {
      nl: 'Jaarlijkse review van alle formulieren en verplichte profielvelden tegenover het verwerkingsregister: elk veld heeft een doel, overbodige velden worden geschrapt.',
      en: 'Yearly review of every form and mandatory profile field against the record of processing: every field has a purpose, superfluous fields are removed.',
    },
    weight: 1,
    firstDueOn: '2026-12-15',
  },
  {
    index: 11,
    key: 'transfers_outside_eea_safeguarded',
    title: { nl: 'Doorgiften buiten de EER hebben een waarborg', en: 'Transfers outside the EEA have a safeguard' },
    promise: {
      nl: 'De beveiliging van uw persoonlijke gegevens is belangrijk voor ons.',
      en: 'The security of your personal data matters to us.',
    },
    kind: 'automatic',
    owner: PRIVACY_OFFICE,
    frequency: 'daily',
    method: {
      nl: 'Automatisch uit het register van ontvangers: het aandeel ontvangers buiten de EER met een passende waarborg (adequaatheidsbesluit, modelcontractbepalingen of bindende bedrijfsvoorschriften, AVG art. 45-46). Het beleid noemt doorgiften niet uitdrukkelijk; de AVG eist de waarborg. Drempel: 100 %.',
      en: 'Automatic, from the recipients register: the share of recipients outside the EEA with an appropriate safeguard (adequacy decision, standard contractual clauses or binding corporate rules, GDPR Art. 45-46). The policy does not name transfers; the GDPR requires the safeguard. Threshold: 100%.',
    },
    weight: 2,
    threshold: 1,
  },
];

export function checkIdFor(key: string): string {
  const check = CHECKS.find((candidate) => candidate.key === key);
  if (!check) throw new Error(`No check ${key}`);
  return uuidFor(NS.check, check.index);
}

export function checkById(id: string): CheckDefinition | null {
  return CHECKS.find((check) => uuidFor(NS.check, check.index) === id) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

/** Points a check earns: pass = its full weight, warning = half, fail = 0; null = left out. */
export function pointsFor(outcome: CheckOutcomeOrPending, weight: number): number | null {
  switch (outcome) {
    case 'pass':
      return weight;
    case 'warning':
      return weight / 2;
    case 'fail':
      return 0;
    default:
      return null;
  }
}

/** The weighted score (0-100, one decimal) of a set of outcomes; null when no check counts. */
export function weightedScore(parts: ReadonlyArray<{ outcome: CheckOutcomeOrPending; weight: number }>): { score: number | null; points: number; possible: number } {
  let points = 0;
  let possible = 0;
  for (const part of parts) {
    const earned = pointsFor(part.outcome, part.weight);
    if (earned === null) continue;
    points += earned;
    possible += part.weight;
  }
  return { score: possible === 0 ? null : Math.round((points / possible) * 1000) / 10, points, possible };
}

/** The outcome of an automatic measurement against its threshold (a near miss is a warning). */
export function outcomeOfMeasurement(measurement: Measurement): CheckOutcome {
  if (measurement.denominator === 0) return 'not_applicable';
  const ratio = measurement.numerator / measurement.denominator;
  if (ratio >= measurement.threshold) return 'pass';
  return ratio >= measurement.threshold - 0.05 ? 'warning' : 'fail';
}

export const DSAR_WINDOW_DAYS = 90;

/** What an automatic check measures right now, from the live data. */
export function measure(db: MockDb, check: CheckDefinition, today: string): Measurement {
  const threshold = check.threshold ?? 1;
  switch (check.key) {
    case 'processor_agreements': {
      const processors = db.area(recipientsArea).recipients.filter(isProcessor);
      const signed = processors.filter((record) => record.agreement.status === 'signed' && (record.agreement.expiresOn === null || record.agreement.expiresOn >= today));
      return { numerator: signed.length, denominator: processors.length, threshold };
    }
    case 'transfers_outside_eea_safeguarded': {
      const abroad = db.area(recipientsArea).recipients.filter((record) => isOutsideEea(record.country));
      const safe = abroad.filter((record) => record.transferSafeguard !== 'none' && record.transferSafeguard !== 'not_applicable');
      return { numerator: safe.length, denominator: abroad.length, threshold };
    }
    case 'policy_changes_announced': {
      const { announcements } = db.area(policiesArea);
      const material = db.policyVersions.filter((version) => version.material);
      const announced = material.filter((version) => {
        const announcement = version.announcementId ? announcements.get(version.announcementId) : undefined;
        return announcement !== undefined && announcement.policyDateUpdatedOn !== null;
      });
      return { numerator: announced.length, denominator: material.length, threshold };
    }
    case 'dsars_answered_in_time': {
      // Requests closed in the last 90 days (today included) on or before their due date.
      const stats = dsarStatistics(db, addDays(today, -(DSAR_WINDOW_DAYS - 1)), today);
      return { numerator: stats.answeredInTime, denominator: stats.closed, threshold };
    }
    default:
      throw new Error(`${check.key} is not an automatic check`);
  }
}

const pct = (value: number) => `${Math.round(value * 1000) / 10}`;

function automaticEvidence(check: CheckDefinition, m: Measurement): string {
  const share = m.denominator === 0 ? '' : ` (${pct(m.numerator / m.denominator)} %, drempel ${pct(m.threshold)} %)`;
  switch (check.key) {
    case 'processor_agreements':
      return m.denominator === 0 ? 'Geen verwerkers in het register.' : `${m.numerator} van ${m.denominator} verwerkers en subverwerkers hebben een geldige, ondertekende verwerkersovereenkomst${share}.`;
    case 'transfers_outside_eea_safeguarded':
      return m.denominator === 0 ? 'Geen ontvangers buiten de EER in het register.' : `${m.numerator} van ${m.denominator} ontvangers buiten de EER hebben een passende waarborg${share}.`;
    case 'policy_changes_announced':
      return m.denominator === 0 ? 'Geen materiële beleidsversies.' : `${m.numerator} van ${m.denominator} materiële beleidsversies werden aangekondigd aan alle geregistreerde gebruikers, met bijgewerkte datum${share}.`;
    default:
      return m.denominator === 0
        ? `Geen verzoeken afgesloten in de voorbije ${DSAR_WINDOW_DAYS} dagen.`
        : `${m.numerator} van ${m.denominator} verzoeken die de voorbije ${DSAR_WINDOW_DAYS} dagen werden afgesloten, waren op tijd beantwoord${share}.`;
  }
}

/** Today's result of an automatic check (the daily run at 06:00), computed from the live data. */
export function liveResult(db: MockDb, check: CheckDefinition, today: string): { result: ResultRecord; measurement: Measurement } {
  const measurement = measure(db, check, today);
  return {
    measurement,
    result: {
      id: uuidFor(NS.checkResult, 9_000_000 + check.index),
      checkId: uuidFor(NS.check, check.index),
      outcome: outcomeOfMeasurement(measurement),
      checkedDay: toDayNumber(today),
      checkedAt: at(today, 6),
      recordedBy: null,
      evidence: automaticEvidence(check, measurement),
      evidenceReference: null,
      remediationActionId: null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Seeded history
// ---------------------------------------------------------------------------------------------

/** Results are seeded from this day, a little over two years before the reference day. */
export const HISTORY_START = '2024-09-01';

interface Incident {
  /** Month (`2025-10`) or day (`2026-09-15`, automatic checks) the outcome starts. */
  on: string;
  /** Automatic checks: the last day of the incident (inclusive); null = still going. */
  until?: string | null;
  outcome: CheckOutcome;
  evidence: string;
  remediation?: { title: string; owner: string; dueInDays: number; closedAfterDays: number | null; status?: Schemas['RemediationStatus'] };
}

interface Schedule {
  /** Day of the month manual runs happen. */
  day: number;
  /** The last run (later runs are not scheduled: a check may be overdue). */
  lastRunOn: string;
  incidents: Incident[];
  passEvidence: readonly string[];
  warningEvidence: readonly string[];
}

const SCHEDULES: Record<string, Schedule> = {
  payment_page_tls: {
    day: 5,
    lastRunOn: '2026-11-05',
    incidents: [
      {
        on: '2025-02',
        outcome: 'fail',
        evidence: 'De oude load balancer van de betaalpagina aanvaardde nog TLS 1.0- en 1.1-verbindingen.',
        remediation: { title: 'TLS 1.0 en 1.1 uitschakelen op de oude load balancer', owner: 'Engineering', dueInDays: 14, closedAfterDays: 9 },
      },
    ],
    passEvidence: ['Scan: alleen TLS 1.2 en 1.3, certificaat geldig tot volgend jaar, HSTS actief (score A+).', 'Scan van betaalpagina en betaal-API zonder bevindingen; HSTS en OCSP-stapling actief.'],
    warningEvidence: ['Certificaat vervalt binnen 21 dagen; automatische vernieuwing stond uit en is opnieuw ingeschakeld.'],
  },
  servers_access_restricted: {
    day: 14,
    lastRunOn: '2026-07-14',
    incidents: [
      {
        on: '2025-04',
        outcome: 'fail',
        evidence: 'Een testomgeving bevatte een ongemaskeerde kopie van de productiedatabase en was bereikbaar voor alle ontwikkelaars.',
        remediation: { title: 'Ongemaskeerde databasekopie uit de testomgeving verwijderen en maskeren verplicht maken', owner: 'Engineering', dueInDays: 14, closedAfterDays: 6 },
      },
      {
        on: '2026-07',
        outcome: 'warning',
        evidence: 'Twee accounts van vertrokken medewerkers hadden nog leesrechten op de back-upopslag.',
        remediation: { title: 'Toegang van vertrokken medewerkers tot de back-upopslag intrekken', owner: 'Engineering', dueInDays: 48, closedAfterDays: null, status: 'in_progress' },
      },
    ],
    passEvidence: ['Toegangsreview zonder afwijkingen; alle rechten komen overeen met een functie. ISO 27001-certificaat van het datacenter geldig.', 'Toegangsreview: 3 overbodige rechten ingetrokken tijdens de review; geen toegang van vertrokken medewerkers.'],
    warningEvidence: ['Eén serviceaccount met te ruime rechten gevonden en tijdens de review beperkt.'],
  },
  unsubscribe_link: {
    day: 12,
    lastRunOn: '2026-11-12',
    incidents: [
      {
        on: '2026-03',
        outcome: 'fail',
        evidence: 'De productupdate-campagne van maart werd verstuurd met een sjabloon zonder afmeldlink.',
        remediation: { title: 'Afmeldlink verplicht maken in elk campagnesjabloon', owner: 'Marketing', dueInDays: 21, closedAfterDays: 12 },
      },
    ],
    passEvidence: ['Steekproef van 20 marketingmails: elke mail bevat een werkende afmeldlink; afmeldingen binnen 2 uur verwerkt.', 'Steekproef van 15 mails (nieuwsbrief, promoties, productupdates): afmeldlink aanwezig en werkend.'],
    warningEvidence: ['Afmeldlink aanwezig, maar de bevestigingspagina laadde traag (meer dan 10 seconden).'],
  },
  marketing_with_consent: {
    day: 18,
    lastRunOn: '2026-11-18',
    incidents: [
      {
        on: '2025-10',
        outcome: 'fail',
        evidence: 'Het segment "beurs 2025" bevatte 214 contacten zonder toestemming voor marketing per e-mail.',
        remediation: { title: 'Segment "beurs 2025" opschonen: contacten zonder toestemming verwijderen', owner: 'Marketing', dueInDays: 10, closedAfterDays: 4 },
      },
    ],
    passEvidence: ['Verzendlijsten van de maand vergeleken met de toestemmingsregistratie: geen afwijkingen.', 'Alle campagnes van de maand gebruikten het toestemmingsfilter; steekproef van 50 ontvangers zonder afwijking.'],
    warningEvidence: ['Eén campagne gebruikte een lijst van meer dan 30 dagen oud; geen ontvanger zonder toestemming gevonden.'],
  },
  cookie_expiry_two_years: {
    day: 15,
    lastRunOn: '2026-10-15',
    incidents: [
      {
        on: '2026-10',
        outcome: 'fail',
        evidence: 'De cookie _ec_pref van de nieuwe voorkeurenmodule vervalt pas na vijf jaar.',
        remediation: { title: 'Vervaltermijn van de cookie _ec_pref op 730 dagen zetten', owner: 'Engineering', dueInDays: 31, closedAfterDays: null, status: 'open' },
      },
    ],
    passEvidence: ['Cookiescan van 3 domeinen: 14 niet-essentiële cookies, langste vervaltermijn 730 dagen.', 'Cookiescan zonder bevindingen; nieuwe analysecookie vervalt na 395 dagen.'],
    warningEvidence: ['Een cookie van een nieuwe leverancier had geen gedocumenteerde vervaltermijn; 730 dagen bevestigd door de leverancier.'],
  },
  targeting_cookies_after_consent: {
    day: 10,
    lastRunOn: '2026-11-10',
    incidents: [
      {
        on: '2026-05',
        outcome: 'fail',
        evidence: 'Op de campagnepagina "lente" laadde een retargetingpixel vóór de keuze in de cookiebanner.',
        remediation: { title: 'Retargetingpixel pas laden na toestemming voor targeting cookies', owner: 'Marketing', dueInDays: 7, closedAfterDays: 3 },
      },
    ],
    passEvidence: ['Bezoek met leeg profiel op 12 pagina’s: geen targeting cookies of pixels vóór toestemming of na weigering.', 'Test op desktop en mobiel: targeting cookies pas na toestemming.'],
    warningEvidence: ['Geen targeting cookies vóór toestemming, maar de banner toonde de weigerknop minder prominent dan de aanvaardknop.'],
  },
  deleted_profiles_purged: {
    day: 20,
    lastRunOn: '2026-10-20',
    incidents: [
      {
        on: '2025-07',
        outcome: 'fail',
        evidence: '4 van 25 verwijderde profielen stonden nog in de zoekindex van het forum.',
        remediation: { title: 'Verwijderde profielen ook uit de zoekindex van het forum wissen', owner: 'Engineering', dueInDays: 30, closedAfterDays: 18 },
      },
    ],
    passEvidence: ['Steekproef van 25 verwijderde profielen: geen spoor in database, zoekindex, analyseomgeving of maillijsten.', 'Steekproef van 25 profielen zonder bevindingen; back-ups ouder dan 35 dagen verlopen volgens schema.'],
    warningEvidence: ['Geen persoonsgegevens teruggevonden, maar één back-up bleef 3 dagen langer bewaard dan het schema.'],
  },
};

/** History of the automatic checks: a day range with another outcome than pass. */
const AUTOMATIC_INCIDENTS: Record<string, Incident[]> = {
  processor_agreements: [
    {
      on: '2026-09-15',
      until: null,
      outcome: 'fail',
      evidence: '5 van 6 verwerkers en subverwerkers hebben een geldige, ondertekende verwerkersovereenkomst (83,3 %, drempel 100 %).',
      remediation: { title: 'Verwerkersovereenkomst met Enquêtebureau Kempen BV laten ondertekenen', owner: 'Sales', dueInDays: 90, closedAfterDays: null, status: 'in_progress' },
    },
  ],
  transfers_outside_eea_safeguarded: [
    {
      on: '2026-08-01',
      until: null,
      outcome: 'fail',
      evidence: '1 van 2 ontvangers buiten de EER hebben een passende waarborg (50 %, drempel 100 %).',
      remediation: { title: 'Modelcontractbepalingen met SurveyStack LLC afsluiten', owner: 'Legal', dueInDays: 91, closedAfterDays: null, status: 'open' },
    },
  ],
  dsars_answered_in_time: [
    {
      on: '2025-01-06',
      until: '2025-01-24',
      outcome: 'fail',
      evidence: '41 van 47 verzoeken die de voorbije 90 dagen werden afgesloten, waren op tijd beantwoord (87,2 %, drempel 95 %).',
      remediation: { title: 'Achterstand van verzoeken na de feestdagen wegwerken en vervangers plannen', owner: PRIVACY_OFFICE, dueInDays: 21, closedAfterDays: 19 },
    },
    {
      on: '2025-08-11',
      until: '2025-08-29',
      outcome: 'warning',
      evidence: '44 van 47 verzoeken die de voorbije 90 dagen werden afgesloten, waren op tijd beantwoord (93,6 %, drempel 95 %).',
    },
  ],
  policy_changes_announced: [],
};

const AUTOMATIC_PASS: Record<string, string> = {
  processor_agreements: 'Alle verwerkers en subverwerkers hebben een geldige, ondertekende verwerkersovereenkomst (100 %, drempel 100 %).',
  transfers_outside_eea_safeguarded: 'Alle ontvangers buiten de EER hebben een passende waarborg (100 %, drempel 100 %).',
  dsars_answered_in_time: 'Alle of bijna alle verzoeken van de voorbije 90 dagen werden op tijd beantwoord (drempel 95 %).',
  policy_changes_announced: 'Elke materiële beleidsversie werd aangekondigd aan alle geregistreerde gebruikers, met bijgewerkte datum (100 %).',
};

function monthsBetween(first: string, last: string): string[] {
  const result: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const end = Number(last.slice(0, 4)) * 12 + Number(last.slice(5, 7));
  while (year * 12 + month <= end) {
    result.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result;
}

function runsOf(check: CheckDefinition, schedule: Schedule): string[] {
  const months = monthsBetween(HISTORY_START, schedule.lastRunOn.slice(0, 7));
  const lastMonth = Number(schedule.lastRunOn.slice(5, 7));
  const step = check.frequency === 'quarterly' ? 3 : check.frequency === 'yearly' ? 12 : 1;
  return months
    .filter((month) => (Number(month.slice(5, 7)) - lastMonth + 120) % step === 0)
    .map((month) => `${month}-${String(schedule.day).padStart(2, '0')}`)
    .filter((day) => day <= schedule.lastRunOn);
}

/** Yields between checks: the browser seeds their history a slice at a time (MockDb.ready). */
function* seedHistory(today: string): Steps<ComplianceState> {
  const results = new Map<string, ResultRecord[]>();
  const actions: ActionRecord[] = [];
  const officers = STAFF.filter((member) => member.role === 'privacy_officer');
  let resultCounter = 0;
  let actionCounter = 0;
  const nextResultId = () => uuidFor(NS.checkResult, resultCounter++);

  const openAction = (check: CheckDefinition, incident: Incident, checkedOn: string): string | null => {
    const plan = incident.remediation;
    if (!plan) return null;
    const createdOn = checkedOn;
    const closedOn = plan.closedAfterDays === null ? null : addDays(createdOn, plan.closedAfterDays);
    const action: ActionRecord = {
      id: uuidFor(NS.remediation, actionCounter++),
      checkId: uuidFor(NS.check, check.index),
      checkKey: check.key,
      title: plan.title,
      owner: plan.owner,
      dueOn: addDays(createdOn, plan.dueInDays),
      status: closedOn !== null && closedOn <= today ? 'done' : (plan.status ?? 'open'),
      createdAt: at(createdOn, 11, 15),
      closedAt: closedOn !== null && closedOn <= today ? at(closedOn, 16, 40) : null,
      version: closedOn !== null ? 3 : 1,
    };
    actions.push(action);
    return action.id;
  };

  for (const check of CHECKS) {
    const checkId = uuidFor(NS.check, check.index);
    const list: ResultRecord[] = [];
    const random = mulberry32(7_700 + check.index);
    if (check.kind === 'manual') {
      const schedule = SCHEDULES[check.key];
      if (schedule) {
        for (const day of runsOf(check, schedule)) {
          const incident = schedule.incidents.find((candidate) => candidate.on === day.slice(0, 7));
          const roll = random();
          // The latest run is scripted: only an incident changes it, so the demo's state is stable.
          const outcome: CheckOutcome = incident ? incident.outcome : day !== schedule.lastRunOn && roll < 0.08 ? 'warning' : 'pass';
          const evidencePool = outcome === 'warning' ? schedule.warningEvidence : schedule.passEvidence;
          list.push({
            id: nextResultId(),
            checkId,
            outcome,
            checkedDay: toDayNumber(day),
            checkedAt: at(day, 10 + Math.floor(random() * 6), Math.floor(random() * 60)),
            recordedBy: staffMember(officers[Math.floor(random() * officers.length)] ?? STAFF[0]!),
            evidence: incident ? incident.evidence : (evidencePool[Math.floor(random() * evidencePool.length)] ?? 'Geen bevindingen.'),
            evidenceReference: `https://wiki.engcode.be/compliance/${check.key}/${day}`,
            remediationActionId: incident ? openAction(check, incident, day) : null,
          });
        }
      }
    } else {
      // Day numbers, not date strings: about 3,300 results are seeded here.
      const ranges = (AUTOMATIC_INCIDENTS[check.key] ?? []).map((incident) => ({ incident, from: parseDay(incident.on), to: incident.until == null ? Number.POSITIVE_INFINITY : parseDay(incident.until) }));
      const todayDay = parseDay(today);
      for (let day = parseDay(HISTORY_START); day < todayDay; day += 1) {
        const range = ranges.find((candidate) => day >= candidate.from && day <= candidate.to);
        list.push({
          id: nextResultId(),
          checkId,
          outcome: range ? range.incident.outcome : 'pass',
          checkedDay: day,
          checkedAt: isoInstant(brusselsWallClockMs(day, 6 * 60)),
          recordedBy: null,
          evidence: range ? range.incident.evidence : (AUTOMATIC_PASS[check.key] ?? 'Geslaagd.'),
          evidenceReference: null,
          // The remediation is opened once, on the first failing day.
          remediationActionId: range && day === range.from ? openAction(check, range.incident, formatDay(day)) : null,
        });
      }
    }
    results.set(checkId, list);
    yield;
  }
  return { results, actions, resultCounter };
}

export const complianceArea: AreaDefinition<ComplianceState> = {
  name: 'compliance',
  *build(db) {
    // The catalogue always exists; the `empty` scenario has no results yet (every check pending).
    if (db.scale === 0) return { results: new Map(CHECKS.map((check) => [uuidFor(NS.check, check.index), []])), actions: [], resultCounter: 0 };
    return yield* seedHistory(clock.today());
  },
};

export function newResultId(state: ComplianceState): string {
  state.resultCounter += 1;
  return uuidFor(NS.checkResult, 5_000_000 + state.resultCounter);
}

// ---------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------

export function isActionOverdue(action: Pick<ActionRecord, 'status' | 'dueOn'>, today: string): boolean {
  return action.status !== 'done' && action.dueOn < today;
}

export function actionResponse(action: ActionRecord, today: string): Schemas['RemediationAction'] {
  return { ...action, overdue: isActionOverdue(action, today) };
}

export function resultResponse(result: ResultRecord): Schemas['CheckResult'] {
  const { checkedDay: _checkedDay, ...rest } = result;
  return rest;
}

/** A check's results, newest first; an automatic check's first entry is today's live run. */
export function resultsOf(db: MockDb, check: CheckDefinition, today: string): ResultRecord[] {
  const state = db.area(complianceArea);
  const recorded = state.results.get(uuidFor(NS.check, check.index)) ?? [];
  const newestFirst = [...recorded].reverse();
  return check.kind === 'automatic' ? [liveResult(db, check, today).result, ...newestFirst] : newestFirst;
}

function nextDue(check: CheckDefinition, lastCheckedOn: string | null, today: string): string {
  if (lastCheckedOn === null) return check.firstDueOn ?? today;
  switch (check.frequency) {
    case 'daily':
      return addDays(lastCheckedOn, 1);
    case 'monthly':
      return addMonthsClamped(lastCheckedOn, 1);
    case 'quarterly':
      return addMonthsClamped(lastCheckedOn, 3);
    default:
      return addMonthsClamped(lastCheckedOn, 12);
  }
}

export function checkResponse(db: MockDb, check: CheckDefinition, today: string): Schemas['ComplianceCheck'] {
  const state = db.area(complianceArea);
  const id = uuidFor(NS.check, check.index);
  let latest: ResultRecord | null;
  let measurement: Measurement | null = null;
  if (check.kind === 'automatic') {
    const live = liveResult(db, check, today);
    latest = live.result;
    measurement = live.measurement;
  } else {
    const recorded = state.results.get(id) ?? [];
    latest = recorded[recorded.length - 1] ?? null;
  }
  const nextDueOn = nextDue(check, latest ? fromDayNumber(latest.checkedDay) : null, today);
  return {
    id,
    key: check.key,
    title: { ...check.title },
    promise: { ...check.promise },
    kind: check.kind,
    owner: check.owner,
    frequency: check.frequency,
    method: { ...check.method },
    weight: check.weight,
    nextDueOn,
    overdue: nextDueOn < today,
    lastOutcome: latest ? latest.outcome : 'pending',
    lastCheckedAt: latest ? latest.checkedAt : null,
    measurement,
    openRemediationCount: state.actions.filter((action) => action.checkId === id && action.status !== 'done').length,
  };
}

/** Each check's outcome at the end of `asOf` (Brussels day): its latest result on or before it. */
export function outcomesAsOf(db: MockDb, asOf: string, today: string): Array<{ check: CheckDefinition; outcome: CheckOutcomeOrPending }> {
  const state = db.area(complianceArea);
  const asOfDay = toDayNumber(asOf);
  return CHECKS.map((check) => {
    if (check.kind === 'automatic' && asOf >= today) return { check, outcome: liveResult(db, check, today).result.outcome };
    const recorded = state.results.get(uuidFor(NS.check, check.index)) ?? [];
    // Oldest first: the last one on or before the day wins (binary search: automatic checks have a result a day).
    let low = 0;
    let high = recorded.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((recorded[middle]?.checkedDay ?? 0) <= asOfDay) low = middle + 1;
      else high = middle;
    }
    const outcome: CheckOutcomeOrPending = recorded[low - 1]?.outcome ?? 'pending';
    return { check, outcome };
  });
}

function formatScore(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

export function complianceScore(db: MockDb, today: string): Schemas['ComplianceScore'] {
  const current = outcomesAsOf(db, today, today);
  const { score, points, possible } = weightedScore(current.map(({ check, outcome }) => ({ outcome, weight: check.weight })));
  const parts = current.map(({ check, outcome }) => ({
    checkId: uuidFor(NS.check, check.index),
    checkKey: check.key,
    weight: check.weight,
    outcome,
    points: pointsFor(outcome, check.weight) ?? 0,
  }));
  const trend: Schemas['ComplianceScore']['trend'] = [];
  const thisMonth = today.slice(0, 7);
  const firstMonth = addMonthsClamped(`${thisMonth}-01`, -11).slice(0, 7);
  for (const month of monthsBetween(firstMonth, thisMonth)) {
    const end = month === thisMonth ? today : addDays(addMonthsClamped(`${month}-01`, 1), -1);
    const monthly = weightedScore(outcomesAsOf(db, end, today).map(({ check, outcome }) => ({ outcome, weight: check.weight })));
    if (monthly.score !== null) trend.push({ month, score: monthly.score });
  }
  const explain = (locale: string) => ({ points: formatScore(points, locale), possible: formatScore(possible, locale), score: formatScore(score ?? 0, locale) });
  const nl = explain('nl-BE');
  const en = explain('en-BE');
  return {
    score: score ?? 0,
    asOf: today,
    explanation: {
      nl:
        'De score is het gewogen aandeel van de controles die slagen, volgens het laatste resultaat van elke controle. Een geslaagde controle telt voor haar volle gewicht (1 tot 3), een waarschuwing voor de helft, een mislukte controle voor nul. Controles die niet van toepassing zijn of nog niet werden uitgevoerd, tellen niet mee. ' +
        (possible === 0 ? 'Er telt nog geen enkele controle mee.' : `Nu: ${nl.points} van ${nl.possible} punten = ${nl.score} op 100.`),
      en:
        'The score is the weighted share of checks that pass, by the latest result of each check. A passing check counts for its full weight (1 to 3), a warning for half, a failure for nothing. Checks that are not applicable or not performed yet are left out. ' +
        (possible === 0 ? 'No check counts yet.' : `Now: ${en.points} of ${en.possible} points = ${en.score} out of 100.`),
    },
    parts,
    trend,
  };
}

/**
 * For the overview and the compliance report: outcomes of every check and open remediation at the
 * end of `asOf` (default today). Pending checks are in none of the counts.
 */
export function checksSummary(db: MockDb, asOf?: string): { passed: number; failed: number; warning: number; notApplicable: number; openRemediation: number; score: number } {
  const today = clock.today();
  const day = asOf && asOf < today ? asOf : today;
  const outcomes = outcomesAsOf(db, day, today);
  const count = (outcome: CheckOutcomeOrPending) => outcomes.filter((entry) => entry.outcome === outcome).length;
  const { actions } = db.area(complianceArea);
  const dayNumber = toDayNumber(day);
  const openRemediation = actions.filter((action) => dayOf(action.createdAt) <= dayNumber && (action.closedAt === null || dayOf(action.closedAt) > dayNumber)).length;
  return {
    passed: count('pass'),
    failed: count('fail'),
    warning: count('warning'),
    notApplicable: count('not_applicable'),
    openRemediation,
    score: weightedScore(outcomes.map(({ check, outcome }) => ({ outcome, weight: check.weight }))).score ?? 0,
  };
}
