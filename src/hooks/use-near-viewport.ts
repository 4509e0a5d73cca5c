import { useEffect, useState, type RefObject } from 'react';

/** How far outside the viewport an element already counts as near: drawn before it scrolls into view. */
const AHEAD = '200px 0px';

/**
 * Whether the element has come within reach of the viewport, once; it stays true. Where the
 * browser cannot tell (no IntersectionObserver, as in jsdom) everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: AHEAD });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}
