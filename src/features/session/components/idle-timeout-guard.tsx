import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { sessionQueryOptions } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import { useIdleTimeout } from '../hooks/use-idle-timeout';

// The dialog (a modal: focus trap, scroll lock, transitions) loads when it is first needed, a
// minute before the timeout, not with the first page.
const IdleTimeoutDialog = lazy(() => import('./idle-timeout-dialog').then((module) => ({ default: module.IdleTimeoutDialog })));

interface IdleTimeoutGuardProps {
  /** From the session (`idleTimeoutSeconds`). */
  timeoutSeconds: number;
}

/** Mounted while signed in: warns before the idle timeout and signs out when it is reached. */
export function IdleTimeoutGuard({ timeoutSeconds }: IdleTimeoutGuardProps) {
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const [staying, setStaying] = useState(false);
  // Any authenticated request extends the server's idle clock; GET /session is the cheapest.
  const touchSession = () => queryClient.fetchQuery({ ...sessionQueryOptions(), staleTime: 0 });
  const idle = useIdleTimeout({
    timeoutSeconds,
    enabled: !signOut.isPending,
    onExpire: () => signOut.mutate('idle'),
    onKeepAlive: () => void touchSession().catch(() => undefined),
  });

  const stay = async () => {
    setStaying(true);
    try {
      // A null session means the server ended it already; the session watcher then redirects.
      await touchSession();
      idle.extend();
    } catch {
      // Unreachable server: keep the dialog, the countdown continues and the person can retry.
    } finally {
      setStaying(false);
    }
  };

  if (idle.phase !== 'warning') return null;
  return (
    <Suspense fallback={null}>
      <IdleTimeoutDialog opened secondsLeft={idle.secondsLeft} onStay={() => void stay()} onSignOut={() => signOut.mutate('signed_out')} staying={staying} />
    </Suspense>
  );
}
