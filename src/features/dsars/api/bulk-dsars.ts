import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';
import { dsarKeys } from './dsar-keys';

/**
 * One action on many requests. The server answers per request (done or refused, and why), so the
 * list pages and every open detail are stale afterwards, whatever the outcome.
 */
export function useBulkDsarAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['DsarBulkActionRequest']) => unwrap(api.POST('/dsars/bulk-actions', { params: { header: csrfHeader }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: dsarKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: dsarKeys.details() });
    },
  });
}
