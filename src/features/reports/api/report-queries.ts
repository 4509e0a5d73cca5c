import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { operations } from '@/api/schema';

type FrozenListQuery = NonNullable<operations['listFrozenReports']['parameters']['query']>;

export const reportKeys = {
  all: ['reports'] as const,
  live: (period: string) => [...reportKeys.all, 'live', period] as const,
  frozenLists: () => [...reportKeys.all, 'frozen', 'list'] as const,
  frozenList: (query: FrozenListQuery) => [...reportKeys.frozenLists(), query] as const,
  frozen: (reportId: string) => [...reportKeys.all, 'frozen', 'detail', reportId] as const,
};

const retryUnlessRefused = (failureCount: number, error: unknown) => !(isApiError(error) && [400, 403, 404].includes(error.status)) && failureCount < 2;

/** The report of a period computed now from every area's data. */
export function liveReportQueryOptions(period: string) {
  return queryOptions({
    queryKey: reportKeys.live(period),
    queryFn: ({ signal }) => unwrap(api.GET('/compliance-report', { params: { query: { period } }, signal })),
    retry: retryUnlessRefused,
    placeholderData: keepPreviousData,
  });
}

export function useLiveReport(period: string | null) {
  return useQuery({ ...liveReportQueryOptions(period ?? ''), enabled: period !== null });
}

export function useFrozenReports(query: FrozenListQuery) {
  return useQuery({
    queryKey: reportKeys.frozenList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/frozen-reports', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function frozenReportQueryOptions(reportId: string) {
  return queryOptions({
    queryKey: reportKeys.frozen(reportId),
    queryFn: ({ signal }) => unwrap(api.GET('/frozen-reports/{reportId}', { params: { path: { reportId } }, signal })),
    retry: retryUnlessRefused,
    // A frozen report never changes: once read it is never asked for again.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useFrozenReport(reportId: string) {
  return useQuery(frozenReportQueryOptions(reportId));
}

export function useFreezeReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ period, note, idempotencyKey }: { period: string; note: string; idempotencyKey: string }) =>
      unwrap(
        api.POST('/frozen-reports', {
          params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } },
          body: note.trim() ? { period, note: note.trim() } : { period },
        }),
      ),
    onSuccess: (frozen) => {
      queryClient.setQueryData(reportKeys.frozen(frozen.id), frozen);
      return queryClient.invalidateQueries({ queryKey: reportKeys.frozenLists() });
    },
  });
}
