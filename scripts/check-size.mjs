#!/usr/bin/env node
// Bundle size budget, read from Vite's manifest (build.manifest in vite.config.ts).
//
//   node scripts/check-size.mjs [dir]     default dir: dist; measure a build:server output
//
// "First page" = all the JavaScript a browser must fetch before a first visit can render: the
// entry chunk and its static imports (recursively), plus the lazy chunks of every route on the
// way to the page and their static imports. Two first visits are measured: the overview (`/`,
// signed in: the shell's layout route and the overview route) and the sign-in page (signed out).
// The budget holds for the larger. Sizes are gzip level 9 (what a static server sends, give or
// take). Chunks built from mocks/ or the mock-only packages are left out: they never ship to a
// real server, and a demo build loads them through a separate dynamic import anyway.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { MOCK_MODULE } from './mock-only.mjs';

/** Budgets in KiB of gzip. Raise them only with a reason in the commit message. */
const BUDGET = {
  // Counted honestly (the shell's layout route included, which the first count missed) the
  // overview's first visit needed 247.1 KiB; loading the command palette, notifications, the
  // idle dialog and the header's menus on first use brought it to 228.0; keeping every module
  // the entry needs in one chunk (vite.config.ts) to 220.7. The aim of 150 is not met:
  // React DOM, Mantine, React Router, i18next and TanStack Query alone are about 170 (see
  // README). The budget holds today's size so it cannot grow unnoticed. Copying small shared
  // chunks into their pages (vite.config.ts) took 9 KiB (its strict execution order); the theme's
  // plain component settings (src/theme.ts) gave back 31: 203.4 KiB on 2026-12-02.
  firstRouteGzipKiB: 207,
  anyChunkGzipKiB: 250,
};
/** The lazy route modules each first visit loads, as the router imports them. */
const FIRST_PAGES = {
  'overview (/)': [/^src\/app\/routes\/app-layout\.tsx$/, /^src\/app\/routes\/overview(\/|\.|-)/],
  'sign-in (/sign-in)': [/^src\/app\/routes\/sign-in\.tsx$/],
};

const { positionals } = parseArgs({ allowPositionals: true });
const root = resolve(import.meta.dirname, '..');
const dir = resolve(root, positionals[0] ?? 'dist');
const manifestPath = join(dir, '.vite', 'manifest.json');

function fail(message) {
  console.error(`check-size: ${message}`);
  process.exit(1);
}

if (!existsSync(manifestPath)) {
  fail(`${relative(root, manifestPath)} not found. Build first (npm run build:server) with build.manifest: true in vite.config.ts.`);
}
/** @type {Record<string, { file: string, src?: string, name?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const chunks = Object.entries(manifest).filter(([, chunk]) => chunk.file.endsWith('.js'));

const sizes = new Map();
function sizeOf(file) {
  let size = sizes.get(file);
  if (!size) {
    const bytes = readFileSync(join(dir, file));
    size = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    sizes.set(file, size);
  }
  return size;
}
const kib = (bytes) => (bytes / 1024).toFixed(1);
const isMock = (key, chunk) => MOCK_MODULE.test(chunk.src ?? key);

const entries = chunks.filter(([, chunk]) => chunk.isEntry);
if (entries.length !== 1) fail(`expected one entry chunk in the manifest, found ${entries.length}.`);
const [entryKey] = entries[0];

/** The chunk and everything it imports statically, depth first, each once. */
function withStaticImports(key, into = new Map()) {
  const chunk = manifest[key];
  if (!chunk || into.has(key) || !chunk.file.endsWith('.js') || isMock(key, chunk)) return into;
  into.set(key, chunk);
  for (const imported of chunk.imports ?? []) withStaticImports(imported, into);
  return into;
}

const dynamicKeys = new Set(chunks.flatMap(([, chunk]) => chunk.dynamicImports ?? []));

/** The chunks a first visit loads, with the role of each, or a failure when a route is not lazy. */
function firstPage(routePatterns) {
  const routeKeys = routePatterns.map((pattern) => {
    const key = [...dynamicKeys].find((candidate) => pattern.test(manifest[candidate]?.src ?? candidate));
    if (!key) {
      const lazy = [...dynamicKeys].map((candidate) => manifest[candidate]?.src ?? candidate).sort();
      fail(`no lazy chunk for the route ${pattern}.\n  Lazy modules in this build: ${lazy.join(', ') || '(none)'}\n  Keep the route lazy or update FIRST_PAGES in scripts/check-size.mjs.`);
    }
    return key;
  });
  const loaded = withStaticImports(entryKey);
  for (const key of routeKeys) withStaticImports(key, loaded);
  const rows = [...loaded.entries()].map(([key, chunk]) => ({
    chunk: chunk.file,
    role: key === entryKey ? 'entry' : routeKeys.includes(key) ? 'route' : 'import',
    ...sizeOf(chunk.file),
  }));
  return { rows, total: rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 }) };
}

const pad = (text, width) => String(text).padEnd(width);
const padStart = (text, width) => String(text).padStart(width);
const problems = [];
for (const [name, patterns] of Object.entries(FIRST_PAGES)) {
  const { rows, total } = firstPage(patterns);
  const width = Math.max(40, ...rows.map((row) => row.chunk.length));
  console.log(`\nJavaScript for the first visit of ${name} (${relative(root, dir)}/), KiB:`);
  console.log(`${pad('chunk', width)}  ${pad('role', 8)} ${padStart('raw', 9)} ${padStart('gzip', 9)}`);
  for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${pad(row.chunk, width)}  ${pad(row.role, 8)} ${padStart(kib(row.raw), 9)} ${padStart(kib(row.gzip), 9)}`);
  }
  console.log(`${pad('total', width)}  ${pad('', 8)} ${padStart(kib(total.raw), 9)} ${padStart(kib(total.gzip), 9)}   budget ${BUDGET.firstRouteGzipKiB} KiB gzip`);
  if (total.gzip > BUDGET.firstRouteGzipKiB * 1024) {
    problems.push(`the first visit of ${name} needs ${kib(total.gzip)} KiB gzip, over the ${BUDGET.firstRouteGzipKiB} KiB budget`);
  }
}
let largest = { file: '', gzip: 0 };
for (const [key, chunk] of chunks) {
  if (isMock(key, chunk)) continue;
  const { gzip } = sizeOf(chunk.file);
  if (gzip > largest.gzip) largest = { file: chunk.file, gzip };
  if (gzip > BUDGET.anyChunkGzipKiB * 1024) {
    problems.push(`${chunk.file} (${chunk.src ?? key}) is ${kib(gzip)} KiB gzip, over the ${BUDGET.anyChunkGzipKiB} KiB per-chunk budget`);
  }
  // React Router's package exports its development build only (route checks and their messages
  // on every render); vite.config.ts points builds at the production build beside it. The
  // source map says which one the chunk holds.
  const mapFile = join(dir, `${chunk.file}.map`);
  const sources = existsSync(mapFile) ? (JSON.parse(readFileSync(mapFile, 'utf8')).sources ?? []) : [];
  const development = sources.find((source) => /react-router\/dist\/development\//.test(source));
  if (development) problems.push(`${chunk.file} bundles React Router's development build (${development}); see reactRouterProduction in vite.config.ts`);
}
console.log(`largest chunk: ${largest.file} ${kib(largest.gzip)} KiB gzip (budget ${BUDGET.anyChunkGzipKiB} KiB per chunk, ${chunks.length} chunks)`);

if (problems.length > 0) fail(`over budget:\n  - ${problems.join('\n  - ')}`);
console.log('check-size: within budget.');
