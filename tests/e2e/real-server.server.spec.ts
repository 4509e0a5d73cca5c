import { expect, expectNoAxeViolations, signInWithPassword, test, waitForPage } from './fixtures';

// The production-style build (no in-browser mocks) against `npm run mock-api` over HTTP: the
// path a deployment against Engcode's real server takes.
test('signs in over HTTP, loads the overview from the server, and ships no mock worker', async ({ page }) => {
  const apiCalls: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/v1/')) apiCalls.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  await signInWithPassword(page, 'privacy_officer');
  await waitForPage(page);
  expect(apiCalls).toEqual(expect.arrayContaining(['POST /api/v1/session', 'GET /api/v1/overview']));
  const registrations = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length);
  expect(registrations).toBe(0);
  // The preview server may answer any path with index.html; what matters is no worker script.
  const worker = await page.request.get('/mockServiceWorker.js');
  expect(await worker.text()).not.toContain('Mock Service Worker');
  await expectNoAxeViolations(page, 'overview on the server build');
  await page.screenshot({ path: 'tests/e2e/screenshots/server-build-overview.png', fullPage: true });
});

// index.html of the server build preloads the session (vite.config.ts, preloadSession): the
// request leaves while the first chunk downloads, and the app must take that answer rather than
// ask a second time (same URL, mode and credentials, or the browser sends it again and warns).
test('a first load asks for the session once, from the page head, and uses that answer', async ({ page }) => {
  await signInWithPassword(page, 'privacy_officer');
  const sessionCalls: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/session') sessionCalls.push(`${request.method()} ${request.resourceType()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'warning' && /preload/i.test(message.text())) warnings.push(message.text());
  });
  await page.reload();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  expect(await page.locator('link[rel="preload"][as="fetch"]').getAttribute('href')).toBe('/api/v1/session');
  // Chromium reports a preload that nothing used a few seconds after the load.
  await page.waitForTimeout(3_500);
  expect(sessionCalls).toEqual(['GET other']);
  expect(warnings).toEqual([]);
});
