import { DEMO_ACCOUNTS, NAVIGATION, expect, expectNoAxeViolations, navigationLinks, signInWithDemoAccount, test, useColorScheme, waitForPage, type DemoRole } from './fixtures';

const ROLES: DemoRole[] = ['privacy_officer', 'support', 'management'];

for (const role of ROLES) {
  test.describe(`${role} journey`, () => {
    test(`signs in, sees only the allowed areas, and every page passes axe in light and dark`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await signInWithDemoAccount(page, role);
      await useColorScheme(page, 'light');
      await expect(page.getByRole('button', { name: new RegExp(DEMO_ACCOUNTS[role].displayName) })).toBeVisible();
      expect(await navigationLinks(page)).toEqual(NAVIGATION[role]);

      await waitForPage(page);
      await page.screenshot({ path: `tests/e2e/screenshots/${role}-overview-light.png`, fullPage: true });
      await useColorScheme(page, 'dark');
      await page.screenshot({ path: `tests/e2e/screenshots/${role}-overview-dark.png`, fullPage: true });

      for (const name of NAVIGATION[role]) {
        const nav = page.getByRole('navigation', { name: /main|hoofd/i });
        await nav.getByRole('link', { name, exact: true }).click();
        await waitForPage(page);
        for (const scheme of ['light', 'dark'] as const) {
          await useColorScheme(page, scheme);
          await expectNoAxeViolations(page, `${name} (${role}, ${scheme})`);
        }
      }
    });
  });
}

test('the console speaks Dutch after the switch, and remembers it', async ({ page }) => {
  await signInWithDemoAccount(page, 'privacy_officer');
  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
  await expectNoAxeViolations(page, 'overview in Dutch');
  await page.screenshot({ path: 'tests/e2e/screenshots/privacy_officer-overview-nl.png', fullPage: true });
});

test('a forbidden address shows "not permitted" and the API refuses it too', async ({ page }) => {
  await signInWithDemoAccount(page, 'support');
  await page.goto('/violations');
  await expect(page.getByRole('heading', { level: 1, name: /do not have access/i })).toBeVisible();
  const status = await page.evaluate(async () => (await fetch('/api/v1/violations', { credentials: 'include' })).status);
  expect(status).toBe(403);
  await page.goto('/audit');
  await expect(page.getByRole('heading', { level: 1, name: /do not have access/i })).toBeVisible();
});

test('an unknown address shows the 404 page inside the console', async ({ page }) => {
  await signInWithDemoAccount(page, 'management');
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: /not found/i })).toBeVisible();
  await expectNoAxeViolations(page, '404 page');
});

test('signing out ends the session and shows nothing of it', async ({ page }) => {
  await signInWithDemoAccount(page, 'privacy_officer');
  await page.getByRole('button', { name: /Els Peeters/ }).click();
  await page.getByRole('menuitem', { name: /sign out/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  // Opening a console page again needs a new sign-in; nothing of the old session shows.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expect(page.getByText('Overdue requests')).toHaveCount(0);
});

test('the command palette jumps to a page', async ({ page }) => {
  await signInWithDemoAccount(page, 'privacy_officer');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('textbox').fill('Audit');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
});
