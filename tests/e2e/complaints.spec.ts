import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage, type DemoRole } from './fixtures';

/** What the in-browser API answers to a GET made with the page's own session. */
function apiGet(page: Page, path: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    return { status: response.status, body: await response.text() };
  }, `/api/v1${path}`);
}

/** A real violation record's id and employee, read as the privacy officer in a context of its own. */
async function aRecord(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithDemoAccount(page, 'privacy_officer');
  const answer = await apiGet(page, '/violations?pageSize=5');
  await context.close();
  const list = JSON.parse(answer.body) as { items: { id: string; employeeName: string }[] };
  return { id: list.items[0]!.id, names: list.items.map((item) => item.employeeName) };
}

test.describe('violation records cannot be reached by URL', () => {
  for (const role of ['support', 'management'] as const satisfies readonly DemoRole[]) {
    test(`${role}: "not permitted" page, no navigation entry, and a 403 from the API`, async ({ page, browser }) => {
      test.setTimeout(90_000);
      const record = await aRecord(browser);
      await signInWithDemoAccount(page, role);
      await expect(page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Violations' })).toHaveCount(0);

      for (const path of [`/violations/${record.id}`, '/violations', '/violations/new']) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeVisible();
        for (const name of record.names) await expect(page.getByText(name)).toHaveCount(0);
      }
      await expectNoAxeViolations(page, `not permitted (${role})`);

      const one = await apiGet(page, `/violations/${record.id}`);
      const all = await apiGet(page, '/violations');
      expect([one.status, all.status]).toEqual([403, 403]);
      for (const name of record.names) expect(one.body + all.body).not.toContain(name);
      expect(JSON.parse(one.body)).toMatchObject({ status: 403 });
    });
  }
});

