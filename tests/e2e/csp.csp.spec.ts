import type { Page } from '@playwright/test';
import { ConsoleWalk, SCREENS, screenTitle, throughOverlay } from './console-map';
import { expect, test } from './fixtures';

// The server build served as deploy/nginx/engcode-console.conf serves it (scripts/serve-csp.mjs
// sends the same headers, read from deploy/nginx/security-headers.conf): a strict CSP with a
// fresh nonce per request. Chromium reports every refused script or style as a
// `securitypolicyviolation` event and a console error; both must stay empty on every page and
// overlay.

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

async function expectNoViolations(page: Page, where: string) {
  expect(await page.evaluate(() => window.cspViolations ?? ['the recorder is missing']), `CSP violations on ${where}`).toEqual([]);
}

const NONCE = /'nonce-([0-9a-f]{32})'/;

test('index.html carries a strict policy with a fresh nonce per request, and the security headers', async ({ page }) => {
  const first = await page.goto('/');
  const second = await page.goto('/dsars');
  const policies = [first, second].map((response) => response?.headers()['content-security-policy'] ?? '');
  const [policy = ''] = policies;
  for (const directive of ["script-src 'self' 'nonce-", "style-src 'self' 'nonce-", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  const nonces = policies.map((value) => NONCE.exec(value)?.[1]);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[0]).not.toBe(nonces[1]);
  // The page's tags carry the nonce of the policy they were sent with.
  expect(await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce)).toBe(nonces[1]);

  const headers = second?.headers() ?? {};
  expect(headers['strict-transport-security']).toMatch(/max-age=\d{8}/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cache-control']).toBe('no-store');
});

test('every screen and overlay of the console renders under the policy without a violation', async ({ page }) => {
  test.setTimeout(240_000);
  await recordViolations(page);
  // Each role's screens and every overlay they open (tests/e2e/console-map.ts): overlays inject
  // styles of their own (positioning, the scroll lock of modals), lazily loaded ones bring their
  // style sheets.
  const walk = await ConsoleWalk.start(page, 'en');
  for (const screen of SCREENS) {
    const title = screenTitle(screen);
    await walk.show(screen);
    await expectNoViolations(page, title);
    // The idle warning needs the in-browser API's clock (see movesTheClock); the a11y-overlays spec opens it.
    for (const overlay of screen.overlays.filter((check) => !check.movesTheClock)) {
      await throughOverlay(page, 'en', overlay, () => expectNoViolations(page, `${title} › ${overlay.name}`));
    }
  }

  // The language switch re-renders every text.
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.getByRole('button', { name: /English/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectNoViolations(page, 'the language switch');
});
