import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { addDays, toDayNumber } from '../lib/dates';
import { brusselsWallClockMs, isoInstant } from '../lib/deadlines';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import { quarterOf } from '../lib/periods';
import { PURPOSES, STAFF, staffMember } from './core';
import type { AreaDefinition, MockDb } from './index';

type Schemas = components['schemas'];

/** An instant at a Brussels wall-clock time (Intl-free, for seeding). */
function at(date: string, hour: number, minute = 0): string {
  return isoInstant(brusselsWallClockMs(toDayNumber(date), hour * 60 + minute));
}

export type RecipientInput = Schemas['RecipientInput'];
export type Recipient = Schemas['Recipient'];
export type RecipientWarning = Schemas['RecipientWarning'];
type FieldError = Schemas['FieldError'];
type DataCategory = Schemas['DataCategory'];
type DisclosureLegalGround = Schemas['DisclosureLegalGround'];

/** A register entry as stored; `warnings` are computed on every read, so they follow the calendar. */
export interface RecipientRecord extends RecipientInput {
  id: string;
  peopleConcerned: number;
  version: number;
}

export interface DisclosureRecord {
  id: string;
  reference: string;
  recipientId: string;
  disclosedOn: string;
  legalGround: DisclosureLegalGround;
  requestReference: string;
  dataCategories: DataCategory[];
  peopleCount: number;
  personNotified: boolean;
  notNotifiedReason: string | null;
  recordedBy: Schemas['StaffMember'];
  recordedAt: string;
}

export interface RecipientsState {
  recipients: RecipientRecord[];
  disclosures: DisclosureRecord[];
  /** Next number per year for disclosure references (`DISC-2026-0007`). */
  disclosureCounters: Map<string, number>;
}

/** EU 27 plus Iceland, Liechtenstein and Norway (Greece appears both as GR and as EL). */
export const EEA_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'EL', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL',
  'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
]);

export const WARNING_KEYS: readonly RecipientWarning[] = [
  'processor_without_agreement',
  'agreement_expiring',
  'transfer_without_safeguard',
  'review_overdue',
  'consent_purpose_without_consent',
];

/** How close to its expiry a signed agreement starts to warn. */
export const AGREEMENT_EXPIRY_WARNING_DAYS = 60;

const PROCESSOR_ROLES: ReadonlySet<string> = new Set(['processor', 'sub_processor']);

/** Purposes people are asked to consent to; strictly necessary cookies are not (so no consent exists for them). */
const CONSENT_BASED_PURPOSES: ReadonlySet<string> = new Set(PURPOSES.filter((purpose) => purpose.consentBased).map((purpose) => purpose.key));

export function isProcessor(record: Pick<RecipientInput, 'role'>): boolean {
  return PROCESSOR_ROLES.has(record.role);
}

export function isOutsideEea(country: string): boolean {
  return !EEA_COUNTRIES.has(country);
}

/**
 * The warnings of one register entry on `today`:
 * - processor_without_agreement: a (sub-)processor whose Art. 28 agreement is not signed (draft,
 *   expired, ...). The API refuses a processor with no agreement at all, but one being negotiated
 *   (draft) may be recorded, and warns until it is signed.
 * - agreement_expiring: a signed agreement ending within 60 days (or already past its end), or an
 *   agreement marked expired.
 * - transfer_without_safeguard: a party outside the EEA without an Art. 46 safeguard or adequacy.
 * - review_overdue: the next review date has passed.
 * - consent_purpose_without_consent: consent is the legal basis but no consent is collected for the
 *   flow: no consent purpose gates it, or the gating purpose is one nobody is asked to consent to
 *   (strictly necessary cookies).
 */
export function recipientWarnings(record: RecipientInput, today: string): RecipientWarning[] {
  const warnings = new Set<RecipientWarning>();
  const { agreement } = record;
  if (isProcessor(record) && agreement.status !== 'signed') warnings.add('processor_without_agreement');
  if (agreement.status === 'expired' || (agreement.status === 'signed' && agreement.expiresOn !== null && agreement.expiresOn <= addDays(today, AGREEMENT_EXPIRY_WARNING_DAYS))) {
    warnings.add('agreement_expiring');
  }
  if (isOutsideEea(record.country) && (record.transferSafeguard === 'none' || record.transferSafeguard === 'not_applicable')) {
    warnings.add('transfer_without_safeguard');
  }
  if (record.nextReviewDue !== null && record.nextReviewDue < today) warnings.add('review_overdue');
  if (record.legalBasis === 'consent' && (record.gatingPurpose === null || !CONSENT_BASED_PURPOSES.has(record.gatingPurpose))) {
    warnings.add('consent_purpose_without_consent');
  }
  return WARNING_KEYS.filter((key) => warnings.has(key));
}

