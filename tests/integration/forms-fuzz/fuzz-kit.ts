import { notifications } from '@mantine/notifications';
import { fireEvent, render, waitFor } from '@testing-library/react';
import fc from 'fast-check';
import * as React from 'react';
import { createElement, useState, type ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import contract from '@/api/openapi.json';
import type { Role } from '@/api/types';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { i18n } from '@/i18n';
import { fullFormats } from 'ajv-formats/dist/formats';
import { formatNumber } from '@/lib/format';
import { signInAs } from '../../utils/render';

/**
 * Generated bad input for every form (fast-check): over-long, empty and whitespace-only, unicode
 * (emoji, ZWJ sequences, combining marks, astral characters), right-to-left (Arabic, Hebrew,
 * U+202E and other bidi controls), control characters (U+0000 to U+001F, U+007F), markup and
 * template injection (`<img src=x onerror=…>`, `<script>`, `{{7*7}}`, `javascript:`) and mixes.
 * At least 200 runs per form. For each run the judge below says what the form must do, from the
 * contract (src/api/openapi.json), never from the app's own code:
 *
 *  - refuse it with a specific message on the field (aria-invalid and the error as the field's
 *    accessible description), sending nothing; or
 *  - where the contract allows it, send it exactly as typed (trimmed, except a password) and show
 *    no message. Unicode names, right-to-left text and "markup" are legitimate text in every
 *    free-text field: the contract refuses only control characters (long texts may hold tabs and
 *    line breaks), texts over their maxLength (counted in characters, as JSON Schema counts
 *    them) or under their minLength, and text not matching a field's format or pattern;
 *  - never crash (the form stays in the document; a React error would also fail the test through
 *    console.error) and never render typed text as markup (no img, script, iframe, object, embed,
 *    b, svg[onload] or javascript: link appears; the DSAR note and complaint reply are also sent for
 *    real and their echo checked as text).
 *
 * Forms are rendered once per test in everything the app gives them (providers, a router, the
 * mock API, signed in), as the form component of their screen, so a keystroke re-renders the
 * form and not a whole detail page; pages that are mostly their form (sign-in, people search,
 * registering a complaint, opening a violation record, editing a register entry) are rendered
 * whole. A form component shared by several screens (the reveal dialog, the CSV export dialog)
 * is fuzzed once.
 *
 * Fields are filled the way a browser pastes: a single-line field drops line breaks, and an HTML
 * `maxlength` would cut the paste silently (a form that sets one below the contract fails here).
 * Requests are caught at the wire (answered 503) so runs cost no server work; the note and reply
 * tests also send valid text to the mock API, which validates against the contract.
 *
 * Every form of src/, and where it is fuzzed (runs in brackets):
 *
 *  dsars.test.tsx           DSAR internal note (200, plus 3 sent for real), description (200),
 *                           extension reason (200), transitions: evidence checked, note,
 *                           employer's instruction, rejection explanation (4×50),
 *                           queue export reason (200), reveal reason: the dialog shared by DSARs,
 *                           people and complaints (200), queue search (200), internal target, a
 *                           number field (200), Art. 19 checklist, date fields only (200)
 *  complaints.test.tsx      register: person finder, email and account reference (100+100) and
 *                           what the person said (200), reply and internal-note composers
 *                           (100+100, plus 3 replies sent for real), handling form's resolution
 *                           (100 while open + 100 resolving), escalation's case reference (200),
 *                           queue reference search (200)
 *  recipients.test.tsx      register entry, create and edit are one form: name, owner, purpose,
 *                           agreement reference, website (5×40), recording a disclosure: request
 *                           reference, why the person was not told (100+100), CSV export reason
 *                           shared by register and disclosures (200), register name search (200)
 *  people-session.test.tsx  sign-in: username, password (100+100), person lookup: email, account
 *                           reference (100+100), consent change on a person's behalf: reason (200)
 *  violations.test.tsx      opening a record: six texts (6×34), investigation: what happened,
 *                           decided by (100+100), register search: the search form the page
 *                           renders, wired as the page wires it (200)
 *  oversight.test.tsx       compliance result with its remediation action: evidence, reference,
 *                           action title, owner (4×50), new policy version: number, Dutch and
 *                           English summaries (70+65+65), report freeze note (200), audit log
 *                           export reason (200)
 *
 * Not forms of free text, so not fuzzed with strings: the audit log's and consent page's date
 * filters (date inputs that filter a list, no form), the API reference's filter box (filters the
 * contract on screen, sends and stores nothing), the DSAR assignee, bulk actions and compliance
 * action status (selects and buttons), the policy announcement (a resend button), the language,
 * theme and command palette controls.
 */

// ---------------------------------------------------------------------------------------------
// The contract's rule for one text field
// ---------------------------------------------------------------------------------------------

interface JsonSchema {
  type?: string | string[];
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  $ref?: string;
  schema?: JsonSchema;
}

interface ContractDoc {
  components: { schemas: Record<string, JsonSchema>; parameters: Record<string, { schema: JsonSchema }> };
  paths: Record<string, Record<string, { parameters?: Array<{ name?: string; $ref?: string; schema?: JsonSchema }> }>>;
}

const doc = contract as unknown as ContractDoc;

export interface ContractText {
  /** Where the rule comes from, for messages. */
  source: string;
  maxLength: number;
  minLength: number;
  pattern: RegExp | null;
  format: string | undefined;
  /** The pattern allows tab, line feed and carriage return (long text). */
  multiline: boolean;
}

function toRule(source: string, schema: JsonSchema | undefined): ContractText {
  if (!schema || schema.maxLength === undefined) throw new Error(`The contract has no string with a maxLength at ${source}`);
  return {
    source,
    maxLength: schema.maxLength,
    minLength: schema.minLength ?? 0,
    pattern: schema.pattern ? new RegExp(schema.pattern, 'u') : null,
    format: schema.format,
    multiline: schema.pattern === '^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$',
  };
}

function resolve(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop() ?? '']);
  return schema;
}

