#!/usr/bin/env node
/* global window, location -- page.addInitScript and page.evaluate run these functions in the page. */
/**
 * The in-browser mock API (demo mode) builds its data set in the page: people, consent history
 * aggregated per day, requests. This measures, in Chromium, how long the mock code holds the main
 * thread at a time while a privacy officer signs in and opens the overview, the request queue,
 * the consent page and the audit log, with the default and the `large` scenario. Budget: the
 * mock's scripts never run over 200 ms in one animation frame.
 *
 * The page's other long tasks (drawing the consent charts, say) are not the seeding's: they are
 * printed for information, and the app's own budgets (bench:consent, Lighthouse) cover them. The
 * Long Animation Frames API names the script behind each piece of a long frame; a piece counts as
 * the mock's when its script is one of the mock chunks (mocks/, MSW, faker, the holiday tables).
 *
 *   npm run bench:seeding        (needs dist-demo/: npm run build:e2e)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { MOCK_MODULE } from '../mock-only.mjs';
import { assertPortFree, CHROMIUM_FLAGS, CHROMIUM_PATH, root, startProcess, stopProcesses, waitFor } from './servers.mjs';

const PORT = 4196;
const BUDGET_MS = 200;
const PAGES = ['Data subject requests', 'Consent', 'Audit log', 'Overview'];

if (!existsSync(resolve(root, 'dist-demo/index.html'))) throw new Error('dist-demo/ is missing: run `npm run build:e2e` first.');
const mockChunks = mockChunkFiles(JSON.parse(readFileSync(resolve(root, 'dist-demo/.vite/manifest.json'), 'utf8')), readFileSync(resolve(root, 'dist-demo/index.html'), 'utf8'));

/** The demo build's chunks that only the mock API loads: its dynamic entries and what they alone import. */
function mockChunkFiles(manifest, indexHtml) {
  const closure = (keys) => {
    const seen = new Set();
    const visit = (key) => {
      if (seen.has(key) || !manifest[key]) return;
      seen.add(key);
      for (const imported of manifest[key].imports ?? []) visit(imported);
    };
    keys.forEach(visit);
    return seen;
  };
  // The page's own scripts are those index.html loads (the manifest of a demo build names no entry).
  const pageFiles = new Set([...indexHtml.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]));
  const appKeys = closure(Object.keys(manifest).filter((key) => manifest[key].isEntry || pageFiles.has(manifest[key].file)));
  if (appKeys.size === 0) throw new Error('dist-demo/index.html loads no script the manifest knows');
  const mockKeys = [...closure(Object.keys(manifest).filter((key) => MOCK_MODULE.test(key)))].filter((key) => !appKeys.has(key));
  if (mockKeys.length === 0) throw new Error('no mock chunks in dist-demo/.vite/manifest.json: is it a demo build?');
  return new Set(mockKeys.map((key) => manifest[key].file.split('/').pop()));
}
await assertPortFree(PORT);
startProcess('npx', ['vite', 'preview', '--outDir', 'dist-demo', '--port', String(PORT), '--strictPort'], { stderr: 'ignore' });
await waitFor(`http://localhost:${PORT}/`, (status) => status === 200);

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const rows = [];
try {
  for (const scenario of ['default', 'large']) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-BE' });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.longTasks = [];
      window.longFrames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push({ ms: Math.round(entry.duration), at: location.pathname });
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.longFrames.push({ at: location.pathname, scripts: entry.scripts.map((script) => ({ ms: script.duration, file: script.sourceURL.split('/').pop() })) });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto(`http://localhost:${PORT}/sign-in?scenario=${scenario}`);
    await page.getByRole('button', { name: 'Sign in as Els Peeters' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const nav = page.getByRole('navigation', { name: /main/i });
    for (const name of PAGES) {
      await nav.getByRole('link', { name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached', timeout: 60_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
    }
    const { tasks, frames } = await page.evaluate(() => ({ tasks: window.longTasks, frames: window.longFrames }));
    const mockMs = frames.map((frame) => ({
      at: frame.at,
      ms: Math.round(frame.scripts.filter((script) => mockChunks.has(script.file)).reduce((sum, script) => sum + script.ms, 0)),
    }));
    if (process.env.BENCH_VERBOSE) console.log(scenario, { tasks, mockPerLongFrame: mockMs.filter((frame) => frame.ms > 0) }, JSON.stringify(frames.filter((frame) => frame.scripts.some((script) => script.ms > 100))));
    const mock = mockMs.map((frame) => frame.ms);
    rows.push({
      scenario,
      'longest mock work ms': Math.max(0, ...mock),
      'over budget': mock.filter((ms) => ms > BUDGET_MS).length,
      'long tasks (> 50 ms), any': tasks.length,
      'longest task ms, any': Math.max(0, ...tasks.map((task) => task.ms)),
    });
    await context.close();
  }
} finally {
  await browser.close();
  stopProcesses();
}

console.log(`\nMain-thread work of the mock API in demo mode, signing in and opening ${PAGES.join(', ')}; budget: at most ${BUDGET_MS} ms in one frame`);
console.log('(the last two columns count every long task, the app\'s own included: for information)');
console.table(rows);
if (rows.some((row) => row['over budget'] > 0)) {
  console.error(`✖ the mock API held the main thread over ${BUDGET_MS} ms`);
  process.exit(1);
}
