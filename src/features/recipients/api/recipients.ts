import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { recipientKeys, type DataFlowQuery, type RecipientListQuery } from './recipient-keys';

export type Recipient = Schemas['Recipient'];
/** A recipient with the ETag of the representation, which an edit sends back as If-Match. */
export interface RecipientWithEtag {
  data: Recipient;
  etag: string;
}

export function recipientListQueryOptions(query: RecipientListQuery) {
  return queryOptions({
    queryKey: recipientKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/recipients', { params: { query }, signal })),
    // Keeps the current page on screen while the next one loads; the table marks itself busy.
    placeholderData: keepPreviousData,
  });
}

export function useRecipientList(query: RecipientListQuery) {
  return useQuery(recipientListQueryOptions(query));
}

export function recipientQueryOptions(recipientId: string) {
  return queryOptions({
    queryKey: recipientKeys.detail(recipientId),
    queryFn: () => unwrapWithEtag(api.GET('/recipients/{recipientId}', { params: { path: { recipientId } } })),
    // A missing or forbidden recipient will not appear by asking again.
    retry: (failureCount, error) => !(isApiError(error) && [400, 403, 404].includes(error.status)) && failureCount < 2,
  });
}

export function useRecipient(recipientId: string) {
  return useQuery(recipientQueryOptions(recipientId));
}

/** The register's authorities, for the disclosure log's form and filter. */
export function useAuthorities(enabled = true) {
  return useQuery({
    queryKey: recipientKeys.authorities(),
    queryFn: ({ signal }) => unwrap(api.GET('/recipients', { params: { query: { role: ['authority'], pageSize: 100 } }, signal })),
    select: (list) => list.items,
    enabled,
  });
}

export function useDataFlows(query: DataFlowQuery) {
  return useQuery({
    queryKey: recipientKeys.flows(query),
    queryFn: ({ signal }) => unwrap(api.GET('/data-flows', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Anything derived from the register (lists, flows, authorities) is stale after a write. */
function invalidateRegister(queryClient: ReturnType<typeof useQueryClient>, recipientId: string, next: RecipientWithEtag) {
  queryClient.setQueryData(recipientKeys.detail(recipientId), next);
  void queryClient.invalidateQueries({ queryKey: recipientKeys.all, predicate: (query) => query.queryKey[1] !== 'detail' });
}

export function useCreateRecipient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Schemas['RecipientInput']; idempotencyKey: string }) =>
      unwrapWithEtag(api.POST('/recipients', { params: { header: { ...csrfHeader, 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (next) => invalidateRegister(queryClient, next.data.id, next),
  });
}

export function useReplaceRecipient(recipientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: Schemas['RecipientInput']; etag: string }) =>
      unwrapWithEtag(api.PUT('/recipients/{recipientId}', { params: { path: { recipientId }, header: { ...csrfHeader, 'If-Match': etag } }, body })),
    onSuccess: (next) => invalidateRegister(queryClient, recipientId, next),
  });
}
