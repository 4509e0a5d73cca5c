import createClient, { type Middleware } from 'openapi-fetch';
import { config } from '@/config/env';
import { ApiError, networkError, problemFromResponse } from './api-error';
import type { paths } from './schema';

/** How long one request may take before it counts as a timeout. */
export const REQUEST_TIMEOUT_MS = 15_000;
let requestTimeoutMs = REQUEST_TIMEOUT_MS;

/** Tests shorten the timeout to reach the timeout state without waiting 15 seconds. */
export function setRequestTimeout(ms: number = REQUEST_TIMEOUT_MS): void {
  requestTimeoutMs = ms;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** The session layer subscribes here: any 401 ends the session in the UI. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function resolveBaseUrl(): string {
  const base = config.apiBaseUrl;
  if (/^https?:\/\//.test(base)) return base;
  // Node (tests) has no document origin; resolve same-origin paths against one.
  const origin = typeof window !== 'undefined' && window.location?.origin ? window.location.origin : 'http://localhost';
  return `${origin}${base}`;
}

const csrfAndTimeout: Middleware = {
  onRequest({ request }) {
    const headers = new Headers(request.headers);
    if (MUTATING.has(request.method)) headers.set('X-Requested-With', 'engcode-console');
    const timeout = AbortSignal.timeout(requestTimeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    return new Request(request, { headers, signal });
  },
  onResponse({ response }) {
    if (response.status === 401 && !response.url.endsWith('/session')) {
      for (const listener of unauthorizedListeners) listener();
    }
    return response;
  },
};

export const api = createClient<paths>({
  baseUrl: resolveBaseUrl(),
  credentials: 'include',
  // openapi-fetch would capture globalThis.fetch at creation; MSW in Node patches it later.
  fetch: (request: Request) => globalThis.fetch(request),
});
api.use(csrfAndTimeout);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Await an openapi-fetch call and return its data, or throw one typed ApiError. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  return (await unwrapWithEtag(call)).data;
}

/** Like `unwrap`, also returning the representation's ETag for a later If-Match. */
export async function unwrapWithEtag<T>(call: Promise<FetchResult<T>>): Promise<{ data: T; etag: string }> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw networkError(cause);
  }
  const { data, error, response } = result;
  if (!response.ok) throw problemFromResponse(response, error);
  return { data: data as T, etag: response.headers.get('ETag') ?? '' };
}

/** The CSRF header the contract requires on every mutating call (the middleware also sets it). */
export const csrfHeader = { 'X-Requested-With': 'engcode-console' } as const;
