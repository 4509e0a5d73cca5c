import type { operations } from '@/api/schema';

export type ViolationListQuery = NonNullable<operations['listViolations']['parameters']['query']>;
export type ViolationStatisticsQuery = NonNullable<operations['getViolationStatistics']['parameters']['query']>;

export const violationKeys = {
  all: ['violations'] as const,
  lists: () => [...violationKeys.all, 'list'] as const,
  list: (query: ViolationListQuery) => [...violationKeys.lists(), query] as const,
  detail: (violationId: string) => [...violationKeys.all, 'detail', violationId] as const,
  // Counts without names live under their own root, so clearing records never touches them.
  statistics: (query: ViolationStatisticsQuery) => ['violation-statistics', query] as const,
};
