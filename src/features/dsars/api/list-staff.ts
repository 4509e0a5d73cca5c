import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { dsarKeys } from './dsar-keys';

export function listStaff(signal?: AbortSignal) {
  return unwrap(api.GET('/staff', { signal }));
}

export function staffQueryOptions() {
  // Staff changes rarely; no need to ask again on every filter change.
  return queryOptions({ queryKey: dsarKeys.staff(), queryFn: ({ signal }) => listStaff(signal), staleTime: 5 * 60_000 });
}

/** Assignable staff; only asked for when the user may read the staff list (`staff_read`). */
export function useStaff(enabled: boolean) {
  return useQuery({ ...staffQueryOptions(), enabled });
}
