#!/usr/bin/env node
/* global window, document, MutationObserver, requestAnimationFrame -- instrument() runs in the page. */
// Does the browser's work grow with the data? The DSAR queue, the consent page and the audit log,
// each answering one filter change, with the default data and with the `large` scenario (ten
// times as much: 20,000 requests, 200,000 people, 15,000 audit entries), in Chromium.
//
//   npm run bench:scale                     build (server build, dist-bench-scale/), then measure
//   npm run bench:scale -- --no-build       measure the existing dist-bench-scale/
//   npm run bench:scale -- --runs 15        more runs per screen and scenario (default 9)
//
// Set-up, as production runs it: a server build (no mock code in the browser) served by
// `vite preview`, whose /api proxy reaches `npm run mock-api`. Both scenarios run side by side,
// each with its own mock API and preview, and their runs alternate (default then large, large
// then default, …), so a machine that gets busier halfway through weighs on both alike.
//
// One run: the screen is loaded afresh (an empty query cache, so the filter's answer comes from
// the server), signed in as the privacy officer (els.peeters), and left until it is idle. Then a
// filter is changed as a person changes it:
//   DSAR queue (/dsars)    the Type chip "Erasure" is clicked;
//   consent (/consent)     "Netherlands" is chosen in the Country select (its list already open);
//   audit log (/audit)     the Action chip "Revealed personal data" is clicked.
// The time is measured in the page, with performance.now()'s clock: from the input event (the
// click's timestamp) to the end of the first frame that shows the new result: the rows (DSAR ids,
// audit entries) or the shapes of the three charts the filter feeds differ from before, and
// nothing is aria-busy. It holds the
// browser's work and the API's. Printed beside it, so the server can be told from the browser:
// the filter request's time from sending it to its first byte (Resource Timing), the size of its
// answer, and the page's main-thread CPU time over the change (CDP Performance.getMetrics
// ThreadTime: the browser's own work, which other processes on the machine delay but do not add
// to). One unmeasured warm-up run per screen and scenario comes first (server aggregates built,
// JIT warm). BENCH_VERBOSE=1 prints every run and checks that the screen does not change again
// after the result was taken as shown.
//
// Fails (exit code 1) when, for any screen, the large median is more than 1.3 times the default one.
//
// Ports: BENCH_SCALE_WEB_PORT (default 4193) and BENCH_SCALE_API_PORT (default 8799) for the
// default scenario; the large one takes the next port of each (4194, 8800).
import { availableParallelism, loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { benchArguments, CHROMIUM_FLAGS, CHROMIUM_PATH, median, serverBuild, startPreview, stopProcesses } from './servers.mjs';

const MAX_RATIO = 1.3;
const outDir = 'dist-bench-scale';
const { build, runs } = benchArguments(9);
// Not 4190 (a port Chromium and fetch refuse), nor the ports of the other runs (4173-4175, 4191, 8787, 8797).
const webPort = Number(process.env.BENCH_SCALE_WEB_PORT ?? 4193);
const apiPort = Number(process.env.BENCH_SCALE_API_PORT ?? 8799);
const SCENARIOS = [
  { name: 'default', web: webPort, api: apiPort },
  { name: 'large', web: webPort + 1, api: apiPort + 1 },
];

/** Installed in the page after it has loaded: arm(screen) before the action, result() after it. */
function instrument() {
  // What shows the result, as a list of parts, and how many parts must differ from before.
  const signatures = {
    // The ids of the rows on screen.
    dsars: { parts: () => [[...document.querySelectorAll('tr[data-dsar-id]')].map((row) => row.getAttribute('data-dsar-id')).join(',')], changed: 1 },
    // The entries on screen, as text (they carry no id).
    audit: { parts: () => [[...document.querySelectorAll('main table tbody tr')].map((row) => row.textContent).join('\n')], changed: 1 },
    // The shapes each chart draws (bars' geometry, lines' paths): the rates per purpose, the
    // trend and the withdrawals must all be redrawn (the expirations do not depend on the filter).
    consent: {
      parts: () =>
        [...document.querySelectorAll('.recharts-wrapper')].map((chart) =>
          [...chart.querySelectorAll('.recharts-bar-rectangle path, .recharts-line-curve')].map((shape) => shape.getAttribute('d') ?? '').join('|'),
        ),
      changed: 3,
    },
  };
  const busy = () => document.querySelector('[aria-busy="true"]') !== null;
  let armed = null;
  window.__scaleBench = {
    busy,
    arm(screen) {
      performance.clearResourceTimings();
      performance.setResourceTimingBufferSize(1000);
      const { parts, changed } = signatures[screen];
      const before = parts();
      const shown = () => {
        const now = parts();
        return now.filter((part, index) => part !== before[index]).length + Math.max(0, before.length - now.length) >= changed;
      };
      const state = { screen, startedAt: null, done: null, shownParts: null };
      const onInput = (event) => {
        if (state.startedAt === null) state.startedAt = event.timeStamp;
      };
      const inputs = ['click', 'input', 'change'];
      for (const type of inputs) window.addEventListener(type, onInput, { capture: true });
      state.done = new Promise((done) => {
        let found = false;
        const check = () => {
          if (found || state.startedAt === null || busy() || !shown()) return;
          found = true;
          observer.disconnect();
          clearTimeout(timer);
          for (const type of inputs) window.removeEventListener(type, onInput, { capture: true });
          const domAt = performance.now();
          state.shownParts = parts();
          // The frame that paints the result: its rAF runs before paint, a task posted from it after.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ domAt, paintedAt: performance.now() });
            channel.port2.postMessage(null);
          });
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          done({ timedOut: true });
        }, 30_000);
      });
      armed = state;
    },
    /** Whether the screen changed again after the result was taken as shown (it should not). */
    changedSince: () => armed !== null && JSON.stringify(signatures[armed.screen].parts()) !== JSON.stringify(armed.shownParts),
    async result(endpoint) {
      const state = armed;
      if (!state) throw new Error('not armed');
      const outcome = await state.done;
      if (outcome.timedOut) return { timedOut: true, startedAt: state.startedAt, busy: busy() };
      const requests = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(endpoint) && entry.startTime >= state.startedAt - 1 && entry.startTime <= outcome.domAt);
      const request = requests.at(-1);
      return {
        totalMs: outcome.paintedAt - state.startedAt,
        requests: requests.length,
        // Request sent to first byte: the server's work (and the local proxy's).
        apiMs: request ? request.responseStart - request.requestStart : null,
        // What the server sends for it: the same, whatever the size of the data, or the browser's work grows.
        bytes: request ? request.decodedBodySize : null,
        rows: document.querySelectorAll('main table tbody tr, tr[data-dsar-id]').length,
      };
    },
  };
}

