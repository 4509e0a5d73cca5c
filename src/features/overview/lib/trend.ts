import type { Schemas } from '@/api/types';

export type Figure = Schemas['OverviewFigure'];
export type FigureUnit = NonNullable<Figure['unit']>;
export type TrendDirection = 'up' | 'down' | 'flat';
/** Whether a rise is good news, bad news, or neither, for this figure. */
export type Polarity = 'higher_is_better' | 'lower_is_better' | 'neutral';
export type TrendTone = 'good' | 'bad' | 'neutral';

export interface Trend {
  direction: TrendDirection;
  /** value - previousValue; for ratios in percentage points. */
  delta: number;
  tone: TrendTone;
}

// Ratios differ by floating-point noise; a change below half a tenth of a point is no change.
const EPSILON: Record<FigureUnit, number> = { count: 0, days: 0.05, score: 0.05, ratio: 0.0005 };

export function trendOf(figure: Figure, polarity: Polarity): Trend | null {
  if (figure.previousValue === undefined || figure.previousValue === null) return null;
  const unit = figure.unit ?? 'count';
  const raw = figure.value - figure.previousValue;
  const direction: TrendDirection = Math.abs(raw) <= EPSILON[unit] ? 'flat' : raw > 0 ? 'up' : 'down';
  const delta = unit === 'ratio' ? raw * 100 : raw;
  let tone: TrendTone = 'neutral';
  if (direction !== 'flat' && polarity !== 'neutral') {
    const better = (direction === 'up') === (polarity === 'higher_is_better');
    tone = better ? 'good' : 'bad';
  }
  return { direction, delta, tone };
}
