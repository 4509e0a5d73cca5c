import { isApiError } from '@/api/api-error';

/** A 422's errors[].pointer mapped to form fields (`/evidenceChecked` -> `evidenceChecked`). */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  return isApiError(error) && error.status === 422 ? error.fieldErrorMap() : {};
}

/** Whether an error is better shown as a general message than on fields. */
export function isGeneralError(error: unknown): boolean {
  return !(isApiError(error) && (error.status === 422 || error.status === 412));
}
