import { useMutation } from '@tanstack/react-query';
import { api, csrfHeader, unwrap } from '@/api/client';

/**
 * Reveals a person's identity (audited by the server with the reason). A mutation, not a query:
 * the identity lives only in the component that asked for it and never in the query cache.
 */
export function useRevealPerson() {
  return useMutation({
    mutationFn: ({ personId, reason }: { personId: string; reason: string }) =>
      unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: { reason } })),
    // Keep no copy in the mutation cache once the component is gone.
    gcTime: 0,
  });
}
