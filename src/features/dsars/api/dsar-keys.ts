import type { operations } from '@/api/schema';

/** The list filters, sort and page exactly as the API takes them (and the URL carries them). */
export type DsarListQuery = NonNullable<operations['listDsars']['parameters']['query']>;

/** Query keys of the DSAR area; mutations invalidate or update exactly the keys they affect. */
export const dsarKeys = {
  all: ['dsars'] as const,
  lists: () => [...dsarKeys.all, 'list'] as const,
  list: (query: DsarListQuery) => [...dsarKeys.lists(), query] as const,
  details: () => [...dsarKeys.all, 'detail'] as const,
  detail: (dsarId: string) => [...dsarKeys.details(), dsarId] as const,
  timeline: (dsarId: string) => [...dsarKeys.detail(dsarId), 'timeline'] as const,
  recipientNotifications: (dsarId: string) => [...dsarKeys.detail(dsarId), 'recipient-notifications'] as const,
  dataSummary: (dsarId: string) => [...dsarKeys.detail(dsarId), 'data-summary'] as const,
  related: (dsarId: string) => [...dsarKeys.detail(dsarId), 'related'] as const,
  staff: () => ['staff'] as const,
  settings: () => [...dsarKeys.all, 'settings'] as const,
};
