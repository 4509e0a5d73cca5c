import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, drawCharts, waitForPage, type DemoRole } from './fixtures';

// Every screen of the console and every overlay it opens (dialog, menu, popover, dropdown,
// drawer, command palette), in the order a walk through the console meets them, with how to
// reach each and how to open each, in either language. Specs that walk the console take their
// list from here (a11y-overlays.spec.ts for axe, csp.csp.spec.ts for the Content-Security-
// Policy), so a new screen or overlay is added once.

export type Language = 'en' | 'nl';
export const LANGUAGES: readonly Language[] = ['en', 'nl'];

// ---------------------------------------------------------------------------------------------
// The console's own words, read from src/i18n/locales/<lang>/<area>.json (the file name is the
// key's first part, camel-cased, as src/i18n does), so locators hold in both languages.

type Messages = { [key: string]: string | Messages };

const LOCALES = join(import.meta.dirname, '../../src/i18n/locales');
const MESSAGES = Object.fromEntries(
  LANGUAGES.map((lang) => {
    const areas: Messages = {};
    for (const file of readdirSync(join(LOCALES, lang)).filter((name) => name.endsWith('.json'))) {
      const area = file.replace(/\.json$/, '').replace(/-([a-z0-9])/g, (_, char: string) => char.toUpperCase());
      areas[area] = JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8')) as Messages;
    }
    return [lang, areas];
  }),
) as Record<Language, Messages>;

function message(lang: Language, key: string): string {
  const lookUp = (path: string) => path.split('.').reduce<string | Messages | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), MESSAGES[lang]);
  // A plural key: `_other` stands for all of its forms in a pattern.
  const found = lookUp(key) ?? lookUp(`${key}_other`);
  if (typeof found !== 'string') throw new Error(`no message "${key}" in ${lang}`);
  return found;
}

