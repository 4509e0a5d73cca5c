import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { prefetchConsentPage } from '@/features/consent/api/prefetch-consent';
import { sessionQueryOptions } from '@/features/session/api/get-session';
import { hasPermission } from '@/features/session/lib/permissions';

// The requests start with the route, before the page renders and while its code and charts load.
export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    // Only for who may see rates (the app layout shows the others a not-permitted page). The
    // session is the one the app's loader is already fetching: waiting for it costs nothing more.
    const session = await queryClient.ensureQueryData(sessionQueryOptions());
    if (hasPermission(session, 'consent_rates_read')) prefetchConsentPage(queryClient, new URL(request.url));
    return null;
  };
