import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

test.describe('Compliance checks, policy versions and the management report', () => {
  test('the privacy officer opens failing checks from the overview link, records a failure with its remediation action', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.goto('/compliance?outcome=fail');
    await waitForPage(page);
    const table = page.getByRole('table', { name: '3 checks match' });
    await expect(table).toBeVisible();
    await table.getByRole('button', { name: /Promise and method: Non-essential cookies/ }).click();
    await expect(table.getByText(/Met uitzondering van essentiële cookies/)).toBeVisible();

    await page.goto('/compliance?view=remediation&status=open&status=in_progress');
    await waitForPage(page);
    await expect(page.getByRole('tab', { name: 'Remediation actions', selected: true })).toBeVisible();
    await expect(page.getByRole('table', { name: /remediation actions? match/ })).toBeVisible();

    await page.goto('/compliance');
    await waitForPage(page);
    await page.getByRole('table', { name: /checks match/ }).getByRole('link', { name: 'Unsubscribe link in marketing email' }).click();
    await waitForPage(page);
    const form = page.getByRole('region', { name: 'Record a result' });
    await form.getByRole('radio', { name: 'Fail' }).check();
    await form.getByRole('textbox', { name: /Evidence$/ }).fill('The December newsletter went out without an unsubscribe link.');
    await form.getByRole('textbox', { name: /What will be done/ }).fill('Restore the unsubscribe block in the newsletter template');
    await form.getByLabel(/Due on/).fill('2026-12-15');
    await form.getByRole('button', { name: 'Record result' }).click();
    const actions = page.getByRole('region', { name: 'Remediation actions' });
    await expect(actions.getByText('Restore the unsubscribe block in the newsletter template')).toBeVisible();
    await expect(page.getByRole('region', { name: 'History' }).getByRole('row').nth(1)).toContainText('The December newsletter went out without an unsubscribe link.');
  });

  test('the checks page passes axe in light and dark, in English and Dutch', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.goto('/compliance');
    await waitForPage(page);
    await page.getByRole('table', { name: /checks match/ }).getByRole('button', { name: /Promise and method: Payment page served over TLS/ }).click();
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `compliance checks (en, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/compliance-checks-en-${scheme}.png`, fullPage: true });
    }
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nalevingscontroles' })).toBeVisible();
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `compliance checks (nl, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/compliance-checks-nl-${scheme}.png`, fullPage: true });
    }

    await page.goto('/compliance?view=remediation&status=open&status=in_progress');
    await waitForPage(page);
    await expectNoAxeViolations(page, 'remediation actions (nl, dark)');
    await page.screenshot({ path: 'tests/e2e/screenshots/compliance-remediation-nl-dark.png', fullPage: true });

    await page.getByRole('link', { name: 'Doorgiften buiten de EER hebben een waarborg' }).first().click();
    await waitForPage(page);
    await expectNoAxeViolations(page, 'check detail (nl, dark)');
    await useColorScheme(page, 'light');
    await expectNoAxeViolations(page, 'check detail (nl, light)');
    await page.screenshot({ path: 'tests/e2e/screenshots/compliance-detail-nl-light.png', fullPage: true });
  });

  test('a material policy version starts an announcement whose progress is shown; axe passes', async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.goto('/policies');
    await waitForPage(page);
    await expectNoAxeViolations(page, 'policy versions (en, light)');
    await page.getByRole('button', { name: 'New version' }).click();
    const dialog = page.getByRole('dialog', { name: 'Publish a new policy version' });
    await dialog.getByLabel(/In force from/).fill('2027-01-01');
    await dialog.getByRole('textbox', { name: /Summary of changes \(Dutch\)/ }).fill('Nieuwe verwerker voor marktonderzoek toegevoegd.');
    await dialog.getByRole('textbox', { name: /Summary of changes \(English\)/ }).fill('New processor for market research added.');
    await expectNoAxeViolations(page, 'new version dialog (en, light)');
    await dialog.getByRole('button', { name: 'Publish and announce' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Privacy policy v2.2.0' })).toBeVisible();
    const reach = page.getByRole('region', { name: 'Reach of the announcement' });
    await expect(reach.getByText(/^Sending: /)).toBeVisible();
    // Polling moves it along until every copy has a delivery report.
    await expect(reach.getByText(/^Done: /)).toBeVisible({ timeout: 30_000 });
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `policy version (en, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/compliance-policy-version-en-${scheme}.png`, fullPage: true });
    }
  });

  test('management opens the report, prints it to an A4 PDF, freezes it and reopens it', async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'management');
    await page.goto('/reports?period=2026-Q3');
    // The first report computes consent rates over the seeded events: seconds on a busy machine.
    await expect(page.getByRole('region', { name: 'Data subject requests' })).toBeVisible({ timeout: 30_000 });
    await waitForPage(page);
    await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `report (en, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/compliance-report-en-${scheme}.png`, fullPage: true });
    }
    await useColorScheme(page, 'light');

    // As printed from a browser window about as wide as the paper: the charts are measured for it.
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 760, height: 1075 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await expect(page.getByRole('navigation', { name: /main/i })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    await expect(page.locator('.recharts-surface').first()).toHaveAttribute('width', /^(7[0-6]\d|[4-6]\d\d)$/);
    await page.pdf({ path: 'tests/e2e/screenshots/compliance-report.pdf', format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    if (viewport) await page.setViewportSize(viewport);

    await page.getByRole('button', { name: 'Freeze this report' }).click();
    const dialog = page.getByRole('dialog', { name: /Freeze the report for Q3 2026/ });
    await dialog.getByRole('textbox', { name: /Note/ }).fill('For the board');
    await dialog.getByRole('button', { name: 'Freeze' }).click();
    // The server computes the report again to store it: give it time on a busy machine.
    await expect(page.getByRole('heading', { level: 1, name: 'Frozen compliance report, Q3 2026' })).toBeVisible({ timeout: 60_000 });
    // Charts draw as they come near the viewport: both texts are read with every chart drawn.
    await waitForPage(page);
    const frozenUrl = page.url();
    const frozenText = await page.getByRole('region', { name: 'Data subject requests' }).textContent();
    // The demo's data lives in the page (a reload reseeds it): reopen through the list of frozen reports.
    await page.getByRole('link', { name: 'Compliance report', exact: true }).first().click();
    await page.getByRole('region', { name: 'Frozen reports' }).getByRole('link', { name: 'Q3 2026' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Frozen compliance report, Q3 2026' })).toBeVisible();
    expect(page.url()).toBe(frozenUrl);
    await expect(page.getByRole('region', { name: 'Data subject requests' })).toBeVisible();
    await waitForPage(page);
    expect(await page.getByRole('region', { name: 'Data subject requests' }).textContent()).toBe(frozenText);
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Bevroren compliancerapport, K3 2026' })).toBeVisible();
    await expectNoAxeViolations(page, 'frozen report (nl, light)');
  });
});
