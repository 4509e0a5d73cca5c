import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { idleState, type IdleState } from '../lib/idle';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const TICK_MS = 1000;

interface IdleTimeoutOptions {
  timeoutSeconds: number;
  /** Called once when the timeout is reached. */
  onExpire: () => void;
  /**
   * Called when the user is active and the server has not heard from us for half the timeout,
   * so a person reading a long page is not signed out by the server behind the console's back.
   */
  onKeepAlive?: () => void;
  /** Injectable for tests; fake timers also work, as both read Date.now(). */
  now?: () => number;
  enabled?: boolean;
}

/**
 * Tracks user activity and reports active / warning / expired. Works from timestamps rather
 * than counting ticks, because browsers throttle timers in background tabs. Once the warning
 * shows, only an explicit "stay signed in" (`extend`) restarts the clock.
 */
export function useIdleTimeout({ timeoutSeconds, onExpire, onKeepAlive, now = Date.now, enabled = true }: IdleTimeoutOptions) {
  const [startedAt] = useState(now);
  const lastActivity = useRef(startedAt);
  const lastKeepAlive = useRef(startedAt);
  const expired = useRef(false);
  const [state, setState] = useState<IdleState>(() => idleState(startedAt, startedAt, timeoutSeconds));
  const callbacks = useRef({ onExpire, onKeepAlive, now });
  useLayoutEffect(() => {
    callbacks.current = { onExpire, onKeepAlive, now };
  });

  const evaluate = useCallback(() => {
    const next = idleState(lastActivity.current, callbacks.current.now(), timeoutSeconds);
    setState((previous) => (previous.phase === next.phase && previous.secondsLeft === next.secondsLeft ? previous : next));
    if (next.phase === 'expired' && !expired.current) {
      expired.current = true;
      callbacks.current.onExpire();
    }
    return next;
  }, [timeoutSeconds]);

  const extend = useCallback(() => {
    const at = callbacks.current.now();
    lastActivity.current = at;
    lastKeepAlive.current = at;
    expired.current = false;
    evaluate();
  }, [evaluate]);

  useEffect(() => {
    if (!enabled) return undefined;
    const onActivity = () => {
      // During the warning, stray mouse moves must not silently dismiss it: the person answers it.
      if (idleState(lastActivity.current, callbacks.current.now(), timeoutSeconds).phase !== 'active') return;
      const at = callbacks.current.now();
      lastActivity.current = at;
      if (callbacks.current.onKeepAlive && at - lastKeepAlive.current >= (timeoutSeconds * 1000) / 2) {
        lastKeepAlive.current = at;
        callbacks.current.onKeepAlive();
      }
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') evaluate();
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(evaluate, TICK_MS);
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [enabled, evaluate, timeoutSeconds]);

  return { ...state, extend };
}
