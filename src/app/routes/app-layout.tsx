import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatches } from 'react-router';
import type { Permission } from '@/api/types';
import { AppLayout } from '@/components/layout/app-layout';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotPermitted } from '@/components/states/not-permitted';
import { useSession } from '@/features/session/api/get-session';
import { useSignOut } from '@/features/session/api/sign-out';
import { IdleTimeoutGuard } from '@/features/session/components/idle-timeout-guard';
import { useSessionWatch } from '@/features/session/hooks/use-session-watch';
import { hasPermission } from '@/features/session/lib/permissions';
import { buildNavGroups } from '../navigation';

/** What a route declares in its `handle`; see router.tsx. */
export interface RouteHandle {
  permission?: Permission;
}

function requiredPermissions(matches: ReturnType<typeof useMatches>): Permission[] {
  return matches.flatMap((match) => {
    const handle = match.handle as RouteHandle | undefined;
    return handle?.permission ? [handle.permission] : [];
  });
}

/**
 * The signed-in frame. The route's loader has already made sure there is a session; this
 * component builds the role's navigation, closes pages the role may not use (a direct URL shows
 * "not permitted" inside the shell), watches for the session ending, and runs the idle timeout.
 */
export default function AppLayoutRoute() {
  const { t } = useTranslation();
  const { data: session } = useSession();
  const signOut = useSignOut();
  const matches = useMatches();
  useSessionWatch(session !== null);

  const navGroups = useMemo(() => buildNavGroups(session, t), [session, t]);
  if (!session) return <LoadingSkeleton variant="page" />;

  const roleLabel = t(`session.roles.${session.user.role}`);
  const permitted = requiredPermissions(matches).every((permission) => hasPermission(session, permission));

  return (
    <AppLayout
      navGroups={navGroups}
      user={{ displayName: session.user.displayName, roleLabel }}
      onSignOut={() => signOut.mutate('signed_out')}
      signingOut={signOut.isPending}
    >
      {permitted ? <Outlet /> : <NotPermitted roleLabel={roleLabel} />}
      <IdleTimeoutGuard timeoutSeconds={session.idleTimeoutSeconds} />
    </AppLayout>
  );
}