/** A message with its values filled in, as the console shows it. */
export function tr(lang: Language, key: string, values: Record<string, string> = {}): string {
  return message(lang, key).replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

/** A message as a whole-name pattern: values not given match anything. */
export function trPattern(lang: Language, key: string, values: Record<string, string> = {}): RegExp {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = message(lang, key).split(/(\{\{\w+\}\})/);
  const source = parts.map((part) => {
    const name = /^\{\{(\w+)\}\}$/.exec(part)?.[1];
    if (!name) return escape(part);
    const value = values[name];
    return value === undefined ? '.+' : escape(value);
  });
  return new RegExp(`^${source.join('')}$`);
}

// ---------------------------------------------------------------------------------------------
// Screens and overlays.

export interface OpenedOverlay {
  /** What opened it: focus must be back here once it is closed. */
  trigger: Locator;
  /** The overlay itself (its dialog, menu, listbox or panel). */
  overlay: Locator;
}

export interface OverlayCheck {
  name: string;
  open: (page: Page, lang: Language) => Promise<OpenedOverlay>;
  /** Closes it; Escape unless said otherwise. */
  close?: (page: Page, lang: Language) => Promise<void>;
  /** Puts the screen back as it was once the overlay is closed (a dialog around a dropdown, a typed draft). */
  restore?: (page: Page, lang: Language) => Promise<void>;
  /**
   * Reached by moving the page's clock, which moves the in-browser mock API's clock too (demo
   * builds). Against a real server the page's clock runs ahead of the server's and the session
   * ends instead: such an overlay is checked in the demo project only.
   */
  movesTheClock?: true;
}

export interface ConsoleScreen {
  name: string;
  /** The router's pattern, for the check's name. */
  route: string;
  /** Who looks at it; null: signed out. */
  role: DemoRole | null;
  /** Its address; a record's page asks the API which record to open. */
  path: string | ((page: Page) => Promise<string>);
  /** What to wait for beyond the heading and loading indicators (figures drawn, a tab shown). */
  ready?: (page: Page, lang: Language) => Promise<void>;
  overlays: OverlayCheck[];
}

/**
 * Opens an overlay, lets `inspect` look at it, closes it (Escape unless it closes otherwise),
 * checks that it is gone and that focus is back on what opened it, and puts the screen back.
 */
export async function throughOverlay(page: Page, lang: Language, overlay: OverlayCheck, inspect: (opened: OpenedOverlay) => Promise<void>): Promise<void> {
  const opened = await overlay.open(page, lang);
  await inspect(opened);
  if (overlay.close) await overlay.close(page, lang);
  else await page.keyboard.press('Escape');
  await expect(opened.overlay).toBeHidden();
  await expect(opened.trigger, `focus returns to what opened the ${overlay.name}`).toBeFocused();
  await overlay.restore?.(page, lang);
}

const main = (page: Page) => page.getByRole('main');
const header = (page: Page) => page.getByRole('banner');

/** A dialog opened by a button (or link) on the screen. */
function dialog(name: string, trigger: (page: Page, lang: Language) => Locator, title?: (lang: Language) => string | RegExp): OverlayCheck {
  return {
    name,
    open: async (page, lang) => {
      const button = trigger(page, lang);
      await button.click();
      const overlay = title ? page.getByRole('dialog', { name: title(lang) }) : page.getByRole('dialog');
      await expect(overlay).toBeVisible();
      return { trigger: button, overlay };
    },
  };
}

/** A combobox's dropdown (Mantine Select or MultiSelect), opened from the keyboard: the listbox it controls. */
async function openDropdown(combobox: Locator): Promise<OpenedOverlay> {
  // (A MultiSelect without a placeholder keeps its input out of the pointer's reach, under its pills area.)
  await combobox.focus();
  await combobox.press('ArrowDown');
  await expect(combobox).toHaveAttribute('aria-expanded', 'true');
  const listbox = combobox.page().locator(`[id="${await combobox.getAttribute('aria-controls')}"]`);
  await expect(listbox).toBeVisible();
  return { trigger: combobox, overlay: listbox };
}

function dropdown(name: string, combobox: (page: Page, lang: Language) => Locator): OverlayCheck {
  return { name, open: (page, lang) => openDropdown(combobox(page, lang)) };
}

const select = (labelKey: string) => (page: Page, lang: Language) => main(page).getByRole('combobox', { name: tr(lang, labelKey), exact: true });

// ----- The shell's own overlays (header), on any page.

const commandPalette: OverlayCheck = {
  name: 'command palette (Spotlight)',
  open: async (page, lang) => {
    const trigger = header(page).getByRole('button', { name: tr(lang, 'shell.commandPalette.trigger') });
    await trigger.click();
    const overlay = page.getByRole('dialog', { name: tr(lang, 'shell.commandPalette.title') });
    await expect(overlay.getByRole('textbox')).toBeFocused();
    return { trigger, overlay };
  },
};

const accountMenu: OverlayCheck = {
  name: 'account menu',
  open: async (page, lang) => {
    const trigger = header(page).getByRole('button', { name: trPattern(lang, 'shell.userMenu.label') });
    await trigger.click();
    const overlay = page.getByRole('menu');
    await expect(overlay.getByRole('menuitem', { name: tr(lang, 'shell.signOut') })).toBeVisible();
    return { trigger, overlay };
  },
};

const colourSchemeChooser: OverlayCheck = {
  name: 'colour scheme chooser (popover)',
  open: async (page, lang) => {
    const trigger = page.getByRole('button', { name: trPattern(lang, 'shell.colorScheme.label') });
    await trigger.click();
    const overlay = page.getByRole('dialog', { name: tr(lang, 'shell.colorScheme.title') });
    await expect(overlay.getByRole('radiogroup')).toBeVisible();
    return { trigger, overlay };
  },
};

const NARROW = { width: 390, height: 844 };

/** Below the `sm` breakpoint the navigation is a drawer behind the header's menu button. */
const navigationDrawer: OverlayCheck = {
  name: 'navigation drawer (narrow screen)',
  open: async (page, lang) => {
    await page.setViewportSize(NARROW);
    // Named by what it does next: "open navigation", then "close navigation".
    const trigger = header(page).getByRole('button', { name: new RegExp(`^(${tr(lang, 'shell.openNavigation')}|${tr(lang, 'shell.closeNavigation')})$`) });
    await trigger.click();
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const overlay = page.getByRole('navigation', { name: tr(lang, 'shell.mainNavigation') });
    await expect(overlay).toBeInViewport();
    return { trigger, overlay };
  },
  // A disclosure, not a modal: its own button closes it.
  close: async (page, lang) => {
    await header(page).getByRole('button', { name: tr(lang, 'shell.closeNavigation') }).click();
  },
  restore: async (page) => {
    await page.setViewportSize({ width: 1440, height: 900 });
  },
};

/**
 * The idle-timeout warning, shown in the last minute of the demo's 15 idle minutes: the page's
 * clock is moved on instead of waiting. Both clocks start from now (a key press for the console,
 * a request for the in-browser API), so the jump lands inside that minute and neither has ended
 * the session. Escape means "stay signed in"; focus goes back to where it was.
 */
const idleWarning: OverlayCheck = {
  name: 'idle-timeout warning',
  movesTheClock: true,
  open: async (page, lang) => {
    const trigger = header(page).getByRole('button', { name: tr(lang, 'shell.commandPalette.trigger') });
    await trigger.focus();
    await page.keyboard.press('Shift');
    await apiGet(page, '/session');
    await page.clock.install();
    await page.clock.fastForward('14:10');
    const overlay = page.getByRole('dialog', { name: tr(lang, 'session.idle.title') });
    await expect(overlay).toBeVisible();
    return { trigger, overlay };
  },
};

// ----- Records to open, asked of the API with the page's session.

async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    return (await response.json()) as T;
  }, `/api/v1${path}`);
}

