import '../translations';
import { Button, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { PageHeader } from '@/components/page-header';
import type { ConsentRatesQuery } from '../api/consent-keys';
import { useConsentExpirations } from '../api/get-consent-expirations';
import { useConsentRates } from '../api/get-consent-rates';
import { comparisonPeriod, resolvePeriod, type ConsentView } from '../lib/consent-view';
import { ConsentControls } from './consent-controls';
import { ExpirationsFigure } from './expirations-figure';
import { PurposesFigure } from './purposes-figure';
import { RateDefinitions } from './rate-definitions';
import { TrendFigures } from './trend-figures';
import { useConsentView } from './use-consent-view';
import { useRateText } from './use-rate-text';

const filtersOf = (view: ConsentView) => ({
  ...(view.country ? { country: view.country } : {}),
  ...(view.plan ? { plan: view.plan } : {}),
  ...(view.channel ? { channel: view.channel } : {}),
});

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
  // The server's today (the expirations' reference day) ends every preset range.
  const period = expirations.data ? resolvePeriod(view, expirations.data.asOf) : null;
  const filters = filtersOf(view);
  const overallQuery: ConsentRatesQuery | null = period ? { from: period.from, to: period.to, granularity: period.granularity, ...filters } : null;
  const segmentQuery: ConsentRatesQuery | null = period && view.groupBy ? { from: period.from, to: period.to, granularity: period.granularity, purpose: [view.purpose], groupBy: view.groupBy, ...filters } : null;
  const compared = period && view.compare ? comparisonPeriod(period.from, period.to, view.compare) : null;
  const compareQuery: ConsentRatesQuery | null = period && compared ? { ...compared, granularity: period.granularity, ...filters } : null;
  const overall = useConsentRates(overallQuery);
  const segmented = useConsentRates(segmentQuery);
  const previous = useConsentRates(compareQuery);

  const header = <PageHeader title={t('consentRates.title')} description={t('consentRates.description')} />;
  if (expirations.isError) {
    return (
      <>
        {header}
        <ErrorState error={expirations.error} title={t('consentRates.error')} onRetry={() => void expirations.refetch()} />
      </>
    );
  }
  if (!period || !expirations.data) {
    return (
      <>
        {header}
        <LoadingSkeleton variant="cards" label={t('consentRates.loading')} count={3} />
      </>
    );
  }

  const filterNames = [
    ...(view.country ?? []).map((value) => t(`consentTerms.country.${value}`)),
    ...(view.plan ?? []).map((value) => t(`consentTerms.plan.${value}`)),
    ...(view.channel ?? []).map((value) => t(`consentTerms.channel.${value}`)),
  ];
  const periodText = t('consentRates.periodText', { from: text.format.date(period.from), to: text.format.date(period.to) }) + (filterNames.length ? ` (${filterNames.join(', ')})` : '');
  const comparisonText = compared ? t('consentRates.comparisonText', { from: text.format.date(compared.from), to: text.format.date(compared.to) }) : null;
  const hasFilters = filterNames.length > 0;

  const body = () => {
    if (overall.isError) return <ErrorState error={overall.error} title={t('consentRates.error')} onRetry={() => void overall.refetch()} />;
    if (!overall.data) return <LoadingSkeleton variant="cards" label={t('consentRates.loading')} count={3} />;
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
      <Stack gap="md">
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
            granularity={period.granularity}
            periodText={periodText}
            comparisonText={comparisonText}
            busy={overall.isPlaceholderData || segmented.isPlaceholderData}
          />
        ) : (
          <LoadingSkeleton variant="cards" label={t('consentRates.loading')} count={2} />
        )}
      </Stack>
    );
  };

  return (
    <>
      {header}
      <RateDefinitions />
      <ConsentControls key={view.range} view={view} period={period} onChange={update} />
      <Stack gap="md">
        {body()}
        <ExpirationsFigure expirations={expirations.data} />
      </Stack>
    </>
  );
}
