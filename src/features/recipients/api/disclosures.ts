import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, csrfHeader, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';
import { disclosureKeys, recipientKeys, type DisclosureListQuery } from './recipient-keys';

export function useDisclosureList(query: DisclosureListQuery) {
  return useQuery({
    queryKey: disclosureKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/disclosures', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useDisclosureStatistics(enabled = true) {
  return useQuery({
    queryKey: disclosureKeys.statistics(),
    queryFn: ({ signal }) => unwrap(api.GET('/disclosure-statistics', { signal })),
    enabled,
  });
}

export function useRecordDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['DisclosureCreate']; idempotencyKey: string }) =>
      unwrap(api.POST('/disclosures', { params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: disclosureKeys.all });
      // An authority's people concerned is the sum of its disclosures.
      void queryClient.invalidateQueries({ queryKey: recipientKeys.all });
    },
  });
}
