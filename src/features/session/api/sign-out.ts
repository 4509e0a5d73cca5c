import { useMutation, type QueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { api, unwrap } from '@/api/client';
import { paths, type SignInReason } from '@/config/paths';

export async function signOut(): Promise<void> {
  try {
    await unwrap(api.DELETE('/session', { params: { header: { 'X-Requested-With': 'engcode-console' } } }));
  } catch (error) {
    // Already signed out on the server (expired session): the goal is reached.
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}

/**
 * Forget every cached response: they may hold personal data, and the next user of this browser
 * must not see them. The sign-in page does this when it mounts, which is after the signed-in
 * screens have unmounted: clearing earlier lets a screen still on display refetch into the
 * emptied cache (a 401, read as "session ended").
 */
export async function forgetSessionData(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries();
  queryClient.clear();
}

/**
 * Ends the session on the server and goes to the sign-in page, which says why and forgets the
 * cache. If the server cannot be reached the console still leaves: staying open after
 * "Sign out" is the worse failure.
 */
export function useSignOut() {
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (_reason: SignInReason | void) => signOut(),
    onSettled: async (_data, _error, reason) => {
      await navigate(paths.signIn.build({ reason: reason ?? 'signed_out' }), { replace: true });
    },
  });
}
