// End-to-end tests in real Chromium (Debian's /usr/bin/chromium; Playwright never downloads one).
//
// `npm run test:e2e` builds the console twice, then runs three projects against three servers:
//   demo    dist-demo/ (in-browser mock API, as `npm start` and the demo deployment run it),
//           served by `vite preview` on :4174. Runs every spec except *.server.spec.ts.
//   server  dist-server/ (VITE_USE_MOCKS=false, no mock code) served by `vite preview` on :4173,
//           whose /api proxy (vite.config.ts) reaches `npm run mock-api` on 127.0.0.1:8787:
//           the path a real deployment takes. Runs *.server.spec.ts and the smoke test.
//   csp     dist-server/ served by scripts/serve-csp.mjs on :4175 with the headers of the nginx
//           site in deploy/nginx/ (strict CSP, fresh nonce per request). Runs *.csp.spec.ts.
//
// Screenshots meant to be kept (reviewed, committed) are taken explicitly by the specs into
// tests/e2e/screenshots/; failure screenshots, traces and videos go to test-results/ (ignored).
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Ports can be moved (E2E_DEMO_PORT, E2E_SERVER_PORT, MOCK_API_PORT) to run two checkouts at once.
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 4174);
const SERVER_PORT = Number(process.env.E2E_SERVER_PORT ?? 4173); // its /api proxy (vite.config.ts) targets MOCK_API_PORT
const MOCK_API_PORT = Number(process.env.MOCK_API_PORT ?? 8787);
const CSP_PORT = Number(process.env.E2E_CSP_PORT ?? 4175); // dist-server/ under the nginx site's headers (deploy/nginx/)
const isCI = Boolean(process.env.CI);

for (const dir of ['dist-demo', 'dist-server']) {
  if (!existsSync(`${dir}/index.html`)) {
    throw new Error(`${dir}/index.html is missing: run \`npm run build:e2e\` first (\`npm run test:e2e\` does both).`);
  }
}
if (!existsSync(CHROMIUM)) {
  throw new Error(`Chromium not found at ${CHROMIUM}: \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  // Two cores: one browser at a time keeps timings honest; E2E_WORKERS=2 on a bigger machine.
  workers: Number(process.env.E2E_WORKERS ?? 1),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: isCI ? [['line'], ['html', { open: 'never', outputFolder: 'playwright-report' }]] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'en-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'demo',
      testIgnore: [/\.server\.spec\.ts$/, /\.csp\.spec\.ts$/],
      use: { baseURL: `http://localhost:${DEMO_PORT}` },
    },
    {
      name: 'server',
      testMatch: [/\.server\.spec\.ts$/, /smoke\.spec\.ts$/],
      use: { baseURL: `http://localhost:${SERVER_PORT}` },
    },
    {
      name: 'csp',
      testMatch: /\.csp\.spec\.ts$/,
      use: { baseURL: `http://localhost:${CSP_PORT}` },
    },
  ],
  webServer: [
    {
      command: 'npm run mock-api',
      url: `http://127.0.0.1:${MOCK_API_PORT}/api/v1/session`, // 401 without a session: it is up
      reuseExistingServer: !isCI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx vite preview --outDir dist-demo --port ${DEMO_PORT} --strictPort`,
      url: `http://localhost:${DEMO_PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --outDir dist-server --port ${SERVER_PORT} --strictPort`,
      url: `http://localhost:${SERVER_PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve-csp.mjs --dir dist-server --port ${CSP_PORT} --api http://127.0.0.1:${MOCK_API_PORT}`,
      url: `http://localhost:${CSP_PORT}/`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
    },
  ],
});
