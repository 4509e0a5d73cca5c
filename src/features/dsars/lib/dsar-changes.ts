import type { Schemas } from '@/api/types';

type Dsar = Schemas['Dsar'];
export type ChangedField = 'status' | 'assignee' | 'description' | 'deadline' | 'extension';

/** Which fields a colleague changed between the version the user started from and the latest one. */
export function changedFields(before: Dsar, after: Dsar): ChangedField[] {
  const changed: ChangedField[] = [];
  if (before.status !== after.status) changed.push('status');
  if ((before.assignee?.id ?? null) !== (after.assignee?.id ?? null)) changed.push('assignee');
  if (before.description !== after.description) changed.push('description');
  if (before.deadline.dueOn !== after.deadline.dueOn) changed.push('deadline');
  if ((before.extension === null) !== (after.extension === null)) changed.push('extension');
  return changed;
}

/** The request is open (not completed or rejected). */
export function isOpen(dsar: Pick<Dsar, 'status'>): boolean {
  return dsar.status !== 'completed' && dsar.status !== 'rejected';
}

/** Whether to offer the extension form; the server still decides (409 with the reason). */
export function canOfferExtension(dsar: Pick<Dsar, 'status' | 'extension' | 'allowedTransitions'>): boolean {
  return isOpen(dsar) && dsar.extension === null && dsar.allowedTransitions.length > 0;
}