/**
 * Business validation of a register entry, one error per refused field (the contract's schema has
 * already checked types and formats). Rule for processors, reconciling "refuse a processor without
 * an agreement" with "a processor can be added and warns until its agreement is recorded": a
 * (sub-)processor must at least have a draft agreement (it is being negotiated); `none` and
 * `not_required` are refused, because GDPR Art. 28(3) always requires one. Draft or expired is
 * accepted and carries the `processor_without_agreement` warning until the agreement is signed.
 */
export function validateRecipientInput(input: RecipientInput, others: readonly RecipientRecord[] = []): FieldError[] {
  const errors: FieldError[] = [];
  const { agreement } = input;
  if (input.name.trim() === '') errors.push({ pointer: '/name', code: 'required', detail: 'Give the recipient a name.' });
  else if (others.some((other) => other.name.trim().toLowerCase() === input.name.trim().toLowerCase())) {
    errors.push({ pointer: '/name', code: 'duplicate', detail: 'Another recipient in the register already has this name.' });
  }
  if (isProcessor(input) && (agreement.status === 'none' || agreement.status === 'not_required')) {
    errors.push({
      pointer: '/agreement/status',
      code: 'agreement_required',
      detail: 'A processor needs a data processing agreement (GDPR Art. 28): record at least a draft while it is being negotiated.',
    });
  }
  if (input.role === 'authority' && input.category !== 'public_authority') {
    errors.push({ pointer: '/category', code: 'not_allowed', detail: 'An authority belongs to the category public_authority.' });
  }
  if (input.category === 'public_authority' && input.role !== 'authority') {
    errors.push({ pointer: '/role', code: 'not_allowed', detail: 'A public authority has the role authority.' });
  }
  if (agreement.status === 'signed' && agreement.signedOn === null) {
    errors.push({ pointer: '/agreement/signedOn', code: 'required', detail: 'A signed agreement needs the date it was signed.' });
  }
  if (agreement.signedOn !== null && agreement.expiresOn !== null && agreement.signedOn > agreement.expiresOn) {
    errors.push({ pointer: '/agreement/expiresOn', code: 'before_signed', detail: 'The agreement cannot expire before it was signed.' });
  }
  if (isOutsideEea(input.country) && (input.transferSafeguard === 'none' || input.transferSafeguard === 'not_applicable')) {
    errors.push({
      pointer: '/transferSafeguard',
      code: 'safeguard_required',
      detail: `${input.country} is outside the EEA: record the transfer safeguard (adequacy decision, standard contractual clauses or binding corporate rules).`,
    });
  }
  if (input.website !== null && !/^https?:\/\/[^\s/]+/i.test(input.website)) {
    errors.push({ pointer: '/website', code: 'invalid_scheme', detail: 'The website must be an http:// or https:// address.' });
  }
  if (input.lastReviewedOn !== null && input.nextReviewDue !== null && input.nextReviewDue < input.lastReviewedOn) {
    errors.push({ pointer: '/nextReviewDue', code: 'before_last_review', detail: 'The next review cannot be due before the last review.' });
  }
  if (input.purposes.some((purpose) => purpose.trim() === '')) {
    errors.push({ pointer: '/purposes', code: 'required', detail: 'Every purpose needs a description.' });
  }
  return errors;
}

export function recipientResponse(record: RecipientRecord, state: RecipientsState, today: string): Recipient {
  const peopleConcerned =
    record.role === 'authority'
      ? state.disclosures.filter((disclosure) => disclosure.recipientId === record.id).reduce((sum, disclosure) => sum + disclosure.peopleCount, 0)
      : record.peopleConcerned;
  return { ...record, dataCategories: [...record.dataCategories], purposes: [...record.purposes], agreement: { ...record.agreement }, warnings: recipientWarnings(record, today), peopleConcerned };
}

export function emptyWarningCounts(): Record<RecipientWarning, number> {
  return { processor_without_agreement: 0, agreement_expiring: 0, transfer_without_safeguard: 0, review_overdue: 0, consent_purpose_without_consent: 0 };
}

