#!/usr/bin/env node
// Production builds of the console (no type check: `npm run typecheck` does that).
//
//   node scripts/build.mjs                      demo build in dist/ (in-browser mock API)
//   node scripts/build.mjs --server             build for a real server in dist/
//   node scripts/build.mjs --server --out-dir X build for a real server in X/
//   node scripts/build.mjs --e2e                both, for the browser tests: dist-demo/, dist-server/
//
// A server build also writes its SBOM beside the output (<out-dir>.sbom.cdx.json, CycloneDX).
// A server build sets VITE_USE_MOCKS=false, which src/config/env.ts folds into a constant, so
// the dynamic import of the mock API in src/main.tsx is dropped. Vite still copies public/,
// mock service worker included; it is removed here so no mock code ships at all.
import { execFileSync } from 'node:child_process';
import { rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';

const { values } = parseArgs({
  options: {
    server: { type: 'boolean', default: false },
    e2e: { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
  },
});

const root = resolve(import.meta.dirname, '..');

async function buildOnce({ server, outDir }) {
  const started = performance.now();
  const previous = process.env.VITE_USE_MOCKS;
  // Environment variables set before Vite starts win over .env files.
  process.env.VITE_USE_MOCKS = server ? 'false' : (previous ?? 'true');
  try {
    await build({ root, logLevel: 'warn', build: { outDir: resolve(root, outDir), emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.VITE_USE_MOCKS;
    else process.env.VITE_USE_MOCKS = previous;
  }
  if (server) {
    await rm(join(root, outDir, 'mockServiceWorker.js'), { force: true });
    await writeSbom(outDir);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`built ${server ? 'server' : 'demo'} console in ${outDir}/ (${seconds}s)`);
}

/**
 * Every release build comes with its software bill of materials (CycloneDX, from `npm sbom`):
 * the packages that ship, dev tools left out. It is written beside the build, not inside it,
 * so the web server does not publish it.
 */
async function writeSbom(outDir) {
  const sbom = execFileSync('npm', ['sbom', '--sbom-format', 'cyclonedx', '--omit', 'dev'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const file = resolve(root, `${outDir}.sbom.cdx.json`);
  await writeFile(file, sbom);
  console.log(`wrote the release SBOM to ${outDir}.sbom.cdx.json (${JSON.parse(sbom).components.length} components)`);
}

if (values.e2e) {
  await buildOnce({ server: false, outDir: 'dist-demo' });
  await buildOnce({ server: true, outDir: 'dist-server' });
} else {
  await buildOnce({ server: values.server, outDir: values['out-dir'] ?? 'dist' });
}
