import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { consentKeys } from './consent-keys';

export function consentExpirationsQueryOptions() {
  return queryOptions({ queryKey: consentKeys.expirations(), queryFn: () => unwrap(api.GET('/consent-expirations')) });
}

/** Cookie consents lapsing in 30, 60 and 90 days; its `asOf` is the server's today, which the page's ranges end on. */
export function useConsentExpirations() {
  return useQuery(consentExpirationsQueryOptions());
}
