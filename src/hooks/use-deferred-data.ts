import { useDeferredValue } from 'react';

/**
 * A query's data for a large render, handed over at transition priority. TanStack Query updates
 * components through useSyncExternalStore, which React always renders in one blocking task: a
 * page of rows arriving froze the main thread for the whole render (the DSAR queue: 90 ms on this
 * machine, 370 ms of Lighthouse's four-times-slower mobile CPU). Deferred, the render runs in
 * slices that input can interrupt. `catchingUp` is true while data has arrived but its first
 * render is still under way: the screen keeps its loading skeleton until then. Later changes
 * (another page, a filter) keep the previous rows on screen while the new ones render.
 */
export function useDeferredData<T>(data: T | undefined): { data: T | undefined; catchingUp: boolean } {
  const deferred = useDeferredValue(data);
  return { data: deferred, catchingUp: data !== undefined && deferred === undefined };
}
