import { describe, expect, it } from 'vitest';
import { kindOfPeriod, periodContaining, periodLabel, recentPeriods, reportPeriodOf } from './periods';

describe('periods', () => {
  it('reads the period a report link asks for, and falls back to the current quarter for a missing or malformed one', () => {
    expect(reportPeriodOf('2025-07', '2026-11-30')).toBe('2025-07');
    expect(reportPeriodOf('2024', '2026-11-30')).toBe('2024');
    expect(reportPeriodOf(null, '2026-11-30')).toBe('2026-Q4');
    expect(reportPeriodOf('2026-13', '2026-02-01')).toBe('2026-Q1');
    expect(reportPeriodOf('', '2026-05-31')).toBe('2026-Q2');
  });

  it('recognises the contract keys only', () => {
    expect(kindOfPeriod('2026-10')).toBe('month');
    expect(kindOfPeriod('2026-Q3')).toBe('quarter');
    expect(kindOfPeriod('2026')).toBe('year');
    expect(kindOfPeriod('2026-13')).toBeNull();
    expect(kindOfPeriod('2026-Q5')).toBeNull();
    expect(kindOfPeriod(null)).toBeNull();
  });

  it('finds the period holding a day', () => {
    expect(periodContaining('quarter', '2026-11-25')).toBe('2026-Q4');
    expect(periodContaining('month', '2026-01-31')).toBe('2026-01');
    expect(periodContaining('year', '2026-12-31')).toBe('2026');
  });

  it('lists recent periods newest first across year boundaries', () => {
    expect(recentPeriods('quarter', '2026-02-10', 3)).toEqual(['2026-Q1', '2025-Q4', '2025-Q3']);
    expect(recentPeriods('month', '2026-02-10', 3)).toEqual(['2026-02', '2026-01', '2025-12']);
    expect(recentPeriods('year', '2026-02-10', 2)).toEqual(['2026', '2025']);
  });

  it('names periods in both languages', () => {
    expect(periodLabel('2026-Q3', 'en')).toBe('Q3 2026');
    expect(periodLabel('2026-Q3', 'nl')).toBe('K3 2026');
    expect(periodLabel('2026-10', 'en')).toBe('October 2026');
    expect(periodLabel('2026-10', 'nl')).toBe('oktober 2026');
  });
});
