import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';
import { sessionKeys } from './session-keys';

export type SignInInput = Schemas['SignInRequest'];

export function signIn(body: SignInInput) {
  return unwrap(api.POST('/session', { body, params: { header: { 'X-Requested-With': 'engcode-console' } } }));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      // A previous user's cached data must never show for the next one.
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}
