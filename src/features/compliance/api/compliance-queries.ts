import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, unwrap, unwrapWithEtag } from '@/api/client';
import { complianceKeys, type ActionListQuery, type CheckListQuery, type ResultListQuery } from './compliance-keys';

// A missing or forbidden resource will not appear by asking again.
const retryUnlessGone = (failureCount: number, error: unknown) => !(isApiError(error) && [403, 404].includes(error.status)) && failureCount < 2;

export function checkListQueryOptions(query: CheckListQuery) {
  return queryOptions({
    queryKey: complianceKeys.checkList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/compliance-checks', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCheckList(query: CheckListQuery) {
  return useQuery(checkListQueryOptions(query));
}

/** The whole catalogue (12 checks): remediation rows and score parts name their check from it. */
export function useCatalogue(enabled = true) {
  return useQuery({ ...checkListQueryOptions({ pageSize: 100 }), enabled });
}

export function checkQueryOptions(checkId: string) {
  return queryOptions({
    queryKey: complianceKeys.check(checkId),
    queryFn: ({ signal }) => unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId } }, signal })),
    retry: retryUnlessGone,
  });
}

export function useCheck(checkId: string) {
  return useQuery(checkQueryOptions(checkId));
}

export function useCheckResults(checkId: string, query: ResultListQuery) {
  return useQuery({
    queryKey: complianceKeys.results(checkId, query),
    queryFn: ({ signal }) => unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function actionListQueryOptions(query: ActionListQuery) {
  return queryOptions({
    queryKey: complianceKeys.actionList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/remediation-actions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useActionList(query: ActionListQuery, enabled = true) {
  return useQuery({ ...actionListQueryOptions(query), enabled });
}

/** One action with its ETag: a change must send it back as If-Match. */
export function getActionWithEtag(actionId: string) {
  return unwrapWithEtag(api.GET('/remediation-actions/{actionId}', { params: { path: { actionId } } }));
}

export function useComplianceScore() {
  return useQuery({
    queryKey: complianceKeys.score(),
    queryFn: ({ signal }) => unwrap(api.GET('/compliance-score', { signal })),
  });
}
