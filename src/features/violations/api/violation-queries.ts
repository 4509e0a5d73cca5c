import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { violationKeys, type ViolationListQuery, type ViolationStatisticsQuery } from './violation-keys';

export type Violation = Schemas['Violation'];
export interface ViolationWithEtag {
  data: Violation;
  etag: string;
}

/**
 * Records hold employees' names: the browser keeps none once the screen is gone (gcTime 0) and
 * reads them fresh on every visit (the server answers `no-store` and audits each read).
 */
const NOT_KEPT = { gcTime: 0, staleTime: 0 } as const;
const noRetryOnRefusal = (failureCount: number, error: unknown) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2;

export function useViolationList(query: ViolationListQuery) {
  return useQuery({
    queryKey: violationKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/violations', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    retry: noRetryOnRefusal,
    ...NOT_KEPT,
  });
}

export function useViolation(violationId: string) {
  return useQuery({
    queryKey: violationKeys.detail(violationId),
    queryFn: (): Promise<ViolationWithEtag> => unwrapWithEtag(api.GET('/violations/{violationId}', { params: { path: { violationId } } })),
    retry: noRetryOnRefusal,
    // Every read is audited: no background refetch on focus adds reads nobody made.
    refetchOnWindowFocus: false,
    ...NOT_KEPT,
  });
}

export function violationStatisticsQueryOptions(query: ViolationStatisticsQuery) {
  return queryOptions({
    queryKey: violationKeys.statistics(query),
    queryFn: ({ signal }) => unwrap(api.GET('/violation-statistics', { params: { query }, signal })),
  });
}

/** Counts by severity, measure, department and quarter: never a name, so management may see them. */
export function useViolationStatistics(query: ViolationStatisticsQuery) {
  return useQuery(violationStatisticsQueryOptions(query));
}

export function useCreateViolation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['ViolationCreate']; idempotencyKey: string }): Promise<ViolationWithEtag> =>
      unwrapWithEtag(api.POST('/violations', { params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: violationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['violation-statistics'] });
    },
    gcTime: 0,
  });
}

export function useUpdateViolation(violationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: Schemas['ViolationPatch'] }): Promise<ViolationWithEtag> =>
      unwrapWithEtag(
        api.PATCH('/violations/{violationId}', {
          params: { path: { violationId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(violationKeys.detail(violationId), next);
      void queryClient.invalidateQueries({ queryKey: violationKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: ['violation-statistics'] });
    },
    gcTime: 0,
  });
}
