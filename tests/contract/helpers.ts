import { ApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap } from '@/api/client';

export const DEMO_USERNAMES = { privacy_officer: 'els.peeters', support: 'jan.devries', management: 'an.claes' } as const;
export type DemoRole = keyof typeof DEMO_USERNAMES;

/** A well-formed id no record has. */
export const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Signs in through the mock API; the session cookie is kept for the following calls. */
export function signInAs(role: DemoRole) {
  return unwrap(api.POST('/session', { body: { username: DEMO_USERNAMES[role], password: 'demo' }, params: { header: csrfHeader } }));
}

/** Headers of a creating POST: the CSRF header and an idempotency key. */
export const createHeaders = (key: string) => ({ ...csrfHeader, 'Idempotency-Key': key });

function isFetchResult(value: unknown): value is { data?: unknown; error?: unknown; response: Response } {
  return typeof value === 'object' && value !== null && (value as { response?: unknown }).response instanceof Response;
}

/**
 * The ApiError a call fails with; the test fails if it succeeds. Takes a raw openapi-fetch call
 * (`api.GET(...)`) or one already passed through `unwrap`.
 */
export async function failure(call: Promise<unknown>): Promise<ApiError> {
  try {
    const result = await call;
    if (isFetchResult(result)) await unwrap(Promise.resolve(result));
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with an ApiError');
}
