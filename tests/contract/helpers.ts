import { ApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap } from '@/api/client';

export const DEMO_USERNAMES = { privacy_officer: 'els.peeters', support: 'jan.devries', management: 'an.claes' } as const;
export type DemoRole = keyof typeof DEMO_USERNAMES;

/** Signs in through the mock API; the session cookie is kept for the following calls. */
export function signInAs(role: DemoRole) {
  return unwrap(api.POST('/session', { body: { username: DEMO_USERNAMES[role], password: 'demo' }, params: { header: csrfHeader } }));
}

/** The ApiError a call fails with (the test fails if it succeeds). */
export async function failure(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected the call to fail with an ApiError, got ${String(error)}`);
  return error;
}
