/** Calendar-date arithmetic on `YYYY-MM-DD` strings, in UTC so no time zone shifts a day. */
const DAY_MS = 86_400_000;

export function toDayNumber(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The calendar day of an instant in Europe/Brussels. */
const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const brusselsZoneName = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', timeZoneName: 'short' });

export function brusselsDate(instant: string): string {
  return brusselsDay.format(new Date(instant));
}

/** An instant at a given Brussels wall-clock time on a day (winter offset is fine for seeds). */
export function instantOn(date: string, hour: number, minute = 0): string {
  const offset = isBrusselsSummerTime(date) ? '+02:00' : '+01:00';
  return new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${offset}`).toISOString();
}

function isBrusselsSummerTime(date: string): boolean {
  const probe = new Date(`${date}T12:00:00Z`);
  const name = brusselsZoneName
    .formatToParts(probe)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name === 'CEST' || name === 'GMT+2';
}