/** A list screen filtered by a chip of a labelled group: ready once its first row shows; the chip is clicked. */
const chipScreen = ({ key, label, path, endpoint, rows, group, chip }) => ({
  key,
  label,
  path,
  endpoint,
  async ready(page) {
    await page.locator(rows).first().waitFor({ timeout: 60_000 });
  },
  async prepare() {},
  act: (page) => page.getByRole('group', { name: group }).locator('label').getByText(chip, { exact: true }).click(),
});

/** The three screens: where, how to tell the screen is ready, what a person does, which request answers. */
const SCREENS = [
  chipScreen({ key: 'dsars', label: 'DSAR queue (type: Erasure)', path: '/dsars', endpoint: '/api/v1/dsars?', rows: 'tr[data-dsar-id]', group: 'Type', chip: 'Erasure' }),
  {
    key: 'consent',
    label: 'Consent (country: Netherlands)',
    path: '/consent',
    endpoint: '/api/v1/consent-rates?',
    async ready(page) {
      // A chart is drawn when it comes near the viewport: each is scrolled to once, so that the
      // filter change below redraws all of them.
      await page.waitForFunction(() => document.querySelectorAll('main [data-chart-box]').length >= 4, null, { timeout: 60_000 });
      for (const box of await page.locator('main [data-chart-box]').all()) await box.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForFunction(() => document.querySelectorAll('.recharts-wrapper .recharts-bar-rectangle, .recharts-wrapper .recharts-line-curve').length > 0 && document.querySelectorAll('.recharts-wrapper').length >= 4, null, {
        timeout: 60_000,
      });
    },
    // The select's list is opened first: the change is the choice of an option.
    async prepare(page) {
      await page.getByRole('combobox', { name: 'Country', exact: true }).click();
      await page.getByRole('option', { name: 'Netherlands', exact: true }).waitFor();
    },
    act: (page) => page.getByRole('option', { name: 'Netherlands', exact: true }).click(),
  },
  chipScreen({ key: 'audit', label: 'Audit log (action: Revealed)', path: '/audit', endpoint: '/api/v1/audit-events?', rows: 'main table tbody tr', group: 'Action', chip: 'Revealed personal data' }),
];

