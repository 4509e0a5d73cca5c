import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, brusselsDate, daysBetween } from './dates';
import {
  addMonthsClamped,
  belgianPublicHolidays,
  computeDeadline,
  daysLeft,
  deadlineBand,
  extendedDueOn,
  internalTargetOn,
  isBelgianPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  originalDueOn,
  receiptDate,
} from './deadlines';

/** A request received at midday Brussels time on a calendar day. */
const noon = (date: string) => `${date}T12:00:00+01:00`;

describe('addMonthsClamped', () => {
  it('keeps the day number when the later month has it', () => {
    expect(addMonthsClamped('2026-03-15', 1)).toBe('2026-04-15');
    expect(addMonthsClamped('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('ends on the last day of a shorter month (31 January -> 28 or 29 February)', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2026-01-29', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2024-01-30', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsClamped('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonthsClamped('2026-05-31', 1)).toBe('2026-06-30');
    expect(addMonthsClamped('2026-08-31', 1)).toBe('2026-09-30');
  });

  it('handles the century leap-year rule (2100 is not a leap year)', () => {
    expect(addMonthsClamped('2100-01-31', 1)).toBe('2100-02-28');
    expect(addMonthsClamped('2000-01-31', 1)).toBe('2000-02-29');
  });

  it('starts from 29 February and lands on 29 March', () => {
    expect(addMonthsClamped('2024-02-29', 1)).toBe('2024-03-29');
  });
});

describe('receiptDate (the calendar day in Europe/Brussels)', () => {
  it('counts a receipt at 23:30 UTC as the next day in Brussels', () => {
    expect(receiptDate('2026-03-14T23:30:00Z')).toBe('2026-03-15');
    expect(receiptDate('2026-03-14T22:30:00Z')).toBe('2026-03-14');
    // Summer time: 22:30 UTC is already 00:30 the next day.
    expect(receiptDate('2026-06-14T22:30:00Z')).toBe('2026-06-15');
    expect(receiptDate('2026-06-14T21:59:59Z')).toBe('2026-06-14');
  });

  it('reads the offset of the instant, whatever zone it is written in', () => {
    expect(receiptDate('2026-03-15T00:30:00+01:00')).toBe('2026-03-15');
    expect(receiptDate('2026-03-14T18:30:00-05:00')).toBe('2026-03-15');
  });

  it('is right on the days summer time starts and ends', () => {
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST (01:00 UTC).
    expect(receiptDate('2026-03-28T23:30:00Z')).toBe('2026-03-29');
    expect(receiptDate('2026-03-29T00:59:00Z')).toBe('2026-03-29');
    expect(receiptDate('2026-03-29T21:59:00Z')).toBe('2026-03-29');
    expect(receiptDate('2026-03-29T22:00:00Z')).toBe('2026-03-30');
    // 25 October 2026: clocks go back from 03:00 CEST to 02:00 CET (01:00 UTC).
    expect(receiptDate('2026-10-24T21:59:00Z')).toBe('2026-10-24');
    expect(receiptDate('2026-10-24T22:00:00Z')).toBe('2026-10-25');
    expect(receiptDate('2026-10-25T22:59:00Z')).toBe('2026-10-25');
    expect(receiptDate('2026-10-25T23:00:00Z')).toBe('2026-10-26');
  });

  it('agrees with the Intl time-zone database over ten years of instants', () => {
    const start = Date.parse('2019-01-01T00:00:00Z');
    const end = Date.parse('2029-01-01T00:00:00Z');
    // Every 7 h 13 min hits every hour of the day, DST change days included, many times.
    for (let t = start; t < end; t += 26_000_000) {
      const instant = new Date(t).toISOString();
      expect(receiptDate(instant), instant).toBe(brusselsDate(instant));
    }
  });
});

describe('Belgian public holidays', () => {
  it('lists the ten public holidays of 2026 and nothing else', () => {
    expect([...belgianPublicHolidays(2026)].sort()).toEqual([
      '2026-01-01', // New Year
      '2026-04-06', // Easter Monday
      '2026-05-01', // Labour Day
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-07-21', // National Day
      '2026-08-15', // Assumption
      '2026-11-01', // All Saints
      '2026-11-11', // Armistice
      '2026-12-25', // Christmas
    ]);
  });

  it('does not count observances (All Souls, King\'s Feast, Easter Sunday, 26 December)', () => {
    expect(isBelgianPublicHoliday('2026-11-02')).toBe(false);
    expect(isBelgianPublicHoliday('2027-11-15')).toBe(false);
    expect(isBelgianPublicHoliday('2026-04-05')).toBe(false);
    expect(isBelgianPublicHoliday('2025-12-26')).toBe(false);
    expect(isWorkingDay('2027-11-15')).toBe(true);
  });

  it('moves the movable feasts with Easter', () => {
    expect(isBelgianPublicHoliday('2027-03-29')).toBe(true); // Easter Monday 2027
    expect(isBelgianPublicHoliday('2027-05-06')).toBe(true); // Ascension 2027
    expect(isBelgianPublicHoliday('2027-05-17')).toBe(true); // Whit Monday 2027
    expect(isBelgianPublicHoliday('2025-04-21')).toBe(true); // Easter Monday 2025
  });
});

describe('nextWorkingDay', () => {
  it('keeps a working day', () => {
    expect(nextWorkingDay('2026-11-25')).toBe('2026-11-25');
  });

  it('moves a Saturday and a Sunday to Monday', () => {
    expect(nextWorkingDay('2026-02-14')).toBe('2026-02-16');
    expect(nextWorkingDay('2026-02-15')).toBe('2026-02-16');
  });

  it('moves past a holiday followed by a weekend', () => {
    expect(nextWorkingDay('2026-05-01')).toBe('2026-05-04');
  });
});

describe('originalDueOn (one month after receipt)', () => {
  it('is the same day number a month later on a working day', () => {
    expect(originalDueOn(noon('2026-11-25'))).toBe('2026-12-28'); // 25 Dec is Christmas (Friday), then a weekend
    expect(originalDueOn(noon('2026-10-20'))).toBe('2026-11-20');
    expect(originalDueOn(noon('2026-03-29'))).toBe('2026-04-29'); // received on the day summer time starts
    expect(originalDueOn(noon('2026-10-25'))).toBe('2026-11-25'); // received on the day it ends
  });

  it('ends on the last day of February for a receipt on 31 January', () => {
    expect(originalDueOn(noon('2025-01-31'))).toBe('2025-02-28'); // a Friday
    expect(originalDueOn(noon('2024-01-31'))).toBe('2024-02-29'); // leap year, a Thursday
    expect(originalDueOn(noon('2028-01-31'))).toBe('2028-02-29'); // leap year, a Tuesday
  });

  it('rolls a Saturday and a Sunday to the Monday', () => {
    expect(originalDueOn(noon('2026-01-14'))).toBe('2026-02-16'); // 14 Feb is a Saturday
    expect(originalDueOn(noon('2026-01-15'))).toBe('2026-02-16'); // 15 Feb is a Sunday
    expect(originalDueOn(noon('2026-01-31'))).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
  });

  it.each([
    ['New Year', '2025-12-01', '2026-01-02'],
    ['Easter Monday', '2026-03-06', '2026-04-07'],
    ['Labour Day (then a weekend)', '2026-04-01', '2026-05-04'],
    ['Ascension', '2026-04-14', '2026-05-15'],
    ['Whit Monday', '2026-04-25', '2026-05-26'],
    ['National Day, 21 July', '2026-06-21', '2026-07-22'],
    ['Assumption, 15 August', '2024-07-15', '2024-08-16'],
    ['Assumption on a Saturday', '2026-07-15', '2026-08-17'],
    ['All Saints, 1 November', '2027-10-01', '2027-11-02'],
    ['Armistice, 11 November', '2026-10-11', '2026-11-12'],
    ['Christmas (26 December is a working day)', '2025-11-25', '2025-12-26'],
  ])('moves past %s', (_name, received, due) => {
    expect(originalDueOn(noon(received))).toBe(due);
    expect(isWorkingDay(due)).toBe(true);
  });

  it('does not move for an observance that is not a public holiday', () => {
    expect(originalDueOn(noon('2026-10-02'))).toBe('2026-11-02'); // All Souls
    expect(originalDueOn(noon('2027-10-15'))).toBe('2027-11-15'); // King's Feast
  });

  it('counts from the Brussels day of a late-evening receipt', () => {
    expect(originalDueOn('2026-03-14T22:30:00Z')).toBe('2026-04-14');
    expect(originalDueOn('2026-03-14T23:30:00Z')).toBe('2026-04-15');
    expect(originalDueOn('2026-01-30T23:30:00Z')).toBe('2026-03-02'); // 31 Jan in Brussels -> 28 Feb, a Saturday
    expect(originalDueOn('2026-10-24T22:30:00Z')).toBe('2026-11-25'); // 00:30 CEST on the DST change day
  });

  it('crosses the year end', () => {
    expect(originalDueOn(noon('2026-12-31'))).toBe('2027-02-01'); // 31 Jan 2027 is a Sunday
  });
});

describe('extendedDueOn (three months after receipt)', () => {
  it('adds three months with the same rules', () => {
    expect(extendedDueOn(noon('2026-01-31'))).toBe('2026-04-30');
    expect(extendedDueOn(noon('2026-02-06'))).toBe('2026-05-06');
    expect(extendedDueOn(noon('2026-02-01'))).toBe('2026-05-04'); // Labour Day, then a weekend
    expect(extendedDueOn(noon('2025-11-30'))).toBe('2026-03-02'); // 28 Feb 2026 is a Saturday
    expect(extendedDueOn(noon('2023-11-29'))).toBe('2024-02-29'); // leap day, a Thursday
    expect(extendedDueOn('2026-08-31T22:30:00Z')).toBe('2026-12-01'); // 1 Sep in Brussels
  });

  it('is counted from receipt, not from the first due date', () => {
    // 14 Jan -> due 16 Feb (rolled); the extension ends 14 Apr, not 16 Apr.
    expect(extendedDueOn(noon('2026-01-14'))).toBe('2026-04-14');
  });
});

describe('internal target, days left and band', () => {
  it('puts the internal target 14 days before the due date, or as configured', () => {
    expect(internalTargetOn('2026-02-16')).toBe('2026-02-02');
    expect(internalTargetOn('2026-03-02', 10)).toBe('2026-02-20');
  });

  it('counts calendar days from today', () => {
    expect(daysLeft('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysLeft('2026-12-02', '2026-11-25')).toBe(7);
    expect(daysLeft('2026-11-24', '2026-11-25')).toBe(-1);
    expect(daysLeft('2027-03-28', '2026-11-25')).toBe(123);
  });

  it('bands: overdue below 0, due soon up to 7 days, on track later, none when closed', () => {
    expect(deadlineBand(-1, false)).toBe('overdue');
    expect(deadlineBand(0, false)).toBe('due_soon');
    expect(deadlineBand(7, false)).toBe('due_soon');
    expect(deadlineBand(8, false)).toBe('on_track');
    expect(deadlineBand(-30, true)).toBeNull();
  });

  it('builds the whole deadline object', () => {
    expect(computeDeadline({ receivedAt: noon('2026-11-02'), extended: false, closed: false, today: '2026-11-25' })).toEqual({
      dueOn: '2026-12-02',
      originalDueOn: '2026-12-02',
      internalTargetOn: '2026-11-18',
      daysLeft: 7,
      band: 'due_soon',
      extended: false,
    });
    expect(computeDeadline({ receivedAt: noon('2026-10-02'), extended: true, closed: false, today: '2026-11-25' })).toEqual({
      dueOn: '2027-01-04', // 2 Jan 2027 is a Saturday
      originalDueOn: '2026-11-02',
      internalTargetOn: '2026-12-21',
      daysLeft: 40,
      band: 'on_track',
      extended: true,
    });
    expect(computeDeadline({ receivedAt: noon('2026-10-02'), extended: false, closed: true, today: '2026-11-25', internalTargetDays: 7 })).toMatchObject({
      dueOn: '2026-11-02',
      internalTargetOn: '2026-10-26',
      daysLeft: -23,
      band: null,
    });
  });
});

describe('properties over any receipt instant', () => {
  it('the due date is a working day, one month on, at most a few days rolled', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }), (instant) => {
        const receivedAt = instant.toISOString();
        const receipt = receiptDate(receivedAt);
        const due = originalDueOn(receivedAt);
        const extended = extendedDueOn(receivedAt);
        expect(isWorkingDay(due)).toBe(true);
        expect(isWorkingDay(extended)).toBe(true);
        const unrolled = addMonthsClamped(receipt, 1);
        expect(daysBetween(unrolled, due)).toBeGreaterThanOrEqual(0);
        // The longest run of non-working days in Belgium is four (e.g. a holiday Friday + weekend).
        expect(daysBetween(unrolled, due)).toBeLessThanOrEqual(4);
        expect(daysBetween(receipt, due)).toBeGreaterThanOrEqual(28);
        expect(daysBetween(addDays(receipt, 89), extended)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
