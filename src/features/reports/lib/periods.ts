import { localeFor, type FormatLanguage } from '@/lib/format';

export type PeriodKind = 'month' | 'quarter' | 'year';
export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'year'];

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

/** The contract's period key: `2026-10`, `2026-Q3` or `2026`; null for anything else. */
export function kindOfPeriod(key: string | null | undefined): PeriodKind | null {
  if (!key) return null;
  if (MONTH.test(key)) return 'month';
  if (QUARTER.test(key)) return 'quarter';
  if (YEAR.test(key)) return 'year';
  return null;
}

/** The period a report URL asks for (`?period=`); a missing or malformed one means the current quarter, not an error. */
export function reportPeriodOf(asked: string | null, today: string): string {
  return asked && kindOfPeriod(asked) ? asked : periodContaining('quarter', today);
}

/** The period of a kind that holds a day. */
export function periodContaining(kind: PeriodKind, day: string): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  if (kind === 'year') return year;
  if (kind === 'quarter') return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
  return day.slice(0, 7);
}

/** The `count` periods of a kind up to the one holding `today`, newest first (a report never covers the future). */
export function recentPeriods(kind: PeriodKind, today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (kind === 'year') keys.push(String(year - i));
    else if (kind === 'quarter') {
      const index = year * 4 + Math.floor((month - 1) / 3) - i;
      keys.push(`${Math.floor(index / 4)}-Q${(index % 4) + 1}`);
    } else {
      const index = year * 12 + (month - 1) - i;
      keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
    }
  }
  return keys;
}

/** `2026-Q3` as "Q3 2026" / "K3 2026", `2026-10` as "October 2026" / "oktober 2026". */
export function periodLabel(key: string, lang: FormatLanguage): string {
  const quarter = QUARTER.exec(key);
  if (quarter) return `${lang === 'nl' ? 'K' : 'Q'}${quarter[2]} ${quarter[1]}`;
  const month = MONTH.exec(key);
  if (month) {
    return new Intl.DateTimeFormat(localeFor(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)));
  }
  return key;
}
