import { fieldErrorsOf, isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';

export { fieldErrorsOf };

/** Whether an error is better shown as a general message than on fields. */
export function isGeneralError(error: unknown): boolean {
  return !(isApiError(error) && (error.status === 422 || error.status === 412));
}

/**
 * Where a failed save is shown: a 412 becomes the conflict notice (the draft stays), a 422 lands
 * on its fields, anything else is a general message above the form.
 */
export function showSaveError(
  error: unknown,
  target: {
    conflict: { handle: (error: unknown, basedOn: Schemas['Dsar']) => boolean };
    basedOn: Schemas['Dsar'];
    setErrors: (errors: Record<string, string>) => void;
    setGeneral: (error: unknown) => void;
  },
): void {
  if (target.conflict.handle(error, target.basedOn)) return;
  target.setErrors(fieldErrorsOf(error));
  if (isGeneralError(error)) target.setGeneral(error);
}
