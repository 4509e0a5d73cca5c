import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { complaintKeys } from './complaint-keys';
import type { ComplaintWithEtag } from './complaint-queries';

/**
 * Saves a merge patch based on the ETag it was read with; a colleague's change in between is a
 * 412, which the form turns into a conflict notice while keeping the draft.
 */
export function useUpdateComplaint(complaintId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, body }: { etag: string; body: Schemas['ComplaintPatch'] }): Promise<ComplaintWithEtag> =>
      unwrapWithEtag(
        api.PATCH('/complaints/{complaintId}', {
          params: { path: { complaintId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(complaintKeys.detail(complaintId), next);
      void queryClient.invalidateQueries({ queryKey: complaintKeys.timeline(complaintId), exact: true });
      void queryClient.invalidateQueries({ queryKey: complaintKeys.lists() });
    },
  });
}

/** A reply sent to the person or an internal note; the key makes a retried click count once. */
export function useAddComplaintEntry(complaintId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, text, idempotencyKey }: { kind: Schemas['NoteCreate']['kind']; text: string; idempotencyKey: string }) =>
      unwrap(
        api.POST('/complaints/{complaintId}/notes', {
          params: { path: { complaintId }, header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } },
          body: { kind, text },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: complaintKeys.timeline(complaintId), exact: true }),
  });
}

/** Finds the person a complaint is about, by email or account reference (in the body, never the URL). */
export function useFindPerson() {
  return useMutation({
    mutationFn: (body: Schemas['PersonSearchRequest']) => unwrap(api.POST('/people/search', { params: { header: csrfHeader }, body })),
    gcTime: 0,
  });
}

/** Registers a complaint as it arrived; the key makes a retried submit register it once. */
export function useRegisterComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['ComplaintCreate']; idempotencyKey: string }) =>
      unwrap(api.POST('/complaints', { params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: complaintKeys.lists() }),
  });
}
