import type { Schemas } from '@/api/types';

// Every value of the contract's enums, in display order. `satisfies` plus the exhaustiveness
// check below make the type checker fail when the contract adds a value these lists do not know.
export const RECIPIENT_CATEGORIES = [
  'email_delivery',
  'payment_processing',
  'market_research',
  'analytics_provider',
  'advertising_network',
  'search_information_provider',
  'social_platform',
  'employer',
  'business_transfer',
  'public_authority',
] as const satisfies readonly Schemas['RecipientCategory'][];
export const RECIPIENT_ROLES = ['processor', 'sub_processor', 'independent_controller', 'authority'] as const satisfies readonly Schemas['RecipientRole'][];
export const LEGAL_BASES = ['consent', 'contract', 'legitimate_interest', 'legal_obligation'] as const satisfies readonly Schemas['LegalBasis'][];
export const DATA_CATEGORIES = ['account', 'billing_payment', 'usage_technical', 'profile', 'content'] as const satisfies readonly Schemas['DataCategory'][];
export const AGREEMENT_STATUSES = ['signed', 'draft', 'expired', 'none', 'not_required'] as const satisfies readonly Schemas['AgreementStatus'][];
export const TRANSFER_SAFEGUARDS = ['not_applicable', 'adequacy', 'standard_contractual_clauses', 'binding_corporate_rules', 'none'] as const satisfies readonly Schemas['TransferSafeguard'][];
export const FLOW_DIRECTIONS = ['outbound', 'inbound'] as const satisfies readonly Schemas['FlowDirection'][];
export const RECIPIENT_WARNINGS = [
  'processor_without_agreement',
  'agreement_expiring',
  'transfer_without_safeguard',
  'review_overdue',
  'consent_purpose_without_consent',
] as const satisfies readonly Schemas['RecipientWarning'][];
export const LEGAL_GROUNDS = ['court_order', 'law_enforcement_request', 'national_security'] as const satisfies readonly Schemas['DisclosureLegalGround'][];

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Schemas['RecipientCategory'], (typeof RECIPIENT_CATEGORIES)[number]>,
  Exhaustive<Schemas['RecipientRole'], (typeof RECIPIENT_ROLES)[number]>,
  Exhaustive<Schemas['LegalBasis'], (typeof LEGAL_BASES)[number]>,
  Exhaustive<Schemas['DataCategory'], (typeof DATA_CATEGORIES)[number]>,
  Exhaustive<Schemas['AgreementStatus'], (typeof AGREEMENT_STATUSES)[number]>,
  Exhaustive<Schemas['TransferSafeguard'], (typeof TRANSFER_SAFEGUARDS)[number]>,
  Exhaustive<Schemas['RecipientWarning'], (typeof RECIPIENT_WARNINGS)[number]>,
  Exhaustive<Schemas['DisclosureLegalGround'], (typeof LEGAL_GROUNDS)[number]>,
] = [true, true, true, true, true, true, true, true];
void exhaustive;

/** EU 27 plus Iceland, Liechtenstein and Norway: no transfer safeguard is needed inside. */
export const EEA_COUNTRIES: readonly string[] = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE', 'IS', 'LI', 'NO',
];

/**
 * Countries with a European Commission adequacy decision (GDPR Art. 45). For the United States
 * it covers only organisations certified under the EU-US Data Privacy Framework, so the form
 * suggests, never decides.
 */
export const ADEQUACY_COUNTRIES: readonly string[] = ['AD', 'AR', 'CA', 'FO', 'GG', 'IL', 'IM', 'JP', 'JE', 'NZ', 'KR', 'CH', 'GB', 'UY', 'US'];

/** Third countries a recipient is likely to sit in; the form offers these beside the EEA. */
const OTHER_COUNTRIES: readonly string[] = ['AU', 'BR', 'CN', 'IN', 'MA', 'RS', 'SG', 'TR', 'UA', 'AE', 'ZA'];

export const COUNTRIES: readonly string[] = [...new Set([...EEA_COUNTRIES, ...ADEQUACY_COUNTRIES, ...OTHER_COUNTRIES])];

export function isOutsideEea(country: string): boolean {
  return !EEA_COUNTRIES.includes(country);
}

export function isProcessorRole(role: string): boolean {
  return role === 'processor' || role === 'sub_processor';
}
