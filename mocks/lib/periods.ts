import { HttpProblem } from './problem';

export interface Period {
  key: string;
  kind: 'month' | 'quarter' | 'year';
  from: string;
  to: string;
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `2026-10`, `2026-Q3` or `2026` as calendar days (inclusive). */
export function parsePeriod(key: string): Period {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (month) {
    const year = Number(month[1]);
    const m = Number(month[2]);
    return { key, kind: 'month', from: iso(year, m, 1), to: iso(year, m, lastDayOfMonth(year, m)) };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const year = Number(quarter[1]);
    const q = Number(quarter[2]);
    const first = (q - 1) * 3 + 1;
    return { key, kind: 'quarter', from: iso(year, first, 1), to: iso(year, first + 2, lastDayOfMonth(year, first + 2)) };
  }
  const year = /^(\d{4})$/.exec(key);
  if (year) return { key, kind: 'year', from: `${key}-01-01`, to: `${key}-12-31` };
  throw new HttpProblem(400, 'Invalid query parameter: period.', {
    errors: [{ pointer: '/query/period', code: 'invalid_format', detail: 'use 2026-10, 2026-Q3 or 2026' }],
  });
}

/** The period of the same kind just before `period`. */
export function previousPeriod(period: Period): Period {
  const year = Number(period.key.slice(0, 4));
  if (period.kind === 'year') return parsePeriod(String(year - 1));
  if (period.kind === 'quarter') {
    const q = Number(period.key.slice(6));
    return parsePeriod(q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`);
  }
  const m = Number(period.key.slice(5));
  return parsePeriod(m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, '0')}`);
}

/** The quarter a calendar day falls in, e.g. `2026-Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}
