import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dsarKeys } from './dsar-keys';

export function getDsarTimeline(dsarId: string) {
  // A request's history is short; one page of 100 holds it.
  return unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId }, query: { page: 1, pageSize: 100 } } }));
}

export function dsarTimelineQueryOptions(dsarId: string) {
  return queryOptions({ queryKey: dsarKeys.timeline(dsarId), queryFn: () => getDsarTimeline(dsarId) });
}

export function useDsarTimeline(dsarId: string) {
  return useQuery(dsarTimelineQueryOptions(dsarId));
}
