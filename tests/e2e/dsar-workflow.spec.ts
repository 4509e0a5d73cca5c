import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

interface FoundDsar {
  id: string;
  reference: string;
  receivedAt: string;
}

/** Asks the (in-browser) mock API with the session cookie, as the console does, for the first matching request. */
async function findDsar(page: Page, query: string): Promise<FoundDsar | null> {
  return page.evaluate(async (search) => {
    const response = await fetch(`/api/v1/dsars?${search}&pageSize=100`, { credentials: 'include' });
    if (!response.ok) throw new Error(`GET /dsars answered ${response.status}`);
    const body = (await response.json()) as { items: FoundDsar[] };
    return body.items[0] ?? null;
  }, query);
}

/** The Brussels calendar day of an instant, as a date input takes it. */
function brusselsDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/Brussels' });
}

async function move(page: Page, status: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  const name = `Move to ${status}`;
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Timeline and notes' }).getByText(new RegExp(`to ${status}$`)).last()).toBeVisible();
}

test('support takes a received request and completes it', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithDemoAccount(page, 'support');
  const own = await findDsar(page, 'status=received&assignee=me');
  const dsar = own ?? (await findDsar(page, 'status=received&assignee=none'));
  expect(dsar, 'a received request support may take').not.toBeNull();
  if (!dsar) return;

  await page.goto(`/dsars/${dsar.id}`);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: `Request ${dsar.reference}` })).toBeVisible();
  if (!own) {
    await page.getByLabel('Assigned to').selectOption({ label: 'Me (Jan De Vries)' });
    await expect(page.getByRole('list', { name: 'Timeline and notes' }).getByText('Assigned to Jan De Vries')).toBeVisible();
  }

  await move(page, 'Identity verification');
  await move(page, 'In progress', async (dialog) => {
    await dialog.getByRole('textbox', { name: /Evidence checked/ }).fill('Name and date of birth matched the account; no copy kept');
  });
  await move(page, 'Completed');
  await expect(page.getByText('This request is closed.')).toBeVisible();
});

test('the privacy officer routes a Business-plan request to the employer', async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithDemoAccount(page, 'privacy_officer');
  const dsar = await findDsar(page, 'status=in_progress&plan=business');
  expect(dsar, 'an in-progress Business-plan request').not.toBeNull();
  if (!dsar) return;

  await page.goto(`/dsars/${dsar.id}`);
  await waitForPage(page);
  await expect(page.getByText(/Engcode is processor — route to the employer .+; no direct answer is sent\./)).toBeVisible();

  await move(page, 'Awaiting employer', async (dialog) => {
    await dialog.getByLabel(/Date forwarded to the employer/).fill(brusselsDay(dsar.receivedAt));
  });
  await move(page, 'Completed', async (dialog) => {
    await dialog.getByRole('textbox', { name: /employer's instruction/ }).fill('Employer answered the person directly; close our part');
  });
  await expect(page.getByText('This request is closed.')).toBeVisible();
});

test('the request page passes axe in light and dark, in English and Dutch', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ colorScheme: 'light' });
  await signInWithDemoAccount(page, 'privacy_officer');
  const dsar = await findDsar(page, 'status=in_progress&plan=business');
  expect(dsar).not.toBeNull();
  if (!dsar) return;
  await page.goto(`/dsars/${dsar.id}`);
  await waitForPage(page);
  await expect(page.getByRole('list', { name: 'Timeline and notes' })).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `request detail (${scheme})`);
    await page.screenshot({ path: `tests/e2e/screenshots/dsar-detail-en-${scheme}.png`, fullPage: true });
  }

  // An open form is part of the page too.
  await useColorScheme(page, 'light');
  await page.getByRole('button', { name: 'Move to Rejected', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Move to Rejected' })).toBeVisible();
  await expectNoAxeViolations(page, 'reject form');
  await page.screenshot({ path: 'tests/e2e/screenshots/dsar-detail-reject-en-light.png' });
  await page.getByRole('dialog', { name: 'Move to Rejected' }).getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: /Nederlands/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Verzoek ${dsar.reference}` })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `request detail in Dutch (${scheme})`);
    await page.screenshot({ path: `tests/e2e/screenshots/dsar-detail-nl-${scheme}.png`, fullPage: true });
  }
});
