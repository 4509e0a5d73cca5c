import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/types';
import { changedComplaintFields, handlingDraftOf, handlingPatch } from './complaint-changes';

const base: Schemas['Complaint'] = {
  id: '11111111-1111-4111-8111-111111111111',
  reference: 'CMP-2026-00001',
  person: { id: '22222222-2222-4222-8222-222222222222', accountReference: 'EC-0000001', maskedName: 'J*** P***' },
  channel: 'email',
  category: 'marketing',
  status: 'in_progress',
  receivedOn: '2026-11-02',
  responseDueOn: '2026-12-02',
  band: 'on_track',
  assignee: null,
  escalated: false,
  escalation: null,
  summary: 'Still receiving newsletters.',
  resolution: null,
  linkedDsarIds: ['b', 'a'],
  linkedViolationIds: [],
  version: 1,
};

describe('changedComplaintFields', () => {
  it('names nothing when only the order of links or unrelated fields differ', () => {
    expect(changedComplaintFields(base, { ...base, linkedDsarIds: ['a', 'b'], version: 2, summary: 'other' })).toEqual([]);
  });

  it('names each changed field once', () => {
    const latest = {
      ...base,
      status: 'resolved' as const,
      resolution: 'Done',
      assignee: { id: '33333333-3333-4333-8333-333333333333', displayName: 'Sofie Maes', role: 'support' as const },
      escalation: { authority: 'gba' as const, authorityReference: 'DOS-2026-01234', escalatedOn: '2026-11-20', closedOn: null },
    };
    expect(changedComplaintFields(base, latest)).toEqual(['status', 'assignee', 'resolution', 'escalation']);
  });
});

describe('handlingPatch', () => {
  const start = handlingDraftOf(base);

  it('is empty when nothing changed, and ignores a blank resolution', () => {
    expect(handlingPatch(start, { ...start, resolution: '   ' })).toEqual({});
  });

  it('sends only what the user changed, unassigning as null', () => {
    const assigned = { ...start, assigneeId: '33333333-3333-4333-8333-333333333333' };
    expect(handlingPatch(assigned, { ...assigned, assigneeId: '', status: 'resolved', resolution: '  Unsubscribed.  ' })).toEqual({
      assigneeId: null,
      status: 'resolved',
      resolution: 'Unsubscribed.',
    });
  });
});
