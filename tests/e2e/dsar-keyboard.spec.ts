import type { Locator, Page } from '@playwright/test';
import { expect, test, waitForPage } from './fixtures';

/**
 * Presses Tab (Shift+Tab when `backwards`) until `target` has the focus, as a keyboard user
 * would: proves the control is reachable in the tab order, with no mouse and no scripted focus.
 */
async function tabTo(page: Page, target: Locator, { max = 120, backwards = false } = {}): Promise<void> {
  await target.waitFor();
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach ${String(target)} with ${max} presses of Tab`);
}

/** Reaches a control with Tab and presses Enter (Space for checkboxes would do the same). */
async function activate(page: Page, target: Locator, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

async function moveWithKeyboard(page: Page, status: string, fill?: (dialog: Locator) => Promise<void>) {
  const name = `Move to ${status}`;
  await activate(page, page.getByRole('button', { name, exact: true }));
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await activate(page, dialog.getByRole('button', { name, exact: true }));
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Timeline and notes' }).getByText(new RegExp(`to ${status}$`)).last()).toBeVisible();
}

test('support takes a request from received to completed with the keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  // No mouse at all: a click anywhere in this test would be a mistake.
  await page.mouse.move(0, 0);

  await page.goto('/sign-in');
  await activate(page, page.getByRole('button', { name: 'Sign in as Jan De Vries' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();

  // Which request to take is set-up, asked of the mock API with the session cookie.
  const reference = await page.evaluate(async () => {
    const response = await fetch('/api/v1/dsars?status=received&assignee=none&pageSize=1', { credentials: 'include' });
    const body = (await response.json()) as { items: Array<{ reference: string }> };
    return body.items[0]?.reference ?? null;
  });
  expect(reference, 'an unassigned received request').not.toBeNull();
  if (!reference) return;

  // To the queue through the main navigation, then find the request by its reference.
  await activate(page, page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Data subject requests' }));
  await waitForPage(page);
  await tabTo(page, page.getByRole('searchbox', { name: 'Search' }));
  await page.keyboard.type(reference);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: reference }) });
  await expect(page.getByRole('table', { name: '1 request matches' })).toBeVisible();

  // Take it in the queue: tick its row with Space, assign it to me with the bulk action.
  await activate(page, row.getByRole('checkbox', { name: `Select ${reference}` }), 'Space');
  const bar = page.getByRole('region', { name: 'Selected requests' });
  await expect(bar.getByText('1 request selected')).toBeVisible();
  await tabTo(page, bar.getByRole('combobox', { name: 'Assign to' }));
  await expect(bar.getByRole('combobox', { name: 'Assign to' })).toHaveValue(/.+/);
  await activate(page, bar.getByRole('button', { name: 'Assign', exact: true }));
  await expect(bar.getByRole('status')).toHaveText(/^1 assigned/);
  await expect(row.getByRole('cell', { name: 'Jan De Vries' })).toBeVisible();

  // Open it (the link is earlier in the row than the focus: go back with Shift+Tab).
  await tabTo(page, row.getByRole('link', { name: reference }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Request ${reference}` })).toBeVisible();
  await waitForPage(page);

  await moveWithKeyboard(page, 'Identity verification');
  await moveWithKeyboard(page, 'In progress', async (dialog) => {
    await tabTo(page, dialog.getByRole('textbox', { name: /Evidence checked/ }));
    await page.keyboard.type('Verification code sent to the account email and returned correctly; no copy kept');
  });
  await moveWithKeyboard(page, 'Completed');
  await expect(page.getByText('This request is closed.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Timeline and notes' }).getByText('Status changed from In progress to Completed')).toBeVisible();
});
