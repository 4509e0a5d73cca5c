import type { Polarity } from './trend';

/**
 * Which way is good for each known figure, for the words "better"/"worse" next to a trend.
 * A figure not listed is neutral: the trend is shown without a judgement (more requests or
 * more recorded violations is not in itself good or bad news).
 */
const POLARITY: Record<string, Polarity> = {
  dsars_overdue: 'lower_is_better',
  dsars_due_soon: 'lower_is_better',
  dsars_unassigned: 'lower_is_better',
  complaints_open: 'lower_is_better',
  complaints_escalated_open: 'lower_is_better',
  checks_failing: 'lower_is_better',
  remediation_open: 'lower_is_better',
  recipients_with_warnings: 'lower_is_better',
  my_dsars_due_soon: 'lower_is_better',
  my_complaints_due_soon: 'lower_is_better',
  complaints_unassigned: 'lower_is_better',
  dsars_answered_in_time: 'higher_is_better',
  dsars_median_days: 'lower_is_better',
  complaints_escalated: 'lower_is_better',
  compliance_score: 'higher_is_better',
};

export function polarityOf(key: string): Polarity {
  return POLARITY[key] ?? 'neutral';
}
