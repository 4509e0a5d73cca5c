#!/usr/bin/env node
// Proves that a build for a real server carries no mock code, seed data or service worker.
//
//   node scripts/check-no-mocks.mjs [dir]                  default dir: dist
//   node scripts/check-no-mocks.mjs --expect-mocks <dir>   the opposite, for a demo build: proves
//                                                          the check can see mock code at all
//
// Two independent looks, so neither a renamed chunk nor a missing source map hides anything:
// 1. the source maps name every module bundled into each chunk: none may come from mocks/ or
//    from the mock-only packages (scripts/mock-only.mjs);
// 2. the emitted files are searched for strings only mock code contains.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MOCK_SOURCE } from './mock-only.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'expect-mocks': { type: 'boolean', default: false } },
});
const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, positionals[0] ?? 'dist');
const expectMocks = values['expect-mocks'];

if (!existsSync(dir)) {
  console.error(`check-no-mocks: ${relative(root, dir)}/ does not exist; build first (npm run build:server).`);
  process.exit(2);
}

const MOCK_STRINGS = [
  'mockServiceWorker', // the worker's file name, registered only by mocks/browser.ts
  'setupWorker', // msw/browser
  'engcode.mock-scenario', // mocks/browser.ts scenario key
  '[MSW]', // msw's log prefix
  'http-middleware', // @mswjs/http-middleware
];

function walk(path) {
  return statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => walk(join(path, name))) : [path];
}

const files = walk(dir);
const findings = [];

if (files.some((file) => file.endsWith('mockServiceWorker.js'))) {
  findings.push('mockServiceWorker.js is in the build');
}

const maps = files.filter((file) => file.endsWith('.js.map'));
/** chunk -> the mock modules bundled into it */
const bundled = new Map();
for (const map of maps) {
  const { sources = [] } = JSON.parse(readFileSync(map, 'utf8'));
  for (const source of sources) {
    const normalised = source.replaceAll('\\', '/').replace(/^(\.\.\/)+/, '');
    if (MOCK_SOURCE.test(normalised)) {
      const chunk = relative(dir, map).replace(/\.map$/, '');
      bundled.set(chunk, [...(bundled.get(chunk) ?? []), normalised.replace(/^.*?node_modules\//, 'node_modules/')]);
    }
  }
}

for (const [chunk, modules] of bundled) {
  const own = modules.filter((module) => !module.startsWith('node_modules/'));
  const shown = [...own, ...modules.filter((module) => module.startsWith('node_modules/'))].slice(0, 4);
  findings.push(`${chunk} bundles ${modules.length} mock modules (${shown.join(', ')}${modules.length > shown.length ? ', …' : ''})`);
}

for (const file of files.filter((name) => /\.(js|html)$/.test(name))) {
  const text = readFileSync(file, 'utf8');
  for (const marker of MOCK_STRINGS) {
    if (text.includes(marker)) findings.push(`${relative(dir, file)} contains "${marker}"`);
  }
}

const where = `${relative(root, dir)}/`;
if (maps.length === 0) console.warn(`check-no-mocks: no source maps in ${where}; only the string search ran.`);

if (expectMocks) {
  if (findings.length === 0) {
    console.error(`check-no-mocks: expected mock code in ${where} (a demo build) but found none: the check would miss it.`);
    process.exit(1);
  }
  console.log(`check-no-mocks: ${where} is a demo build and carries the mock API, as expected (${findings.length} traces).`);
  process.exit(0);
}

if (findings.length > 0) {
  console.error(`check-no-mocks: ${where} must not contain mock code, but:`);
  for (const finding of [...new Set(findings)]) console.error(`  - ${finding}`);
  console.error(
    'The mock API may be imported only from src/main.tsx, behind a condition the bundler can fold to a\n' +
      "literal: `if (import.meta.env.VITE_USE_MOCKS !== 'false')` written in main.tsx itself (a value read\n" +
      'from another module, even a const, is not folded and the mock chunk ships). Build with `npm run build:server`.',
  );
  process.exit(1);
}
console.log(`check-no-mocks: ${where} has no mock code, seed data or service worker (${files.length} files, ${maps.length} source maps checked).`);
