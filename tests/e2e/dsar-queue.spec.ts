import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

test.describe('DSAR queue', () => {
  test('the privacy officer filters to overdue, sorts by due date, opens page 2, and a reload keeps the view', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Data subject requests', exact: true }).click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Data subject requests' })).toBeVisible();

    const bands = page.getByRole('region', { name: 'Open requests by deadline' });
    const overdue = bands.getByRole('button', { name: /^Overdue/ });
    await overdue.click();
    await expect(page).toHaveURL(/\?band=overdue$/);
    await expect(overdue).toHaveAttribute('aria-pressed', 'true');
    await waitForPage(page);

    const table = page.getByRole('table', { name: /requests? match/ });
    const dueHeader = table.getByRole('columnheader', { name: /Legal due date/ });
    // Default order is by due date ascending; a click reverses it, a second restores it.
    await expect(dueHeader).toHaveAttribute('aria-sort', 'ascending');
    await dueHeader.getByRole('button').click();
    await expect(page).toHaveURL(/sort=-dueOn/);
    await expect(dueHeader).toHaveAttribute('aria-sort', 'descending');
    await waitForPage(page);

    await page.getByRole('button', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/page=2/);
    // The previous page stays on screen while the next loads: wait for page 2's own rows.
    await expect(page.getByText(/^Showing 26–/)).toBeVisible();
    await waitForPage(page);
    const firstRow = table.getByRole('row').nth(1);
    const reference = await firstRow.getByRole('rowheader').innerText();
    const url = page.url();

    await page.reload();
    await expect(page.getByText(/^Showing 26–/)).toBeVisible();
    await waitForPage(page);
    expect(page.url()).toBe(url);
    await expect(page.getByRole('region', { name: 'Open requests by deadline' }).getByRole('button', { name: /^Overdue/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('table', { name: /requests? match/ }).getByRole('columnheader', { name: /Legal due date/ })).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table', { name: /requests? match/ }).getByRole('row').nth(1).getByRole('rowheader')).toHaveText(reference);
    for (const row of await page.getByRole('table', { name: /requests? match/ }).getByRole('row').all().then((rows) => rows.slice(1))) {
      await expect(row).toContainText(/overdue/);
    }
  });

  test('passes axe in light and dark, in English and Dutch', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.goto('/dsars?status=in_progress&status=received');
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `DSAR queue (en, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/dsar-queue-en-${scheme}.png`, fullPage: true });
    }

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Verzoeken van betrokkenen' })).toBeVisible();
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `DSAR queue (nl, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/dsar-queue-nl-${scheme}.png`, fullPage: true });
    }

    // The empty state is designed too.
    await page.goto('/dsars?q=GEEN-VERZOEK');
    await expect(page.getByRole('heading', { name: 'Geen verzoeken voldoen aan deze filters' })).toBeVisible();
    await expectNoAxeViolations(page, 'DSAR queue empty (nl, dark)');
  });

  test('support sees the queue of their own and unassigned requests', async ({ page }) => {
    await signInWithDemoAccount(page, 'support');
    await page.goto('/dsars');
    await waitForPage(page);
    await expect(page.getByText(/Requests assigned to you and unassigned ones/)).toBeVisible();
    await expectNoAxeViolations(page, 'DSAR queue (support)');
  });
});
