import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/hooks/use-formatters';
import type { Granularity } from '../lib/calendar';
import type { Segment } from '../lib/consent-view';
import { periodLabel, periodTick } from '../lib/rates';

/** How rates are written everywhere on the page: a percentage with the counts it divides. */
export function useRateText() {
  const { t } = useTranslation();
  const format = useFormatters();
  const percent = (ratio: number | null) => (ratio === null ? t('consentRates.noRate') : format.percent(ratio, 1));
  return {
    format,
    percent,
    /** "61.2 % (1,234 of 2,016)", or "no one asked" when the denominator is zero. */
    share: (ratio: number | null, numerator: number, denominator: number) =>
      ratio === null ? t('consentRates.noRate') : t('consentRates.share', { rate: format.percent(ratio, 1), numerator: format.number(numerator), denominator: format.number(denominator) }),
    points: (change: number | null) => (change === null ? '—' : t('consentRates.pointsChange', { change: `${change > 0 ? '+' : change < 0 ? '−' : '±'}${format.number(Math.abs(change), { maximumFractionDigits: 1 })}` })),
    period: (start: string, granularity: Granularity) =>
      periodLabel(
        start,
        granularity,
        format.lang,
        (date) => t('consentRates.weekOf', { date }),
        (quarter, year) => t('consentRates.quarter', { quarter, year }),
      ),
    tick: (start: string, granularity: Granularity) => periodTick(start, granularity, format.lang, (quarter, year) => t('consentRates.quarter', { quarter, year })),
    segment: (dimension: Segment | null, value: string | null) => {
      if (!dimension || value === null) return t('consentRates.allPeople');
      if (dimension === 'policy_version') return t('consentRates.policyVersion', { version: value });
      const key = dimension === 'country' ? 'country' : dimension === 'plan' ? 'plan' : 'channel';
      return t(`consentTerms.${key}.${value}`);
    },
    purpose: (key: string) => t(`consentTerms.purpose.${key}`),
  };
}
