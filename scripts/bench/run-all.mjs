#!/usr/bin/env node
// `npm run bench`: every `bench:*` script of package.json, one after another (benchmarks must
// not share the machine), stopping at the first that fails its budget.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const { scripts } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const benches = Object.keys(scripts).filter((name) => name.startsWith('bench:')).sort();
for (const name of benches) {
  console.log(`\n▶ npm run ${name}`);
  const result = spawnSync('npm', ['run', '-s', name], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
