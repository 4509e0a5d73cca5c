import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { dsarKeys } from './dsar-keys';

export type Dsar = Schemas['Dsar'];
/** A request with the ETag of the representation, which every change sends back as If-Match. */
export interface DsarWithEtag {
  data: Dsar;
  etag: string;
}

export function getDsar(dsarId: string): Promise<DsarWithEtag> {
  return unwrapWithEtag(api.GET('/dsars/{dsarId}', { params: { path: { dsarId } } }));
}

export function dsarQueryOptions(dsarId: string) {
  return queryOptions({
    queryKey: dsarKeys.detail(dsarId),
    queryFn: () => getDsar(dsarId),
    // A missing or forbidden request will not appear by asking again.
    retry: (failureCount, error) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2,
  });
}

export function useDsar(dsarId: string) {
  return useQuery(dsarQueryOptions(dsarId));
}