async function firstId(page: Page, path: string): Promise<string> {
  const { items } = await apiGet<{ items: { id: string }[] }>(page, path);
  const id = items[0]?.id;
  if (!id) throw new Error(`GET ${path} listed nothing`);
  return id;
}

interface DsarDetail {
  id: string;
  person: { id: string };
  deadline: { extended: boolean };
}

/** An erasure in progress (Art. 19 checklist, moves to Completed and Rejected) whose deadline can still be extended. */
async function workableDsar(page: Page): Promise<DsarDetail> {
  const { items } = await apiGet<{ items: { id: string }[] }>(page, '/dsars?type=erasure&status=in_progress&plan=individual&pageSize=50');
  for (const { id } of items) {
    const dsar = await apiGet<DsarDetail>(page, `/dsars/${id}`);
    if (!dsar.deadline.extended) return dsar;
  }
  throw new Error('no erasure request in progress whose deadline can be extended');
}

/** Freezes a report (none is seeded) and opens it. */
async function frozenReport(page: Page): Promise<string> {
  const frozen = await page.evaluate(async () => {
    const response = await fetch('/api/v1/frozen-reports', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'X-Requested-With': 'engcode-console', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ period: '2026-Q3', note: 'Frozen by the browser tests' }),
    });
    if (!response.ok) throw new Error(`POST /frozen-reports answered ${response.status}`);
    return (await response.json()) as { id: string };
  });
  return `/reports/frozen/${frozen.id}`;
}

/** A draft typed on the screen makes leaving it (here by a link of the navigation) ask first; the draft is emptied again. */
function unsavedChangesDialog(field: (page: Page, lang: Language) => Locator, navLinkKey: string, titleKey: string): OverlayCheck {
  return {
    name: 'unsaved-changes dialog',
    open: async (page, lang) => {
      await field(page, lang).fill('Draft');
      const trigger = page.getByRole('navigation', { name: tr(lang, 'shell.mainNavigation') }).getByRole('link', { name: tr(lang, navLinkKey), exact: true });
      await trigger.click();
      const overlay = page.getByRole('dialog', { name: tr(lang, titleKey) });
      await expect(overlay).toBeVisible();
      return { trigger, overlay };
    },
    restore: async (page, lang) => {
      await field(page, lang).fill('');
    },
  };
}

