import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';
import { peopleKeys } from './people-keys';

/**
 * Finds people by email or account reference. A mutation, not a query: the email travels in the
 * request body only, and the answer stays in the component that asked (nothing keyed by email).
 */
export function useSearchPeople() {
  return useMutation({
    mutationFn: (body: Schemas['PersonSearchRequest']) => unwrap(api.POST('/people/search', { params: { header: csrfHeader }, body })),
    gcTime: 0,
  });
}

export interface RecordConsentChangeOptions {
  /**
   * Called once the change is recorded, for what lies outside this feature: the app layer
   * invalidates the consent rates and expirations there, so they include it on their next load.
   */
  onRecorded?: () => void;
}

/** Records a consent change on the person's behalf; the person's state and history are refetched at once. */
export function useRecordConsentChange(personId: string, { onRecorded }: RecordConsentChangeOptions = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['ConsentChangeRequest']; idempotencyKey: string }) =>
      unwrap(
        api.POST('/people/{personId}/consent-events', {
          params: { path: { personId }, header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: async () => {
      onRecorded?.();
      // The detail (current state per purpose) and every page of the history; the cases are unaffected.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: peopleKeys.detail(personId), exact: true }),
        queryClient.invalidateQueries({ queryKey: peopleKeys.history(personId) }),
      ]);
    },
  });
}
