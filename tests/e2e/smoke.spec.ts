import { expect, test } from '@playwright/test';

// Proves the harness: the built console loads in Chromium and renders its sign-in page, in the
// demo build (in-browser mock API) and in the server build (behind vite preview's /api proxy).
test('the sign-in page renders its heading', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: /sign in|aanmelden/i })).toBeVisible();
});

test('the server build reaches the API through the same origin', async ({ request }, testInfo) => {
  test.skip(testInfo.project.name !== 'server', 'only the server build talks to an HTTP API');
  const response = await request.get('/api/v1/session');
  expect(response.status()).toBe(401);
  expect(response.headers()['content-type']).toContain('application/problem+json');
});
