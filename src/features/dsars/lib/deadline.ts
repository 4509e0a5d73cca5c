import { localeFor, type FormatLanguage } from '@/lib/format';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date with its weekday ("Tuesday 1 December 2026"), as written, never shifted by a time zone. */
export function formatDayWithWeekday(day: string, lang: FormatLanguage): string {
  const match = DATE_ONLY.exec(day);
  if (!match) return day;
  const [, year, month, date] = match;
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(date)));
  return new Intl.DateTimeFormat(localeFor(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utc);
}

export type DaysLeftKind = 'closed' | 'overdue' | 'due_today' | 'left';

/** How to word the days left: the server counts them in Brussels days. */
export function daysLeftKind(daysLeft: number, open: boolean): DaysLeftKind {
  if (!open) return 'closed';
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'due_today';
  return 'left';
}

/** Calendar days from one date to another (`2026-11-20` to `2026-12-04` is 14), across DST changes alike. */
export function daysBetween(from: string, to: string): number {
  const day = (value: string) => Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))) / 86_400_000;
  return Math.round(day(to) - day(from));
}
