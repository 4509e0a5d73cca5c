import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

const NEW_PROCESSOR = 'Mailroom Kempen BV';

test.describe('recipients register', () => {
  test('the privacy officer adds a processor, sees its "no signed agreement" warning, records the agreement, and the warning is gone', async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Recipients', exact: true }).click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Recipients register' })).toBeVisible();
    const warnings = page.getByRole('region', { name: 'Warnings in the register' });
    const withoutAgreement = warnings.getByRole('button', { name: /Processor without a signed agreement/ });
    await expect(withoutAgreement).toContainText('1');
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-register-en-light.png', fullPage: true });

    await page.getByRole('link', { name: 'Add recipient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a recipient' })).toBeVisible();
    // A processor without an agreement is refused with the reason next to the field.
    await page.getByRole('textbox', { name: 'Name' }).fill(NEW_PROCESSOR);
    await page.getByRole('textbox', { name: /Owner at Engcode/ }).fill('Marketing');
    await page.getByRole('combobox', { name: 'Category' }).selectOption({ label: 'Email delivery' });
    await page.getByRole('combobox', { name: /^Role/ }).selectOption({ label: 'Processor' });
    await page.getByRole('checkbox', { name: 'Account data' }).check();
    await page.getByRole('textbox', { name: 'Purpose 1' }).fill('Send transactional email on behalf of Engcode');
    await page.getByRole('combobox', { name: 'Legal basis' }).selectOption({ label: 'Contract' });
    await page.getByRole('combobox', { name: /Agreement status/ }).selectOption({ label: 'No agreement' });
    await page.getByRole('button', { name: 'Add recipient' }).click();
    await expect(page.getByText(/A processor needs a data processing agreement \(GDPR Art\. 28\): record at least a draft/)).toBeVisible();
    await expect(page.getByRole('combobox', { name: /Agreement status/ })).toBeFocused();
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-form-refused-en-light.png', fullPage: true });
    await expectNoAxeViolations(page, 'recipient form with a refused field');

    await page.getByRole('combobox', { name: /Agreement status/ }).selectOption({ label: 'Draft (being negotiated)' });
    await page.getByRole('textbox', { name: 'Agreement reference' }).fill('DPA-2026-120 (draft)');
    await page.getByRole('button', { name: 'Add recipient' }).click();

    await expect(page.getByRole('heading', { level: 1, name: NEW_PROCESSOR })).toBeVisible();
    await expect(page.getByText('Processor without a signed agreement')).toBeVisible();
    await expectNoAxeViolations(page, 'recipient detail with a warning');
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-detail-warning-en-light.png', fullPage: true });

    // The register counts it, and its warning filter lists it.
    await page.getByRole('link', { name: /Back to the register/ }).click();
    await waitForPage(page);
    await expect(withoutAgreement).toContainText('2');
    await withoutAgreement.click();
    await expect(page).toHaveURL(/\?warning=processor_without_agreement$/);
    await waitForPage(page);
    await expect(page.getByRole('table', { name: /recipients? match/ }).getByRole('link', { name: NEW_PROCESSOR })).toBeVisible();

    // Recording the signed agreement clears the warning.
    await page.getByRole('link', { name: NEW_PROCESSOR }).click();
    await page.getByRole('link', { name: 'Edit recipient' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${NEW_PROCESSOR}` })).toBeVisible();
    await page.getByRole('combobox', { name: /Agreement status/ }).selectOption({ label: 'Signed' });
    await page.getByLabel(/^Signed on/).fill('2026-11-20');
    await page.getByLabel(/^Review or expiry date/).fill('2028-11-20');
    await page.getByRole('textbox', { name: 'Agreement reference' }).fill('DPA-2026-120');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: NEW_PROCESSOR })).toBeVisible();
    await expect(page.getByText('No warnings', { exact: true })).toBeVisible();
    await expect(page.getByText('Processor without a signed agreement')).toHaveCount(0);

    await page.getByRole('link', { name: /Back to the register/ }).click();
    await waitForPage(page);
    await expect(withoutAgreement).toContainText('1');
  });

  test('register and data flows pass axe in light and dark, in English and Dutch', async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'privacy_officer');
    await page.goto('/recipients?role=processor&role=sub_processor');
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `register (en, ${scheme})`);
    }
    await page.goto('/recipients/flows');
    await waitForPage(page);
    await expect(page.getByRole('img', { name: /flows between Engcode's data categories/ })).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `data flows (en, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/recipients-flows-en-${scheme}.png`, fullPage: true });
    }

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gegevensstromen' })).toBeVisible();
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `data flows (nl, ${scheme})`);
    }
    // The table view of the same figures.
    const figure = page.getByRole('region', { name: 'Stromen van persoonsgegevens per gegevenscategorie' });
    await figure.getByText('Tabel', { exact: true }).click();
    await expect(figure.getByRole('table', { name: /Stromen van persoonsgegevens/ })).toBeVisible();
    await expectNoAxeViolations(page, 'data flows table (nl, dark)');

    await page.goto('/recipients');
    await expect(page.getByRole('heading', { level: 1, name: 'Register van ontvangers' })).toBeVisible();
    await waitForPage(page);
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      await expectNoAxeViolations(page, `register (nl, ${scheme})`);
      await page.screenshot({ path: `tests/e2e/screenshots/recipients-register-nl-${scheme}.png`, fullPage: true });
    }
    await page.goto('/disclosures');
    await waitForPage(page);
    await expectNoAxeViolations(page, 'disclosures (nl, dark)');
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-disclosures-nl-dark.png', fullPage: true });
    await page.getByRole('button', { name: 'Verstrekking registreren' }).click();
    await expect(page.getByRole('dialog', { name: /Een verstrekking aan een overheid registreren/ })).toBeVisible();
    await expectNoAxeViolations(page, 'record disclosure dialog (nl, dark)');
    await page.keyboard.press('Escape');

    // The form and a detail page, in Dutch and dark.
    await page.goto('/recipients/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Een ontvanger toevoegen' })).toBeVisible();
    await page.getByRole('button', { name: 'Ontvanger toevoegen' }).click();
    await expect(page.getByText('8 velden vragen aandacht')).toBeVisible();
    await expectNoAxeViolations(page, 'recipient form with refused fields (nl, dark)');
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-form-refused-nl-dark.png', fullPage: true });
    await page.goto('/recipients?q=SurveyStack');
    await page.getByRole('link', { name: 'SurveyStack LLC' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'SurveyStack LLC' })).toBeVisible();
    await expectNoAxeViolations(page, 'recipient detail (nl, dark)');
    await page.screenshot({ path: 'tests/e2e/screenshots/recipients-detail-nl-dark.png', fullPage: true });
  });

  test('management reads the register without edit controls and sees disclosure counts, never entries', async ({ page }) => {
    test.setTimeout(120_000);
    await signInWithDemoAccount(page, 'management');
    await page.goto('/recipients');
    await waitForPage(page);
    await expect(page.getByRole('link', { name: 'Add recipient' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Export register/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Data flows' }).click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { name: 'Disclosures per quarter' })).toBeVisible();
    await expectNoAxeViolations(page, 'data flows (management)');
    const status = await page.evaluate(async () => (await fetch('/api/v1/disclosures', { credentials: 'include' })).status);
    expect(status).toBe(403);
  });
});
