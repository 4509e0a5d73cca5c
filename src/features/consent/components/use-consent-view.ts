import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseConsentView, serializeConsentView, type ConsentView } from '../lib/consent-view';

/** The page's view lives in the URL: every change is a navigation (replaced, so Back leaves the page). */
export function useConsentView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // Parsed from the string so the object (and the query keys) change only when the URL does.
  const view = useMemo(() => parseConsentView(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<ConsentView>) => setSearchParams(serializeConsentView({ ...view, ...patch }), { replace: true }), [view, setSearchParams]);
  return { view, update };
}
