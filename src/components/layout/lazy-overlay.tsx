import { Suspense, useEffect, useRef, useState, type ReactElement, type ReactNode } from 'react';

export interface OverlayTriggerHandlers {
  onClick: () => void;
  onPointerEnter: () => void;
  onFocus: () => void;
}

interface LazyOverlayProps {
  /** The plain trigger, shown until the overlay has loaded. */
  trigger: (handlers: OverlayTriggerHandlers) => ReactElement;
  /** The lazily loaded overlay with its own trigger, mounting already open. */
  overlay: ReactNode;
  /** Starts the overlay's download. */
  prefetch: () => void;
}

/**
 * A header control whose overlay (a menu or popover: Floating UI for positioning) loads the
 * first time it is opened, not with the first page. Pointing at or focusing the trigger starts
 * the download, so the wait is rarely seen; the click that asks for it opens it once loaded
 * (the overlay opens itself on mount: see useOpenOnMount).
 */
export function LazyOverlay({ trigger, overlay, prefetch }: LazyOverlayProps) {
  const [wanted, setWanted] = useState(false);
  const plain = trigger({ onClick: () => setWanted(true), onPointerEnter: prefetch, onFocus: prefetch });
  if (!wanted) return plain;
  return <Suspense fallback={plain}>{overlay}</Suspense>;
}

/**
 * For the loaded overlay: opens it right after it mounts, with focus first moved to its own
 * trigger (the plain one it replaced is gone), because the overlay records where to return
 * focus at the moment it opens. Mounting it already open would return focus to nowhere.
 */
export function useOpenOnMount<Target extends HTMLElement>() {
  const [opened, setOpened] = useState(false);
  const targetRef = useRef<Target>(null);
  useEffect(() => {
    targetRef.current?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- opening must follow the focus move above, after mount.
    setOpened(true);
  }, []);
  return { opened, setOpened, targetRef };
}
