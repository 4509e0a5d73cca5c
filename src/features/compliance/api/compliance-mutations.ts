import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { complianceKeys } from './compliance-keys';

/**
 * A new result changes the check (latest outcome, next due), its history, the score and, when it
 * opens a remediation action, the action lists: all of the area's keys.
 */
export function useRecordResult(checkId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['CheckResultCreate']; idempotencyKey: string }) =>
      unwrap(
        api.POST('/compliance-checks/{checkId}/results', {
          params: { path: { checkId }, header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
  });
}

/** Changes an action with the ETag of a fresh read, so a colleague's change is never overwritten silently. */
export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, etag, body }: { actionId: string; etag: string; body: Schemas['RemediationActionPatch'] }) =>
      unwrapWithEtag(
        api.PATCH('/remediation-actions/{actionId}', {
          params: { path: { actionId }, header: { ...csrfHeader, 'If-Match': etag } },
          body,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    // Open counts on the checks and the score's remediation figure move with an action's status.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: complianceKeys.all }),
  });
}
