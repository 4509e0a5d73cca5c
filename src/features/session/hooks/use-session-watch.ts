import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onUnauthorized } from '@/api/client';
import { paths } from '@/config/paths';

/**
 * Ends the console's session when the server has ended it: any API call answering 401, or
 * GET /session reporting nobody signed in. Goes to the sign-in page, which says the session
 * ended, forgets every cached response, and returns here after signing in again.
 */
export function useSessionWatch(signedIn: boolean): void {
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('');
  useLayoutEffect(() => {
    here.current = `${location.pathname}${location.search}`;
  });
  const ending = useRef(false);

  useEffect(() => {
    const end = async () => {
      // Several requests can fail at once; one redirect is enough.
      if (ending.current) return;
      ending.current = true;
      await navigate(paths.signIn.build({ returnTo: here.current, reason: 'session_ended' }), { replace: true });
    };
    const unsubscribe = onUnauthorized(() => void end());
    if (!signedIn) void end();
    return () => {
      unsubscribe();
    };
  }, [navigate, signedIn]);
}
