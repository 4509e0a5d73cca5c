import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { fieldErrorsOf, isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { complaintKeys } from '../../api/complaint-keys';
import { useUpdateComplaint } from '../../api/complaint-mutations';
import type { ComplaintWithEtag } from '../../api/complaint-queries';
import { changedComplaintFields, type ComplaintChangeField } from '../../lib/complaint-changes';

export interface SaveOutcome {
  /** 422 errors by field (`/escalation/authorityReference` -> `escalation.authorityReference`). */
  fieldErrors: Record<string, string>;
  /** Anything else worth saying (409, 500, network). */
  general: unknown;
}

/**
 * Saves a patch with the ETag the form started from. A 412 keeps the draft: the latest version is
 * loaded and the form is told which fields a colleague changed, so the user can re-apply.
 */
export function useComplaintSave(current: ComplaintWithEtag) {
  const queryClient = useQueryClient();
  const update = useUpdateComplaint(current.data.id);
  const [conflict, setConflict] = useState<{ base: Schemas['Complaint'] } | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome>({ fieldErrors: {}, general: null });

  const save = (patch: Schemas['ComplaintPatch'], etag: string, onSaved: (saved: ComplaintWithEtag) => void) => {
    setOutcome({ fieldErrors: {}, general: null });
    update.mutate(
      { etag, body: patch },
      {
        onSuccess: (saved) => {
          setConflict(null);
          onSaved(saved);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            setConflict({ base: current.data });
            void queryClient.invalidateQueries({ queryKey: complaintKeys.detail(current.data.id), exact: true });
            return;
          }
          const fieldErrors = fieldErrorsOf(error);
          setOutcome({ fieldErrors, general: Object.keys(fieldErrors).length > 0 ? null : error });
        },
      },
    );
  };

  const changed: ComplaintChangeField[] | null = conflict ? changedComplaintFields(conflict.base, current.data) : null;
  return { save, pending: update.isPending, conflict: changed, clearConflict: () => setConflict(null), ...outcome };
}