test.describe('complaints', () => {
  test('support picks up an unassigned complaint, reveals the person with a reason, replies and notes', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'support');
    await page.getByRole('link', { name: /Unassigned complaints/ }).click();
    await expect(page).toHaveURL(/\/complaints\?assignee=none&status=new&status=in_progress&status=waiting_for_person$/);
    await waitForPage(page);
    await expect(page.getByRole('radio', { name: 'Unassigned, open' })).toBeChecked();

    const table = page.getByRole('table', { name: /complaints?$/ });
    const reference = await table.getByRole('row').nth(1).getByRole('rowheader').getByRole('link').innerText();
    await table.getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Complaint ${reference}` })).toBeVisible();
    await waitForPage(page);

    const handling = page.getByRole('region', { name: 'Handling' });
    await handling.getByRole('combobox', { name: 'Assignee' }).selectOption({ label: 'Jan De Vries' });
    await handling.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' });
    await handling.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('region', { name: 'The complaint' }).getByText('Jan De Vries')).toBeVisible();

    const person = page.getByRole('region', { name: 'The person' });
    await person.getByRole('button', { name: 'Reveal identity…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Why do you need to see who this is?' });
    await dialog.getByRole('textbox', { name: /Reason/ }).fill('Answering the complaint by email');
    await dialog.getByRole('button', { name: 'Reveal and record' }).click();
    await expect(person.getByText(/^Email: .+@/)).toBeVisible();

    const timeline = page.getByRole('region', { name: 'Conversation and history' });
    await timeline.getByRole('textbox', { name: 'Record a reply sent to the person' }).fill('We have removed you from every marketing list.');
    await timeline.getByRole('button', { name: 'Record reply' }).click();
    // The entry, not the composer's own text: the reply is saved once the box is empty again.
    await expect(timeline.getByRole('textbox', { name: 'Record a reply sent to the person' })).toHaveValue('');
    await expect(timeline.getByRole('tabpanel').getByRole('listitem').filter({ hasText: 'We have removed you from every marketing list.' })).toBeVisible();
    await timeline.getByRole('tab', { name: /^Internal notes/ }).click();
    await timeline.getByRole('textbox', { name: 'Internal note' }).fill('Synchronisation with the mail service was late.');
    await timeline.getByRole('button', { name: 'Add internal note' }).click();
    await expect(timeline.getByRole('textbox', { name: 'Internal note' })).toHaveValue('');
    await expect(timeline.getByRole('tabpanel', { name: /^Internal notes/ }).getByRole('listitem').filter({ hasText: 'Synchronisation with the mail service was late.' })).toBeVisible();
    await expect(timeline.getByRole('tabpanel', { name: /^Internal notes/ }).getByText('We have removed you from every marketing list.')).toHaveCount(0);
    await page.screenshot({ path: 'tests/e2e/screenshots/complaints-detail-support.png', fullPage: true });

    await page.getByRole('link', { name: 'Back to the complaints' }).click();
    await page.getByRole('radiogroup', { name: 'View' }).getByText('Mine, open').click();
    await expect(page).toHaveURL(/assignee=me/);
    await waitForPage(page);
    await expect(page.getByRole('table', { name: /complaints?$/ }).getByRole('link', { name: reference })).toBeVisible();

    // Registering what arrives: the form passes axe too.
    await page.getByRole('link', { name: 'Register a complaint' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Register a complaint' })).toBeVisible();
    await expectNoAxeViolations(page, 'register a complaint');
  });

  test('queue and complaint pass axe in light and dark, in English and Dutch', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    // One page load: later views are reached inside the app (a reload re-seeds the in-browser API).
    await page.goto('/complaints?escalated=true');
    await waitForPage(page);
    const reference = await page.getByRole('table', { name: /complaints?$/ }).getByRole('row').nth(1).getByRole('rowheader').getByRole('link').innerText();
    for (const language of ['en', 'nl'] as const) {
      if (language === 'nl') {
        await page.getByRole('button', { name: /Nederlands/ }).click();
        await expect(page.getByRole('heading', { level: 1, name: 'Klachten' })).toBeVisible();
      }
      for (const scheme of ['light', 'dark'] as const) {
        await useColorScheme(page, scheme);
        await waitForPage(page);
        await expectNoAxeViolations(page, `complaint queue (${language}, ${scheme})`);
        await page.screenshot({ path: `tests/e2e/screenshots/complaints-queue-${language}-${scheme}.png`, fullPage: true });
        await page.getByRole('link', { name: reference }).click();
        await expect(page.getByRole('heading', { level: 1, name: new RegExp(reference) })).toBeVisible();
        await waitForPage(page);
        await expectNoAxeViolations(page, `complaint detail (${language}, ${scheme})`);
        await page.screenshot({ path: `tests/e2e/screenshots/complaints-detail-${language}-${scheme}.png`, fullPage: true });
        await page.goBack();
        await expect(page).toHaveURL(/\/complaints\?escalated=true$/);
      }
    }
  });
});

test.describe('violation register, audit log and overviews', () => {
  test('privacy officer: register, a record and the audit log pass axe in light and dark', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    const nav = page.getByRole('navigation', { name: /main/i });
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await nav.getByRole('link', { name: 'Violations' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Employee violation records' })).toBeVisible();
      await waitForPage(page);
      await expectNoAxeViolations(page, `violation register (${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/complaints-violations-${scheme}.png`, fullPage: true });
      await page.getByRole('table', { name: /records?$/ }).getByRole('row').nth(1).getByRole('link').click();
      await waitForPage(page);
      await expect(page.getByText('Your opening of this record has been written to the audit log.')).toBeVisible();
      await expectNoAxeViolations(page, `violation record (${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/complaints-violation-record-${scheme}.png`, fullPage: true });
      await nav.getByRole('link', { name: 'Audit log' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
      await waitForPage(page);
      // Newest first: the read of the record just opened.
      await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText(/Els Peeters.*Read violation record VIO-/);
      await expectNoAxeViolations(page, `audit log (${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/complaints-audit-${scheme}.png`, fullPage: true });
    }
    await page.getByRole('button', { name: 'Export as CSV…' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: /Reason/ }).fill('Review of record reads');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export and record' }).click();
    expect((await download).suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  for (const role of ['privacy_officer', 'support', 'management'] as const) {
    test(`the ${role} overview passes axe in light and dark, English and Dutch, and is photographed`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: 'light' });
      await signInWithDemoAccount(page, role);
      await waitForPage(page);
      for (const language of ['en', 'nl'] as const) {
        if (language === 'nl') {
          await page.getByRole('button', { name: /Nederlands/ }).click();
          await expect(page.getByRole('heading', { level: 1, name: 'Overzicht' })).toBeVisible();
          await waitForPage(page);
        }
        for (const scheme of ['light', 'dark'] as const) {
          await useColorScheme(page, scheme);
          await expectNoAxeViolations(page, `${role} overview (${language}, ${scheme})`);
          await page.screenshot({ path: `tests/e2e/screenshots/complaints-overview-${role}-${language}-${scheme}.png`, fullPage: true });
        }
      }
    });
  }
});
