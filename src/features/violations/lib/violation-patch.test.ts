import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/types';
import { violationDraftErrors, violationDraftOf, violationPatch } from './violation-patch';

const record: Schemas['Violation'] = {
  id: '11111111-1111-4111-8111-111111111111',
  reference: 'VIO-2026-0001',
  employeeName: 'Jonas Peeters',
  department: 'Support',
  policySection: 'Beheer van uw informatie',
  policyQuote: 'Quote',
  description: 'Opt-out by phone not recorded.',
  occurredOn: '2026-10-01',
  reportedBy: 'Teamleider',
  severity: 'medium',
  status: 'under_investigation',
  measure: null,
  decidedOn: null,
  decidedBy: null,
  complaintId: null,
  checkId: null,
  retentionUntil: null,
  createdAt: '2026-10-02T12:00:00+02:00',
  version: 2,
};

describe('violationPatch', () => {
  const start = violationDraftOf(record);

  it('sends a measure together with its decision date and decider', () => {
    const draft = { ...start, measure: 'written_warning' as const, decidedOn: '2026-11-20', decidedBy: '  Tom Hendrickx  ', status: 'concluded' as const };
    expect(violationPatch(start, draft)).toEqual({ measure: 'written_warning', decidedOn: '2026-11-20', decidedBy: 'Tom Hendrickx', status: 'concluded' });
  });

  it('re-sends the whole decision when only the decider changed, and nothing when nothing changed', () => {
    const decided = violationDraftOf({ ...record, measure: 'none', decidedOn: '2026-11-01', decidedBy: 'HR' });
    expect(violationPatch(decided, { ...decided, decidedBy: 'HR and privacy officer' })).toEqual({ measure: 'none', decidedOn: '2026-11-01', decidedBy: 'HR and privacy officer' });
    expect(violationPatch(decided, decided)).toEqual({});
  });
});

describe('violationDraftErrors', () => {
  it('asks for the date and decider of a measure, and for a measure before closing', () => {
    expect(violationDraftErrors({ ...violationDraftOf(record), measure: 'suspension' })).toEqual({ decidedOn: 'required', decidedBy: 'required' });
    expect(violationDraftErrors({ ...violationDraftOf(record), status: 'closed' })).toEqual({ measure: 'measureRequired' });
    expect(violationDraftErrors({ ...violationDraftOf(record), description: ' ' })).toEqual({ description: 'required' });
  });
});
