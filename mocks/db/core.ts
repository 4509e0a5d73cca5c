import type { components } from '../../src/api/schema';
import { clock, REFERENCE_TODAY } from '../lib/clock';
import { addDays, daysBetween } from '../lib/dates';
import { mulberry32, seeded } from '../lib/faker';
import { indexFromUuid, NS, uuidFor } from '../lib/ids';

type Schemas = components['schemas'];
export type Role = Schemas['Role'];
export type Permission = Schemas['Permission'];
export type PurposeKey = Schemas['PurposeKey'];

export interface StaffRecord {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

/** Demo accounts and colleagues. Passwords are all `demo` (the mock identity provider). */
export const STAFF: readonly StaffRecord[] = [
  { id: uuidFor(NS.staff, 0), username: 'els.peeters', displayName: 'Els Peeters', role: 'privacy_officer' },
  { id: uuidFor(NS.staff, 1), username: 'jan.devries', displayName: 'Jan De Vries', role: 'support' },
  { id: uuidFor(NS.staff, 2), username: 'an.claes', displayName: 'An Claes', role: 'management' },
  { id: uuidFor(NS.staff, 3), username: 'sofie.maes', displayName: 'Sofie Maes', role: 'support' },
  { id: uuidFor(NS.staff, 4), username: 'lars.janssens', displayName: 'Lars Janssens', role: 'support' },
  { id: uuidFor(NS.staff, 5), username: 'pieter.jacobs', displayName: 'Pieter Jacobs', role: 'privacy_officer' },
];

export const DEMO_PASSWORD = 'demo';

const ALL_PERMISSIONS: readonly Permission[] = [
  'overview_read', 'people_read', 'people_reveal', 'consent_read', 'consent_write', 'consent_rates_read',
  'dsars_read', 'dsars_work', 'dsars_manage', 'dsar_statistics_read', 'recipients_read', 'recipients_write',
  'disclosures_read', 'disclosures_write', 'disclosure_statistics_read', 'checks_read', 'checks_write',
  'violations_read', 'violations_write', 'violation_statistics_read', 'complaints_read', 'complaints_write',
  'policies_read', 'policies_write', 'reports_read', 'reports_freeze', 'audit_read', 'staff_read',
];

/** The role matrix of DOMAIN.md, as the server enforces it. */
export const PERMISSIONS_BY_ROLE: Record<Role, readonly Permission[]> = {
  privacy_officer: ALL_PERMISSIONS,
  support: [
    'overview_read', 'people_read', 'people_reveal', 'consent_read', 'consent_write', 'dsars_read', 'dsars_work',
    'recipients_read', 'complaints_read', 'complaints_write', 'policies_read', 'staff_read',
  ],
  management: [
    'overview_read', 'consent_rates_read', 'dsar_statistics_read', 'recipients_read', 'disclosure_statistics_read',
    'checks_read', 'violation_statistics_read', 'policies_read', 'reports_read', 'reports_freeze',
  ],
};

export function staffMember(record: StaffRecord): Schemas['StaffMember'] {
  return { id: record.id, displayName: record.displayName, role: record.role };
}

export const PURPOSES: ReadonlyArray<Schemas['ConsentPurpose']> = (
  [
    ['marketing_email', 'marketing', true, null],
    ['marketing_post', 'marketing', true, null],
    ['marketing_phone', 'marketing', true, null],
    ['marketing_onsite', 'marketing', true, null],
    ['transactional_email', 'transactional', true, null],
    ['social_facebook', 'social_sharing', true, null],
    ['social_linkedin', 'social_sharing', true, null],
    ['social_twitter', 'social_sharing', true, null],
    ['cookies_necessary', 'cookies', false, null],
    ['cookies_analytics', 'cookies', true, 730],
    ['cookies_functionality', 'cookies', true, 730],
    ['cookies_targeting', 'cookies', true, 730],
  ] as const
).map(([key, group, consentBased, expiresAfterDays], index) => ({
  id: uuidFor(NS.purpose, index),
  key,
  group,
  consentBased,
  expiresAfterDays,
}));

export interface PolicyVersionRecord {
  id: string;
  version: string;
  effectiveOn: string;
  material: boolean;
  summary: { nl: string; en: string };
  publishedAt: string;
  announcementId: string | null;
}

/** v1.0.0 is the policy in ../shared/seed; later versions are the console's history of changes. */
export const POLICY_VERSIONS: readonly PolicyVersionRecord[] = [
  {
    id: uuidFor(NS.policyVersion, 0),
    version: '1.0.0',
    effectiveOn: '2019-09-01',
    material: true,
    summary: { nl: 'Eerste privacybeleid van Engcode BV.', en: "Engcode BV's first privacy policy." },
    publishedAt: '2019-08-01T09:00:00+02:00',
    announcementId: uuidFor(NS.announcement, 0),
  },
  {
    id: uuidFor(NS.policyVersion, 1),
    version: '1.1.0',
    effectiveOn: '2021-03-15',
    material: false,
    summary: { nl: 'Contactgegevens en tekstuele verduidelijkingen bijgewerkt.', en: 'Contact details and wording clarified.' },
    publishedAt: '2021-03-01T09:00:00+01:00',
    announcementId: null,
  },
  {
    id: uuidFor(NS.policyVersion, 2),
    version: '2.0.0',
    effectiveOn: '2023-05-01',
    material: true,
    summary: {
      nl: 'Delen van e-mailadressen met Facebook, LinkedIn en Twitter voor gerichte marketing toegevoegd.',
      en: 'Sharing email addresses with Facebook, LinkedIn and Twitter for custom audiences added.',
    },
    publishedAt: '2023-04-01T09:00:00+02:00',
    announcementId: uuidFor(NS.announcement, 1),
  },
  {
    id: uuidFor(NS.policyVersion, 3),
    version: '2.1.0',
    effectiveOn: '2025-09-01',
    material: true,
    summary: {
      nl: 'Aanbevelingen op basis van machine learning en nieuwe analysecookies beschreven.',
      en: 'Machine-learning recommendations and new analytics cookies described.',
    },
    publishedAt: '2025-08-01T09:00:00+02:00',
    announcementId: uuidFor(NS.announcement, 2),
  },
];

/** The policy version in force on a calendar day. */
export function policyVersionOn(date: string, versions: readonly PolicyVersionRecord[] = POLICY_VERSIONS): PolicyVersionRecord {
  let current = versions[0];
  for (const version of versions) if (version.effectiveOn <= date) current = version;
  if (!current) throw new Error('No policy versions');
  return current;
}

export interface OrganisationRecord {
  id: string;
  name: string;
}

export const ORGANISATION_COUNT = 40;

export function organisationAt(index: number): OrganisationRecord {
  const faker = seeded(NS.organisation, index);
  // The nl and nl_BE locales have no company names (faker.company.name() throws): compose one.
  const name = `${faker.person.lastName()} ${faker.helpers.arrayElement(['BV', 'NV', 'Groep', '& Partners', 'Solutions', 'Logistics', 'Zorg'])}`;
  return { id: uuidFor(NS.organisation, index), name };
}

export interface PersonRecord {
  index: number;
  id: string;
  accountReference: string;
  firstName: string;
  lastName: string;
  email: string;
  address: string;
  country: 'BE' | 'NL';
  plan: 'individual' | 'business';
  employerIndex: number | null;
  registeredOn: string;
}

/** The first day the platform had users: the policy's effective date. */
export const PLATFORM_START = '2019-09-01';

/** Deterministic person number `index`, generated on demand. */
export function personAt(index: number): PersonRecord {
  const faker = seeded(NS.person, index);
  const random = mulberry32(index * 7919 + 17);
  const country = random() < 0.62 ? 'BE' : 'NL';
  const plan = random() < 0.22 ? 'business' : 'individual';
  const firstName = faker.person.firstName();
  const lastName = faker.person.lastName();
  const span = daysBetween(PLATFORM_START, REFERENCE_TODAY);
  const registeredOn = addDays(PLATFORM_START, Math.floor(random() ** 0.8 * span));
  const local = `${firstName}.${lastName}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
  const domain = country === 'BE' ? faker.helpers.arrayElement(['telenet.be', 'proximus.be', 'gmail.com', 'outlook.be']) : faker.helpers.arrayElement(['ziggo.nl', 'kpnmail.nl', 'gmail.com', 'hotmail.nl']);
  return {
    index,
    id: uuidFor(NS.person, index),
    accountReference: `EC-${String(1_000_000 + index)}`,
    firstName,
    lastName,
    email: `${local}${index % 97 === 0 ? '' : index}@${domain}`,
    address: `${faker.location.streetAddress()}, ${country === 'BE' ? faker.location.zipCode('####') : faker.location.zipCode('#### ??')} ${faker.location.city()}`,
    country,
    plan,
    employerIndex: plan === 'business' ? Math.floor(random() * ORGANISATION_COUNT) : null,
    registeredOn,
  };
}

export function personIndexFromId(id: string, count: number): number | null {
  const index = indexFromUuid(NS.person, id);
  return index !== null && index < count ? index : null;
}

/** "Jan Peeters" -> "J. P." */
export function maskName(firstName: string, lastName: string): string {
  return `${firstName.slice(0, 1)}. ${lastName.slice(0, 1)}.`;
}

/** "jan.peeters@telenet.be" -> "j•••@t•••.be" */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  const tld = dot > 0 ? domain.slice(dot) : '';
  return `${local.slice(0, 1)}•••@${host.slice(0, 1)}•••${tld}`;
}

export function personRef(person: PersonRecord): Schemas['PersonRef'] {
  return { id: person.id, accountReference: person.accountReference, maskedName: maskName(person.firstName, person.lastName) };
}

export function nowIso(): string {
  return clock.nowIso();
}
