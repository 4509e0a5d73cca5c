import type { components } from '../../src/api/schema';

type FieldError = components['schemas']['FieldError'];

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Not signed in',
  403: 'Not permitted',
  404: 'Not found',
  409: 'Conflict',
  412: 'Changed by someone else',
  422: 'Invalid content',
  428: 'If-Match required',
  429: 'Too many requests',
  500: 'Server error',
};

const TYPES: Record<number, string> = {
  400: 'bad-request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  412: 'stale-write',
  422: 'validation',
  428: 'precondition-required',
  429: 'rate-limited',
  500: 'server-error',
};

/** Thrown anywhere in a handler; the route wrapper turns it into an RFC 9457 response. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly detail: string;
  readonly code: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(status: number, detail: string, options: { code?: string; errors?: FieldError[]; headers?: Record<string, string> } = {}) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.code = options.code;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
  }
}

export function problemBody(status: number, detail: string, instance: string, extra: { code?: string; errors?: FieldError[] } = {}) {
  return {
    type: `https://engcode.be/problems/${TYPES[status] ?? 'error'}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    instance,
    ...(extra.code ? { code: extra.code } : {}),
    ...(extra.errors && extra.errors.length > 0 ? { errors: extra.errors } : {}),
  };
}

export const notFound = (what: string) => new HttpProblem(404, `No ${what} with this id.`);
export const forbidden = (detail = 'Your role may not do this.') => new HttpProblem(403, detail);
export const conflict = (detail: string, code: string) => new HttpProblem(409, detail, { code });
export const unprocessable = (errors: FieldError[], detail = 'Some fields are not valid.') => new HttpProblem(422, detail, { errors });
