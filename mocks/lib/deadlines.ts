import type { components } from '../../src/api/schema';

/**
 * GDPR Art. 12(3) deadlines, counted as EU Regulation 1182/71 and EDPB Guidelines 01/2022 say:
 * a period of months ends on the same day number of the later month (or that month's last day
 * when it has no such day); a period ending on a Saturday, Sunday or public holiday ends on the
 * next working day. The receipt day is the calendar day in Europe/Brussels. Pure functions: the
 * caller passes "today".
 */

type Deadline = components['schemas']['Deadline'];
type DeadlineBand = components['schemas']['DeadlineBand'];

/** Engcode's own target lies this many days before the legal due date. */
export const DEFAULT_INTERNAL_TARGET_DAYS = 14;
/** A request is `due_soon` when at most this many days are left. */
export const DUE_SOON_DAYS = 7;

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Calendar arithmetic on day numbers (days since 1970-01-01) with Howard Hinnant's civil-date
// algorithms: no Date objects, so seeding thousands of requests stays fast.

/** The day number of a proleptic Gregorian date. */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** [year, month (1-12), day] of a day number. */
export function civilFromDay(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad2 = (value: number) => (value < 10 ? `0${value}` : String(value));

export function formatDay(dayNumber: number): string {
  const [year, month, day] = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function parseDay(date: string): number {
  return dayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function lastDayOfMonth(year: number, month: number): number {
  return dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromCivil(year, month, 1);
}

/** The last Sunday of a month at 01:00 UTC: when EU summer time starts (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = dayFromCivil(year, month, lastDayOfMonth(year, month));
  return (last - weekdayOf(last)) * DAY_MS + HOUR_MS;
}

/**
 * Europe/Brussels' UTC offset in hours at an instant. The EU rule is computed directly rather
 * than through Intl: it is exact for every year since 1996 and fast enough to run for every
 * seeded request.
 */
export function brusselsOffsetHours(epochMs: number): number {
  const [year] = civilFromDay(Math.floor(epochMs / DAY_MS));
  return epochMs >= lastSundayAt1Utc(year, 3) && epochMs < lastSundayAt1Utc(year, 10) ? 2 : 1;
}

/** The day number of the calendar day in Europe/Brussels of an instant in epoch milliseconds. */
export function brusselsDayOfMs(epochMs: number): number {
  return Math.floor((epochMs + brusselsOffsetHours(epochMs) * HOUR_MS) / DAY_MS);
}

/** The day number of the calendar day in Europe/Brussels on which an instant falls. */
export function receiptDay(receivedAt: string): number {
  const epochMs = Date.parse(receivedAt);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an instant: ${receivedAt}`);
  return brusselsDayOfMs(epochMs);
}

/** The instant of a Brussels wall-clock minute on a day number, in epoch milliseconds. */
export function brusselsWallClockMs(dayNumber: number, minuteOfDay: number): number {
  const wallClock = dayNumber * DAY_MS + minuteOfDay * 60_000;
  // The offset in force two hours before the wall-clock time read as UTC is the offset at the
  // instant itself, except inside the skipped or repeated hour of a DST change.
  return wallClock - brusselsOffsetHours(wallClock - 2 * HOUR_MS) * HOUR_MS;
}

/** `2026-11-25T08:30:00.000Z` for epoch milliseconds (what toISOString gives, several times faster). */
export function isoInstant(epochMs: number): string {
  const day = Math.floor(epochMs / DAY_MS);
  const rest = epochMs - day * DAY_MS;
  const millis = rest % 1000;
  const seconds = Math.floor(rest / 1000) % 60;
  const minutes = Math.floor(rest / 60_000) % 60;
  const hours = Math.floor(rest / HOUR_MS);
  return `${formatDay(day)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** The calendar day (YYYY-MM-DD) in Europe/Brussels on which an instant falls. */
export function receiptDate(receivedAt: string): string {
  return formatDay(receiptDay(receivedAt));
}

function addMonthsToDay(dayNumber: number, months: number): number {
  const [year, month, day] = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayFromCivil(targetYear, targetMonth, Math.min(day, lastDayOfMonth(targetYear, targetMonth)));
}

/** The same day number `months` later, or that month's last day when it has no such day. */
export function addMonthsClamped(date: string, months: number): string {
  return formatDay(addMonthsToDay(parseDay(date), months));
}

// Loaded on its own (a chunk of its own in the browser demo): the holiday tables, with moment
// and astronomia, are half the mock bundle, and evaluating them with the rest was one long
// main-thread task at start-up.
const { default: Holidays } = await import('date-holidays');
let holidays: InstanceType<typeof Holidays> | null = null;
const holidaysByYear = new Map<number, ReadonlySet<number>>();

function holidayDays(year: number): ReadonlySet<number> {
  let days = holidaysByYear.get(year);
  if (!days) {
    holidays ??= new Holidays('BE');
    days = new Set(
      holidays
        .getHolidays(year)
        .filter((holiday) => holiday.type === 'public')
        .map((holiday) => parseDay(holiday.date.slice(0, 10))),
    );
    holidaysByYear.set(year, days);
  }
  return days;
}

/** Belgium's public holidays of a year (type `public` only: no observances, no bank holidays). */
export function belgianPublicHolidays(year: number): ReadonlySet<string> {
  return new Set([...holidayDays(year)].map(formatDay));
}

function isWorkingDayNumber(dayNumber: number): boolean {
  const weekday = weekdayOf(dayNumber);
  return weekday !== 0 && weekday !== 6 && !holidayDays(civilFromDay(dayNumber)[0]).has(dayNumber);
}

export function isBelgianPublicHoliday(date: string): boolean {
  return holidayDays(Number(date.slice(0, 4))).has(parseDay(date));
}

export function isWeekend(date: string): boolean {
  const weekday = weekdayOf(parseDay(date));
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(date: string): boolean {
  return isWorkingDayNumber(parseDay(date));
}

function nextWorkingDayNumber(dayNumber: number): number {
  let day = dayNumber;
  while (!isWorkingDayNumber(day)) day += 1;
  return day;
}

/** The day itself when it is a working day, otherwise the next one. */
export function nextWorkingDay(date: string): string {
  return formatDay(nextWorkingDayNumber(parseDay(date)));
}

/** The end of a period of `months` months from a receipt day (a day number), rolled to a working day. */
export function dueDayAfterMonths(receivedDay: number, months: number): number {
  return nextWorkingDayNumber(addMonthsToDay(receivedDay, months));
}

/** The end of a period of `months` months from the receipt of a request, rolled to a working day. */
export function dueAfterMonths(receivedAt: string, months: number): string {
  return formatDay(dueDayAfterMonths(receiptDay(receivedAt), months));
}

/** The legal due date: one month after receipt. */
export function originalDueOn(receivedAt: string): string {
  return dueAfterMonths(receivedAt, 1);
}

/** The due date after the Art. 12(3) extension: two further months, i.e. three from receipt. */
export function extendedDueOn(receivedAt: string): string {
  return dueAfterMonths(receivedAt, 3);
}

/** Engcode's internal target, a fixed number of calendar days before the legal due date. */
export function internalTargetOn(dueOn: string, days: number = DEFAULT_INTERNAL_TARGET_DAYS): string {
  return formatDay(parseDay(dueOn) - days);
}

/** Calendar days from `today` to `dueOn`; negative once it has passed. */
export function daysLeft(dueOn: string, today: string): number {
  return parseDay(dueOn) - parseDay(today);
}

/** The deadline band of an open request; null once it is closed. */
export function deadlineBand(days: number, closed: boolean): DeadlineBand | null {
  if (closed) return null;
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due_soon' : 'on_track';
}

export interface DeadlineInput {
  receivedAt: string;
  extended: boolean;
  closed: boolean;
  today: string;
  internalTargetDays?: number;
}

/** The contract's Deadline object for a request. */
export function computeDeadline(input: DeadlineInput): Deadline {
  const original = originalDueOn(input.receivedAt);
  const dueOn = input.extended ? extendedDueOn(input.receivedAt) : original;
  const left = daysLeft(dueOn, input.today);
  return {
    dueOn,
    originalDueOn: original,
    internalTargetOn: internalTargetOn(dueOn, input.internalTargetDays),
    daysLeft: left,
    band: deadlineBand(left, input.closed),
    extended: input.extended,
  };
}
