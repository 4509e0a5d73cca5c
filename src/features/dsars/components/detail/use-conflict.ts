import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { changedFields, type ChangedField } from '../../lib/dsar-changes';
import { dsarKeys } from '../../api/dsar-keys';

/**
 * A save based on an old version answers 412. Remember the version the user started from, load
 * the latest, and say which fields a colleague changed; the form keeps its input for a re-apply.
 */
export function useConflict(dsar: Schemas['Dsar']) {
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Schemas['Dsar'] | null>(null);

  /** Returns true when the error was a 412 and is now shown as a conflict. */
  const handle = useCallback(
    (error: unknown, basedOn: Schemas['Dsar']) => {
      if (!isApiError(error) || error.status !== 412) return false;
      setBase(basedOn);
      void queryClient.invalidateQueries({ queryKey: dsarKeys.detail(dsarId(basedOn)), exact: true });
      return true;
    },
    [queryClient],
  );
  const clear = useCallback(() => setBase(null), []);
  const fields: ChangedField[] | null = base ? changedFields(base, dsar) : null;
  return { fields, handle, clear };
}

function dsarId(dsar: Schemas['Dsar']): string {
  return dsar.id;
}
