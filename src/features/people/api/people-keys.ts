import type { operations } from '@/api/schema';

/** A person's consent history query exactly as the API takes it (and the URL carries it). */
export type ConsentHistoryQuery = NonNullable<operations['listPersonConsentEvents']['parameters']['query']>;

/**
 * Query keys of the people area. Keys hold a person's opaque id, never an email or a name: a
 * search by email is a mutation (POST, body only), so no personal data lands in a query key,
 * the address bar or anything that could be persisted. A revealed identity is never cached.
 */
export const peopleKeys = {
  all: ['people'] as const,
  details: () => [...peopleKeys.all, 'detail'] as const,
  detail: (personId: string) => [...peopleKeys.details(), personId] as const,
  history: (personId: string) => [...peopleKeys.detail(personId), 'consent-events'] as const,
  historyPage: (personId: string, query: ConsentHistoryQuery) => [...peopleKeys.history(personId), query] as const,
  cases: (personId: string) => [...peopleKeys.detail(personId), 'cases'] as const,
};