export function warningCounts(records: readonly RecipientInput[], today: string): Record<RecipientWarning, number> {
  const counts = emptyWarningCounts();
  for (const record of records) for (const warning of recipientWarnings(record, today)) counts[warning] += 1;
  return counts;
}

/** For the overview and the compliance report: the register's size and its warnings today. */
export function recipientWarningSummary(db: MockDb): { total: number; withWarnings: number; warningCounts: Record<RecipientWarning, number> } {
  const { recipients } = db.area(recipientsArea);
  const today = clock.today();
  return {
    total: recipients.length,
    withWarnings: recipients.filter((record) => recipientWarnings(record, today).length > 0).length,
    warningCounts: warningCounts(recipients, today),
  };
}

type Seed = Omit<RecipientInput, 'gatingPurpose' | 'website' | 'lastReviewedOn' | 'nextReviewDue'> & {
  gatingPurpose?: RecipientInput['gatingPurpose'];
  website?: string | null;
  lastReviewedOn?: string | null;
  nextReviewDue?: string | null;
  /** Share of all registered people whose data flows to or from this party. */
  share: number;
};

const signed = (signedOn: string, expiresOn: string | null, reference: string): RecipientInput['agreement'] => ({ status: 'signed', signedOn, expiresOn, reference });
const notRequired: RecipientInput['agreement'] = { status: 'not_required', signedOn: null, expiresOn: null, reference: null };

/**
 * The register as the policy describes it ("Met wie we uw informatie delen"). Processor names are
 * invented; Facebook, LinkedIn and Twitter are named by the policy itself. Dates are relative to
 * the reference day 2026-11-25: one agreement ends within 60 days, Twitter's review is overdue,
 * a US sub-processor lacks a transfer safeguard and a new market-research processor only has a
 * draft agreement, so every warning shows up in the demo.
 */
