import type { ReactElement } from 'react';
import { spotlight } from '@mantine/spotlight';
import { notifications } from '@mantine/notifications';
import { configure, render, waitFor } from '@testing-library/react';
import { userEvent, type Options as UserEventOptions } from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { api, unwrap } from '@/api/client';
import type { Role, Session } from '@/api/types';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createRoutes } from '@/app/router';
import { i18n, type Language } from '@/i18n';

// Every route's code is loaded lazily, and the first visit to a route in a test file compiles
// it, which can take longer than Testing Library's default second on a busy 2-core machine.
configure({ asyncUtilTimeout: 5_000 });

/** The mock API's demo accounts, one per role (password "demo"). */
export const DEMO_USERS: Record<Role, { username: string; displayName: string }> = {
  privacy_officer: { username: 'els.peeters', displayName: 'Els Peeters' },
  support: { username: 'jan.devries', displayName: 'Jan De Vries' },
  management: { username: 'an.claes', displayName: 'An Claes' },
};

/** Signs in through the mock API (POST /session), which sets the session cookie for later calls. */
export function signInAs(role: Role): Promise<Session> {
  const { username } = DEMO_USERS[role];
  return unwrap(
    api.POST('/session', {
      body: { username, password: 'demo' },
      params: { header: { 'X-Requested-With': 'engcode-console' } },
    }),
  );
}

export interface RenderRouteOptions {
  /** Signed in as this role before rendering; `null` renders signed out. Default: privacy officer. */
  role?: Role | null;
  /** UI language for the test; English by default. */
  language?: Language;
  /** Passed to userEvent.setup, e.g. `{ advanceTimers: vi.advanceTimersByTime }` with fake timers. */
  userEventOptions?: UserEventOptions;
}

/**
 * Renders the real route tree (the same route objects as the app, in a memory router) inside
 * every provider, at `path`. Returns the userEvent instance, the router (for its location)
 * and the query client (to inspect the cache).
 */
export async function renderRoute(path = '/', options: RenderRouteOptions = {}) {
  const { role = 'privacy_officer', language = 'en', userEventOptions } = options;
  if (role) await signInAs(role);
  await i18n.changeLanguage(language);
  // Global Mantine stores outlive a test; start each one closed and empty.
  spotlight.close();
  notifications.clean();

  // Same retry policy as the app, without the waiting between attempts.
  const queryClient = createQueryClient({ retryDelay: 0 });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  const user = userEvent.setup(userEventOptions);
  const view = render(
    <AppProvider queryClient={queryClient} env="test">
      <RouterProvider router={router} />
    </AppProvider>,
  );
  // The first render of a test file compiles the lazy route modules; wait for the router's
  // first navigation (session loader, route code) so tests start from a rendered page.
  await waitFor(
    () => {
      if (!router.state.initialized || router.state.navigation.state !== 'idle') throw new Error('router still loading');
    },
    { timeout: 15_000 },
  );
  return { ...view, user, router, queryClient };
}

/** Renders one component inside every provider (no router, signed out): for shared components. */
export async function renderWithProviders(ui: ReactElement, { language = 'en' }: { language?: Language } = {}) {
  await i18n.changeLanguage(language);
  const queryClient = createQueryClient({ retryDelay: 0 });
  return render(
    <AppProvider queryClient={queryClient} env="test">
      {ui}
    </AppProvider>,
  );
}
