import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { dsarKeys } from './dsar-keys';
import type { DsarWithEtag } from './get-dsar';

/** Every change sends the ETag it was based on; the server answers 412 when someone else changed the request. */
interface WithEtag<TBody> {
  etag: string;
  body: TBody;
}

/** The new representation replaces the detail; the timeline and every list page are stale now. */
function afterChange(queryClient: QueryClient, dsarId: string, next: DsarWithEtag | null) {
  if (next) queryClient.setQueryData(dsarKeys.detail(dsarId), next);
  void queryClient.invalidateQueries({ queryKey: dsarKeys.timeline(dsarId), exact: true });
  void queryClient.invalidateQueries({ queryKey: dsarKeys.lists() });
}

export function useTransitionDsar(dsarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: WithEtag<Schemas['DsarTransitionRequest']>) =>
      unwrapWithEtag(
        api.POST('/dsars/{dsarId}/transitions', {
          params: { path: { dsarId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (next) => afterChange(queryClient, dsarId, next),
  });
}

export function useExtendDsar(dsarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: WithEtag<Schemas['DsarExtensionRequest']>) =>
      unwrapWithEtag(
        api.POST('/dsars/{dsarId}/extension', {
          params: { path: { dsarId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
        }),
      ),
    onSuccess: (next) => afterChange(queryClient, dsarId, next),
  });
}

export function useUpdateDsar(dsarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: WithEtag<Schemas['DsarPatch']>) =>
      unwrapWithEtag(
        api.PATCH('/dsars/{dsarId}', {
          params: { path: { dsarId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (next) => afterChange(queryClient, dsarId, next),
  });
}

export function useAddDsarNote(dsarId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ text, idempotencyKey }: { text: string; idempotencyKey: string }) =>
      unwrap(
        api.POST('/dsars/{dsarId}/notes', {
          params: { path: { dsarId }, header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } },
          body: { kind: 'note', text },
        }),
      ),
    onSuccess: () => afterChange(queryClient, dsarId, null),
  });
}
