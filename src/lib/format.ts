/**
 * Display formatting for dates and numbers. Belgian conventions in both languages (nl-BE,
 * en-BE) and Brussels time, whatever the viewer's machine is set to, so every member of staff
 * reads the same day for the same deadline.
 */
export type FormatLanguage = 'nl' | 'en';

export const TIME_ZONE = 'Europe/Brussels';

const LOCALES: Record<FormatLanguage, string> = { nl: 'nl-BE', en: 'en-BE' };

export function localeFor(lang: FormatLanguage): string {
  return LOCALES[lang];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Intl formatters are costly to build; tables format hundreds of cells.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

/** A shared, cached Intl.DateTimeFormat for the language and options. */
export function dateFormatter(lang: FormatLanguage, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(LOCALES[lang], options);
    cache.set(key, formatter);
  }
  return formatter as Intl.DateTimeFormat;
}

function numberFormatter(lang: FormatLanguage, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(options)}`;
  let formatter = cache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, formatter);
  }
  return formatter as Intl.NumberFormat;
}

/**
 * A calendar date (`2026-02-28`, the contract's `format: date`) is a day, not an instant: it is
 * formatted as written, never shifted by a time zone. An instant is shown as its Brussels day.
 */
export function formatDate(value: string | Date, lang: FormatLanguage, style: 'medium' | 'short' = 'medium'): string {
  if (typeof value === 'string') {
    const match = DATE_ONLY.exec(value);
    if (match) {
      const [, year, month, day] = match;
      const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
      return dateFormatter(lang, { dateStyle: style, timeZone: 'UTC' }).format(utc);
    }
  }
  const date = toDate(value);
  if (!date) return '';
  return dateFormatter(lang, { dateStyle: style, timeZone: TIME_ZONE }).format(date);
}

/** An instant in Brussels time, to the minute. */
export function formatDateTime(value: string | Date, lang: FormatLanguage): string {
  const date = toDate(value);
  if (!date) return '';
  return dateFormatter(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE }).format(date);
}

export function formatNumber(value: number, lang: FormatLanguage, options: Intl.NumberFormatOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  return numberFormatter(lang, { maximumFractionDigits: 2, ...options }).format(value);
}

/** A ratio (0.873) as a percentage ("87,3 %" in Dutch, "87.3%" in English). */
export function formatPercent(ratio: number, lang: FormatLanguage, fractionDigits = 1): string {
  if (!Number.isFinite(ratio)) return '';
  return numberFormatter(lang, {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

function toDate(value: string | Date): Date | null {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? null : date;
}

// Built on first use, like the formatters above, not when the module loads: this module is in
// the first chunk, and a formatter with a time zone costs about 15 ms to build.
let brusselsDay: Intl.DateTimeFormat | undefined;

/** Today's calendar day (`2026-12-02`) in Brussels, whatever the viewer's machine is set to. */
export function brusselsToday(now: Date = new Date()): string {
  brusselsDay ??= new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  return brusselsDay.format(now);
}