/** A body property's rule: `contractText('ViolationCreate', 'employeeName')`, `('RecipientInput', 'purposes[]')`, `('CheckResultCreate', 'remediation.title')`. */
export function contractText(schemaName: string, path: string): ContractText {
  let schema = resolve(doc.components.schemas[schemaName]);
  for (const segment of path.split('.')) {
    const isItems = segment.endsWith('[]');
    schema = resolve(schema?.properties?.[isItems ? segment.slice(0, -2) : segment]);
    if (isItems) schema = resolve(schema?.items);
  }
  return toRule(`${schemaName}.${path}`, schema);
}

/** A query parameter's rule, declared on the operation or as a shared parameter: `contractParam('get', '/dsars/export', 'reason')`. */
export function contractParam(method: string, path: string, name: string): ContractText {
  for (const parameter of doc.paths[path]?.[method]?.parameters ?? []) {
    const resolved = parameter.$ref ? doc.components.parameters[parameter.$ref.split('/').pop() ?? ''] : parameter;
    if (resolved && (resolved as { name?: string }).name === name) return toRule(`${method.toUpperCase()} ${path} ?${name}`, resolved.schema);
  }
  throw new Error(`No query parameter ${name} on ${method.toUpperCase()} ${path}`);
}

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

const WHITESPACE = [' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\v', '\f'];
const UNICODE = [
  '😀',
  '👩‍👩‍👧‍👦',
  '🇧🇪',
  '🏳️‍🌈',
  '🧑🏽‍💻',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '𠜎𠜱',
  'e\u0301',
  'Z\u0324\u0354\u0367\u0311\u0313',
  'Ærøskøbing',
  'Łódź',
  'Ελληνικά',
  '日本語のテキスト',
  '\u200b',
  '\u200d',
  'ﷺ',
  'ǅ',
  '\ufffd',
  'Ⅻ',
  '€ 1.234,56',
];
const RTL = [
  'مرحبا بالعالم',
  'محمد بن سلمان',
  'שלום עולם',
  'דוד כהן',
  '\u202eabc.exe',
  '\u202bעברית\u202c',
  '\u2067عربي\u2069',
  '\u200f',
  'Jan \u202egnp.exe',
  'abc \u05d0\u05d1\u05d2 123',
];
const CONTROL = [...Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)), '\u007f'];
const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '"><img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  'javascript:alert(1)',
  '{{7*7}}',
  '${7*7}',
  '#{7*7}',
  '{{constructor.constructor("alert(1)")()}}',
  '$t(errors.retry)',
  '<b>bold</b>',
  '&lt;b&gt;',
  '<!--',
  ']]>',
  "'; DROP TABLE dsars;--",
  '%3Cscript%3E',
  '=HYPERLINK("http://x")',
];

