import type { Schemas } from '@/api/types';

/** The record-result form's draft: what the officer typed, before it becomes the request body. */
export interface ResultDraft {
  outcome: Schemas['CheckOutcome'] | '';
  evidence: string;
  evidenceReference: string;
  /** A warning may open an action; a failure always does. */
  openAction: boolean;
  remediation: { title: string; owner: string; dueOn: string };
}

export function emptyResultDraft(owner: string): ResultDraft {
  return { outcome: '', evidence: '', evidenceReference: '', openAction: false, remediation: { title: '', owner, dueOn: '' } };
}

export const needsRemediation = (outcome: ResultDraft['outcome']) => outcome === 'fail';
export const remediationAllowed = (outcome: ResultDraft['outcome']) => outcome === 'fail' || outcome === 'warning';

type ErrorKey = 'outcome' | 'evidence' | 'title' | 'owner' | 'dueOn' | 'dueInPast';

/** The same rules the server applies, checked first so the common mistakes need no round trip. */
export function validateResultDraft(draft: ResultDraft, today: string, message: (key: ErrorKey) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (draft.outcome === '') errors.outcome = message('outcome');
  if (draft.evidence.trim() === '') errors.evidence = message('evidence');
  if (needsRemediation(draft.outcome) || (remediationAllowed(draft.outcome) && draft.openAction)) {
    if (draft.remediation.title.trim() === '') errors['remediation.title'] = message('title');
    if (draft.remediation.owner.trim() === '') errors['remediation.owner'] = message('owner');
    if (draft.remediation.dueOn === '') errors['remediation.dueOn'] = message('dueOn');
    else if (draft.remediation.dueOn < today) errors['remediation.dueOn'] = message('dueInPast');
  }
  return errors;
}

/** The request body: trimmed, and a remediation only where the outcome allows (and the officer asked for) one. */
export function buildResultBody(draft: ResultDraft): Schemas['CheckResultCreate'] {
  if (draft.outcome === '') throw new Error('An outcome is required');
  const body: Schemas['CheckResultCreate'] = { outcome: draft.outcome, evidence: draft.evidence.trim() };
  const reference = draft.evidenceReference.trim();
  if (reference) body.evidenceReference = reference;
  if (needsRemediation(draft.outcome) || (remediationAllowed(draft.outcome) && draft.openAction)) {
    body.remediation = { title: draft.remediation.title.trim(), owner: draft.remediation.owner.trim(), dueOn: draft.remediation.dueOn };
  }
  return body;
}
