import { describe, expect, it } from 'vitest';
import { buildResultBody, emptyResultDraft, validateResultDraft, type ResultDraft } from './result-draft';

const draft = (patch: Partial<ResultDraft>): ResultDraft => ({ ...emptyResultDraft('Engineering'), ...patch });
const messages = (key: string) => key;

describe('validateResultDraft', () => {
  it('asks for an outcome and evidence', () => {
    expect(validateResultDraft(draft({ evidence: '  ' }), '2026-11-25', messages)).toEqual({ outcome: 'outcome', evidence: 'evidence' });
  });

  it('asks a failure for a remediation action due today or later', () => {
    const failing = draft({ outcome: 'fail', evidence: 'x', remediation: { title: '', owner: 'Engineering', dueOn: '2026-11-24' } });
    expect(validateResultDraft(failing, '2026-11-25', messages)).toEqual({ 'remediation.title': 'title', 'remediation.dueOn': 'dueInPast' });
    expect(validateResultDraft({ ...failing, remediation: { title: 'Fix', owner: 'Eng', dueOn: '2026-11-25' } }, '2026-11-25', messages)).toEqual({});
  });

  it('asks a warning for an action only when the officer opens one', () => {
    expect(validateResultDraft(draft({ outcome: 'warning', evidence: 'x' }), '2026-11-25', messages)).toEqual({});
    expect(Object.keys(validateResultDraft(draft({ outcome: 'warning', evidence: 'x', openAction: true }), '2026-11-25', messages))).toEqual(['remediation.title', 'remediation.dueOn']);
  });
});

describe('buildResultBody', () => {
  it('trims, drops an empty reference and leaves the remediation out of a pass', () => {
    expect(buildResultBody(draft({ outcome: 'pass', evidence: ' Scan clean ', evidenceReference: ' ', openAction: true, remediation: { title: 'x', owner: 'y', dueOn: '2026-12-01' } }))).toEqual({ outcome: 'pass', evidence: 'Scan clean' });
  });

  it('carries the remediation of a failure', () => {
    expect(buildResultBody(draft({ outcome: 'fail', evidence: 'Found', evidenceReference: 'JIRA-12', remediation: { title: ' Fix ', owner: ' Eng ', dueOn: '2026-12-01' } }))).toEqual({
      outcome: 'fail',
      evidence: 'Found',
      evidenceReference: 'JIRA-12',
      remediation: { title: 'Fix', owner: 'Eng', dueOn: '2026-12-01' },
    });
  });
});