const join = (parts: string[]) => parts.join('');
const some = (values: string[], maxLength = 4) => fc.array(fc.constantFrom(...values), { minLength: 1, maxLength }).map(join);
const ascii = fc.string({ unit: 'grapheme-ascii', maxLength: 12 });

export const arbitraries = {
  /** Nothing, or only whitespace (spaces, tabs, line breaks, no-break and ideographic spaces). */
  blank: fc.array(fc.constantFrom(...WHITESPACE), { maxLength: 6 }).map(join),
  /** Emoji (astral, ZWJ sequences, flags), combining marks, other scripts, zero-width characters. */
  unicode: some(UNICODE, 6),
  /** Arabic and Hebrew, with and without bidi overrides and isolates. */
  rtl: fc.tuple(ascii, some(RTL, 3), ascii).map(join),
  /** At least one control character (U+0000 to U+001F, U+007F) between visible characters. */
  control: fc.tuple(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), some(CONTROL, 3), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 })).map(join),
  /** Markup, template and script injection that is only text to a form. */
  markup: fc.tuple(ascii, some(MARKUP, 2), ascii).map(join),
  /** Any code points at all, control characters included. */
  binary: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
};

/** Longer than `max` characters (code points), made of one repeated piece: plain, accented, astral, right-to-left or markup. */
export function overLong(max: number) {
  return fc
    .tuple(fc.constantFrom('x', 'é', '😀', 'ש', '<b>', 'ab ', '👩‍👩‍👧‍👦'), fc.integer({ min: 1, max: 40 }))
    .map(([piece, extra]) => {
      const points = [...piece];
      const wanted = max + extra;
      const out: string[] = ['x'];
      for (let i = 0; out.length < wanted; i += 1) out.push(points[i % points.length] ?? 'x');
      out.push('x');
      return out.join('');
    });
}

/** Exactly `max` characters of one astral emoji: twice as many UTF-16 units, still within the contract's limit. */
export function atLimit(max: number) {
  return fc.constantFrom('😀', '𠜎', 'x').map((piece) => piece.repeat(max));
}

/** Email addresses, well-formed or nearly so, with bad input mixed in; and plain bad input. */
export function emailAddresses(max = 254) {
  const local = fc.oneof(fc.constantFrom('jan', 'an.claes', 'x+tag', 'O\'Brien', 'é', 'ج', '<b>', '😀', 'a b', 'a\u0000b', '"quoted"'), fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 10 }));
  const domain = fc.constantFrom('example.be', 'engcode.be', 'exämple.be', 'x', 'localhost', 'ex ample.be', 'example..be', '-x.be', 'שלום.il', 'a.b.c.d');
  return fc.oneof(
    { arbitrary: fc.tuple(local, domain).map(([name, host]) => `${name}@${host}`), weight: 3 },
    { arbitrary: fc.tuple(local, domain, arbitraries.blank).map(([name, host, space]) => `${space}${name}@${host}${space}`), weight: 1 },
    { arbitrary: overLong(max).map((text) => `${text}@example.be`), weight: 1 },
    { arbitrary: badText(max), weight: 3 },
  );
}

/** Account references (EC- and seven digits), right and nearly right, and plain bad input. */
export function accountReferences(max = 20) {
  const digits = fc.oneof(fc.stringMatching(/^\d{7}$/), fc.constantFrom('١٢٣٤٥٦٧', '１２３４５６７', '123456', '12345678', '123 4567', '1234567\u0000'));
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom('EC-', 'ec-', 'Ec-', 'EC', 'EC_', 'ЕС-'), digits).map(([prefix, number]) => prefix + number), weight: 3 },
    { arbitrary: fc.tuple(arbitraries.blank, fc.stringMatching(/^\d{7}$/)).map(([space, number]) => `${space}EC-${number}${space}`), weight: 1 },
    { arbitrary: badText(max), weight: 3 },
  );
}