const SEEDS: readonly Seed[] = [
  {
    name: 'MailHaven B.V.',
    category: 'email_delivery',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account', 'usage_technical'],
    purposes: ['Namens Engcode e-mail verzenden (nieuwsbrieven, transactionele e-mails, kennisgevingen)'],
    legalBasis: 'contract',
    agreement: signed('2023-01-10', '2027-01-10', 'DPA-2023-004'),
    country: 'NL',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.mailhaven.example',
    lastReviewedOn: '2026-01-12',
    nextReviewDue: '2027-01-12',
    share: 0.97,
  },
  {
    name: 'PayNova Europe S.A.',
    category: 'payment_processing',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account', 'billing_payment'],
    purposes: ['Betalingen voor abonnementen verwerken', 'Facturatie'],
    legalBasis: 'contract',
    agreement: signed('2022-06-01', '2027-06-01', 'DPA-2022-011'),
    country: 'LU',
    transferSafeguard: 'not_applicable',
    owner: 'Finance',
    website: 'https://www.paynova.example',
    lastReviewedOn: '2026-05-20',
    nextReviewDue: '2027-05-20',
    share: 0.46,
  },
  {
    name: 'Panelwise Research Inc.',
    category: 'market_research',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account', 'profile'],
    purposes: ['Marktonderzoek uitvoeren bij gebruikers die daarvoor toestemming gaven'],
    legalBasis: 'consent',
    gatingPurpose: 'marketing_email',
    agreement: signed('2024-02-01', '2027-08-01', 'DPA-2024-002 + SCC module 2'),
    country: 'US',
    transferSafeguard: 'standard_contractual_clauses',
    owner: 'Marketing',
    website: 'https://www.panelwise.example',
    lastReviewedOn: '2026-02-03',
    nextReviewDue: '2027-02-03',
    share: 0.06,
  },
  {
    name: 'SurveyStack LLC',
    category: 'market_research',
    role: 'sub_processor',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['Enquêtes hosten voor Panelwise Research (subverwerker)'],
    legalBasis: 'consent',
    gatingPurpose: 'marketing_email',
    agreement: signed('2026-08-01', '2028-08-01', 'SUB-2026-001'),
    country: 'US',
    transferSafeguard: 'none',
    owner: 'Marketing',
    website: 'https://www.surveystack.example',
    lastReviewedOn: '2026-08-01',
    nextReviewDue: '2027-08-01',
    share: 0.05,
  },
  {
    name: 'Enquêtebureau Kempen BV',
    category: 'market_research',
    role: 'processor',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['Telefonisch klanttevredenheidsonderzoek (pilot)'],
    legalBasis: 'legitimate_interest',
    agreement: { status: 'draft', signedOn: null, expiresOn: null, reference: 'DPA-2026-009 (ontwerp)' },
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Sales',
    website: 'https://www.enquetebureau-kempen.example',
    lastReviewedOn: '2026-09-15',
    nextReviewDue: '2027-03-15',
    share: 0.01,
  },
  {
    name: 'Statlytics GmbH',
    category: 'analytics_provider',
    role: 'processor',
    direction: 'inbound',
    dataCategories: ['usage_technical'],
    purposes: ['Websitestatistieken en prestatiemetingen (analytische cookies)'],
    legalBasis: 'legitimate_interest',
    gatingPurpose: 'cookies_analytics',
    agreement: signed('2021-04-12', '2027-04-12', 'DPA-2021-006'),
    country: 'DE',
    transferSafeguard: 'not_applicable',
    owner: 'Engineering',
    website: 'https://www.statlytics.example',
    lastReviewedOn: '2026-04-02',
    nextReviewDue: '2027-04-02',
    share: 0.64,
  },
  {
    name: 'Facebook (Meta Platforms Ireland Ltd.)',
    category: 'social_platform',
    role: 'independent_controller',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['E-mailadressen delen voor aangepaste marketing op Facebook (Custom Audiences)'],
    legalBasis: 'consent',
    gatingPurpose: 'social_facebook',
    agreement: signed('2023-04-20', null, 'Custom Audiences-voorwaarden'),
    country: 'IE',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.facebook.com',
    lastReviewedOn: '2026-03-10',
    nextReviewDue: '2027-03-10',
    share: 0.21,
  },
  {
    name: 'LinkedIn Ireland Unlimited Company',
    category: 'social_platform',
    role: 'independent_controller',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['E-mailadressen delen voor aangepaste marketing op LinkedIn (Matched Audiences)'],
    legalBasis: 'consent',
    gatingPurpose: 'social_linkedin',
    agreement: signed('2023-04-20', null, 'LinkedIn Matched Audiences-voorwaarden'),
    country: 'IE',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.linkedin.com',
    lastReviewedOn: '2026-04-14',
    nextReviewDue: '2027-04-14',
    share: 0.14,
  },
  {
    name: 'Twitter International Unlimited Company',
    category: 'social_platform',
    role: 'independent_controller',
    direction: 'outbound',
    dataCategories: ['account'],
    purposes: ['E-mailadressen delen voor aangepaste marketing op Twitter (Tailored Audiences)'],
    legalBasis: 'consent',
    gatingPurpose: 'social_twitter',
    agreement: signed('2023-04-20', null, 'Twitter Tailored Audiences-voorwaarden'),
    country: 'IE',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://twitter.com',
    lastReviewedOn: '2025-06-16',
    nextReviewDue: '2026-06-16',
    share: 0.07,
  },
  {
    name: 'Employers on Business plans',
    category: 'employer',
    role: 'independent_controller',
    direction: 'outbound',
    dataCategories: ['account', 'usage_technical'],
    purposes: ['Informatie over het gebruik van het platform delen met de werkgever of communitysponsor die het abonnement betaalt'],
    legalBasis: 'contract',
    agreement: signed('2019-09-01', null, 'Businessplan-overeenkomst (Engcode als verwerker)'),
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Sales',
    website: 'https://www.engcode.be/algemene-voorwaarden',
    lastReviewedOn: '2026-06-30',
    nextReviewDue: '2027-06-30',
    share: 0.22,
  },
  {
    name: 'AdSphere Europe Ltd.',
    category: 'advertising_network',
    role: 'independent_controller',
    direction: 'inbound',
    dataCategories: ['usage_technical'],
    purposes: ['Advertenties relevanter maken op basis van bezochte pagina’s (targeting cookies)'],
    legalBasis: 'consent',
    gatingPurpose: 'cookies_targeting',
    agreement: signed('2022-10-01', '2027-10-01', 'Joint-controller arrangement AS-22'),
    country: 'IE',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.adsphere.example',
    lastReviewedOn: '2026-02-20',
    nextReviewDue: '2027-02-20',
    share: 0.33,
  },
  {
    name: 'Retargetly Media BV',
    category: 'advertising_network',
    role: 'independent_controller',
    direction: 'inbound',
    dataCategories: ['usage_technical'],
    purposes: ['Retargeting van bezoekers op websites van derden'],
    legalBasis: 'consent',
    gatingPurpose: null,
    agreement: signed('2025-11-03', '2027-11-03', 'RM-2025-17'),
    country: 'NL',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.retargetly.example',
    lastReviewedOn: '2025-11-03',
    nextReviewDue: '2026-11-03',
    share: 0.12,
  },
  {
    name: 'Zoekdata Benelux BV',
    category: 'search_information_provider',
    role: 'independent_controller',
    direction: 'inbound',
    dataCategories: ['usage_technical'],
    purposes: ['Zoekwoorden en herkomst van bezoekers ontvangen om de site te verbeteren'],
    legalBasis: 'legitimate_interest',
    agreement: notRequired,
    country: 'NL',
    transferSafeguard: 'not_applicable',
    owner: 'Marketing',
    website: 'https://www.zoekdata.example',
    lastReviewedOn: '2025-12-01',
    nextReviewDue: '2026-12-01',
    share: 0.41,
  },
  {
    name: 'Koper of opvolger bij een bedrijfsoverdracht',
    category: 'business_transfer',
    role: 'independent_controller',
    direction: 'outbound',
    dataCategories: ['account', 'billing_payment', 'usage_technical', 'profile', 'content'],
    purposes: ['Overdracht bij verkoop, fusie, reorganisatie of ontbinding (momenteel geen lopende overdracht)'],
    legalBasis: 'legitimate_interest',
    agreement: notRequired,
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Legal',
    website: null,
    lastReviewedOn: '2026-01-05',
    nextReviewDue: '2027-01-05',
    share: 0,
  },
  {
    name: 'FOD Justitie',
    category: 'public_authority',
    role: 'authority',
    direction: 'outbound',
    dataCategories: ['account', 'billing_payment', 'usage_technical'],
    purposes: ['Gegevens verstrekken op gerechtelijk bevel of vordering'],
    legalBasis: 'legal_obligation',
    agreement: notRequired,
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Legal',
    website: 'https://justitie.belgium.be',
    lastReviewedOn: '2026-01-05',
    nextReviewDue: '2027-01-05',
    share: 0,
  },
  {
    name: 'Politie (federale en lokale politie)',
    category: 'public_authority',
    role: 'authority',
    direction: 'outbound',
    dataCategories: ['account', 'usage_technical'],
    purposes: ['Gegevens verstrekken op wettig verzoek in het kader van wetshandhaving'],
    legalBasis: 'legal_obligation',
    agreement: notRequired,
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Legal',
    website: 'https://www.politie.be',
    lastReviewedOn: '2026-01-05',
    nextReviewDue: '2027-01-05',
    share: 0,
  },
  {
    name: 'Veiligheid van de Staat (Staatsveiligheid)',
    category: 'public_authority',
    role: 'authority',
    direction: 'outbound',
    dataCategories: ['account', 'usage_technical'],
    purposes: ['Gegevens verstrekken voor de nationale veiligheid op wettig verzoek'],
    legalBasis: 'legal_obligation',
    agreement: notRequired,
    country: 'BE',
    transferSafeguard: 'not_applicable',
    owner: 'Legal',
    website: 'https://www.vsse.be',
    lastReviewedOn: '2026-01-05',
    nextReviewDue: '2027-01-05',
    share: 0,
  },
];

