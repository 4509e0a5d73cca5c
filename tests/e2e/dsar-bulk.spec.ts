import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

/** The first request the signed-in user sees for a query, asked of the in-browser mock API. */
async function findDsar(page: Page, query: string): Promise<{ id: string; reference: string; receivedAt: string } | null> {
  return page.evaluate(async (search) => {
    const response = await fetch(`/api/v1/dsars?${search}&pageSize=1`, { credentials: 'include' });
    const body = (await response.json()) as { items: Array<{ id: string; reference: string; receivedAt: string }> };
    return body.items[0] ?? null;
  }, query);
}

async function inBothSchemes(page: Page, context: string, screenshot: string, fullPage = false) {
  for (const scheme of ['light', 'dark'] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `${context} (${scheme})`);
    // A full-page shot taken while scrolled down paints the fixed header in the middle of the
    // page; from the top, with no focus ring left from the last click, it shows the screen as it is.
    if (fullPage) await page.evaluate(() => { window.scrollTo(0, 0); (document.activeElement as HTMLElement | null)?.blur(); });
    await page.screenshot({ path: `tests/e2e/screenshots/${screenshot}-${scheme}.png`, fullPage });
  }
  await useColorScheme(page, 'light');
}

test('the queue with a selection, a bulk result and the export dialog passes axe, in English and Dutch', async ({ page }) => {
  test.setTimeout(150_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await signInWithDemoAccount(page, 'privacy_officer');
  await page.goto('/dsars?status=received&sort=reference');
  await waitForPage(page);
  const table = page.getByRole('table', { name: /requests? match/ });
  const rows = table.getByRole('row').filter({ has: page.getByRole('checkbox') });
  for (const index of [1, 2, 3]) await rows.nth(index).getByRole('checkbox').check();
  const bar = page.getByRole('region', { name: 'Selected requests' });
  await expect(bar.getByText('3 requests selected')).toBeVisible();
  await inBothSchemes(page, 'queue with a selection', 'dsar-queue-selection-en');

  await bar.getByRole('combobox', { name: 'Move to' }).selectOption({ label: 'Completed' });
  await bar.getByRole('button', { name: 'Move 3' }).click();
  await expect(bar.getByRole('status')).toHaveText(/0 moved, 3 refused/);
  await expect(bar.getByRole('status')).toContainText('not allowed from its current state');
  await inBothSchemes(page, 'queue with a bulk result', 'dsar-queue-bulk-result-en');

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the filtered requests' });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'export dialog');
  await page.screenshot({ path: 'tests/e2e/screenshots/dsar-queue-export-en-light.png' });
  await dialog.getByRole('textbox', { name: /Reason for the export/ }).fill('Monthly check of received requests');
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dsars-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Geselecteerde verzoeken' })).toBeVisible();
  await inBothSchemes(page, 'queue with a selection in Dutch', 'dsar-queue-selection-nl');
});

test('a request with its Art. 19 checklist passes axe, in English and Dutch', async ({ page }) => {
  test.setTimeout(150_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await signInWithDemoAccount(page, 'privacy_officer');
  const dsar = await findDsar(page, 'type=erasure&status=in_progress&plan=business');
  expect(dsar, 'an erasure of a Business-plan user in progress').not.toBeNull();
  if (!dsar) return;
  await page.goto(`/dsars/${dsar.id}`);
  await waitForPage(page);
  const checklist = page.getByRole('region', { name: 'Recipients to inform (GDPR Art. 19)' });
  await expect(checklist.getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: "The person's other requests and complaints" }).getByRole('heading', { level: 3 }).first()).toBeVisible();
  // The day it was received is a valid sending date whatever the mock's "today" is.
  const receivedDay = new Date(dsar.receivedAt).toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
  await checklist.getByRole('textbox', { name: /^Informed on, / }).first().fill(receivedDay);
  await checklist.getByRole('button', { name: 'Save dates' }).click();
  await expect(checklist.getByText(/^1 of \d+ informed, 0 confirmed$/)).toBeVisible();
  await inBothSchemes(page, 'request with its Art. 19 checklist', 'dsar-detail-art19-en', true);

  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.getByRole('region', { name: 'Te informeren ontvangers (AVG art. 19)' })).toBeVisible();
  await inBothSchemes(page, 'request with its Art. 19 checklist in Dutch', 'dsar-detail-art19-nl', true);

  const access = await findDsar(page, 'type=access&status=in_progress&plan=business');
  if (!access) return;
  await page.goto(`/dsars/${access.id}`);
  await waitForPage(page);
  await expect(page.getByRole('region', { name: 'Wat Engcode over de persoon bewaart' }).getByRole('table')).toBeVisible();
  await inBothSchemes(page, 'access request with what Engcode holds, in Dutch', 'dsar-detail-access-nl', true);
});
