import { describe, expect, it } from 'vitest';
import { parsePeriod, previousPeriod, quarterOf } from './periods';

describe('report periods', () => {
  it('reads months, quarters and years as inclusive calendar ranges', () => {
    expect(parsePeriod('2024-02')).toEqual({ key: '2024-02', kind: 'month', from: '2024-02-01', to: '2024-02-29' });
    expect(parsePeriod('2025-02').to).toBe('2025-02-28');
    expect(parsePeriod('2026-Q4')).toEqual({ key: '2026-Q4', kind: 'quarter', from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2026-Q1').to).toBe('2026-03-31');
    expect(parsePeriod('2025')).toEqual({ key: '2025', kind: 'year', from: '2025-01-01', to: '2025-12-31' });
  });

  it('refuses anything else with a 400 naming the parameter', () => {
    expect(() => parsePeriod('2026-13')).toThrow(/period/);
    expect(() => parsePeriod('2026-Q5')).toThrow(/period/);
  });

  it('finds the preceding period across year boundaries', () => {
    expect(previousPeriod(parsePeriod('2026-Q1')).key).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-01')).key).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-07')).key).toBe('2026-06');
    expect(previousPeriod(parsePeriod('2026')).key).toBe('2025');
  });

  it('places a day in its quarter', () => {
    expect(quarterOf('2026-11-25')).toBe('2026-Q4');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
  });
});
