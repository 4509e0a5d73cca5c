import { describe, expect, it } from 'vitest';
import { daysBetween, daysLeftKind, formatDayWithWeekday } from './deadline';

describe('formatDayWithWeekday', () => {
  it('names the weekday in both languages without shifting the day', () => {
    expect(formatDayWithWeekday('2026-12-01', 'en')).toMatch(/Tuesday/);
    expect(formatDayWithWeekday('2026-12-01', 'en')).toMatch(/1 December 2026/);
    expect(formatDayWithWeekday('2026-12-01', 'nl')).toMatch(/dinsdag 1 december 2026/);
  });
});

describe('daysLeftKind', () => {
  it('words open and closed requests', () => {
    expect(daysLeftKind(-3, true)).toBe('overdue');
    expect(daysLeftKind(0, true)).toBe('due_today');
    expect(daysLeftKind(5, true)).toBe('left');
    expect(daysLeftKind(-3, false)).toBe('closed');
  });
});

describe('daysBetween', () => {
  it('counts calendar days, across month ends and the clock change', () => {
    expect(daysBetween('2026-11-20', '2026-12-04')).toBe(14);
    expect(daysBetween('2026-03-20', '2026-04-03')).toBe(14);
    expect(daysBetween('2026-12-04', '2026-12-04')).toBe(0);
  });
});
