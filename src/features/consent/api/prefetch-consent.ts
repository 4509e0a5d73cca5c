import type { QueryClient } from '@tanstack/react-query';
import { brusselsToday } from '../lib/calendar';
import { parseConsentView, rateQueriesFor } from '../lib/consent-view';
import { consentExpirationsQueryOptions } from './get-consent-expirations';
import { consentRatesQueryOptions } from './get-consent-rates';

/**
 * Starts the consent page's requests from its URL, in parallel, while the page and its charts
 * load. Not awaited: the page renders at once and shows what has arrived.
 */
export function prefetchConsentPage(queryClient: QueryClient, url: URL): void {
  const { overall, segments } = rateQueriesFor(parseConsentView(url.searchParams), brusselsToday());
  void queryClient.prefetchQuery(consentExpirationsQueryOptions());
  void queryClient.prefetchQuery(consentRatesQueryOptions(overall));
  if (segments) void queryClient.prefetchQuery(consentRatesQueryOptions(segments));
}