/** Index of each authority in SEEDS, for the disclosure log. */
const JUSTICE = SEEDS.findIndex((seed) => seed.name === 'FOD Justitie');
const POLICE = SEEDS.findIndex((seed) => seed.name.startsWith('Politie'));
const STATE_SECURITY = SEEDS.findIndex((seed) => seed.name.startsWith('Veiligheid van de Staat'));

export function seedRecipients(peopleCount: number): RecipientRecord[] {
  return SEEDS.map(({ share, ...seed }, index) => ({
    ...seed,
    gatingPurpose: seed.gatingPurpose ?? null,
    website: seed.website ?? null,
    lastReviewedOn: seed.lastReviewedOn ?? null,
    nextReviewDue: seed.nextReviewDue ?? null,
    id: uuidFor(NS.recipient, index),
    peopleConcerned: Math.round(peopleCount * share),
    version: 1,
  }));
}

const NOT_NOTIFIED_REASONS: Record<DisclosureLegalGround, readonly string[]> = {
  court_order: [
    'De onderzoeksrechter legde geheimhouding op (art. 46bis §2 en art. 88bis Sv.); de betrokkene mag niet op de hoogte worden gebracht zolang het onderzoek loopt.',
    'Het gerechtelijk bevel verbiedt uitdrukkelijk elke kennisgeving aan de betrokkene.',
  ],
  law_enforcement_request: [
    'Het parket vroeg schriftelijk om de betrokkene niet in te lichten om het lopende opsporingsonderzoek niet te schaden.',
    'Geheimhoudingsplicht opgelegd bij de vordering (art. 46bis §2 Sv.).',
  ],
  national_security: ['Wettelijke geheimhoudingsplicht bij vorderingen van de inlichtingen- en veiligheidsdiensten (W.I&V 30 november 1998).'],
};

