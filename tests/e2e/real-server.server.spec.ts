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
