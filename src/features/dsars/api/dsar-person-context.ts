import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dsarKeys } from './dsar-keys';

export function dataSummaryQueryOptions(dsarId: string) {
  return queryOptions({
    queryKey: dsarKeys.dataSummary(dsarId),
    queryFn: ({ signal }) => unwrap(api.GET('/dsars/{dsarId}/data-summary', { params: { path: { dsarId } }, signal })),
  });
}

/** What Engcode holds about the person (categories, consents, recipients), never the values. */
export function useDataSummary(dsarId: string, enabled = true) {
  return useQuery({ ...dataSummaryQueryOptions(dsarId), enabled });
}

export function relatedQueryOptions(dsarId: string) {
  return queryOptions({
    queryKey: dsarKeys.related(dsarId),
    queryFn: ({ signal }) => unwrap(api.GET('/dsars/{dsarId}/related', { params: { path: { dsarId } }, signal })),
  });
}

/** The person's other requests and complaints (only those the user may open, plus a count of the rest). */
export function useRelated(dsarId: string) {
  return useQuery(relatedQueryOptions(dsarId));
}
