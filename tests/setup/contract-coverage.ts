/**
 * Vitest global setup: every operation of the contract must be exercised through the mock API by
 * at least one test. Each test file writes the operations it saw (tests/setup/vitest.setup.ts);
 * when CONTRACT_COVERAGE=1 (as `npm run test:unit` sets it) the teardown fails the run if any
 * operation was never called.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { allOperations } from '../../mocks/contract/validator';

export const COVERAGE_DIR = join(process.cwd(), 'node_modules', '.cache', 'contract-coverage');

export function setup(): () => void {
  rmSync(COVERAGE_DIR, { recursive: true, force: true });
  mkdirSync(COVERAGE_DIR, { recursive: true });
  return () => {
    if (process.env.CONTRACT_COVERAGE !== '1') return;
    const seen = new Set<string>();
    for (const file of readdirSync(COVERAGE_DIR)) {
      for (const operation of JSON.parse(readFileSync(join(COVERAGE_DIR, file), 'utf8')) as string[]) seen.add(operation);
    }
    const missing = allOperations().filter(({ method, path }) => !seen.has(`${method.toUpperCase()} ${path}`));
    if (missing.length > 0) {
      // Vitest reports a teardown error but would still exit 0: set the exit code ourselves.
      process.exitCode = 1;
      throw new Error(`Contract operations never exercised by a test:\n${missing.map((op) => `  ${op.method.toUpperCase()} ${op.path} (${op.operationId})`).join('\n')}`);
    }
    console.log(`Contract coverage: all ${allOperations().length} operations exercised through the mock API.`);
  };
}
