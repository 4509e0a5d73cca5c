import type { QueryClient } from '@tanstack/react-query';
import { preloadConsentFigures } from '../components/figure-modules';
import { brusselsToday } from '@/lib/format';
import { parseConsentView, rateQueriesFor } from '../lib/consent-view';
import { consentExpirationsQueryOptions } from './get-consent-expirations';
import { consentRatesQueryOptions } from './get-consent-rates';

/**
 * Starts the consent page's requests from its URL and the download of its charts, all in
 * parallel. Not awaited: the page renders at once and shows what has arrived. The requests go
 * first: the server takes longest, and the browser queues what it fetches in the order asked.
 */
export function prefetchConsentPage(queryClient: QueryClient, url: URL): void {
  const { overall, segments } = rateQueriesFor(parseConsentView(url.searchParams), brusselsToday());
  void queryClient.prefetchQuery(consentRatesQueryOptions(overall));
  if (segments) void queryClient.prefetchQuery(consentRatesQueryOptions(segments));
  void queryClient.prefetchQuery(consentExpirationsQueryOptions());
  preloadConsentFigures();
}
