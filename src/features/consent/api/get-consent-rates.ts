import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import { consentKeys, type ConsentRatesQuery } from './consent-keys';

export function consentRatesQueryOptions(query: ConsentRatesQuery) {
  return queryOptions({
    queryKey: consentKeys.rate(query),
    queryFn: ({ signal }) => unwrap(api.GET('/consent-rates', { params: { query }, signal })),
  });
}

/** Aggregated by the server; the browser never receives an event for a rate. `null` waits. */
export function useConsentRates(query: ConsentRatesQuery | null) {
  return useQuery({
    ...consentRatesQueryOptions(query ?? { from: '', to: '', granularity: 'day' }),
    enabled: query !== null,
    // A new filter keeps the previous chart on screen (dimmed) instead of a skeleton.
    placeholderData: keepPreviousData,
  });
}
