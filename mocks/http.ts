import { delay, HttpResponse } from 'msw';
import { createOpenApiHttp, type HttpMethod, type ResponseResolverInfo } from 'openapi-msw';
import type { AsyncResponseResolverReturnType } from 'msw';
import type { paths } from '../src/api/schema';
import {
  headerParameters,
  pathParameters,
  validateBody,
  validateQuery,
  validateValue,
  type HttpMethodName,
} from './contract/validator';
import { getDb, type AreaDefinition, type MockDb } from './db';
import type { Permission, StaffRecord } from './db/core';
import { PERMISSIONS_BY_ROLE } from './db/core';
import { HttpProblem, problemBody } from './lib/problem';
import { getScenario } from './scenario';

/** The session cookie, as the contract's securitySchemes names it. */
export const SESSION_COOKIE = '__Host-engcode-session';
export const RATE_LIMIT = 'limit=600, remaining=599, reset=60';

/** Where the API's paths start, on any origin. */
export const API_BASE_URL = '*/api/v1';

const openapi = createOpenApiHttp<paths>({ baseUrl: API_BASE_URL });

type PathsFor<M extends HttpMethod> = {
  [P in keyof paths]: paths[P] extends Record<M, object> ? P : never;
}[keyof paths];

type Operation<P extends keyof paths, M extends HttpMethod> = M extends keyof paths[P] ? paths[P][M] : never;

/** The operation's query parameters, coerced to their types and validated. */
export type QueryOf<P extends keyof paths, M extends HttpMethod> = Operation<P, M> extends { parameters: { query?: infer Q } }
  ? NonNullable<Q>
  : Record<string, never>;

/** The operation's request body, validated against the contract. */
export type BodyOf<P extends keyof paths, M extends HttpMethod> = Operation<P, M> extends {
  requestBody: { content: infer C };
}
  ? C[keyof C]
  : Operation<P, M> extends { requestBody?: { content: infer C } }
    ? C[keyof C] | undefined
    : undefined;

export interface RouteContext<P extends keyof paths, M extends HttpMethod> {
  db: MockDb;
  /** The signed-in staff member (routes marked `public` get none and must not read it). */
  user: StaffRecord;
  query: QueryOf<P, M>;
  body: BodyOf<P, M>;
  can: (permission: Permission) => boolean;
  /** Records an audit event for the signed-in user. */
  audit: (entry: { action: AuditAction; resourceType: AuditResourceType; resourceId: string | null; summary: string; reason?: string | null }) => void;
}

type AuditAction = paths['/audit-events']['get']['responses']['200']['content']['application/json']['items'][number]['action'];
type AuditResourceType = paths['/audit-events']['get']['responses']['200']['content']['application/json']['items'][number]['resourceType'];

export interface RouteOptions {
  /** Any one of these permissions lets the request through; otherwise 403. */
  permission?: Permission | readonly Permission[];
  /** No session needed (sign-in only). */
  public?: boolean;
  /**
   * The large areas of the mock database the handler reads (and those they need are built
   * too): built before it runs, a slice at a time, so the page never waits on one long task.
   */
  areas?: ReadonlyArray<AreaDefinition<unknown>>;
}

type Resolver<P extends keyof paths, M extends HttpMethod> = (
  info: ResponseResolverInfo<paths, P, M>,
  ctx: RouteContext<P, M>,
) => AsyncResponseResolverReturnType<never> | Response | Promise<Response>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const inFlightKeys = new Set<string>();

function problemResponse(status: number, detail: string, instance: string, extra: { code?: string; errors?: HttpProblem['errors']; headers?: Record<string, string> } = {}): Response {
  return new HttpResponse(JSON.stringify(problemBody(status, detail, instance, extra)), {
    status,
    headers: {
      'Content-Type': 'application/problem+json',
      RateLimit: RATE_LIMIT,
      ...(status === 429 ? { 'Retry-After': '30' } : {}),
      ...extra.headers,
    },
  });
}

export function sessionUser(db: MockDb, cookies: Record<string, string>): StaffRecord | null {
  const token = cookies[SESSION_COOKIE];
  return token ? (db.sessions.get(token) ?? null) : null;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpProblem(400, 'The request body is not valid JSON.', { code: 'malformed_json' });
  }
}

