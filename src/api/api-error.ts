import type { FieldError, Problem } from './types';

export type ApiErrorKind = 'http' | 'network' | 'timeout';

/**
 * The one error every API failure becomes. `problem` is the server's RFC 9457 body when there
 * was one; network failures and timeouts carry a synthesised problem so screens treat every
 * failure alike.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number;
  readonly problem: Problem;
  readonly retryAfterSeconds: number | null;
  /** The current ETag sent with a 412, so a stale edit can be re-applied on top of it. */
  readonly currentEtag: string | null;

  constructor(init: {
    kind: ApiErrorKind;
    status: number;
    problem: Problem;
    retryAfterSeconds?: number | null;
    currentEtag?: string | null;
  }) {
    super(init.problem.detail ?? init.problem.title);
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status;
    this.problem = init.problem;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
    this.currentEtag = init.currentEtag ?? null;
  }

  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** Field errors keyed by the last segment of their JSON pointer (`/agreement/status` -> `agreement.status`). */
  fieldErrorMap(): Record<string, string> {
    const map: Record<string, string> = {};
    for (const error of this.fieldErrors) {
      const key = error.pointer.replace(/^\//, '').split('/').join('.');
      map[key] ??= error.detail;
    }
    return map;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

/** A 422's field errors for a form (`/evidenceChecked` -> `evidenceChecked`); none for any other error. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiError(error) && error.status === 422 ? error.fieldErrorMap() : {};
}

function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { title?: unknown }).title === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

export function problemFromResponse(response: Response, body: unknown): ApiError {
  const problem: Problem = isProblem(body)
    ? body
    : {
        type: 'about:blank',
        title: response.statusText || `HTTP ${response.status}`,
        status: response.status >= 400 ? response.status : 500,
      };
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError({
    kind: 'http',
    status: response.status,
    problem,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
    currentEtag: response.headers.get('ETag'),
  });
}

export function networkError(cause: unknown): ApiError {
  // By name, not instanceof: the DOMException a fetch rejects with may come from another realm
  // (an iframe, or Node's fetch under a DOM emulation), where instanceof says no.
  const name = typeof cause === 'object' && cause !== null && 'name' in cause ? cause.name : undefined;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  return new ApiError({
    kind: timedOut ? 'timeout' : 'network',
    status: 0,
    problem: {
      type: timedOut ? 'https://engcode.be/problems/timeout' : 'https://engcode.be/problems/network',
      title: timedOut ? 'The server did not answer in time' : 'The server could not be reached',
      status: 503,
    },
  });
}
