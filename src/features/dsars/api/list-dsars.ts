import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dsarKeys, type DsarListQuery } from './dsar-keys';

export function listDsars(query: DsarListQuery, signal?: AbortSignal) {
  return unwrap(api.GET('/dsars', { params: { query }, signal }));
}

export function dsarListQueryOptions(query: DsarListQuery) {
  return queryOptions({
    queryKey: dsarKeys.list(query),
    queryFn: ({ signal }) => listDsars(query, signal),
    // Keeps the current page on screen while the next one loads, so a page flip or a new filter
    // does not flash a skeleton; the table marks itself busy instead.
    placeholderData: keepPreviousData,
  });
}

/** One page of the queue; the server filters by role (support: own and unassigned). */
export function useDsarList(query: DsarListQuery) {
  return useQuery(dsarListQueryOptions(query));
}
