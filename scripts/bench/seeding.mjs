#!/usr/bin/env node
/* global window, location -- page.addInitScript and page.evaluate run these functions in the page. */
/**
 * The in-browser mock API (demo mode) builds its data set in the page: people, consent history
 * aggregated per day, requests. This measures, in Chromium, the longest main-thread task while
 * a privacy officer signs in and opens the overview, the request queue, the consent page and the
 * audit log, with the default and the `large` scenario. Budget: no task over 200 ms.
 *
 *   npm run bench:seeding        (needs dist-demo/: npm run build:e2e)
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { assertPortFree, CHROMIUM_FLAGS, CHROMIUM_PATH, root, startProcess, stopProcesses, waitFor } from './servers.mjs';

const PORT = 4196;
const BUDGET_MS = 200;
const PAGES = ['Data subject requests', 'Consent', 'Audit log', 'Overview'];

if (!existsSync(resolve(root, 'dist-demo/index.html'))) throw new Error('dist-demo/ is missing: run `npm run build:e2e` first.');
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
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.longTasks.push({ ms: Math.round(entry.duration), at: location.pathname });
      }).observe({ type: 'longtask', buffered: true });
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
    const tasks = await page.evaluate(() => window.longTasks);
    if (process.env.BENCH_VERBOSE) console.log(scenario, tasks);
    const durations = tasks.map((task) => task.ms);
    rows.push({ scenario, "long tasks (> 50 ms)": durations.length, "longest ms": Math.max(0, ...durations), "over budget": durations.filter((ms) => ms > BUDGET_MS).length });
    await context.close();
  }
} finally {
  await browser.close();
  stopProcesses();
}

console.log(`\nMain-thread tasks in demo mode (mock API in the page), signing in and opening ${PAGES.join(', ')}; budget: none over ${BUDGET_MS} ms`);
console.table(rows);
if (rows.some((row) => row['over budget'] > 0)) {
  console.error(`✖ a task ran over ${BUDGET_MS} ms`);
  process.exit(1);
}
