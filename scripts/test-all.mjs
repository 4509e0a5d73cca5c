#!/usr/bin/env node
// `npm test`: every gate, cheapest and most telling first, stopping at the first failure, with
// a timing summary (CI must stay well under 15 minutes on 2 cores).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** [label, command, ...args]; npm scripts keep one definition of each gate in package.json. */
const steps = [
  ['generated API files are current', 'npm', 'run', 'check:api-types'],
  ['contract lint (Redocly, Spectral + OWASP)', 'npm', 'run', 'lint:api'],
  ['lock file: registry hosts, https, integrity (lockfile-lint)', 'npm', 'run', 'lint:lockfile'],
  ['ESLint', 'npm', 'run', 'lint'],
  ['TypeScript', 'npm', 'run', 'typecheck'],
  // CONTRACT_COVERAGE=1: the run also fails if any contract operation was never exercised.
  ['unit, integration and contract tests (every contract operation exercised)', 'env', 'CONTRACT_COVERAGE=1', 'npm', 'run', 'test:unit'],
  ['builds: demo (dist-demo/) and server (dist-server/)', 'npm', 'run', 'build:e2e'],
  ['bundle size budget (server build)', 'node', 'scripts/check-size.mjs', 'dist-server'],
  ['no mock code in the server build', 'node', 'scripts/check-no-mocks.mjs', 'dist-server'],
  ['the demo build does carry the mock API', 'node', 'scripts/check-no-mocks.mjs', '--expect-mocks', 'dist-demo'],
  ['end-to-end tests in Chromium', 'npx', 'playwright', 'test'],
  // Accessibility and best practices are deterministic: gated at 100. Performance is reported.
  ['Lighthouse (mobile and desktop): accessibility and best practices 100', 'node', 'scripts/bench/lighthouse.mjs', '--runs', '1', '--gate'],
];

const done = [];
const format = (ms) => `${(ms / 1000).toFixed(1)}s`.padStart(7);
function summary() {
  console.log('\nnpm test summary');
  for (const { label, ms, ok } of done) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${format(ms)}  ${label}`);
  console.log(`       ${format(done.reduce((sum, step) => sum + step.ms, 0))}  total`);
}

for (const [label, command, ...args] of steps) {
  console.log(`\n▶ ${label}: ${[command, ...args].join(' ')}`);
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = result.status === 0;
  done.push({ label, ms: performance.now() - started, ok });
  if (!ok) {
    summary();
    console.error(`\n✖ ${label} failed${result.error ? `: ${result.error.message}` : ''}.`);
    process.exit(result.status || 1);
  }
}
summary();
console.log('\n✔ every gate passed.');
