import type { Polarity } from './trend';

/**
 * Which way is good for each known figure, for the words "better"/"worse" next to a trend.
 * A figure not listed is neutral: the trend is shown without a judgement.
 */
const POLARITY: Record<string, Polarity> = {
  dsars_overdue: 'lower_is_better',
  dsars_answered_in_time_share: 'higher_is_better',
};

export function polarityOf(key: string): Polarity {
  return POLARITY[key] ?? 'neutral';
}
