import { describe, expect, it } from 'vitest';
import { polarityOf, sectionsOf } from './figures';

const figure = (key: string) => ({ key });

describe('sectionsOf', () => {
  it("groups the privacy officer's figures by area, in the server's order", () => {
    const sections = sectionsOf('privacy_officer', ['dsars_overdue', 'complaints_open', 'dsars_unassigned', 'checks_failing', 'violations_under_investigation', 'something_new'].map(figure));
    expect(sections.map((section) => [section.key, section.figures.map((f) => f.key)])).toEqual([
      ['requests', ['dsars_overdue', 'dsars_unassigned']],
      ['complaints', ['complaints_open']],
      ['compliance', ['checks_failing']],
      ['employees', ['violations_under_investigation']],
      ['other', ['something_new']],
    ]);
  });

  it("splits support's own work from what is there to pick up, and keeps management in one period", () => {
    const support = sectionsOf('support', ['my_dsars_due_soon', 'my_complaints_due_soon', 'dsars_unassigned', 'complaints_unassigned'].map(figure));
    expect(support.map((section) => [section.key, section.figures.length])).toEqual([
      ['myWork', 2],
      ['toPickUp', 2],
    ]);
    expect(sectionsOf('management', ['dsars_received', 'compliance_score'].map(figure)).map((section) => section.key)).toEqual(['quarter']);
  });

  it('judges only the figures whose direction is good or bad news', () => {
    expect(polarityOf('compliance_score')).toBe('higher_is_better');
    expect(polarityOf('violations_total')).toBe('neutral');
  });
});
