import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, redirect, type LoaderFunction, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { sessionQueryOptions } from '@/features/session/api/get-session';
import { areaPermission, type AreaKey } from './navigation';
import type { RouteHandle } from './routes/app-layout';
import { HydrateFallback } from './routes/hydrate-fallback';
import { RootRoute } from './routes/root';
import { consentLoader, reportLoader } from './routes/first-requests';
import { RootError, RouteError } from './routes/route-error';

/** A lazy route module: the page as its default export. */
export interface RouteModule {
  default: ComponentType;
}

function lazyPage(load: () => Promise<RouteModule>) {
  return async () => ({ Component: (await load()).default });
}

/** Signed out (or never signed in): go to sign-in, and come back here afterwards. */
export function requireSession(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs) => {
    const session = await queryClient.ensureQueryData({ ...sessionQueryOptions(), revalidateIfStale: true });
    if (!session) {
      const url = new URL(request.url);
      throw redirect(paths.signIn.build({ returnTo: `${url.pathname}${url.search}` }));
    }
    return null;
  };
}

function handleFor(area: AreaKey): RouteHandle {
  const permission = areaPermission(area);
  return permission ? { permission } : {};
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // A page's loader (./routes/first-requests.ts) is in the first chunk, not lazy: it starts the
  // page's slowest requests while the page's code downloads.
  const area = (key: AreaKey, path: string, load: () => Promise<RouteModule>, loader?: LoaderFunction): RouteObject => ({
    path,
    handle: handleFor(key),
    ...(loader ? { loader } : {}),
    lazy: lazyPage(load),
  });

  return [
    {
      id: 'root',
      Component: RootRoute,
      HydrateFallback,
      ErrorBoundary: RootError,
      children: [
        { path: paths.signIn.pattern, lazy: lazyPage(() => import('./routes/sign-in')) },
        {
          id: 'app',
          loader: requireSession(queryClient),
          lazy: lazyPage(() => import('./routes/app-layout')),
          children: [
            {
              // Errors of pages render inside the shell, so navigation stays usable.
              ErrorBoundary: RouteError,
              children: [
                { index: true, handle: handleFor('overview'), lazy: lazyPage(() => import('./routes/overview/overview')) },
                area('dsars', paths.dsars.pattern, () => import('./routes/dsars/list')),
                area('dsars', paths.dsars.detail.pattern, () => import('./routes/dsars/detail')),
                area('consent', paths.consent.pattern, () => import('./routes/consent/rates'), consentLoader(queryClient)),
                area('people', paths.people.pattern, () => import('./routes/people/list')),
                area('people', paths.people.detail.pattern, () => import('./routes/people/detail')),
                area('complaints', paths.complaints.pattern, () => import('./routes/complaints/list')),
                area('complaints', paths.complaints.create.pattern, () => import('./routes/complaints/create')),
                area('complaints', paths.complaints.detail.pattern, () => import('./routes/complaints/detail')),
                area('recipients', paths.recipients.pattern, () => import('./routes/recipients/list')),
                area('recipients', paths.recipients.create.pattern, () => import('./routes/recipients/create')),
                area('recipients', paths.recipients.flows.pattern, () => import('./routes/recipients/flows')),
                area('recipients', paths.recipients.detail.pattern, () => import('./routes/recipients/detail')),
                area('recipients', paths.recipients.edit.pattern, () => import('./routes/recipients/edit')),
                area('disclosures', paths.disclosures.pattern, () => import('./routes/disclosures/list')),
                area('compliance', paths.compliance.pattern, () => import('./routes/compliance/list')),
                area('compliance', paths.compliance.detail.pattern, () => import('./routes/compliance/detail')),
                area('policies', paths.policies.pattern, () => import('./routes/policies/list')),
                area('policies', paths.policies.version.pattern, () => import('./routes/policies/version')),
                area('reports', paths.reports.pattern, () => import('./routes/reports/report'), reportLoader(queryClient)),
                area('reports', paths.reports.frozen.pattern, () => import('./routes/reports/frozen')),
                area('violations', paths.violations.pattern, () => import('./routes/violations/list')),
                area('violations', paths.violations.create.pattern, () => import('./routes/violations/create')),
                area('violations', paths.violations.detail.pattern, () => import('./routes/violations/detail')),
                area('audit', paths.audit.pattern, () => import('./routes/audit/log')),
                area('apiReference', paths.apiReference.pattern, () => import('./routes/api-reference/reference')),
                { path: '*', lazy: lazyPage(() => import('./routes/not-found')) },
              ],
            },
          ],
        },
      ],
    },
  ];
}

export type AppRouterInstance = ReturnType<typeof createBrowserRouter>;

/**
 * The console's router. Made before React renders (src/main.tsx): it starts the first page's
 * loaders and code downloads at once, and its set-up runs with the script's own evaluation, not
 * inside the first render.
 */
export function createAppRouter(queryClient: QueryClient): AppRouterInstance {
  return createBrowserRouter(createRoutes(queryClient));
}

export function AppRouter({ router }: { router: AppRouterInstance }) {
  return <RouterProvider router={router} />;
}
