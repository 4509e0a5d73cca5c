import type { Schemas } from '@/api/types';

type Violation = Schemas['Violation'];

export interface ViolationDraft {
  severity: Schemas['Severity'];
  status: Schemas['InvestigationStatus'];
  description: string;
  measure: Schemas['DisciplinaryMeasure'] | '';
  decidedOn: string;
  decidedBy: string;
}

export function violationDraftOf(record: Violation): ViolationDraft {
  return {
    severity: record.severity,
    status: record.status,
    description: record.description,
    measure: record.measure ?? '',
    decidedOn: record.decidedOn ?? '',
    decidedBy: record.decidedBy ?? '',
  };
}

/**
 * The merge patch for the user's own edits. A measure always travels with its decision date and
 * decider (the server refuses one without the others), even when only one of the three changed.
 */
export function violationPatch(start: ViolationDraft, draft: ViolationDraft): Schemas['ViolationPatch'] {
  const patch: Schemas['ViolationPatch'] = {};
  if (draft.severity !== start.severity) patch.severity = draft.severity;
  if (draft.description.trim() !== start.description.trim()) patch.description = draft.description.trim();
  const decisionChanged = draft.measure !== start.measure || draft.decidedOn !== start.decidedOn || draft.decidedBy.trim() !== start.decidedBy.trim();
  if (decisionChanged && draft.measure !== '') {
    patch.measure = draft.measure;
    patch.decidedOn = draft.decidedOn;
    patch.decidedBy = draft.decidedBy.trim();
  }
  if (draft.status !== start.status) patch.status = draft.status;
  return patch;
}

/** What the form checks before sending, in the server's own terms (it checks again). */
export function violationDraftErrors(draft: ViolationDraft): Partial<Record<keyof ViolationDraft, 'required' | 'measureRequired'>> {
  const errors: Partial<Record<keyof ViolationDraft, 'required' | 'measureRequired'>> = {};
  if (draft.description.trim() === '') errors.description = 'required';
  if (draft.measure !== '') {
    if (!draft.decidedOn) errors.decidedOn = 'required';
    if (!draft.decidedBy.trim()) errors.decidedBy = 'required';
  }
  if (draft.measure === '' && (draft.status === 'closed' || draft.decidedOn || draft.decidedBy.trim())) errors.measure = 'measureRequired';
  return errors;
}
