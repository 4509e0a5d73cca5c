import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';

/**
 * Revealing a masked person, as every screen that shows one does it: `ask()` opens the
 * RevealReasonDialog (`dialog` is its props but the screen's words), the server audits the reveal
 * with the reason given, and the identity it answers with lives in this hook's state only, gone
 * on `hide()` or when the component is. A mutation, not a query, so it is never in the query
 * cache; and it keeps no copy in the mutation cache once the component is gone (gcTime 0).
 */
export function useIdentityReveal(personId: string) {
  const reveal = useMutation({
    mutationFn: ({ personId, reason }: { personId: string; reason: string }) =>
      unwrap(api.POST('/people/{personId}/reveal', { params: { path: { personId }, header: csrfHeader }, body: { reason } })),
    gcTime: 0,
  });
  const [asking, setAsking] = useState(false);
  const [identity, setIdentity] = useState<Schemas['PersonIdentity'] | null>(null);
  return {
    identity,
    ask: () => setAsking(true),
    hide: () => setIdentity(null),
    dialog: {
      opened: asking,
      onClose: () => setAsking(false),
      onReveal: (reason: string) => reveal.mutateAsync({ personId, reason }).then(setIdentity),
      pending: reveal.isPending,
    },
  };
}
