import { isApiError } from '@/api/api-error';

export type ErrorKind =
  | 'offline'
  | 'network'
  | 'timeout'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'invalid'
  | 'rateLimited'
  | 'server'
  | 'chunk'
  | 'unknown';

const CHUNK_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically imported|ChunkLoadError/i;

/** Sorts any thrown value into the few situations a person can understand and act on. */
export function errorKindOf(error: unknown, online = typeof navigator === 'undefined' ? true : navigator.onLine): ErrorKind {
  if (isApiError(error)) {
    if (error.kind === 'network') return online ? 'network' : 'offline';
    if (error.kind === 'timeout') return 'timeout';
    const { status } = error;
    if (status === 401) return 'unauthorized';
    if (status === 403) return 'forbidden';
    if (status === 404) return 'notFound';
    if (status === 409 || status === 412 || status === 428) return 'conflict';
    if (status === 429) return 'rateLimited';
    if (status === 400 || status === 422) return 'invalid';
    if (status >= 500) return 'server';
    return 'unknown';
  }
  if (error instanceof Error && CHUNK_FAILURE.test(error.message)) return 'chunk';
  return 'unknown';
}