/** A signed-in page of its own for a scenario: the privacy officer (management has no queue or log). */
async function openSession(browser, scenario) {
  const base = `http://localhost:${scenario.web}`;
  const context = await browser.newContext({ baseURL: base, locale: 'en-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1440, height: 900 } });
  const signIn = await context.request.post('/api/v1/session', { data: { username: 'els.peeters', password: 'demo' }, headers: { 'X-Requested-With': 'engcode-console' } });
  if (!signIn.ok()) throw new Error(`sign-in (${scenario.name}) failed: ${signIn.status()}`);
  const page = await context.newPage();
  // The renderer's main-thread CPU time (Performance.getMetrics' ThreadTime): the browser's own
  // work, which other processes on the machine delay but do not add to.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { context, page, cdp };
}

async function threadTimeMs(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

/** One measured filter change on a freshly loaded screen. */
async function measure({ page, cdp }, screen) {
  await page.goto(screen.path, { waitUntil: 'load' });
  await screen.ready(page);
  // Idle: lazy chunks and secondary lists (staff, expirations) in, nothing loading.
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null, null, { timeout: 30_000 });
  await page.evaluate(instrument);
  await screen.prepare(page);
  await page.evaluate((key) => window.__scaleBench.arm(key), screen.key);
  const cpuBefore = await threadTimeMs(cdp);
  await screen.act(page);
  const sample = await page.evaluate((endpoint) => window.__scaleBench.result(endpoint), screen.endpoint);
  sample.cpuMs = (await threadTimeMs(cdp)) - cpuBefore;
  if (process.env.BENCH_VERBOSE) {
    // A self-check: the result taken as shown must be the last one.
    await page.waitForTimeout(1000);
    if (await page.evaluate(() => window.__scaleBench.changedSince())) console.warn(`${screen.label}: the screen changed again after the result was taken as shown`);
  }
  if (sample.timedOut) throw new Error(`${screen.label}: the new result did not show within 30 s (input seen: ${sample.startedAt !== null}, busy: ${sample.busy})`);
  if (sample.requests !== 1) throw new Error(`${screen.label}: expected one ${screen.endpoint} request for the filter change, saw ${sample.requests}`);
  return sample;
}

const load = () => loadavg().map((value) => value.toFixed(2)).join(' / ');

try {
  await serverBuild(outDir, { build });
  for (const scenario of SCENARIOS) await startPreview({ outDir, scenario: scenario.name, webPort: scenario.web, apiPort: scenario.api });

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
  const loadBefore = load();
  const results = [];
  try {
    const sessions = [];
    for (const scenario of SCENARIOS) sessions.push({ scenario, ...(await openSession(browser, scenario)) });
    for (const screen of SCREENS) {
      const samples = Object.fromEntries(SCENARIOS.map((scenario) => [scenario.name, []]));
      // A warm-up each, then the scenarios alternate run by run, each going first every other time.
      for (const session of sessions) await measure(session, screen);
      for (let index = 0; index < runs; index += 1) {
        for (const session of index % 2 ? [...sessions].reverse() : sessions) samples[session.scenario.name].push(await measure(session, screen));
      }
      if (process.env.BENCH_VERBOSE) for (const [name, list] of Object.entries(samples)) console.log(screen.key, name, list.map((sample) => `${sample.totalMs.toFixed(0)}(api ${sample.apiMs?.toFixed(0)}, cpu ${sample.cpuMs.toFixed(0)})`).join(' '));
      results.push({ screen, samples });
    }
    for (const session of sessions) await session.context.close();
  } finally {
    await browser.close();
  }

  console.log(`\nFilter change to new result painted, Chromium, server build; median of ${runs} runs per screen and scenario, after one warm-up`);
  // Timings mean little on a machine busy with other work: say how busy it was.
  console.log(`load average ${loadBefore} before, ${load()} after, on ${availableParallelism()} cores`);
  console.log('default: 2,000 requests, 20,000 people, 1,500 audit entries; large: ten times as many\n');
  const fmt = (ms, width = 9) => (ms === null || Number.isNaN(ms) ? 'n/a' : ms.toFixed(1)).padStart(width);
  const heads = [['default', 9], ['large', 9], ['ratio', 7], ['API def.', 11], ['API large', 10], ['CPU def.', 11], ['CPU large', 10], ['KB def.', 10], ['KB large', 10]];
  console.log(`${'screen'.padEnd(32)}${heads.map(([name, width]) => name.padStart(width)).join('')}`);
  let failed = false;
  for (const { screen, samples } of results) {
    const med = (name, key) => median(samples[name].map((sample) => sample[key] ?? NaN));
    const ratio = med('large', 'totalMs') / med('default', 'totalMs');
    if (ratio > MAX_RATIO) failed = true;
    const cells = [fmt(med('default', 'totalMs')), fmt(med('large', 'totalMs')), ratio.toFixed(2).padStart(7), fmt(med('default', 'apiMs'), 11), fmt(med('large', 'apiMs'), 10), fmt(med('default', 'cpuMs'), 11), fmt(med('large', 'cpuMs'), 10), fmt(med('default', 'bytes') / 1024, 10), fmt(med('large', 'bytes') / 1024, 10)];
    console.log(`${screen.label.padEnd(32)}${cells.join('')}${ratio > MAX_RATIO ? '   over budget' : ''}`);
  }
  console.log('(ms, medians. default/large: input event to the new result painted, the figure the ratio is of; API: the filter request sent to');
  console.log(" its first byte, the server's share; CPU: the page's main thread's CPU time over the change, the browser's own work;");
  console.log(' KB: the size of that answer, decoded)');
  if (failed) {
    console.error(`\nbench:scale: a screen answers a filter change more than ${MAX_RATIO} times slower with the large data.`);
    process.exitCode = 1;
  } else {
    console.log(`\nbench:scale: every screen within ${MAX_RATIO} times its default-data time with the large data.`);
  }
} catch (error) {
  console.error(`bench:scale: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  stopProcesses();
}
