import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

export type DemoRole = 'privacy_officer' | 'support' | 'management';

export const DEMO_ACCOUNTS: Record<DemoRole, { username: string; displayName: string }> = {
  privacy_officer: { username: 'els.peeters', displayName: 'Els Peeters' },
  support: { username: 'jan.devries', displayName: 'Jan De Vries' },
  management: { username: 'an.claes', displayName: 'An Claes' },
};

/** The navigation each role must see, in order (DOMAIN.md's role matrix). */
export const NAVIGATION: Record<DemoRole, string[]> = {
  privacy_officer: ['Overview', 'Data subject requests', 'Complaints', 'People', 'Consent', 'Recipients', 'Disclosures', 'Compliance checks', 'Policy versions', 'Violations', 'Reports', 'Audit log', 'API reference'],
  support: ['Overview', 'Data subject requests', 'Complaints', 'People', 'Recipients', 'Policy versions', 'API reference'],
  management: ['Overview', 'Consent', 'Recipients', 'Compliance checks', 'Policy versions', 'Reports', 'API reference'],
};

/**
 * Every test fails on a console error or an uncaught page error, so a screen that "works" while
 * logging a failure does not pass.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        // Chromium logs every 401/403 answer as a failed resource; those are expected answers here
        // (the session probe before sign-in, a refused area), asserted on by the tests themselves.
        if (message.type() === 'error' && !/status of 40[13] /.test(message.text())) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signInWithDemoAccount(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in as ${DEMO_ACCOUNTS[role].displayName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

export async function signInWithPassword(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Username' }).fill(DEMO_ACCOUNTS[role].username);
  await page.getByLabel(/^Password/).fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** Switches the system colour scheme and waits until Mantine has applied it (it follows "auto"). */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

/** WCAG 2.2 A and AA, as axe knows them. */
export async function expectNoAxeViolations(page: Page, context: string): Promise<void> {
  // A notification or dialog still fading in has a washed-out colour for a moment; axe would
  // measure that instead of the colour people read. Let transitions finish first.
  // (Endless ones, a spinner or a skeleton's pulse, are not waited for.)
  await page.waitForFunction(
    () => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
    undefined,
    { timeout: 5_000 },
  );
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const readable = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} [${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}]`)
        .join(' | ')}`,
  );
  expect(readable, `axe violations on ${context}`).toEqual([]);
}

/** The main navigation's link names, in order. */
export async function navigationLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /main|hoofd/i });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** Waits until the page shows its h1 and no loading indicator. */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
