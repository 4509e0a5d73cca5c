import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { overviewKeys } from './overview-keys';

export function getOverview() {
  return unwrap(api.GET('/overview'));
}

export function overviewQueryOptions() {
  return queryOptions({ queryKey: overviewKeys.current(), queryFn: getOverview });
}

/** The signed-in role's figures; the server decides which figures a role gets. */
export function useOverview() {
  return useQuery(overviewQueryOptions());
}
