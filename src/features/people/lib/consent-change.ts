import type { Schemas } from '@/api/types';

export type PurposeConsent = Schemas['PurposeConsent'];
export type Decision = Schemas['ConsentChangeRequest']['decision'];

/** Cookie consents lapse (after two years) and may be renewed while still granted. */
const LAPSING = new Set<Schemas['PurposeKey']>(['cookies_analytics', 'cookies_functionality', 'cookies_targeting']);

/**
 * What may be recorded for a purpose in its current state, as the server allows it: only a
 * granted consent can be withdrawn; granting again proves nothing new unless the consent lapses.
 * Strictly necessary cookies need no consent, so nothing is recorded for them.
 */
export function allowedDecisions(consent: PurposeConsent): Decision[] {
  if (consent.state === 'not_required') return [];
  if (consent.state === 'granted') return LAPSING.has(consent.purpose) ? ['withdrawn', 'granted'] : ['withdrawn'];
  return ['granted'];
}

/** Purposes a change can be recorded for, in the policy's order. */
export function recordablePurposes(consents: readonly PurposeConsent[]): PurposeConsent[] {
  return consents.filter((consent) => allowedDecisions(consent).length > 0);
}