/** Web addresses with bad input in their path, query or fragment; and plain bad input. */
export function webAddresses(max = 300) {
  const bad = fc.oneof(arbitraries.unicode, arbitraries.rtl, arbitraries.markup, arbitraries.control, fc.constantFrom('a b', '%zz', '%41', '[x]', 'a|b', '~x', 'a;b=c', '#x#y', '?q=1&r=2', '//x'));
  return fc.oneof(
    { arbitrary: fc.tuple(fc.constantFrom('https://example.be/', 'http://example.be/', 'HTTPS://EXAMPLE.BE/', 'ftp://example.be/', 'javascript:', 'https:/x', 'example.be/'), bad).map(([start, rest]) => start + rest), weight: 3 },
    { arbitrary: overLong(max).map((text) => `https://example.be/${text}`), weight: 1 },
    { arbitrary: badText(max), weight: 2 },
  );
}

/** Every kind of bad input, the over-long kinds sized to the field's contract limit. */
export function badText(max: number) {
  return fc.oneof(
    { arbitrary: overLong(max), weight: 3 },
    { arbitrary: atLimit(max), weight: 1 },
    { arbitrary: arbitraries.blank, weight: 2 },
    { arbitrary: arbitraries.unicode, weight: 1 },
    { arbitrary: arbitraries.rtl, weight: 1 },
    { arbitrary: arbitraries.control, weight: 3 },
    { arbitrary: arbitraries.markup, weight: 2 },
    { arbitrary: fc.tuple(fc.oneof(arbitraries.unicode, arbitraries.rtl, arbitraries.markup, arbitraries.control, arbitraries.binary), arbitraries.blank, arbitraries.markup).map(join), weight: 2 },
    { arbitrary: arbitraries.binary, weight: 1 },
  );
}

// ---------------------------------------------------------------------------------------------
// The judge
// ---------------------------------------------------------------------------------------------

export type Refusal = 'required' | 'control' | 'tooLong' | 'tooShort' | 'format';
export type Verdict = { ok: true; sent: string } | { ok: false; refusal: Refusal; length: number };

const SINGLE_LINE_CONTROL = /[\x00-\x1F\x7F]/; // eslint-disable-line no-control-regex -- what the judge looks for
const MULTI_LINE_CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/; // eslint-disable-line no-control-regex -- as above, for long text

export interface FieldRules {
  rule: ContractText;
  /** The form requires the field (the contract may allow it empty, or leave it out). Default: minLength > 0. */
  required?: boolean;
  /** The form trims before sending (all but passwords). Default true. */
  trim?: boolean;
  /** Control characters are refused (the contract's pattern says so for all but passwords). Default true. */
  refusesControl?: boolean;
  /** The form's own rule beyond the contract's length and characters (an email's shape, a version number). */
  format?: (text: string) => boolean;
  /** The form's own minimum where it asks for more than the contract. */
  minLength?: number;
  /** What the form makes of valid text before sending it (an account reference in capitals). */
  normalise?: (text: string) => string;
}

/** The contract's `format`, as the mock API's validator (ajv-formats, full mode) checks it. */
function contractFormat(format: string, text: string): boolean {
  if (format === 'password') return true;
  const check = (fullFormats as Record<string, unknown>)[format];
  if (check instanceof RegExp) return check.test(text);
  if (typeof check === 'function') return Boolean((check as (value: string) => boolean)(text));
  throw new Error(`The judge does not know the format ${format}`);
}

