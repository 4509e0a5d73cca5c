/**
 * The contract's rules for free text, checked in the form before anything is sent, so every
 * refusal is explained next to its field in the reader's language instead of arriving as the
 * server's 422 (or, for query parameters, a 400 the form cannot place).
 *
 * - Text is trimmed before it is sent; the rules apply to what is sent.
 * - Lengths count characters (Unicode code points) the way JSON Schema's `maxLength` does: an
 *   emoji is one character, not two UTF-16 units. Fields carry no HTML `maxlength`, which counts
 *   UTF-16 units and cuts a paste off without a word; an over-long text gets a message instead.
 * - Control characters (U+0000 to U+001F, U+007F) are refused; multi-line text may hold tabs and
 *   line breaks (the contract's pattern for long text).
 */
export interface TextRule {
  /** The contract's `maxLength`. */
  max: number;
  /** The contract's `minLength` (of the trimmed text); a required field is at least 1. */
  min?: number;
  /** Empty (or only spaces) is refused. */
  required?: boolean;
  /** Tabs, line feeds and carriage returns are allowed. */
  multiline?: boolean;
  /** Sent exactly as typed: not trimmed, and any character allowed (a password). */
  raw?: boolean;
}

export type TextProblem =
  | { kind: 'required' }
  | { kind: 'control'; codePoint: number }
  | { kind: 'tooLong'; max: number; length: number }
  | { kind: 'tooShort'; min: number; length: number };

// eslint-disable-next-line no-control-regex -- these are the characters the contract refuses.
const CONTROL_SINGLE_LINE = /[\x00-\x1F\x7F]/;
// eslint-disable-next-line no-control-regex -- as above, with tab, line feed and carriage return allowed.
const CONTROL_MULTI_LINE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/** The number of characters as JSON Schema counts them (code points). */
export function characterCount(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
  }
  return count;
}

/** What is wrong with a text under a rule, checked in this order: empty, control character, too long, too short. */
export function checkText(value: string, rule: TextRule): TextProblem | null {
  const text = rule.raw ? value : value.trim();
  if (text === '') return rule.required ? { kind: 'required' } : null;
  const control = rule.raw ? null : (rule.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).exec(text);
  if (control) return { kind: 'control', codePoint: control[0].charCodeAt(0) };
  const length = characterCount(text);
  if (length > rule.max) return { kind: 'tooLong', max: rule.max, length };
  if (rule.min !== undefined && length < rule.min) return { kind: 'tooShort', min: rule.min, length };
  return null;
}

/**
 * An email address as the contract's `format: email` takes it (the JSON Schema validator's
 * definition, ajv-formats): an ASCII local part, `@`, and a domain with at least one dot.
 */
export const EMAIL_ADDRESS = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

// One character RFC 3986 allows in a web address's host, path, query or fragment, or a %XX escape.
const URI_CHARACTER = "(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})";

/**
 * An http(s) address the contract's `format: uri` takes: only the characters RFC 3986 allows (no
 * spaces, no `<`, `{`, `|` or letters outside ASCII: those are written as %XX), one `#`.
 */
export const WEB_ADDRESS = new RegExp(`^https?://${URI_CHARACTER}+(?:/(?:${URI_CHARACTER}|/)*)?(?:\\?(?:${URI_CHARACTER}|[/?])*)?(?:#(?:${URI_CHARACTER}|[/?])*)?$`, 'i');

/** The `q` parameter of every list in the contract: free search text, one line, at most 100 characters. */
export const SEARCH_RULE: TextRule = { max: 100 };
