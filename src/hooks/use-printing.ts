import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/*
 * Whether the page is being printed: from the browser's print command (beforeprint/afterprint)
 * or from print media emulated by a test or the devtools. Print-only copies of content (a
 * figure's table beside its chart) are rendered only then: on screen they would cost their
 * rendering on every page load for nothing.
 */
let printing = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function printMedia(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) start();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) stop();
  };
}

// The print is laid out as soon as beforeprint's listeners return: render the print-only content synchronously.
const before = () => {
  printing = true;
  flushSync(notify);
};
const after = () => {
  printing = false;
  notify();
};
let media: MediaQueryList | null = null;

function start() {
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media = printMedia();
  media?.addEventListener('change', notify);
}

function stop() {
  window.removeEventListener('beforeprint', before);
  window.removeEventListener('afterprint', after);
  media?.removeEventListener('change', notify);
  media = null;
}

const snapshot = () => printing || (printMedia()?.matches ?? false);

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, snapshot, () => false);
}