/** ~24 disclosures over five years, each to one of the three authorities. */
export function seedDisclosures(count: number, recipients: readonly RecipientRecord[]): { disclosures: DisclosureRecord[]; counters: Map<string, number> } {
  const random = mulberry32(5_150_024);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const officers = STAFF.filter((member) => member.role === 'privacy_officer');
  const start = '2021-12-01';
  const span = 5 * 365 - 10;
  const days = Array.from({ length: count }, () => Math.floor(random() * span)).sort((a, b) => a - b);
  const counters = new Map<string, number>();
  const disclosures = days.map((offset, index): DisclosureRecord => {
    const disclosedOn = addDays(start, offset);
    const roll = random();
    const authorityIndex = roll < 0.55 ? POLICE : roll < 0.85 ? JUSTICE : STATE_SECURITY;
    const recipient = recipients[authorityIndex];
    if (!recipient) throw new Error('Authorities missing from the register seed');
    const legalGround: DisclosureLegalGround =
      authorityIndex === STATE_SECURITY ? 'national_security' : authorityIndex === JUSTICE ? 'court_order' : random() < 0.75 ? 'law_enforcement_request' : 'court_order';
    const year = disclosedOn.slice(0, 4);
    const number = (counters.get(year) ?? 0) + 1;
    counters.set(year, number);
    const notified = legalGround === 'national_security' ? false : random() < 0.45;
    const requestReference =
      legalGround === 'national_security'
        ? `VSSE/${year}/${String(100 + Math.floor(random() * 800))}`
        : legalGround === 'court_order'
          ? `Beschikking OR ${year.slice(2)}/${String(1000 + Math.floor(random() * 8000))}`
          : `PV ${pick(['AN', 'GE', 'HA', 'LE', 'BR'])}.${String(10 + Math.floor(random() * 80))}.L${1 + Math.floor(random() * 7)}.${String(100000 + Math.floor(random() * 899999))}/${year.slice(2)}`;
    const categoryRoll = random();
    const dataCategories: DataCategory[] = categoryRoll < 0.5 ? ['account'] : categoryRoll < 0.85 ? ['account', 'usage_technical'] : ['account', 'billing_payment', 'usage_technical'];
    const sizeRoll = random();
    const peopleCount = sizeRoll < 0.7 ? 1 : sizeRoll < 0.95 ? 2 + Math.floor(random() * 4) : 12 + Math.floor(random() * 40);
    const recordedBy = staffMember(pick(officers));
    return {
      id: uuidFor(NS.disclosure, index),
      reference: `DISC-${year}-${String(number).padStart(4, '0')}`,
      recipientId: recipient.id,
      disclosedOn,
      legalGround,
      requestReference,
      dataCategories,
      peopleCount,
      personNotified: notified,
      notNotifiedReason: notified ? null : pick(NOT_NOTIFIED_REASONS[legalGround]),
      recordedBy,
      recordedAt: at(addDays(disclosedOn, random() < 0.7 ? 0 : 1), 9 + Math.floor(random() * 8), Math.floor(random() * 60)),
    };
  });
  return { disclosures, counters };
}

export const recipientsArea: AreaDefinition<RecipientsState> = {
  name: 'recipients',
  create(db) {
    // The `empty` scenario shows an empty register (and its empty states).
    if (db.scale === 0) return { recipients: [], disclosures: [], disclosureCounters: new Map() };
    const recipients = seedRecipients(db.peopleCount);
    const { disclosures, counters } = seedDisclosures(db.size('disclosures'), recipients);
    return { recipients, disclosures, disclosureCounters: counters };
  },
};

