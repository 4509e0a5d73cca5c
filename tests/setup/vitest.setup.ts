import '@testing-library/jest-dom/vitest';
import './dom-stubs';
import { cleanup } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { resetDb } from '../../mocks/db';
import { server } from '../../mocks/node';
import { setScenario } from '../../mocks/scenario';
import { installContractGuard } from './contract-guard';

const guard = installContractGuard(server);
let consoleErrors: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  consoleErrors = [];
  // A stray console.error is a bug the test did not assert on: fail it (epic-stack's rule).
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map((arg) => (arg instanceof Error ? arg.stack ?? arg.message : String(arg))).join(' '));
  });
});

afterEach(async () => {
  cleanup();
  const violations = await guard.drain();
  server.resetHandlers();
  resetDb();
  setScenario('default', 0);
  localStorage.clear();
  sessionStorage.clear();
  document.cookie.split(';').forEach((cookie) => {
    const name = cookie.split('=')[0]?.trim();
    if (name) document.cookie = `${name}=; Max-Age=0; Path=/`;
  });
  const errors = consoleErrors;
  consoleErrors = [];
  if (violations.length > 0) throw new Error(`Mock responses broke the contract:\n${violations.join('\n')}`);
  if (errors.length > 0) throw new Error(`console.error was called:\n${errors.join('\n---\n')}`);
});

afterAll(() => {
  server.close();
  // Feeds tests/setup/contract-coverage.ts (every operation exercised by some test).
  const dir = join(process.cwd(), 'node_modules', '.cache', 'contract-coverage');
  mkdirSync(dir, { recursive: true });
  const name = (expect.getState().testPath ?? String(process.pid)).replace(/[^A-Za-z0-9]+/g, '_');
  writeFileSync(join(dir, `${name}.json`), JSON.stringify([...guard.exercised]));
});

export { guard };
