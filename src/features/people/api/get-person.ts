import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, unwrap } from '@/api/client';
import { peopleKeys, type ConsentHistoryQuery } from './people-keys';

// A missing or forbidden person will not appear by asking again.
const retryUnlessRefused = (failureCount: number, error: unknown) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2;

export function personQueryOptions(personId: string) {
  return queryOptions({
    queryKey: peopleKeys.detail(personId),
    queryFn: ({ signal }) => unwrap(api.GET('/people/{personId}', { params: { path: { personId } }, signal })),
    retry: retryUnlessRefused,
  });
}

/** The person, masked, with plan, employer and the current state of every purpose. */
export function usePerson(personId: string) {
  return useQuery(personQueryOptions(personId));
}

export function consentHistoryQueryOptions(personId: string, query: ConsentHistoryQuery) {
  return queryOptions({
    queryKey: peopleKeys.historyPage(personId, query),
    queryFn: ({ signal }) => unwrap(api.GET('/people/{personId}/consent-events', { params: { path: { personId }, query }, signal })),
    retry: retryUnlessRefused,
  });
}

/** One page of the person's consent events, with their evidence. */
export function useConsentHistory(personId: string, query: ConsentHistoryQuery) {
  return useQuery({ ...consentHistoryQueryOptions(personId, query), placeholderData: keepPreviousData });
}

export function personCasesQueryOptions(personId: string) {
  return queryOptions({
    queryKey: peopleKeys.cases(personId),
    queryFn: ({ signal }) => unwrap(api.GET('/people/{personId}/cases', { params: { path: { personId } }, signal })),
    retry: retryUnlessRefused,
  });
}

/** The person's requests and complaints the signed-in user may open. */
export function usePersonCases(personId: string) {
  return useQuery(personCasesQueryOptions(personId));
}
