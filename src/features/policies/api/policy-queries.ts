import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { policyKeys, type VersionListQuery } from './policy-keys';

const retryUnlessGone = (failureCount: number, error: unknown) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2;

export function useVersionList(query: VersionListQuery) {
  return useQuery({
    queryKey: policyKeys.versionList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/policy-versions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function versionQueryOptions(versionId: string) {
  return queryOptions({
    queryKey: policyKeys.version(versionId),
    queryFn: ({ signal }) => unwrap(api.GET('/policy-versions/{versionId}', { params: { path: { versionId } }, signal })),
    retry: retryUnlessGone,
  });
}

export function useVersion(versionId: string) {
  return useQuery(versionQueryOptions(versionId));
}

/** How often a sending announcement is asked for its progress. */
export const ANNOUNCEMENT_POLL_MS = 2_000;

/** An announcement's reach with its ETag; while it is sending the screen asks again every two seconds. */
export function useAnnouncement(announcementId: string | null) {
  return useQuery({
    queryKey: policyKeys.announcement(announcementId ?? ''),
    queryFn: ({ signal }) => unwrapWithEtag(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: announcementId ?? '' } }, signal })),
    enabled: announcementId !== null,
    retry: retryUnlessGone,
    refetchInterval: (query) => (query.state.data?.data.status === 'sending' ? ANNOUNCEMENT_POLL_MS : false),
  });
}

export function useCreateVersion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['PolicyVersionCreate']; idempotencyKey: string }) =>
      unwrap(api.POST('/policy-versions', { params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (version) => {
      queryClient.setQueryData(policyKeys.version(version.id), version);
      return queryClient.invalidateQueries({ queryKey: policyKeys.versions() });
    },
  });
}

/** Queues every bounced copy again, sent with the ETag of the progress on screen. */
export function useResendAnnouncement(announcementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string) =>
      unwrapWithEtag(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId }, header: { ...csrfHeader, 'If-Match': etag } } })),
    onSuccess: (next) => queryClient.setQueryData(policyKeys.announcement(announcementId), next),
  });
}
