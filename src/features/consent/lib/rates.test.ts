import { describe, expect, it } from 'vitest';
import { periodLabel, periodTick, tickInterval } from './rates';

const weekOf = (date: string) => `week of ${date}`;
const quarter = (q: number, year: number) => `Q${q} ${year}`;

describe('period names', () => {
  it('names a period in full for the table and tooltip, and briefly under the axis', () => {
    expect(periodLabel('2026-11-23', 'week', 'en', weekOf, quarter)).toBe('week of 23 Nov 2026');
    expect(periodTick('2026-11-23', 'week', 'en', quarter)).toBe('23 Nov');
    expect(periodTick('2026-03-01', 'day', 'nl', quarter)).toBe('1 mrt');
    expect(periodTick('2026-11-01', 'month', 'en', quarter)).toBe('Nov 26');
    expect(periodTick('2026-10-01', 'quarter', 'en', quarter)).toBe('Q4 2026');
  });

  it('labels about ten periods on an axis, every one when there are few', () => {
    expect(tickInterval(0)).toBe(0);
    expect(tickInterval(7)).toBe(0);
    expect(tickInterval(10)).toBe(0);
    // 53 weeks: every 6th labelled, 9 labels.
    expect(tickInterval(53)).toBe(5);
    expect(tickInterval(365)).toBe(36);
    expect(Math.ceil(365 / (tickInterval(365) + 1))).toBeLessThanOrEqual(10);
  });
});