/** A dropdown inside the "record a consent change" dialog; the dialog is closed again afterwards. */
function consentChangeDropdown(name: string, labelKey: string): OverlayCheck {
  return {
    name,
    open: async (page, lang) => {
      await main(page).getByRole('button', { name: tr(lang, 'peopleDetail.record.open') }).click();
      const form = page.getByRole('dialog', { name: tr(lang, 'peopleDetail.record.title') });
      await expect(form).toBeVisible();
      return openDropdown(form.getByRole('combobox', { name: trPattern(lang, labelKey) }));
    },
    restore: async (page, lang) => {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: tr(lang, 'peopleDetail.record.title') })).toBeHidden();
    },
  };
}

async function chartsDrawn(page: Page, count: number) {
  // The in-browser mock aggregates every person's history on the first visit: give it time.
  // A chart in a chart box is drawn only near the viewport; a box counts before it is drawn.
  const slots = () => page.evaluate(() => document.querySelectorAll('main [data-chart-box], main .recharts-wrapper:not([data-chart-box] .recharts-wrapper)').length);
  await expect.poll(slots, { timeout: 45_000 }).toBe(count);
  await drawCharts(page);
  await expect(page.locator('main .recharts-wrapper')).toHaveCount(count);
}

const dsars = new WeakMap<Page, Promise<DsarDetail>>();
/** The request (and its person) is looked up once per page. */
function dsarFor(page: Page): Promise<DsarDetail> {
  let dsar = dsars.get(page);
  if (!dsar) {
    dsar = workableDsar(page);
    dsars.set(page, dsar);
  }
  return dsar;
}

