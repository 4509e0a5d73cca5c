import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, csrfHeader, unwrapWithEtag } from '@/api/client';
import { dsarKeys } from './dsar-keys';

export function dsarSettingsQueryOptions() {
  return queryOptions({ queryKey: dsarKeys.settings(), queryFn: () => unwrapWithEtag(api.GET('/dsar-settings')) });
}

/** The internal target's days before the legal due date, with the ETag a change sends back. */
export function useDsarSettings(enabled = true) {
  return useQuery({ ...dsarSettingsQueryOptions(), enabled });
}

export function useUpdateDsarSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, internalTargetDays }: { etag: string; internalTargetDays: number }) =>
      unwrapWithEtag(api.PUT('/dsar-settings', { params: { header: { ...csrfHeader, 'If-Match': etag } }, body: { internalTargetDays } })),
    onSuccess: (next) => {
      queryClient.setQueryData(dsarKeys.settings(), next);
      // Every request's internal target moves with it.
      void queryClient.invalidateQueries({ queryKey: dsarKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: dsarKeys.details() });
    },
    // A stale ETag (412): load the colleague's value so the form can say it and save again on it.
    onError: (error) => {
      if (isApiError(error) && error.status === 412) void queryClient.invalidateQueries({ queryKey: dsarKeys.settings() });
    },
  });
}
