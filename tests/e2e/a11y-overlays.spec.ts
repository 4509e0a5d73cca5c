import { devices, test, type Page } from '@playwright/test';
import { ConsoleWalk, LANGUAGES, SCREENS, screenTitle, throughOverlay } from './console-map';
import { collectConsoleErrors, expect, expectNoAxeViolations } from './fixtures';

// axe (WCAG 2.2 A and AA) on every route of the console, in English and Dutch, light and dark:
// each screen as it loads (the whole page), then each of its overlays opened once: opened, axe
// on the overlay and what opened it, closed with Escape, focus back on what opened it. Zero
// violations. Every (screen, overlay) pair is a test of its own, named after the language, the
// scheme, the screen, its route (and role, when not the privacy officer's) and the overlay, e.g.
// "nl, dark › DSAR request (/dsars/:dsarId) › extension dialog".
//
// One page per language and scheme walks every screen in turn, signing in and out as the
// screens' roles ask (tests/e2e/console-map.ts lists the screens and how to open each overlay):
// no sign-in per screen, no reload between screens. About 300 checks; about 4 minutes on the shared
// two-core machine at a load of 5, most of it axe's colour-contrast rule.
//
// Overlays covered:
//   Sign-in page (/sign-in):      colour scheme chooser (popover)
//   Overview (/), the shell's:    command palette (Spotlight), account menu, colour scheme
//                                 chooser (popover), navigation drawer (narrow screen; closed by
//                                 its own button, a disclosure, not a modal), idle-timeout warning
//                                 (modal; the page's clock is moved on to its last minute)
//   DSAR queue (/dsars):          export dialog, internal target dialog; as support: export dialog
//   DSAR request:                 "move to Completed" and "move to Rejected" dialogs, extension
//                                 dialog, reveal-identity dialog
//   Complaint:                    reveal-identity dialog
//   Person:                       reveal-identity dialog, record-consent-change dialog, its
//                                 purpose and channel dropdowns, consent history purposes dropdown
//   Consent:                      period, compare-with, break-down-by, country, plan, channel and
//                                 purpose-over-time dropdowns
//   Recipients register:          export dialog
//   Add a recipient:              unsaved-changes dialog (leaving with a draft)
//   Disclosures:                  export dialog, record-disclosure dialog
//   Compliance checks:            latest-outcome, kind and due-date dropdowns
//   Remediation actions:          status, check and due-date filter dropdowns, an action's status
//   Compliance check:             an action's status dropdown
//   Policy versions:              new-version dialog
//   Compliance report (/reports): period dropdown, freeze dialog
//   Audit log:                    export dialog
// Screens with no overlay of their own are checked as they load: the overview of each role,
// complaints queue, register a complaint, people search, recipient, edit a recipient, data flows,
// policy version, violation records, open a violation record, violation record, frozen report,
// API reference, page not found, and "not permitted" (support on /violations).
// Not opened: date pickers and native selects, which are the browser's own (<input type="date">,
// <select>) and not part of the page (their fields are checked with their screens and dialogs),
// and the charts' hover tooltips (every chart has its table view, checked with the page).

const SCHEMES = ['light', 'dark'] as const;

// A trace snapshots the page at every action: on these large pages that doubled the run. A
// failure still says which check, language and scheme, lists axe's findings and keeps a screenshot.
test.use({ trace: 'off' });

for (const lang of LANGUAGES) {
  for (const scheme of SCHEMES) {
    test.describe(`${lang}, ${scheme}`, () => {
      let page: Page;
      let walk: ConsoleWalk;
      let errors: string[];

      test.beforeAll(async ({ browser }, testInfo) => {
        // As playwright.config.ts sets up every page, in this scheme. Mantine follows a reduced-
        // motion preference: overlays appear and leave without transitions to wait for.
        const context = await browser.newContext({
          ...devices['Desktop Chrome'],
          baseURL: testInfo.project.use.baseURL,
          locale: 'en-BE',
          timezoneId: 'Europe/Brussels',
          viewport: { width: 1440, height: 900 },
          colorScheme: scheme,
          reducedMotion: 'reduce',
        });
        page = await context.newPage();
        errors = collectConsoleErrors(page);
        walk = await ConsoleWalk.start(page, lang);
        await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
      });

      test.afterAll(async () => {
        await page.context().close();
      });

      test.afterEach(() => {
        // Every check fails on a console error or an uncaught page error, as the other specs do.
        expect(errors.splice(0), 'console errors during the check').toEqual([]);
      });

      for (const screen of SCREENS) {
        const title = screenTitle(screen);

        test(`${title}, as it loads`, async () => {
          await walk.show(screen);
          await expectNoAxeViolations(page, `${title} (${lang}, ${scheme})`);
        });

        for (const overlay of screen.overlays) {
          test(`${title} › ${overlay.name}`, async () => {
            await walk.show(screen);
            await throughOverlay(page, lang, overlay, (opened) =>
              expectNoAxeViolations(page, `${title} › ${overlay.name} (${lang}, ${scheme})`, { within: [opened.overlay, opened.trigger] }),
            );
          });
        }
      }
    });
  }
}
