import { describe, expect, it } from 'vitest';
import type { Schemas } from '@/api/types';
import { canOfferExtension, changedFields, isOpen } from './dsar-changes';

const base = {
  status: 'in_progress',
  assignee: { id: 'a', displayName: 'A', role: 'support' },
  description: 'Wants a copy',
  deadline: { dueOn: '2026-12-01', originalDueOn: '2026-12-01', internalTargetOn: '2026-11-17', daysLeft: 6, band: 'due_soon', extended: false },
  extension: null,
  allowedTransitions: ['completed'],
} as unknown as Schemas['Dsar'];

describe('changedFields', () => {
  it('is empty for the same version', () => {
    expect(changedFields(base, { ...base })).toEqual([]);
  });
  it('names status, assignee and description changes', () => {
    const after = { ...base, status: 'completed', assignee: null, description: 'Other' } as Schemas['Dsar'];
    expect(changedFields(base, after)).toEqual(['status', 'assignee', 'description']);
  });
});

describe('extension offer', () => {
  it('is offered while open and not extended', () => {
    expect(isOpen(base)).toBe(true);
    expect(canOfferExtension(base)).toBe(true);
  });
  it('is not offered once closed or extended', () => {
    expect(canOfferExtension({ ...base, status: 'completed' })).toBe(false);
    expect(canOfferExtension({ ...base, extension: {} as Schemas['DsarExtension'] })).toBe(false);
  });
});
