import type { operations } from '@/api/schema';

/** The rate query exactly as the API takes it. */
export type ConsentRatesQuery = operations['getConsentRates']['parameters']['query'];

/**
 * Query keys of the consent analytics. Recording a consent change elsewhere (the person's page)
 * makes `rates()` and `expirations()` stale: the app layer invalidates `consentKeys.all`
 * (see src/app/routes/people/detail.tsx), so the page includes the change on its next load.
 */
export const consentKeys = {
  all: ['consent'] as const,
  purposes: () => [...consentKeys.all, 'purposes'] as const,
  rates: () => [...consentKeys.all, 'rates'] as const,
  rate: (query: ConsentRatesQuery) => [...consentKeys.rates(), query] as const,
  expirations: () => [...consentKeys.all, 'expirations'] as const,
};
