import { useLayoutEffect, useState, type RefObject } from 'react';

/** How far outside the viewport an element already counts as near: drawn before it scrolls into view. */
const AHEAD_PX = 200;

function isNear(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.bottom > -AHEAD_PX && box.top < window.innerHeight + AHEAD_PX;
}

/**
 * Whether the element has come within reach of the viewport, once; it stays true. An element
 * already near when it mounts counts at once, before the first paint (an observer reports only
 * after a frame: the consent page's first chart was drawn a frame later than its numbers); one
 * further down is watched. Where the browser cannot tell (no IntersectionObserver, as in jsdom)
 * everything counts as near.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !element) return undefined;
    if (isNear(element)) {
      setNear(true);
      return undefined;
    }
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: `${AHEAD_PX}px 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);
  return near;
}
