#!/usr/bin/env node
// How fast the consent page's charts are interactive, in Chromium, against a production build.
//
//   npm run bench:consent                   build (server build, dist-bench/), then measure
//   npm run bench:consent -- --no-build     measure the existing dist-bench/
//   npm run bench:consent -- --runs 9       more runs (default 7)
//
// Set-up, as production runs it: a server build (no mock code in the browser) served by
// `vite preview`, whose /api proxy reaches `npm run mock-api` with MOCK_SCENARIO=large (200,000
// people, five years of daily consent aggregates for every purpose). The server builds its
// aggregates once at start-up, as a real one keeps them: the bench warms it before measuring.
//
// One run: a fresh browser context (cold HTTP cache, signed in, 1440 x 900) navigates to /consent
// (two warm-up runs first are not counted). The page counts as interactive when its four figures
// are on the page, the charts on the first screen are drawn (Recharts wrappers holding bars or
// lines), nothing shows a loading state, and the main thread answers (the check itself runs
// there, on an animation frame). The time is performance.now() at that moment: milliseconds since
// the navigation started. A chart further down is drawn as it comes near the viewport
// (src/components/figure/chart-box.tsx): the run then scrolls to each of them in turn and reports
// the slowest one's time from scroll to drawn ("further"). Fails when the median time to
// interactive is above the budget.
//
// Ports: BENCH_WEB_PORT (default 4191) and BENCH_API_PORT (default 8797).
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { benchArguments, CHROMIUM_FLAGS, CHROMIUM_PATH, median, serverBuild, startPreview, stopProcesses } from './servers.mjs';

const BUDGET_MS = 1000;
const FIGURES = 4;
const WARM_UP_RUNS = 2;
const outDir = 'dist-bench';
const { build, runs } = benchArguments(7);
// Not 4190: it is on the Fetch standard's list of blocked ports (ManageSieve), so fetch and Chromium refuse it.
const webPort = Number(process.env.BENCH_WEB_PORT ?? 4191);
const apiPort = Number(process.env.BENCH_API_PORT ?? 8797);
const base = `http://localhost:${webPort}`;
// The launch flags of playwright.config.ts.
const LAUNCH = { executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS };

try {
  await serverBuild(outDir, { build });
  await startPreview({ outDir, scenario: 'large', webPort, apiPort });

  const browser = await chromium.launch(LAUNCH);
  // Sign in once; every run starts from this session in a fresh context (cold cache).
  const setup = await browser.newContext({ baseURL: base, locale: 'en-BE', timezoneId: 'Europe/Brussels' });
  const signIn = await setup.request.post('/api/v1/session', { data: { username: 'an.claes', password: 'demo' }, headers: { 'X-Requested-With': 'engcode-console' } });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  const warmStart = performance.now();
  const warm = await setup.request.get('/api/v1/consent-expirations');
  if (!warm.ok()) throw new Error(`warm-up failed: ${warm.status()}`);
  const warmMs = performance.now() - warmStart;
  const storageState = await setup.storageState();
  await setup.close();

  const rows = [];
  // The first navigations after start-up meet servers still compiling their code paths (Node's
  // JIT, vite preview's static handler): they run but are not counted.
  for (let index = -WARM_UP_RUNS; index < runs; index += 1) {
    const context = await browser.newContext({ baseURL: base, storageState, locale: 'en-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto('/consent', { waitUntil: 'commit' });
    const ready = await page.waitForFunction(
      (figures) => {
        const boxes = [...globalThis.document.querySelectorAll('main [data-chart-box]')];
        const firstScreen = boxes.filter((box) => box.getBoundingClientRect().top < globalThis.innerHeight);
        if (boxes.length < figures || firstScreen.length === 0 || globalThis.document.querySelector('[aria-busy="true"]')) return false;
        return firstScreen.every((box) => box.querySelector('.recharts-bar-rectangle, .recharts-line-curve')) ? [performance.now(), firstScreen.length] : false;
      },
      FIGURES,
      { polling: 'raf', timeout: 30_000 },
    );
    const [chartsMs, inView] = await ready.jsonValue();
    // The charts further down, each scrolled to in turn: how long the slowest takes to appear.
    const nextChartMs = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => globalThis.requestAnimationFrame(resolve));
      let slowest = 0;
      for (const box of globalThis.document.querySelectorAll('main [data-chart-box="waiting"]')) {
        const started = performance.now();
        box.scrollIntoView({ block: 'center' });
        while (!box.querySelector('.recharts-bar-rectangle, .recharts-line-curve')) await frame();
        slowest = Math.max(slowest, performance.now() - started);
      }
      return slowest;
    });
    const timing = await page.evaluate(() => {
      const navigation = performance.getEntriesByType('navigation')[0];
      const api = performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/api/v1/consent-'));
      const scripts = performance.getEntriesByType('resource').filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
      return {
        ttfb: navigation?.responseStart ?? 0,
        dcl: navigation?.domContentLoadedEventEnd ?? 0,
        lastScript: Math.max(0, ...scripts.map((entry) => entry.responseEnd)),
        apiCalls: api.length,
        apiFirst: Math.min(...api.map((entry) => entry.startTime)),
        apiDone: Math.max(0, ...api.map((entry) => entry.responseEnd)),
      };
    });
    if (index >= 0) rows.push({ run: index + 1, ...timing, charts: chartsMs, inView, nextChart: nextChartMs });
    await context.close();
  }
  await browser.close();

  const fmt = (ms) => `${Math.round(ms)}`.padStart(9);
  console.log(`\nConsent page, large scenario (200,000 people), ${runs} runs, cold cache each (server aggregates warmed in ${Math.round(warmMs)} ms)`);
  // Timings mean little on a machine busy with other work: say how busy it was.
  console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' / ')} on ${availableParallelism()} cores`);
  const columns = ['TTFB', 'DCL', 'JS done', 'API from', 'API done', 'calls', 'in view', 'ready', 'further'];
  console.log(`${'run'.padEnd(6)}${columns.map((name) => name.padStart(9)).join('')}   (ms since navigation start)`);
  const line = (label, row) => `${label.padEnd(6)}${[row.ttfb, row.dcl, row.lastScript, row.apiFirst, row.apiDone].map(fmt).join('')}${String(row.apiCalls ?? '').padStart(9)}${String(row.inView ?? '').padStart(9)}${fmt(row.charts)}${fmt(row.nextChart)}`;
  for (const row of rows) console.log(line(String(row.run), row));
  const med = (key) => median(rows.map((row) => row[key]));
  console.log(line('median', { ttfb: med('ttfb'), dcl: med('dcl'), lastScript: med('lastScript'), apiFirst: med('apiFirst'), apiDone: med('apiDone'), apiCalls: '', inView: '', charts: med('charts'), nextChart: med('nextChart') }));
  const result = med('charts');
  if (result > BUDGET_MS) {
    console.error(`bench:consent: first screen of charts interactive after ${Math.round(result)} ms (median; each further chart drawn within ${Math.round(med('nextChart'))} ms of being scrolled to), over the ${BUDGET_MS} ms budget.`);
    process.exitCode = 1;
  } else {
    console.log(`bench:consent: first screen of charts interactive after ${Math.round(result)} ms (median; each further chart drawn within ${Math.round(med('nextChart'))} ms of being scrolled to), within the ${BUDGET_MS} ms budget.`);
  }
} catch (error) {
  console.error(`bench:consent: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stopProcesses();
}
