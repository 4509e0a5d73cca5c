import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export type DemoRole = 'privacy_officer' | 'support' | 'management';

export const DEMO_ACCOUNTS: Record<DemoRole, { username: string; displayName: string }> = {
  privacy_officer: { username: 'els.peeters', displayName: 'Els Peeters' },
  support: { username: 'jan.devries', displayName: 'Jan De Vries' },
  management: { username: 'an.claes', displayName: 'An Claes' },
};

/** The navigation each role must see, in order (DOMAIN.md's role matrix). */
export const NAVIGATION: Record<DemoRole, string[]> = {
  privacy_officer: ['Overview', 'Data subject requests', 'Complaints', 'People', 'Consent', 'Recipients', 'Disclosures', 'Compliance checks', 'Policy versions', 'Violations', 'Reports', 'Audit log', 'API reference'],
  support: ['Overview', 'Data subject requests', 'Complaints', 'People', 'Recipients', 'Policy versions', 'API reference'],
  management: ['Overview', 'Consent', 'Recipients', 'Compliance checks', 'Policy versions', 'Reports', 'API reference'],
};

/**
 * Collects the page's console errors and uncaught errors from now on. Chromium logs every 401/403
 * answer as a failed resource; those are expected answers here (the session probe before
 * sign-in, a refused area), asserted on by the tests themselves.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 40[13] /.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Every test fails on a console error or an uncaught page error, so a screen that "works" while
 * logging a failure does not pass.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors = collectConsoleErrors(page);
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function signInWithDemoAccount(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: `Sign in as ${DEMO_ACCOUNTS[role].displayName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

export async function signInWithPassword(page: Page, role: DemoRole): Promise<void> {
  await page.goto('/sign-in');
  await page.getByRole('textbox', { name: 'Username' }).fill(DEMO_ACCOUNTS[role].username);
  await page.getByLabel(/^Password/).fill('demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
}

/** Switches the system colour scheme and waits until Mantine has applied it (it follows "auto"). */
export async function useColorScheme(page: Page, scheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
}

/** WCAG 2.2 A and AA, as axe knows them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// The axe-core that @axe-core/playwright is built on. It is put into a page once per document and
// run there directly: AxeBuilder injects it again, reconfigures it and opens a blank page for
// every analysis, which cost a second or more per check on a busy two-core machine. The
// analysis itself is the same (axe.run on the document, same tags, same-origin frames only).
const axeSource = (createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as { source: string }).source;

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs in the page: lets transitions finish, then runs axe on the document or only within the
 * given elements. Null when axe is not in this document yet.
 */
async function runAxeInPage({ tags, elements }: { tags: string[]; elements: Element[] }): Promise<AxeViolation[] | null> {
  // A notification or dialog still fading in has a washed-out colour for a moment; axe would
  // measure that instead of the colour people read. Let transitions finish first.
  // (Endless ones, a spinner or a skeleton's pulse, are not waited for.)
  const moving = () => document.getAnimations().some((animation) => animation.playState === 'running' && animation.effect?.getTiming().iterations !== Infinity);
  const giveUpAt = performance.now() + 5_000;
  while (moving()) {
    if (performance.now() > giveUpAt) throw new Error('transitions still running after 5 s');
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  const { axe } = window as unknown as { axe?: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } };
  if (!axe) return null;
  const scoped = elements.length > 0;
  const results = await axe.run(scoped ? { include: elements } : document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
    // Style sheets are read (for orientation locks) when the whole page is checked; an overlay
    // brings no new ones worth reading again.
    preload: !scoped,
  });
  return results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
}

/**
 * WCAG 2.2 A and AA, as axe knows them: no violation on the page, or only within the given
 * elements (an open overlay and its trigger: the rest of the page was checked as it loaded).
 */
export async function expectNoAxeViolations(page: Page, context: string, options: { within?: Locator[] } = {}): Promise<void> {
  const elements = await Promise.all((options.within ?? []).map((locator) => locator.elementHandle()));
  const run = () => page.evaluate(runAxeInPage, { tags: AXE_TAGS, elements });
  let violations = await run();
  if (violations === null) {
    await page.evaluate(axeSource);
    violations = await run();
  }
  await Promise.all(elements.map((element) => element.dispose()));
  const readable = (violations ?? ['axe did not run']).map((violation) =>
    typeof violation === 'string'
      ? violation
      : `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} [${(node.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}]`)
          .join(' | ')}`,
  );
  expect(readable, `axe violations on ${context}`).toEqual([]);
}

/** The main navigation's link names, in order. */
export async function navigationLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: /main|hoofd/i });
  return (await nav.getByRole('link').allInnerTexts()).map((text) => text.trim());
}

/** Waits until the page shows its h1 and no loading indicator, with every chart drawn (drawCharts). */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await drawCharts(page);
}

/**
 * A chart is drawn when its box comes near the viewport (src/components/figure/chart-box.tsx):
 * each box is scrolled to once, as a reader would, and the page goes back to its top. Screenshots
 * and axe then see every chart.
 */
export async function drawCharts(page: Page): Promise<void> {
  if ((await page.locator('main [data-chart-box]').count()) === 0) return;
  // The pointer is parked on the page's top corner: a chart scrolled under it would show its tooltip.
  await page.mouse.move(0, 0);
  const waiting = page.locator('main [data-chart-box="waiting"]');
  // One box per step, from the page itself: a box may be drawn anew while this runs (a language
  // switch, a refetch), and a jump past several boxes at once would bring none of them near.
  await expect(async () => {
    await page.evaluate(() => document.querySelector('main [data-chart-box="waiting"]')?.scrollIntoView({ block: 'center' }));
    await expect(waiting).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
}
