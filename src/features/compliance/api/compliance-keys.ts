import type { operations } from '@/api/schema';

/** The filters, sort and page exactly as the API takes them (and the URL carries them). */
export type CheckListQuery = NonNullable<operations['listComplianceChecks']['parameters']['query']>;
export type ActionListQuery = NonNullable<operations['listRemediationActions']['parameters']['query']>;
export type ResultListQuery = NonNullable<operations['listCheckResults']['parameters']['query']>;

/** Query keys of the compliance area; mutations invalidate exactly the keys they affect. */
export const complianceKeys = {
  all: ['compliance'] as const,
  checks: () => [...complianceKeys.all, 'checks'] as const,
  checkList: (query: CheckListQuery) => [...complianceKeys.checks(), 'list', query] as const,
  check: (checkId: string) => [...complianceKeys.checks(), 'detail', checkId] as const,
  results: (checkId: string, query: ResultListQuery) => [...complianceKeys.check(checkId), 'results', query] as const,
  actions: () => [...complianceKeys.all, 'actions'] as const,
  actionList: (query: ActionListQuery) => [...complianceKeys.actions(), 'list', query] as const,
  action: (actionId: string) => [...complianceKeys.actions(), 'detail', actionId] as const,
  score: () => [...complianceKeys.all, 'score'] as const,
};