/** What a form must do with `value` (as the browser holds it), from the contract's rule for the field. */
export function judge(value: string, field: FieldRules): Verdict {
  const text = field.trim === false ? value : value.trim();
  const length = [...text].length;
  const required = field.required ?? field.rule.minLength > 0;
  if (text.trim() === '' && (field.trim !== false || text === '')) return required ? { ok: false, refusal: 'required', length } : { ok: true, sent: '' };
  if (field.refusesControl !== false && (field.rule.multiline ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(text)) return { ok: false, refusal: 'control', length };
  if (length > field.rule.maxLength) return { ok: false, refusal: 'tooLong', length };
  if (length < Math.max(field.rule.minLength, field.minLength ?? 0)) return { ok: false, refusal: 'tooShort', length };
  const sent = field.normalise ? field.normalise(text) : text;
  if (field.rule.pattern && !field.rule.pattern.test(sent)) return { ok: false, refusal: 'format', length };
  if (field.rule.format && !contractFormat(field.rule.format, sent)) return { ok: false, refusal: 'format', length };
  if (field.format && !field.format(sent)) return { ok: false, refusal: 'format', length };
  return { ok: true, sent };
}

const en = { format: (value: number) => formatNumber(value, 'en') };

/** The app's generic messages (src/i18n/locales/en/errors.json, `field`), for kinds a field does not word itself. */
export const GENERIC_MESSAGES: Record<Refusal, (verdict: { length: number }, rule: ContractText) => RegExp> = {
  required: () => /^Fill in this field\.$/,
  control: () => /^Contains (a tab|a line break|a carriage return|the invisible character U\+00[0-9A-F]{2}), a control character that cannot be saved here\. Remove it\.$/,
  tooLong: ({ length }, rule) => new RegExp(`^Too long: at most ${en.format(rule.maxLength)} characters, and this has ${en.format(length)}\\. Shorten it\\.$`),
  tooShort: (_, rule) => new RegExp(`^Write at least ${en.format(rule.minLength)} characters\\.$`),
  format: () => {
    throw new Error('A field with a format of its own (an email, a version number) must say which message it expects: messages.format');
  },
};

// ---------------------------------------------------------------------------------------------
// Filling a field as a browser does, and reading what the field says
// ---------------------------------------------------------------------------------------------

export type TextField = HTMLInputElement | HTMLTextAreaElement;

/** What the browser makes of a pasted value in this kind of field (line breaks stripped from one-line inputs, CRLF normalised). */
export function sanitised(field: TextField, value: string): string {
  const probe = field.ownerDocument.createElement(field.tagName.toLowerCase()) as TextField;
  if (probe instanceof HTMLInputElement && field instanceof HTMLInputElement) probe.type = field.type;
  probe.value = value;
  return probe.value;
}

/** A paste: the browser keeps at most `maxlength` UTF-16 units (silently, which is why forms must not set it below the contract). */
export function paste(field: TextField, value: string): string {
  const clean = sanitised(field, value);
  const kept = field.maxLength >= 0 ? clean.slice(0, field.maxLength) : clean;
  fireEvent.change(field, { target: { value: kept } });
  return kept;
}

/** The field's message: its accessible description when it is marked invalid, else null. */
export function fieldMessage(field: Element): string | null {
  if (field.getAttribute('aria-invalid') !== 'true') return null;
  const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const error = ids.map((id) => field.ownerDocument.getElementById(id)).find((element) => element?.id.endsWith('-error'));
  return (error ?? null)?.textContent?.trim() ?? '';
}

/**
 * An element typed markup would have become, had anything rendered it as HTML: looked up by tag
 * (live collections, cheap on a large page) rather than one slow attribute selector per run.
 */
const FOREIGN_TAGS = ['script', 'iframe', 'object', 'embed', 'b', 'img'];

export function injectedMarkup(root: Document | Element = document.body): Element | null {
  for (const tag of FOREIGN_TAGS) {
    const found = root.getElementsByTagName(tag)[0];
    if (found) return found;
  }
  for (const svg of Array.from(root.getElementsByTagName('svg'))) if (svg.hasAttribute('onload')) return svg;
  for (const link of Array.from(root.getElementsByTagName('a'))) if (/^\s*javascript:/i.test(link.getAttribute('href') ?? '')) return link;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Catching what the form sends
// ---------------------------------------------------------------------------------------------

export interface Sent {
  url: URL;
  body: unknown;
}

interface Catcher {
  method: string;
  pattern: RegExp;
  sent: Sent[];
}

let catchers: Catcher[] = [];

/**
 * Catches requests to one operation at the wire (a stand-in for `fetch`; every other request
 * goes on to the mock API) and answers each with a 503, so a fuzz run costs no server work:
 * the form is judged by what it sent. Some runs go to the real mock API instead (each test says
 * which). `path` is the contract's template (`/dsars/{dsarId}/notes`).
 */
export function catchRequests(method: 'get' | 'post' | 'put' | 'patch', path: string): Sent[] {
  if (!vi.isMockFunction(globalThis.fetch)) {
    catchers = [];
    const passOn = globalThis.fetch;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const url = new URL(request.url);
      const catcher = catchers.find((candidate) => candidate.method === request.method && candidate.pattern.test(url.pathname));
      if (!catcher) return passOn(input, init);
      const text = await request.text();
      catcher.sent.push({ url, body: text ? (JSON.parse(text) as unknown) : null });
      return new Response(JSON.stringify({ type: 'https://engcode.be/problems/server-error', title: 'Server error', status: 503, detail: 'Caught by the fuzz test.' }), {
        status: 503,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    });
  }
  const catcher: Catcher = { method: method.toUpperCase(), pattern: new RegExp(`/api/v1${path.replace(/\{[^}]+\}/g, '[^/]+')}$`), sent: [] };
  catchers.push(catcher);
  return catcher.sent;
}

/** Stops catching what `catchRequests` returned `sent` for (all of them without it): those requests reach the mock API again. */
export function releaseRequests(sent?: Sent[]): void {
  catchers = sent ? catchers.filter((catcher) => catcher.sent !== sent) : [];
}

/** A caught JSON request's body, to read a field's value from. */
export const bodyOf = (sent: Sent) => sent.body as Record<string, unknown>;

/**
 * Renders one form component (`ui`) in everything the app gives it (providers, a router, the
 * mock API, signed in as `role`): the form's own code, hooks and API calls, without the rest of
 * its page re-rendering on every keystroke of thousands of generated runs.
 */
export async function renderForm(ui: ReactElement, { role = 'privacy_officer', path = '/' }: { role?: Role; path?: string } = {}) {
  await signInAs(role);
  await i18n.changeLanguage('en');
  notifications.clean();
  const queryClient = createQueryClient({ retryDelay: 0 });
  const router = createMemoryRouter([{ path: '*', element: ui }], { initialEntries: [path] });
  const view = render(createElement(AppProvider, { queryClient, env: 'test', children: createElement(RouterProvider, { router }) }));
  return { ...view, router, queryClient };
}

/**
 * Renders a list's filters holding the query their page would hold, and records every change they
 * make as a request to `listPath`: the list around them is not what is tested, and re-rendering it
 * per run would only cost time. `latest()` is what the filters search for now (`FuzzForm.current`).
 */
export async function renderFilters<Query extends object>(listPath: string, filters: (query: Query, onChange: (patch: Partial<Query>) => void) => ReactElement) {
  const searches: Sent[] = [];
  let latest: Sent = { url: new URL(`http://localhost${listPath}`), body: {} };
  function Harness() {
    const [query, setQuery] = useState<Query>({} as Query);
    return filters(query, (patch) => {
      latest = { url: new URL(`http://localhost${listPath}`), body: patch };
      searches.push(latest);
      setQuery((previous) => ({ ...previous, ...patch }));
    });
  }
  await renderForm(createElement(Harness));
  return { searches, latest: () => latest };
}

// ---------------------------------------------------------------------------------------------
// React's owner stacks, off while fuzzing
// ---------------------------------------------------------------------------------------------

interface ReactInternals {
  recentlyCreatedOwnerStacks?: number;
}

/**
 * React's development build records an "owner stack" for up to 10,000 elements a second (it
 * captures an Error and a console task per element, to say where an element came from in a
 * warning) and then stops until the next second. Thousands of runs re-render a form a few times
 * each, so that capture was most of their cost. While fuzzing, the count reads as used up: React
 * then takes the path it takes after its own 10,000, and every warning still fails the test.
 */
export async function withoutOwnerStacks<T>(run: () => Promise<T>): Promise<T> {
  const internals = (React as unknown as Record<string, ReactInternals | undefined>).__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE;
  if (!internals || !('recentlyCreatedOwnerStacks' in internals)) return run();
  Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', { configurable: true, enumerable: true, get: () => 1e4, set: () => {} });
  try {
    return await run();
  } finally {
    Object.defineProperty(internals, 'recentlyCreatedOwnerStacks', { configurable: true, enumerable: true, writable: true, value: 0 });
  }
}

// ---------------------------------------------------------------------------------------------
/** What a person finder's two fields say when they refuse input. */
export interface PersonFinderMessages {
  email: Partial<Record<Refusal, RegExp>>;
  reference: Partial<Record<Refusal, RegExp>>;
}

/**
 * A person finder (`POST /people/search`, by email or by account reference) under 100 generated
 * email addresses, then, once `showReference` has switched it to the account reference, 100
 * references: the complaint register's finder and the people page's search are different
 * components over the same request. Returns the runs and the reference field.
 */
export async function fuzzPersonFinder(
  form: FuzzForm,
  email: TextField,
  showReference: () => Promise<TextField>,
  messages: PersonFinderMessages,
  normaliseReference?: (text: string) => string,
): Promise<{ logs: RunLog[]; reference: TextField }> {
  const emailTarget: FuzzTarget = { field: email, rule: contractText('PersonSearchRequest', 'email'), required: true, read: (request) => bodyOf(request).email, messages: messages.email };
  const logs = await fuzzForm(form, [{ target: emailTarget, runs: 100, arbitrary: emailAddresses() }], { minimum: 0 });
  const reference = await showReference();
  const referenceTarget: FuzzTarget = {
    field: reference,
    rule: contractText('PersonSearchRequest', 'accountReference'),
    required: true,
    normalise: normaliseReference,
    read: (request) => bodyOf(request).accountReference,
    messages: messages.reference,
  };
  logs.push(...(await fuzzForm({ ...form, anchor: reference }, [{ target: referenceTarget, runs: 100, arbitrary: accountReferences() }], { minimum: 0 })));
  return { logs, reference };
}

// One property per field
// ---------------------------------------------------------------------------------------------

export interface FuzzTarget extends FieldRules {
  /** The field, looked up once. */
  field: TextField;
  /** What the form's own messages say for some refusals (the rest must be the app's generic words). */
  messages?: Partial<Record<Refusal, RegExp>>;
  /** The value this field put into a caught request. */
  read: (sent: Sent) => unknown;
  /** A valid value the field is left with afterwards, so the next field's runs can be sent (default: what it held before). */
  keep?: string;
}

export interface FuzzForm {
  /** Something inside the form that must stay in the document (no crash, no error page). */
  anchor: Element;
  /** Sends the form as a person does (its submit button, or Enter in a search box). */
  submit: () => void;
  /** Requests caught so far (`catchRequests`). */
  sent: Sent[];
  /** After a valid run was sent: whatever the form needs to be ready again (the request settled). */
  settle?: () => Promise<void>;
  /**
   * For a search that is not sent again when it has not changed: what it currently searches for
   * (instead of waiting for a new request), read with `target.read`.
   */
  current?: () => Sent;
}

/** A generated string that prints short in a failure report (a 4,000-character counterexample helps nobody). */
export function show(value: string): string {
  const points = [...value];
  const text = points.length > 80 ? `${points.slice(0, 40).join('')}…(${points.length} characters)…${points.slice(-20).join('')}` : value;
  return JSON.stringify(text);
}

class Sample {
  constructor(readonly value: string) {}
  [fc.toStringMethod](): string {
    return show(this.value);
  }
}

export interface RunLog {
  runs: number;
  refused: Partial<Record<Refusal, number>>;
  accepted: number;
}

/**
 * Feeds `numRuns` generated bad strings into `target.field` of an already rendered form, one at a
 * time, and checks each against the judge. Returns what happened, so a test can show that both
 * refusals and acceptances were exercised.
 */
export async function fuzzField(form: FuzzForm, target: FuzzTarget, numRuns: number, arbitrary = badText(target.rule.maxLength)): Promise<RunLog> {
  const log: RunLog = { runs: 0, refused: {}, accepted: 0 };
  const keep = target.keep ?? target.field.value;
  await fc.assert(
    fc.asyncProperty(arbitrary.map((value) => new Sample(value)), async ({ value: raw }) => {
      log.runs += 1;
      const before = form.sent.length;
      const searching = form.current ? target.read(form.current()) : undefined;
      const held = paste(target.field, raw);
      // The form keeps what the browser gave it: nothing cut, nothing rewritten.
      expect(target.field.value).toBe(held);
      form.submit();
      const verdict = judge(sanitised(target.field, raw), target);
      // The form's own checks run as it is sent: what they say is on the field now, before any answer.
      const message = fieldMessage(target.field);
      if (verdict.ok) {
        expect(message, `a valid value was refused: ${show(raw)}`).toBeNull();
        if (form.current) {
          const { current } = form;
          await waitFor(() => expect(target.read(current()) ?? '').toBe(verdict.sent), { interval: 2, onTimeout: (error) => error });
        } else {
          await waitFor(
            () => {
              if (form.sent.length > before) return;
              const refusals = Array.from(document.querySelectorAll('[aria-invalid="true"]'), (element) => `${element.getAttribute('name') ?? element.id}: ${fieldMessage(element)}`);
              throw new Error(`a valid value was not sent: ${show(raw)}; refusals on the form: ${refusals.join('; ') || 'none'}`);
            },
            { interval: 2, onTimeout: (error) => error },
          );
          const value = target.read(form.sent[form.sent.length - 1] as Sent);
          // The value round-trips intact: exactly what was typed (trimmed), or nothing for an optional empty field.
          if (verdict.sent === '') expect(value ?? '').toBe('');
          else expect(value).toBe(verdict.sent);
        }
        await form.settle?.();
        log.accepted += 1;
      } else {
        expect(form.sent.length, `refused input was sent: ${show(raw)}`).toBe(before);
        if (form.current) expect(target.read(form.current()), `a refused search was run: ${show(raw)}`).toBe(searching);
        const cut = held !== sanitised(target.field, raw) ? ` (the field's maxlength=${target.field.maxLength} cut the paste to ${[...held].length} characters, silently)` : '';
        expect(message, `no message on the field for ${verdict.refusal}: ${show(raw)}${cut}`).not.toBeNull();
        const expected = target.messages?.[verdict.refusal] ?? GENERIC_MESSAGES[verdict.refusal](verdict, target.rule);
        expect(message, `message for ${verdict.refusal}`).toMatch(expected);
        log.refused[verdict.refusal] = (log.refused[verdict.refusal] ?? 0) + 1;
      }
      expect(form.anchor.isConnected, 'the form is gone (crashed?)').toBe(true);
      expect(injectedMarkup()).toBeNull();
    }),
    { numRuns, endOnFailure: false },
  );
  paste(target.field, keep);
  return log;
}

/** Waits until a button is no longer busy (a request it started has been answered). */
export function idle(button: Element): () => Promise<void> {
  return () => waitFor(() => expect(button).not.toHaveAttribute('data-loading'), { interval: 2, onTimeout: (error) => error });
}

/** A form sent by clicking its button, ready again once the button is no longer busy. */
export function buttonForm(anchor: Element, button: Element, sent: Sent[]): FuzzForm {
  return { anchor, sent, submit: () => fireEvent.click(button), settle: idle(button) };
}

/** A form's fields fuzzed in several calls (set-up between them) must still add up to its minimum of runs. */
export function expectRuns(logs: RunLog[], minimum = 200, message?: string): void {
  expect(logs.reduce((total, log) => total + log.runs, 0), message).toBeGreaterThanOrEqual(minimum);
}

/**
 * Fuzzes several fields of one form, `runs` each, and checks the form got at least 200 bad inputs
 * in all and that both refusals and (where the contract allows the input) acceptances happened.
 */
export async function fuzzForm(
  form: FuzzForm,
  targets: Array<{ target: FuzzTarget; runs: number; arbitrary?: fc.Arbitrary<string> }>,
  { minimum = 200 }: { minimum?: number } = {},
): Promise<RunLog[]> {
  const logs: RunLog[] = [];
  for (const { target, runs, arbitrary } of targets) logs.push(await withoutOwnerStacks(() => fuzzField(form, target, runs, arbitrary)));
  expectRuns(logs, minimum);
  for (const log of logs) expect(Object.keys(log.refused).length, 'some input was refused').toBeGreaterThan(0);
  return logs;
}

