/**
 * Idle-timeout arithmetic, kept pure so it can be tested without timers. The console warns a
 * minute before the server would end an idle session (at most half the timeout for very short
 * ones), and signs out itself at the end so no personal data stays on an unattended screen.
 */
export const WARNING_SECONDS = 60;

export type IdlePhase = 'active' | 'warning' | 'expired';

export interface IdleState {
  phase: IdlePhase;
  /** Whole seconds until sign-out, rounded up (so the countdown never shows 0 while active). */
  secondsLeft: number;
}

export function warningSecondsFor(timeoutSeconds: number): number {
  return Math.min(WARNING_SECONDS, Math.floor(timeoutSeconds / 2));
}

export function idleState(lastActivityAt: number, now: number, timeoutSeconds: number): IdleState {
  const remainingMs = lastActivityAt + timeoutSeconds * 1000 - now;
  const secondsLeft = Math.max(0, Math.ceil(remainingMs / 1000));
  if (remainingMs <= 0) return { phase: 'expired', secondsLeft: 0 };
  if (secondsLeft <= warningSecondsFor(timeoutSeconds)) return { phase: 'warning', secondsLeft };
  return { phase: 'active', secondsLeft };
}

/** The points of the countdown announced to screen readers; every second would drown them. */
export function shouldAnnounce(secondsLeft: number): boolean {
  return secondsLeft === 60 || secondsLeft === 30 || secondsLeft === 10;
}
