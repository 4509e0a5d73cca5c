import type { Page } from '@playwright/test';
import { getDb } from '../../mocks/db';
import { currentConsents, personConsentEvents } from '../../mocks/db/consent';
import { expect, expectNoAxeViolations, signInWithDemoAccount, test, useColorScheme, waitForPage } from './fixtures';

/** Someone whose marketing email consent is granted now, in the demo's seeded world (same seed as the browser's). */
function personWithEmailConsent() {
  const db = getDb();
  for (let index = 20; index < 500; index += 1) {
    const person = db.person(index);
    if (currentConsents(personConsentEvents(db, person)).some((consent) => consent.purpose === 'marketing_email' && consent.state === 'granted')) return person;
  }
  throw new Error('nobody with marketing email granted');
}

/** The consent page is drawn: every figure has its chart, and nothing is loading. */
async function waitForCharts(page: Page, figures: number) {
  // The in-browser mock aggregates every person's history after each page load (a real server
  // keeps its aggregates): on a busy machine that takes a while the first time.
  await expect(page.locator('main [data-chart-box]')).toHaveCount(figures, { timeout: 45_000 });
  await waitForPage(page);
  await expect(page.locator('.recharts-wrapper')).toHaveCount(figures);
}

async function scanBothThemes(page: Page, name: string, screenshot: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await useColorScheme(page, scheme);
    await expectNoAxeViolations(page, `${name} (${scheme})`);
    await page.screenshot({ path: `tests/e2e/screenshots/${screenshot}-${scheme}.png`, fullPage: true });
  }
}

test.describe('consent', () => {
  test('support finds a person by email, reveals the identity, records an opt-out by phone and sees it in the history', async ({ page }) => {
    test.setTimeout(150_000);
    const person = personWithEmailConsent();
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'support');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'People', exact: true }).click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await scanBothThemes(page, 'People search (en)', 'consent-people-search-en');
    await useColorScheme(page, 'light');

    await page.getByRole('textbox', { name: /Email address/ }).fill(person.email);
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    const result = page.getByRole('link', { name: new RegExp(person.accountReference) });
    await expect(result).toBeVisible();
    // The email went in the request body: not in the address bar.
    expect(page.url()).not.toContain(encodeURIComponent(person.email));
    expect(page.url()).not.toContain(person.email);
    await result.click();
    await waitForPage(page);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(person.accountReference) })).toBeVisible();
    await expect(page.getByText(person.email)).toHaveCount(0);

    // Reveal, with a reason (audited).
    const identity = page.getByRole('region', { name: 'Identity' });
    await identity.getByRole('button', { name: 'Reveal identity' }).click();
    const reveal = page.getByRole('dialog', { name: "Reveal this person's identity" });
    await reveal.getByRole('textbox', { name: /Reason/ }).fill('Caller on the phone, identity checked with account reference and address');
    await reveal.getByRole('button', { name: 'Reveal' }).click();
    await expect(page.getByRole('region', { name: 'Revealed identity' }).getByText(person.email)).toBeVisible();

    // Record the opt-out the person asked for by phone.
    await page.getByRole('button', { name: 'Record a consent change' }).click();
    const dialog = page.getByRole('dialog', { name: "Record a consent change on the person's behalf" });
    await dialog.getByRole('combobox', { name: /^Purpose/ }).click();
    await page.getByRole('option', { name: /^Marketing by email/ }).click();
    await expect(dialog.getByRole('radio', { name: 'Withdraw consent (opt out)' })).toBeChecked();
    await dialog.getByRole('combobox', { name: /^Channel/ }).click();
    await page.getByRole('option', { name: 'Support request' }).click();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill('Called by phone: no more newsletters');
    await dialog.getByRole('button', { name: 'Record change' }).click();
    await expect(dialog).toBeHidden();

    const history = page.getByRole('region', { name: 'Consent history' });
    await expect(history.getByText('Recorded by Jan De Vries. Reason: Called by phone: no more newsletters')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Consent now' }).getByRole('row', { name: /^Marketing by email/ })).toContainText('Withdrawn');
    await waitForPage(page);
    // Hide the identity before the scans and screenshots: they are kept, personal data is not.
    await page.getByRole('button', { name: 'Hide identity' }).click();
    await scanBothThemes(page, 'Person (en)', 'consent-person-en');

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('region', { name: 'Toestemmingsgeschiedenis' })).toBeVisible();
    await waitForPage(page);
    await scanBothThemes(page, 'Person (nl)', 'consent-person-nl');
  });

  test('the consent page draws its figures and passes axe in light and dark, in English and Dutch', async ({ page }) => {
    test.setTimeout(150_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await signInWithDemoAccount(page, 'management');
    await page.getByRole('navigation', { name: /main/i }).getByRole('link', { name: 'Consent', exact: true }).click();
    await waitForCharts(page, 4);
    await expect(page.getByRole('heading', { level: 1, name: 'Consent' })).toBeVisible();
    // Management sees rates, never a person.
    await expect(page.locator('a[href^="/people"]')).toHaveCount(0);
    await scanBothThemes(page, 'Consent (en)', 'consent-en');

    // A chart's tooltip is read in the page's colours, not its series' (orange on white is 2.6:1).
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      const expirations = page.getByRole('region', { name: 'Cookie consents about to lapse' });
      await expirations.locator('.recharts-bar-rectangle').first().hover();
      const tooltip = expirations.locator('.recharts-tooltip-wrapper');
      await expect(tooltip.locator('.recharts-tooltip-item').first()).toBeVisible();
      await expectNoAxeViolations(page, `Consent chart tooltip (en, ${scheme})`, { within: [tooltip] });
      await page.mouse.move(0, 0);
    }
    await useColorScheme(page, 'light');

    // The October 2026 newsletter incident, weekly, broken down by country, compared with the period before.
    await page.goto('/consent?from=2026-07-01&to=2026-11-25&groupBy=country&compare=previous');
    await waitForCharts(page, 4);
    await expect(page.getByRole('region', { name: 'Marketing by email: withdrawals' }).getByText(/spikes? marked/)).toBeVisible();
    await useColorScheme(page, 'dark');
    await page.screenshot({ path: 'tests/e2e/screenshots/consent-incident-dark.png', fullPage: true });
    await useColorScheme(page, 'light');

    await page.getByRole('button', { name: /Nederlands/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Toestemming' })).toBeVisible();
    await waitForCharts(page, 4);
    await scanBothThemes(page, 'Consent (nl)', 'consent-nl');

    // The table view of a figure passes too.
    await page.getByRole('region', { name: 'Percentages per doel' }).getByText('Tabel').click();
    await expectNoAxeViolations(page, 'Consent table view (nl, dark)');
  });
});
