import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { dsarKeys } from './dsar-keys';

export type RecipientChecklist = Schemas['RecipientNotificationList'];

export function recipientNotificationsQueryOptions(dsarId: string) {
  return queryOptions({
    queryKey: dsarKeys.recipientNotifications(dsarId),
    queryFn: () => unwrapWithEtag(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId } } })),
  });
}

/** The Art. 19 checklist with its own ETag (saving it does not collide with other edits of the request). */
export function useRecipientNotifications(dsarId: string, enabled = true) {
  return useQuery({ ...recipientNotificationsQueryOptions(dsarId), enabled });
}

export function useSaveRecipientNotifications(dsarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, items }: { etag: string; items: Schemas['RecipientNotificationUpdate']['items'] }) =>
      unwrapWithEtag(
        api.PUT('/dsars/{dsarId}/recipient-notifications', {
          params: { path: { dsarId }, header: { ...csrfHeader, 'If-Match': etag } },
          body: { items },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(dsarKeys.recipientNotifications(dsarId), next);
      // The save is recorded in the request's timeline.
      void queryClient.invalidateQueries({ queryKey: dsarKeys.timeline(dsarId), exact: true });
    },
  });
}
