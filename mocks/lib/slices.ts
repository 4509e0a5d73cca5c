/**
 * In the browser demo the mock API runs on the page's main thread: work longer than a frame or
 * two (building a large area of the mock database) must run in slices, with the page's own tasks
 * (input, rendering, other requests) in between. Budget: no task over 200 ms, on a slow machine.
 *
 * Long work is written as a generator that yields at points where it may be interrupted; these
 * run it either to the end at once (tests, the HTTP server) or a slice at a time.
 */
export type Steps<T> = Generator<unknown, T, undefined>;

/** Each slice runs at most about this long before it yields to the page. */
export const SLICE_MS = 30;

/**
 * A macrotask, so rendering and input can run. Not `scheduler.yield()`: its continuation goes
 * before the page's other tasks, and a build of several seconds (consent, `large` world) would
 * hold back React's updates and the answers to other requests until it ends.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function runToEnd<T>(steps: Iterator<unknown, T, undefined>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export async function runInSlices<T>(steps: Iterator<unknown, T, undefined>): Promise<T> {
  for (;;) {
    // Every slice, the first too, starts a task of its own: the caller may have run long already
    // in this one (finishing another area's build, say).
    await yieldToPage();
    // Only sizes the slices, never data: the mock world's time is mocks/lib/clock.
    const start = globalThis.performance.now();
    let next = steps.next();
    while (!next.done && globalThis.performance.now() - start < SLICE_MS) next = steps.next();
    if (next.done) return next.value;
  }
}
