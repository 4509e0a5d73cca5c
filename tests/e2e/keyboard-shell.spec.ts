import { expect, signInWithDemoAccount, test } from './fixtures';

// The header's overlays load on first use (src/components/layout/lazy-overlay.tsx): a keyboard
// user must still get them on the first Enter, with focus inside, and back on Escape.
test('the account menu and the colour scheme chooser open by keyboard on first use, and return focus', async ({ page }) => {
  await signInWithDemoAccount(page, 'privacy_officer');

  const account = page.getByRole('button', { name: /Els Peeters/ });
  await account.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Sign out' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(page.getByRole('button', { name: /Els Peeters/ })).toBeFocused();

  const scheme = page.getByRole('button', { name: /Colour scheme/ });
  await scheme.focus();
  await page.keyboard.press('Enter');
  const choices = page.getByRole('radiogroup', { name: 'Colour scheme' });
  await expect(choices).toBeVisible();
  await expect(choices.locator('input[type="radio"]:focus')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', /light|dark/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /Colour scheme/ })).toBeFocused();
});
