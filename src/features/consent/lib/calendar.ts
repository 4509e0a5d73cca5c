import type { Schemas } from '@/api/types';

/**
 * Calendar arithmetic on contract dates (`2026-11-25`): plain days, no time zone, so a period
 * never shifts by an hour of daylight saving. Periods are the server's (ISO weeks from Monday,
 * calendar months and quarters); the client counts them only to choose a granularity the server
 * accepts.
 */
export type Granularity = Schemas['Granularity'];

const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

/** The same day `months` later (or earlier); the 31st becomes the month's last day where there is none. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
/** Monday of the ISO week (1970-01-01, day 0, was a Thursday). */
const weekStart = (day: number) => day - ((((day + 3) % 7) + 7) % 7);

/** How many periods of a granularity the range touches (the server's count, clipped periods included). */
export function periodCount(from: string, to: string, granularity: Granularity): number {
  switch (granularity) {
    case 'day':
      return toDayNumber(to) - toDayNumber(from) + 1;
    case 'week':
      return (weekStart(toDayNumber(to)) - weekStart(toDayNumber(from))) / 7 + 1;
    case 'month':
      return monthIndex(to) - monthIndex(from) + 1;
    case 'quarter':
      return Math.floor(monthIndex(to) / 3) - Math.floor(monthIndex(from) / 3) + 1;
  }
}

export const GRANULARITIES = ['day', 'week', 'month', 'quarter'] as const satisfies readonly Granularity[];
/** The server's limit per series. */
export const MAX_POINTS = 400;
/** What a chart a person can read holds: the finest granularity that stays under it is chosen. */
export const COMFORTABLE_POINTS = 100;

/** Granularities the server accepts for the range (at most 400 points per series). */
export function allowedGranularities(from: string, to: string): Granularity[] {
  return GRANULARITIES.filter((granularity) => periodCount(from, to, granularity) <= MAX_POINTS);
}

/** The finest granularity that keeps the chart readable: days up to a quarter, weeks up to a year or so, months beyond. */
export function chooseGranularity(from: string, to: string): Granularity {
  return GRANULARITIES.find((granularity) => periodCount(from, to, granularity) <= COMFORTABLE_POINTS) ?? 'quarter';
}
