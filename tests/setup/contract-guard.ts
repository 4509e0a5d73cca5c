import type { SetupServer } from 'msw/node';
import contract from '../../src/api/openapi.json';
import { validateResponse, type HttpMethodName } from '../../mocks/contract/validator';

/**
 * Every response the mock API gives during a test is checked against the contract for its
 * operation and status; a mismatch fails the test that caused it.
 */
const BASE = '/api/v1';
const templates = Object.keys((contract as { paths: Record<string, unknown> }).paths).map((template) => ({
  template,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
}));

export function matchTemplate(pathname: string): string | null {
  const index = pathname.indexOf(BASE);
  if (index < 0) return null;
  const rest = pathname.slice(index + BASE.length) || '/';
  return templates.find(({ pattern }) => pattern.test(rest))?.template ?? null;
}

/** Marks a response as a failure injected by a test, outside the contract on purpose. */
export const INJECTED_FAILURE_HEADER = 'X-Injected-Failure';

export interface ContractGuard {
  /** Waits for pending checks and returns the violations found since the last call. */
  drain(): Promise<string[]>;
  /** Operations (`GET /dsars`) that answered during this test file. */
  exercised: Set<string>;
}

export function installContractGuard(server: SetupServer): ContractGuard {
  const pending: Promise<void>[] = [];
  let violations: string[] = [];
  const exercised = new Set<string>();

  server.events.on('response:mocked', ({ request, response }) => {
    const url = new URL(request.url);
    const template = matchTemplate(url.pathname);
    const method = request.method.toLowerCase() as HttpMethodName;
    if (!template) {
      violations.push(`${request.method} ${url.pathname} is not an operation of the contract`);
      return;
    }
    // A failure a resilience test injects on purpose (a 404 where the contract declares none,
    // say) proves how the screen copes; it is not the mock API's answer and not checked here.
    if (response.headers.has(INJECTED_FAILURE_HEADER)) return;
    exercised.add(`${request.method} ${template}`);
    pending.push(
      (async () => {
        const text = await response.clone().text();
        let body: unknown = null;
        if (text !== '') {
          try {
            body = JSON.parse(text) as unknown;
          } catch {
            body = text;
          }
        }
        let problems: string[];
        try {
          problems = validateResponse(method, template, response.status, response.headers.get('Content-Type'), body);
        } catch (error) {
          problems = [String(error)];
        }
        for (const problem of problems) violations.push(`${request.method} ${url.pathname} -> ${response.status}: ${problem}`);
      })(),
    );
  });

  return {
    exercised,
    async drain() {
      await Promise.all(pending.splice(0));
      const found = violations;
      violations = [];
      return found;
    },
  };
}