export const SCREENS: readonly ConsoleScreen[] = [
  {
    name: 'Sign-in page',
    route: '/sign-in',
    role: null,
    path: '/sign-in',
    overlays: [colourSchemeChooser],
  },
  {
    name: 'Overview',
    route: '/',
    role: 'privacy_officer',
    path: '/',
    overlays: [commandPalette, accountMenu, colourSchemeChooser, navigationDrawer, idleWarning],
  },
  {
    name: 'DSAR queue',
    route: '/dsars',
    role: 'privacy_officer',
    path: '/dsars',
    overlays: [
      dialog('export dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'dsarQueueActions.export.open') }), (lang) => tr(lang, 'dsarQueueActions.export.title')),
      dialog('internal target dialog', (page, lang) => main(page).getByRole('button', { name: trPattern(lang, 'dsarQueueActions.target.button') }), (lang) => tr(lang, 'dsarQueueActions.target.title')),
    ],
  },
  {
    name: 'DSAR request',
    route: '/dsars/:dsarId',
    role: 'privacy_officer',
    path: async (page) => `/dsars/${(await dsarFor(page)).id}`,
    overlays: [
      ...(['completed', 'rejected'] as const).map((status) =>
        dialog(
          `"move to ${status}" dialog`,
          (page, lang) => main(page).getByRole('button', { name: tr(lang, 'dsarDetail.actions.moveTo', { status: tr(lang, `dsarTerms.status.${status}`) }), exact: true }),
          (lang) => tr(lang, 'dsarDetail.actions.moveTo', { status: tr(lang, `dsarTerms.status.${status}`) }),
        ),
      ),
      dialog('extension dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'dsarDetail.extension.open') }), (lang) => tr(lang, 'dsarDetail.extension.open')),
      dialog('reveal-identity dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'dsarDetail.person.reveal'), exact: true }), (lang) => tr(lang, 'dsarDetail.person.revealTitle')),
    ],
  },
  { name: 'Complaints queue', route: '/complaints', role: 'privacy_officer', path: '/complaints', overlays: [] },
  { name: 'Register a complaint', route: '/complaints/new', role: 'privacy_officer', path: '/complaints/new', overlays: [] },
  {
    name: 'Complaint',
    route: '/complaints/:complaintId',
    role: 'privacy_officer',
    // One taken to an authority: its escalation panel shows too.
    path: async (page) => `/complaints/${await firstId(page, '/complaints?escalated=true&pageSize=1')}`,
    overlays: [dialog('reveal-identity dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'complaintDetail.person.reveal') }), (lang) => tr(lang, 'complaintDetail.person.revealTitle'))],
  },
  { name: 'People search', route: '/people', role: 'privacy_officer', path: '/people', overlays: [] },
  {
    name: 'Person',
    route: '/people/:personId',
    role: 'privacy_officer',
    path: async (page) => `/people/${(await dsarFor(page)).person.id}`,
    overlays: [
      dialog('reveal-identity dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'peopleDetail.identity.reveal'), exact: true }), (lang) => tr(lang, 'peopleDetail.identity.revealTitle')),
      dialog('record-consent-change dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'peopleDetail.record.open') }), (lang) => tr(lang, 'peopleDetail.record.title')),
      consentChangeDropdown('purpose dropdown in the record-consent-change dialog', 'peopleDetail.record.purpose'),
      consentChangeDropdown('channel dropdown in the record-consent-change dialog', 'peopleDetail.record.channel'),
      dropdown('consent history purposes dropdown', select('peopleDetail.history.purposes')),
    ],
  },
  {
    name: 'Consent',
    route: '/consent',
    role: 'privacy_officer',
    path: '/consent',
    ready: (page) => chartsDrawn(page, 4),
    overlays: [
      dropdown('period dropdown', select('consentRates.controls.period')),
      dropdown('compare-with dropdown', select('consentRates.controls.compare')),
      dropdown('break-down-by dropdown', select('consentRates.controls.groupBy')),
      dropdown('country dropdown', select('consentRates.controls.country')),
      dropdown('plan dropdown', select('consentRates.controls.plan')),
      dropdown('channel dropdown', select('consentRates.controls.channel')),
      dropdown('purpose-over-time dropdown', select('consentRates.trend.purpose')),
    ],
  },
  {
    name: 'Recipients register',
    route: '/recipients',
    role: 'privacy_officer',
    path: '/recipients',
    overlays: [dialog('export dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'recipientRegister.export.register') }), (lang) => tr(lang, 'recipientRegister.export.register'))],
  },
  {
    name: 'Add a recipient',
    route: '/recipients/new',
    role: 'privacy_officer',
    path: '/recipients/new',
    overlays: [unsavedChangesDialog((page, lang) => main(page).getByRole('textbox', { name: tr(lang, 'recipientForm.fields.name') }), 'nav.recipients', 'recipientForm.unsaved.title')],
  },
  {
    name: 'Recipient',
    route: '/recipients/:recipientId',
    role: 'privacy_officer',
    path: async (page) => `/recipients/${await firstId(page, '/recipients?pageSize=1')}`,
    overlays: [],
  },
  {
    name: 'Edit a recipient',
    route: '/recipients/:recipientId/edit',
    role: 'privacy_officer',
    path: async (page) => `/recipients/${await firstId(page, '/recipients?pageSize=1')}/edit`,
    overlays: [],
  },
  {
    name: 'Data flows',
    route: '/recipients/flows',
    role: 'privacy_officer',
    path: '/recipients/flows',
    ready: (page) => chartsDrawn(page, 2),
    overlays: [],
  },
  {
    name: 'Disclosures',
    route: '/disclosures',
    role: 'privacy_officer',
    path: '/disclosures',
    overlays: [
      dialog('export dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'recipientDisclosures.export') }), (lang) => tr(lang, 'recipientDisclosures.export')),
      dialog('record-disclosure dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'recipientDisclosures.record') }), (lang) => tr(lang, 'recipientDisclosures.form.title')),
    ],
  },
  {
    name: 'Compliance checks',
    route: '/compliance',
    role: 'privacy_officer',
    path: '/compliance',
    overlays: [
      dropdown('latest-outcome dropdown', select('complianceChecks.filters.outcome')),
      dropdown('kind dropdown', select('complianceChecks.filters.kind')),
      dropdown('due-date dropdown', select('complianceChecks.filters.overdue')),
    ],
  },
  {
    name: 'Remediation actions',
    route: '/compliance?view=remediation',
    role: 'privacy_officer',
    path: '/compliance?view=remediation',
    ready: async (page, lang) => {
      await expect(main(page).getByRole('tab', { name: tr(lang, 'complianceChecks.tabs.remediation'), selected: true })).toBeVisible();
      await expect(main(page).getByRole('combobox', { name: trPattern(lang, 'complianceChecks.actions.statusOf') }).first()).toBeVisible();
    },
    overlays: [
      dropdown('status filter dropdown', select('complianceChecks.filters.status')),
      dropdown('check filter dropdown', select('complianceChecks.filters.check')),
      dropdown('due-date dropdown', select('complianceChecks.filters.overdue')),
      dropdown("an action's status dropdown", (page, lang) => main(page).getByRole('combobox', { name: trPattern(lang, 'complianceChecks.actions.statusOf') }).first()),
    ],
  },
  {
    name: 'Compliance check',
    route: '/compliance/:checkId',
    role: 'privacy_officer',
    // A failing check: it has remediation actions, each with its status dropdown.
    path: async (page) => `/compliance/${await firstId(page, '/compliance-checks?outcome=fail&pageSize=1')}`,
    overlays: [dropdown("an action's status dropdown", (page, lang) => main(page).getByRole('combobox', { name: trPattern(lang, 'complianceChecks.actions.statusOf') }).first())],
  },
  {
    name: 'Policy versions',
    route: '/policies',
    role: 'privacy_officer',
    path: '/policies',
    overlays: [dialog('new-version dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'policiesVersions.newVersion') }), (lang) => tr(lang, 'policiesVersions.form.title'))],
  },
  {
    name: 'Policy version',
    route: '/policies/:versionId',
    role: 'privacy_officer',
    path: async (page) => `/policies/${await firstId(page, '/policy-versions?pageSize=1')}`,
    overlays: [],
  },
  { name: 'Violation records', route: '/violations', role: 'privacy_officer', path: '/violations', overlays: [] },
  { name: 'Open a violation record', route: '/violations/new', role: 'privacy_officer', path: '/violations/new', overlays: [] },
  {
    name: 'Violation record',
    route: '/violations/:violationId',
    role: 'privacy_officer',
    path: async (page) => `/violations/${await firstId(page, '/violations?pageSize=1')}`,
    overlays: [],
  },
  {
    name: 'Compliance report',
    route: '/reports',
    role: 'privacy_officer',
    path: '/reports',
    overlays: [
      dropdown('period dropdown', select('reportsReport.period')),
      dialog('freeze dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'reportsReport.freeze.open') }), (lang) => trPattern(lang, 'reportsReport.freeze.title')),
    ],
  },
  { name: 'Frozen report', route: '/reports/frozen/:reportId', role: 'privacy_officer', path: frozenReport, overlays: [] },
  {
    name: 'Audit log',
    route: '/audit',
    role: 'privacy_officer',
    path: '/audit',
    overlays: [dialog('export dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'auditLog.export.open') }), (lang) => tr(lang, 'auditLog.export.title'))],
  },
  { name: 'API reference', route: '/api-reference', role: 'privacy_officer', path: '/api-reference', overlays: [] },
  { name: 'Page not found', route: '*', role: 'privacy_officer', path: '/no-such-page', overlays: [] },
  // What only management sees: the violation counts on its overview.
  { name: 'Overview', route: '/', role: 'management', path: '/', overlays: [] },
  // What support sees differently: its overview, its queue (masked export), a closed area.
  { name: 'Overview', route: '/', role: 'support', path: '/', overlays: [] },
  {
    name: 'DSAR queue',
    route: '/dsars',
    role: 'support',
    path: '/dsars',
    overlays: [dialog('export dialog', (page, lang) => main(page).getByRole('button', { name: tr(lang, 'dsarQueueActions.export.open') }), (lang) => tr(lang, 'dsarQueueActions.export.title'))],
  },
  { name: 'Not permitted', route: '/violations', role: 'support', path: '/violations', overlays: [] },
];

/** The name a check goes by: the screen, its route, and whose view it is when not the privacy officer's. */
export function screenTitle(screen: ConsoleScreen): string {
  const whose = screen.role && screen.role !== 'privacy_officer' ? `, as ${screen.role}` : '';
  return `${screen.name} (${screen.route}${whose})`;
}

// ---------------------------------------------------------------------------------------------
// Walking the console in one page.

/**
 * One signed-in page going from screen to screen as a person would, without reloads (a reload
 * re-seeds the demo's in-browser API and costs seconds): signs in and out as the screen's role
 * asks, and moves inside the app as a link does (a history entry and a popstate event, which the
 * router follows).
 */
export class ConsoleWalk {
  private role: DemoRole | null = null;
  private at: ConsoleScreen | null = null;
  private readonly paths = new Map<ConsoleScreen, string>();

  private constructor(
    readonly page: Page,
    readonly lang: Language,
  ) {}

  /** Opens the sign-in page, signed out, in the language chosen with the switch in its header. */
  static async start(page: Page, lang: Language): Promise<ConsoleWalk> {
    await page.goto('/sign-in');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if ((await page.locator('html').getAttribute('lang')) !== lang) {
      // Each button names its language in that language (language-switch.tsx).
      await page.getByRole('button', { name: lang === 'nl' ? /Nederlands/ : /English/ }).click();
    }
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'session.signIn.title') })).toBeVisible();
    return new ConsoleWalk(page, lang);
  }

  /** Opens the screen (as its role) and waits until it has loaded, unless the walk is already there. */
  async show(screen: ConsoleScreen): Promise<void> {
    await this.actAs(screen.role);
    if (this.at === screen) return;
    await this.go(await this.pathOf(screen));
    await waitForPage(this.page);
    await screen.ready?.(this.page, this.lang);
    this.at = screen;
  }

  private async pathOf(screen: ConsoleScreen): Promise<string> {
    let path = this.paths.get(screen);
    if (path === undefined) {
      path = typeof screen.path === 'string' ? screen.path : await screen.path(this.page);
      this.paths.set(screen, path);
    }
    return path;
  }

  private async go(path: string): Promise<void> {
    const { page } = this;
    const samePage = await page.evaluate((next) => {
      // Headings of the screen being left are marked, so the next screen's own is waited for.
      document.querySelectorAll('h1').forEach((heading) => heading.setAttribute('data-walk-left', ''));
      const same = new URL(next, location.href).pathname === location.pathname;
      const state = history.state as { idx?: number } | null;
      history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx: (state?.idx ?? 0) + 1 }, '', next);
      dispatchEvent(new PopStateEvent('popstate', { state: history.state as unknown }));
      return same;
    }, path);
    // The same page with another query keeps its heading: its `ready` says when it is there.
    if (!samePage) await expect(page.locator('h1:not([data-walk-left])')).toBeVisible({ timeout: 30_000 });
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === path);
  }

  private async actAs(role: DemoRole | null): Promise<void> {
    if (role === this.role) return;
    const { page, lang } = this;
    if (this.role !== null) {
      await header(page).getByRole('button', { name: trPattern(lang, 'shell.userMenu.label') }).click();
      await page.getByRole('menuitem', { name: tr(lang, 'shell.signOut') }).click();
      await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'session.signIn.title') })).toBeVisible();
      this.at = null;
    }
    if (role !== null) {
      const account = DEMO_ACCOUNTS[role];
      const demoButton = page.getByRole('button', { name: tr(lang, 'session.demo.signInAs', { name: account.displayName }) });
      if ((await demoButton.count()) > 0) {
        await demoButton.click();
      } else {
        // A server build has no demo accounts on its sign-in page: the password form.
        await page.getByRole('textbox', { name: tr(lang, 'session.signIn.username') }).fill(account.username);
        await page.getByLabel(new RegExp(`^${tr(lang, 'session.signIn.password')}`)).fill('demo');
        await page.getByRole('button', { name: tr(lang, 'session.signIn.submit'), exact: true }).click();
      }
      await expect(page.getByRole('heading', { level: 1, name: tr(lang, 'overview.title') })).toBeVisible();
      this.at = null;
    }
    this.role = role;
  }
}
