import { trendOf, type Figure } from './trend';

const figure = (value: number, previousValue: number | null | undefined, unit: Figure['unit'] = 'count'): Figure => ({
  key: 'x',
  value,
  previousValue,
  unit,
  link: '/',
});

describe('trendOf', () => {
  it('has no trend without a previous value', () => {
    expect(trendOf(figure(3, undefined), 'neutral')).toBeNull();
    expect(trendOf(figure(3, null), 'neutral')).toBeNull();
  });

  it('reads a rise as bad news when lower is better', () => {
    expect(trendOf(figure(5, 2), 'lower_is_better')).toEqual({ direction: 'up', delta: 3, tone: 'bad' });
    expect(trendOf(figure(1, 2), 'lower_is_better')).toEqual({ direction: 'down', delta: -1, tone: 'good' });
  });

  it('reads a rise as good news when higher is better', () => {
    expect(trendOf(figure(0.9, 0.8, 'ratio'), 'higher_is_better')?.tone).toBe('good');
  });

  it('gives ratio changes in percentage points', () => {
    expect(trendOf(figure(0.9, 0.8, 'ratio'), 'neutral')?.delta).toBeCloseTo(10);
  });

  it('calls a change below the unit precision flat', () => {
    expect(trendOf(figure(0.8001, 0.8, 'ratio'), 'higher_is_better')).toMatchObject({ direction: 'flat', tone: 'neutral' });
    expect(trendOf(figure(4, 4), 'lower_is_better')).toEqual({ direction: 'flat', delta: 0, tone: 'neutral' });
  });
});
