import '../translations';
import { Box, Button, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import type { ConsentRatesQuery } from '../api/consent-keys';
import { useConsentExpirations } from '../api/get-consent-expirations';
import { useConsentRates } from '../api/get-consent-rates';
import { brusselsToday } from '@/lib/format';
import { comparisonPeriod, rateQueriesFor } from '../lib/consent-view';
import { ConsentControls } from './consent-controls';
import { loadExpirationsFigure, loadPurposesFigure, loadTrendFigures } from './figure-modules';
import { RateDefinitions } from './rate-definitions';
import { useConsentView } from './use-consent-view';
import { useRateText } from './use-rate-text';

// The figures (and Recharts with them) load while the page asks for its numbers, not before:
// the route's own code stays small, so the requests start as soon as it runs.
const PurposesFigure = lazy(() => loadPurposesFigure().then((module) => ({ default: module.PurposesFigure })));
const TrendFigures = lazy(() => loadTrendFigures().then((module) => ({ default: module.TrendFigures })));
const ExpirationsFigure = lazy(() => loadExpirationsFigure().then((module) => ({ default: module.ExpirationsFigure })));

/**
 * Consent analytics: every purpose's opt-in and consent rate over a period, one purpose over time
 * (broken down, compared, with the server's anomaly markers), and cookie consents about to lapse.
 * All numbers are aggregated by the server; the browser never sees an individual's event here.
 */
export function ConsentPage() {
  const { t } = useTranslation();
  const text = useRateText();
  const { view, update } = useConsentView();
  const expirations = useConsentExpirations();
  // A preset range is resolved by the server; until it has said its today, this machine's chooses the granularity.
  const { period, overall: overallQuery, segments: segmentQuery } = rateQueriesFor(view, expirations.data?.asOf ?? brusselsToday());
  const overall = useConsentRates(overallQuery);
  const segmented = useConsentRates(segmentQuery);
  // The dates the server used: the comparison period is computed from them.
  const shown = overall.data && !overall.isPlaceholderData ? { from: overall.data.from, to: overall.data.to } : null;
  const compared = shown && view.compare ? comparisonPeriod(shown.from, shown.to, view.compare) : null;
  const { period: _preset, from: _from, to: _to, ...sameFilters } = overallQuery;
  const compareQuery: ConsentRatesQuery | null = compared ? { ...sameFilters, ...compared } : null;
  const previous = useConsentRates(compareQuery);

  const filterNames = [
    ...(view.country ?? []).map((value) => t(`consentTerms.country.${value}`)),
    ...(view.plan ?? []).map((value) => t(`consentTerms.plan.${value}`)),
    ...(view.channel ?? []).map((value) => t(`consentTerms.channel.${value}`)),
  ];
  const dates = overall.data ?? period;
  const periodText = t('consentRates.periodText', { from: text.format.date(dates.from), to: text.format.date(dates.to) }) + (filterNames.length ? ` (${filterNames.join(', ')})` : '');
  const comparisonText = compared ? t('consentRates.comparisonText', { from: text.format.date(compared.from), to: text.format.date(compared.to) }) : null;
  const hasFilters = filterNames.length > 0;
  const skeleton = (count: number) => <LoadingSkeleton variant="cards" label={t('consentRates.loading')} count={count} />;
  // At least a screen tall, like the figures it stands for: what comes below (the expirations,
  // often answered first) starts below the fold and does not jump down when the rates arrive.
  const ratesSkeleton = <Box mih="100vh">{skeleton(3)}</Box>;

  const body = () => {
    if (overall.isError) return <ErrorState error={overall.error} title={t('consentRates.error')} onRetry={() => void overall.refetch()} />;
    if (!overall.data) return ratesSkeleton;
    const nobody = overall.data.series.every((series) => series.totals.asked === 0 && series.totals.withdrawn === 0);
    if (nobody) {
      return (
        <EmptyState
          title={t('consentRates.empty.title')}
          description={hasFilters ? t('consentRates.empty.filtered', { period: periodText }) : t('consentRates.empty.description', { period: periodText })}
          actions={
            hasFilters ? (
              <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={() => update({ country: undefined, plan: undefined, channel: undefined })}>
                {t('consentRates.empty.clearFilters')}
              </Button>
            ) : undefined
          }
        />
      );
    }
    const purposeSeries = overall.data.series.find((series) => series.purpose === view.purpose) ?? null;
    const trendSeries = view.groupBy ? (segmented.data?.series ?? null) : purposeSeries ? [purposeSeries] : null;
    const previousPurpose = previous.data?.series.find((series) => series.purpose === view.purpose) ?? null;
    return (
      <Suspense fallback={ratesSkeleton}>
        <PurposesFigure series={overall.data.series} previous={compareQuery ? (previous.data?.series ?? null) : null} periodText={periodText} comparisonText={comparisonText} busy={overall.isPlaceholderData || previous.isFetching} />
        {segmented.isError ? (
          <ErrorState error={segmented.error} title={t('consentRates.error')} onRetry={() => void segmented.refetch()} />
        ) : trendSeries ? (
          <TrendFigures
            purpose={view.purpose}
            onPurpose={(purpose) => update({ purpose })}
            series={trendSeries}
            groupBy={view.groupBy ?? null}
            previous={view.groupBy ? null : previousPurpose}
            granularity={overall.data.granularity}
            periodText={periodText}
            comparisonText={comparisonText}
            busy={overall.isPlaceholderData || segmented.isPlaceholderData}
          />
        ) : (
          skeleton(2)
        )}
      </Suspense>
    );
  };

  return (
    <>
      <PageHeader title={t('consentRates.title')} description={t('consentRates.description')} />
      <RateDefinitions />
      <ConsentControls key={`${view.range}|${dates.from}|${dates.to}`} view={view} period={{ ...period, from: dates.from, to: dates.to }} onChange={update} />
      <Stack gap="md">
        {body()}
        {expirations.isError ? (
          <ErrorState error={expirations.error} title={t('consentRates.expirations.error')} onRetry={() => void expirations.refetch()} />
        ) : expirations.data ? (
          <Suspense fallback={skeleton(1)}>
            <ExpirationsFigure expirations={expirations.data} />
          </Suspense>
        ) : (
          skeleton(1)
        )}
      </Stack>
    </>
  );
}
