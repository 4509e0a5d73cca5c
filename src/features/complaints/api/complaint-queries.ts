import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { complaintKeys, type ComplaintListQuery } from './complaint-keys';

export type Complaint = Schemas['Complaint'];
/** A complaint with the ETag every change sends back as If-Match. */
export interface ComplaintWithEtag {
  data: Complaint;
  etag: string;
}

export function complaintListQueryOptions(query: ComplaintListQuery) {
  return queryOptions({
    queryKey: complaintKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/complaints', { params: { query }, signal })),
    // The current page stays on screen while the next loads; the table marks itself busy.
    placeholderData: keepPreviousData,
  });
}

/** One page of the queue; the server filters by role (support: own and unassigned only). */
export function useComplaintList(query: ComplaintListQuery) {
  return useQuery(complaintListQueryOptions(query));
}

export function complaintQueryOptions(complaintId: string) {
  return queryOptions({
    queryKey: complaintKeys.detail(complaintId),
    queryFn: (): Promise<ComplaintWithEtag> => unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId } } })),
    // A missing or forbidden complaint will not appear by asking again.
    retry: (failureCount, error) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2,
  });
}

export function useComplaint(complaintId: string) {
  return useQuery(complaintQueryOptions(complaintId));
}

export function useComplaintTimeline(complaintId: string) {
  return useQuery({
    queryKey: complaintKeys.timeline(complaintId),
    // A complaint's history is short; one page of 100 holds it.
    queryFn: () => unwrap(api.GET('/complaints/{complaintId}/timeline', { params: { path: { complaintId }, query: { page: 1, pageSize: 100 } } })),
  });
}

/** Colleagues a complaint can be assigned to (support and privacy officers); needs `staff_read`. */
export function useAssignableStaff(enabled: boolean) {
  return useQuery({
    queryKey: complaintKeys.staff(),
    queryFn: ({ signal }) => unwrap(api.GET('/staff', { signal })),
    staleTime: 5 * 60_000,
    enabled,
    select: (list) => list.items.filter((member) => member.role !== 'management'),
  });
}
