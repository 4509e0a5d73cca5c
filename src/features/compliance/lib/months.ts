import { localeFor, type FormatLanguage } from '@/lib/format';

/** `2026-03` as "mrt. 2026" / "Mar 2026": a month is a calendar month, never shifted by a time zone. */
export function monthLabel(month: string, lang: FormatLanguage): string {
  const [year, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(localeFor(lang), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1, 1)));
}
