import { brusselsToday, formatDate, formatDateTime, formatNumber, formatPercent } from './format';

// Intl may use a narrow no-break space between number and unit; compare on plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatDate', () => {
  it('formats a calendar date as written, in both languages', () => {
    expect(formatDate('2026-02-28', 'nl')).toBe('28 feb 2026');
    expect(formatDate('2026-02-28', 'en')).toBe('28 Feb 2026');
    expect(formatDate('2026-02-28', 'nl', 'short')).toBe('28/02/2026');
  });

  it('never shifts a calendar date by the time zone', () => {
    // Midnight UTC would be the previous day in America and the same day in Brussels; a
    // date-only value must stay the 1st either way. (en-BE writes the day with two digits.)
    expect(formatDate('2026-01-01', 'en')).toBe('01 Jan 2026');
  });

  it('shows an instant as its Brussels day', () => {
    // 23:30 UTC on 31 December is already New Year in Brussels (UTC+1 in winter).
    expect(formatDate('2025-12-31T23:30:00Z', 'en')).toBe('01 Jan 2026');
    expect(formatDate(new Date('2025-12-31T22:30:00Z'), 'nl')).toBe('31 dec 2025');
  });

  it('returns an empty string for an invalid value', () => {
    expect(formatDate('not a date', 'en')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('uses Brussels time, including summer time', () => {
    expect(plain(formatDateTime('2026-07-01T10:00:00Z', 'nl'))).toBe('1 jul 2026, 12:00');
    expect(plain(formatDateTime('2026-01-15T10:00:00Z', 'en'))).toBe('15 Jan 2026, 11:00');
  });

  it('handles the night the clocks go forward', () => {
    expect(plain(formatDateTime('2026-03-29T00:30:00Z', 'en'))).toBe('29 Mar 2026, 01:30');
    expect(plain(formatDateTime('2026-03-29T01:30:00Z', 'en'))).toBe('29 Mar 2026, 03:30');
  });
});

describe('formatNumber', () => {
  it('groups thousands the Belgian way', () => {
    expect(formatNumber(1234567, 'nl')).toBe('1.234.567');
    expect(formatNumber(1234.5, 'en')).toBe('1.234,5');
  });

  it('rounds to two decimals unless told otherwise', () => {
    expect(formatNumber(2.3456, 'nl')).toBe('2,35');
    expect(formatNumber(2.3456, 'nl', { maximumFractionDigits: 0 })).toBe('2');
  });

  it('returns an empty string for NaN and infinity', () => {
    expect(formatNumber(Number.NaN, 'en')).toBe('');
    expect(formatNumber(Number.POSITIVE_INFINITY, 'en')).toBe('');
  });
});

describe('formatPercent', () => {
  it('formats a ratio as a percentage', () => {
    expect(plain(formatPercent(0.8734, 'nl'))).toBe('87,3%');
    expect(plain(formatPercent(1, 'en'))).toBe('100%');
    expect(plain(formatPercent(0, 'en'))).toBe('0%');
  });

  it('takes the number of decimals', () => {
    expect(plain(formatPercent(0.87345, 'en', 2))).toBe('87,35%');
  });
});

describe('brusselsToday', () => {
  it('takes the Brussels day, not UTC', () => {
    // 23:30 UTC on 31 December is already 1 January in Brussels.
    expect(brusselsToday(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });
});
