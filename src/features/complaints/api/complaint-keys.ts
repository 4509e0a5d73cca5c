import type { operations } from '@/api/schema';

/** The queue's filters, sort and page exactly as the API takes them (and the URL carries them). */
export type ComplaintListQuery = NonNullable<operations['listComplaints']['parameters']['query']>;

export const complaintKeys = {
  all: ['complaints'] as const,
  lists: () => [...complaintKeys.all, 'list'] as const,
  list: (query: ComplaintListQuery) => [...complaintKeys.lists(), query] as const,
  details: () => [...complaintKeys.all, 'detail'] as const,
  detail: (complaintId: string) => [...complaintKeys.details(), complaintId] as const,
  timeline: (complaintId: string) => [...complaintKeys.detail(complaintId), 'timeline'] as const,
  staff: () => ['staff'] as const,
};
