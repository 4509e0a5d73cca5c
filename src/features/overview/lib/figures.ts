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

/** Sections of the overview, in the order each role reads them. */
export type SectionKey = 'requests' | 'complaints' | 'compliance' | 'employees' | 'myWork' | 'toPickUp' | 'quarter' | 'other';

const SECTION_OF: Record<string, SectionKey> = {
  dsars_overdue: 'requests',
  dsars_due_soon: 'requests',
  complaints_open: 'complaints',
  complaints_escalated_open: 'complaints',
  checks_failing: 'compliance',
  remediation_open: 'compliance',
  recipients_with_warnings: 'compliance',
  violations_under_investigation: 'employees',
  my_dsars_due_soon: 'myWork',
  my_complaints_due_soon: 'myWork',
  complaints_unassigned: 'toPickUp',
};

/**
 * Groups the server's figures into sections, keeping the server's order within each. Support's
 * unassigned requests are work to pick up; the privacy officer reads them with the requests.
 * Management's figures all compare this quarter with the last, so they form one section.
 */
export function sectionsOf<F extends { key: string }>(role: 'privacy_officer' | 'support' | 'management', figures: readonly F[]): { key: SectionKey; figures: F[] }[] {
  const sectionOf = (key: string): SectionKey => {
    if (role === 'management') return 'quarter';
    if (key === 'dsars_unassigned') return role === 'support' ? 'toPickUp' : 'requests';
    return SECTION_OF[key] ?? 'other';
  };
  const sections: { key: SectionKey; figures: F[] }[] = [];
  for (const figure of figures) {
    const key = sectionOf(figure.key);
    const section = sections.find((candidate) => candidate.key === key);
    if (section) section.figures.push(figure);
    else sections.push({ key, figures: [figure] });
  }
  return sections;
}
