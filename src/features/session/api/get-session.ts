import { queryOptions, useQuery } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';
import { api, unwrap } from '@/api/client';
import type { Session } from '@/api/types';
import { takeEarlySessionCall } from './early-session';
import { sessionKeys } from './session-keys';

/** The signed-in session, or `null` when nobody is signed in (the API answered 401). */
export async function getSession(): Promise<Session | null> {
  try {
    return await unwrap(takeEarlySessionCall() ?? api.GET('/session'));
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: getSession,
    // Permissions rarely change within a session; the idle-timeout dialog refetches explicitly.
    staleTime: 60_000,
  });
}

export function useSession() {
  return useQuery(sessionQueryOptions());
}
