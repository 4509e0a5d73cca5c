import type { Schemas } from '@/api/types';

type Complaint = Schemas['Complaint'];

/** The parts of a complaint a colleague can change, as the conflict notice names them. */
export const CHANGE_FIELDS = ['status', 'assignee', 'category', 'resolution', 'escalation', 'linkedDsarIds'] as const;
export type ComplaintChangeField = (typeof CHANGE_FIELDS)[number];

const valueOf: Record<ComplaintChangeField, (complaint: Complaint) => unknown> = {
  status: (complaint) => complaint.status,
  assignee: (complaint) => complaint.assignee?.id ?? null,
  category: (complaint) => complaint.category,
  resolution: (complaint) => complaint.resolution,
  escalation: (complaint) => complaint.escalation,
  linkedDsarIds: (complaint) => [...complaint.linkedDsarIds].sort(),
};

/** Which fields differ between the version the user started from and the latest one. */
export function changedComplaintFields(base: Complaint, latest: Complaint): ComplaintChangeField[] {
  return CHANGE_FIELDS.filter((field) => JSON.stringify(valueOf[field](base)) !== JSON.stringify(valueOf[field](latest)));
}

export interface HandlingDraft {
  status: Schemas['ComplaintStatus'];
  assigneeId: string;
  category: Schemas['ComplaintCategory'];
  resolution: string;
}

export function handlingDraftOf(complaint: Complaint): HandlingDraft {
  return { status: complaint.status, assigneeId: complaint.assignee?.id ?? '', category: complaint.category, resolution: complaint.resolution ?? '' };
}

/**
 * The merge patch for what the user changed relative to what they started from, so re-applying a
 * kept draft after a conflict sends only their own edits, never a stale copy of the rest.
 */
export function handlingPatch(start: HandlingDraft, draft: HandlingDraft): Schemas['ComplaintPatch'] {
  const patch: Schemas['ComplaintPatch'] = {};
  if (draft.category !== start.category) patch.category = draft.category;
  if (draft.assigneeId !== start.assigneeId) patch.assigneeId = draft.assigneeId || null;
  if (draft.resolution.trim() !== start.resolution.trim() && draft.resolution.trim() !== '') patch.resolution = draft.resolution.trim();
  if (draft.status !== start.status) patch.status = draft.status;
  return patch;
}

/** Which next statuses the server allows (mirrors its rule, so the form only offers those). */
export const NEXT_STATUSES: Record<Schemas['ComplaintStatus'], readonly Schemas['ComplaintStatus'][]> = {
  new: ['in_progress', 'waiting_for_person', 'resolved'],
  in_progress: ['waiting_for_person', 'resolved'],
  waiting_for_person: ['in_progress', 'resolved'],
  resolved: ['in_progress', 'closed'],
  closed: [],
};

/** GBA for a Belgian complainant, AP for a Dutch one: the authority a person is likely to go to. */
export const AUTHORITIES = ['gba', 'ap'] as const satisfies readonly Schemas['SupervisoryAuthority'][];