export function nextDisclosureReference(state: RecipientsState, disclosedOn: string): string {
  const year = disclosedOn.slice(0, 4);
  const number = (state.disclosureCounters.get(year) ?? 0) + 1;
  state.disclosureCounters.set(year, number);
  return `DISC-${year}-${String(number).padStart(4, '0')}`;
}

/** Every quarter from `first` to `last` inclusive (`2025-Q4`, `2026-Q1`, ...). */
export function quartersBetween(first: string, last: string): string[] {
  const parse = (quarter: string) => Number(quarter.slice(0, 4)) * 4 + Number(quarter.slice(6)) - 1;
  const result: string[] = [];
  for (let n = parse(first); n <= parse(last); n += 1) result.push(`${Math.floor(n / 4)}-Q${(n % 4) + 1}`);
  return result;
}

export const LEGAL_GROUNDS: readonly DisclosureLegalGround[] = ['court_order', 'law_enforcement_request', 'national_security'];

/** Disclosures per quarter and legal ground, every quarter from the first disclosure to today. */
export function disclosureStatistics(disclosures: readonly DisclosureRecord[], today: string): Schemas['DisclosureStatistics'] {
  if (disclosures.length === 0) return { byQuarter: [] };
  const first = disclosures.reduce((min, disclosure) => (disclosure.disclosedOn < min ? disclosure.disclosedOn : min), today);
  const quarters = quartersBetween(quarterOf(first), quarterOf(today)).slice(-80);
  const counts = new Map<string, Map<DisclosureLegalGround, number>>(quarters.map((quarter) => [quarter, new Map()]));
  for (const disclosure of disclosures) {
    const perGround = counts.get(quarterOf(disclosure.disclosedOn));
    if (perGround) perGround.set(disclosure.legalGround, (perGround.get(disclosure.legalGround) ?? 0) + 1);
  }
  return {
    byQuarter: quarters.map((quarter) => {
      const perGround = counts.get(quarter) ?? new Map<DisclosureLegalGround, number>();
      const byLegalGround = LEGAL_GROUNDS.map((key) => ({ key, count: perGround.get(key) ?? 0 }));
      return { quarter, total: byLegalGround.reduce((sum, entry) => sum + entry.count, 0), byLegalGround };
    }),
  };
}

const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  account: 'Account data',
  billing_payment: 'Billing and payment data',
  usage_technical: 'Usage and technical data',
  profile: 'Profile data',
  content: 'Content (posts, feedback)',
};

/**
 * The register as a flow graph for a Sankey diagram. Outbound parties are targets of links from
 * the data categories they receive; inbound parties (ad networks, analytics and search-information
 * providers that send Engcode data) are sources of links into those categories, so the graph reads
 * left to right: inbound sources -> Engcode's data categories -> outbound recipients. A party with
 * no one concerned (the business-transfer placeholder) draws no link.
 */
export function dataFlows(records: readonly Recipient[]): Schemas['DataFlows'] {
  const nodes: Schemas['DataFlows']['nodes'] = [];
  const links: Schemas['DataFlows']['links'] = [];
  const usedCategories = new Set<DataCategory>();
  for (const record of records) {
    if (record.peopleConcerned <= 0) continue;
    const recipientNode = `recipient:${record.id}`;
    nodes.push({ id: recipientNode, kind: 'recipient', label: record.name, recipientId: record.id });
    for (const category of record.dataCategories) {
      usedCategories.add(category);
      const categoryNode = `category:${category}`;
      links.push(
        record.direction === 'inbound'
          ? { source: recipientNode, target: categoryNode, people: record.peopleConcerned, legalBasis: record.legalBasis }
          : { source: categoryNode, target: recipientNode, people: record.peopleConcerned, legalBasis: record.legalBasis },
      );
    }
  }
  const categoryNodes = (Object.keys(DATA_CATEGORY_LABELS) as DataCategory[])
    .filter((category) => usedCategories.has(category))
    .map((category) => ({ id: `category:${category}`, kind: 'data_category' as const, label: DATA_CATEGORY_LABELS[category] }));
  return { nodes: [...categoryNodes, ...nodes], links };
}
