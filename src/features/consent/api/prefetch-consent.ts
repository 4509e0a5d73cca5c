import type { QueryClient } from '@tanstack/react-query';
import { preloadConsentFigures } from '../components/figure-modules';
import { brusselsToday } from '../lib/calendar';
import { parseConsentView, rateQueriesFor } from '../lib/consent-view';
import { consentExpirationsQueryOptions } from './get-consent-expirations';
import { consentRatesQueryOptions } from './get-consent-rates';

/**
 * Starts the consent page's requests from its URL and the download of its charts, all in
 * parallel. Not awaited: the page renders at once and shows what has arrived.
 */
export function prefetchConsentPage(queryClient: QueryClient, url: URL): void {
  preloadConsentFigures();
  const { overall, segments } = rateQueriesFor(parseConsentView(url.searchParams), brusselsToday());
  void queryClient.prefetchQuery(consentExpirationsQueryOptions());
  void queryClient.prefetchQuery(consentRatesQueryOptions(overall));
  if (segments) void queryClient.prefetchQuery(consentRatesQueryOptions(segments));
}
