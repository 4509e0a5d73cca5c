import { describe, expect, it } from 'vitest';
import { addMonths, allowedGranularities, chooseGranularity, periodCount } from './calendar';
import { comparisonPeriod, parseConsentView, resolvePeriod, serializeConsentView } from './consent-view';
import { pointsChange, seriesExtremes } from './rates';

describe('periodCount', () => {
  it('counts calendar periods the way the server does, clipped ones included', () => {
    expect(periodCount('2026-01-01', '2026-12-31', 'day')).toBe(365);
    expect(periodCount('2026-01-01', '2026-12-31', 'week')).toBe(53);
    expect(periodCount('2026-11-04', '2026-11-20', 'week')).toBe(3);
    expect(periodCount('2026-01-15', '2026-03-10', 'month')).toBe(3);
    expect(periodCount('2025-12-31', '2026-04-01', 'quarter')).toBe(3);
    expect(periodCount('2019-09-01', '2026-11-25', 'quarter')).toBe(30);
  });
});

describe('chooseGranularity', () => {
  it('takes the finest granularity with at most 100 points for the range', () => {
    expect(chooseGranularity('2026-08-26', '2026-11-25')).toBe('day');
    expect(chooseGranularity('2025-11-26', '2026-11-25')).toBe('week');
    expect(chooseGranularity('2026-07-01', '2026-11-25')).toBe('week');
    expect(chooseGranularity('2024-11-26', '2026-11-25')).toBe('month');
    expect(chooseGranularity('2021-11-26', '2026-11-25')).toBe('month');
    expect(chooseGranularity('1990-01-01', '2026-11-25')).toBe('quarter');
  });

  it('allows by hand only what the server accepts (at most 400 points)', () => {
    expect(allowedGranularities('2025-01-01', '2026-02-04')).toEqual(['day', 'week', 'month', 'quarter']);
    expect(allowedGranularities('2025-01-01', '2026-02-05')).toEqual(['week', 'month', 'quarter']);
  });
});

describe('addMonths', () => {
  it('keeps the day, or takes the month’s last day when there is none', () => {
    expect(addMonths('2026-11-25', -12)).toBe('2025-11-25');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('the consent view in the URL', () => {
  it('round-trips a view and drops what makes no sense', () => {
    const view = parseConsentView(new URLSearchParams('from=2026-01-01&to=2026-06-30&granularity=month&purpose=cookies_targeting&groupBy=channel&country=NL&channel=cookie_banner&compare=year'));
    expect(view).toEqual({ range: 'custom', from: '2026-01-01', to: '2026-06-30', granularity: 'month', purpose: 'cookies_targeting', groupBy: 'channel', country: ['NL'], channel: ['cookie_banner'], compare: 'year' });
    expect(parseConsentView(serializeConsentView(view))).toEqual(view);
    const junk = parseConsentView(new URLSearchParams('from=2026-06-30&to=2026-01-01&purpose=cookies_necessary&groupBy=age&range=7y&granularity=hour&country=FR'));
    expect(junk).toEqual({ range: '12m', purpose: 'marketing_email' });
    expect(serializeConsentView(junk).toString()).toBe('');
  });

  it('resolves a preset to a range ending today, and replaces a granularity that does not fit', () => {
    expect(resolvePeriod({ range: '12m', purpose: 'marketing_email' }, '2026-11-25')).toEqual({ from: '2025-11-26', to: '2026-11-25', granularity: 'week', granularityAdjusted: false });
    expect(resolvePeriod({ range: '60m', purpose: 'marketing_email', granularity: 'day' }, '2026-11-25')).toMatchObject({ from: '2021-11-26', granularity: 'month', granularityAdjusted: true });
    expect(resolvePeriod({ range: '3m', purpose: 'marketing_email', granularity: 'quarter' }, '2026-11-25')).toMatchObject({ granularity: 'quarter', granularityAdjusted: false });
  });

  it('compares with the period just before, of the same length, or with the same dates a year earlier', () => {
    expect(comparisonPeriod('2026-10-01', '2026-10-31', 'previous')).toEqual({ from: '2026-08-31', to: '2026-09-30' });
    expect(comparisonPeriod('2025-11-26', '2026-11-25', 'year')).toEqual({ from: '2024-11-26', to: '2025-11-25' });
  });
});

describe('rates', () => {
  it('gives changes in percentage points', () => {
    expect(pointsChange(0.612, 0.58)).toBe(3.2);
    expect(pointsChange(0.5, null)).toBeNull();
  });

  it('finds the lowest and highest consent rate and the marked points', () => {
    const point = (periodStart: string, consentRate: number | null, anomaly: 'rate_drop' | 'withdrawal_spike' | null = null) => ({
      periodStart,
      periodEnd: periodStart,
      asked: 10,
      granted: 5,
      refused: 5,
      withdrawn: 0,
      optInRate: 0.5,
      consentRate,
      anomaly,
    });
    const extremes = seriesExtremes([point('a', 0.5), point('b', null), point('c', 0.2, 'rate_drop'), point('d', 0.7, 'withdrawal_spike')]);
    expect(extremes.lowest?.periodStart).toBe('c');
    expect(extremes.highest?.periodStart).toBe('d');
    expect(extremes.drops.map((p) => p.periodStart)).toEqual(['c']);
    expect(extremes.spikes.map((p) => p.periodStart)).toEqual(['d']);
  });
});