function wrap<P extends keyof paths, M extends HttpMethod>(method: M, path: P, options: RouteOptions, resolver: Resolver<P, M>) {
  const methodName = method as HttpMethodName;
  const template = path as string;
  const hasBody = method === 'post' || method === 'put' || method === 'patch';
  return async (info: ResponseResolverInfo<paths, P, M>): Promise<Response> => {
    const { request, cookies } = info;
    const url = new URL(request.url);
    const instance = url.pathname;
    const scenario = getScenario();
    if (scenario.latencyMs > 0) await delay(scenario.latencyMs);
    try {
      if (scenario.failing && !template.startsWith('/session')) {
        throw new HttpProblem(500, 'The mock API is in its "failing" scenario: every request fails.');
      }
      const db = getDb();
      const user = sessionUser(db, cookies);
      if (!options.public && !user) throw new HttpProblem(401, 'Sign in to continue.');
      const granted = user ? PERMISSIONS_BY_ROLE[user.role] : [];
      if (options.permission) {
        const needed = typeof options.permission === 'string' ? [options.permission] : options.permission;
        if (!needed.some((permission) => granted.includes(permission))) throw new HttpProblem(403, 'Your role may not use this.');
      }
      for (const parameter of pathParameters(methodName, template)) {
        const value = (info.params as Record<string, string | undefined>)[parameter.name] ?? '';
        if (!UUID.test(value)) {
          throw new HttpProblem(400, `${parameter.name} is not a valid id.`, {
            errors: [{ pointer: `/path/${parameter.name}`, code: 'invalid_format', detail: 'must be a UUID' }],
          });
        }
      }
      let idempotencyKey: string | null = null;
      for (const parameter of headerParameters(methodName, template)) {
        const value = request.headers.get(parameter.name);
        if (parameter.name === 'If-Match') {
          if (!value) throw new HttpProblem(428, 'Send the If-Match header with the ETag you last read.');
          continue;
        }
        const issues = value === null ? [{ pointer: `/header/${parameter.name}`, code: 'required', detail: `${parameter.name} is required` }] : validateValue(`header:${parameter.name}`, parameter.schema, value, `/header/${parameter.name}`);
        if (issues.length > 0) throw new HttpProblem(400, `The ${parameter.name} header is missing or invalid.`, { errors: issues });
        if (parameter.name === 'Idempotency-Key') idempotencyKey = value;
      }
      const query = validateQuery(methodName, template, url.searchParams);
      if (query.issues.length > 0) {
        const names = [...new Set(query.issues.map((issue) => issue.pointer.replace('/query/', '').split('/')[0]))];
        throw new HttpProblem(400, `Invalid query parameter: ${names.join(', ')}.`, { errors: query.issues });
      }
      let body: unknown = undefined;
      if (hasBody) {
        body = await readJson(request.clone());
        const issues = validateBody(methodName, template, body);
        if (issues.length > 0) throw new HttpProblem(422, 'Some fields are not valid.', { errors: issues });
      }
      for (const area of options.areas ?? []) await db.ready(area);

      let storeKey: string | null = null;
      let fingerprint = '';
      if (idempotencyKey && user) {
        storeKey = `${user.id}:${idempotencyKey}`;
        fingerprint = `${method} ${url.pathname} ${JSON.stringify(body)}`;
        const previous = db.idempotency.get(storeKey);
        if (previous) {
          if (previous.fingerprint !== fingerprint) {
            throw new HttpProblem(422, 'This Idempotency-Key was already used for a different request.', { code: 'idempotency_key_reused' });
          }
          return new HttpResponse(JSON.stringify(previous.body), { status: previous.status, headers: previous.headers });
        }
        if (inFlightKeys.has(storeKey)) throw new HttpProblem(409, 'A request with this Idempotency-Key is still being processed.', { code: 'idempotency_key_in_use' });
        inFlightKeys.add(storeKey);
      }

      const ctx: RouteContext<P, M> = {
        db,
        // Public routes never read it; every other route has passed the 401 check above.
        user: user as StaffRecord,
        query: query.value as QueryOf<P, M>,
        body: body as BodyOf<P, M>,
        can: (permission) => granted.includes(permission),
        audit: (entry) => {
          if (!user) return;
          db.audit({
            actor: { id: user.id, displayName: user.displayName, role: user.role },
            action: entry.action,
            resourceType: entry.resourceType,
            resourceId: entry.resourceId,
            reason: entry.reason ?? null,
            summary: entry.summary,
          });
        },
      };
      let response: Response;
      try {
        response = (await resolver(info, ctx)) as Response;
      } finally {
        if (storeKey) inFlightKeys.delete(storeKey);
      }
      response.headers.set('RateLimit', RATE_LIMIT);
      if (storeKey && response.status < 300) {
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => {
          headers[name] = value;
        });
        db.idempotency.set(storeKey, { fingerprint, status: response.status, body: await response.clone().json(), headers });
      }
      return response;
    } catch (error) {
      if (error instanceof HttpProblem) {
        return problemResponse(error.status, error.detail, instance, { code: error.code, errors: error.errors, headers: error.headers });
      }
      // A bug in a handler must look like what it would be on a real server: a 500.
      console.warn('[mock api] handler failed', error);
      return problemResponse(500, 'The server failed; nothing was changed.', instance);
    }
  };
}

function method<M extends HttpMethod>(name: M) {
  return <P extends PathsFor<M>>(path: P, options: RouteOptions, resolver: Resolver<P, M>) =>
    // openapi-msw types the resolver by path and method; the wrapper keeps that type.
    (openapi[name] as unknown as (p: P, r: (info: ResponseResolverInfo<paths, P, M>) => Promise<Response>) => ReturnType<typeof openapi.get>)(
      path,
      wrap(name, path, options, resolver),
    );
}

/** Typed route builders: a path or status the contract does not declare fails to compile. */
export const route = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  delete: method('delete'),
};

export { HttpProblem } from './lib/problem';
