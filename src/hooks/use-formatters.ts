import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '@/i18n';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';

/** The formatters of src/lib/format.ts bound to the UI language. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const lang: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return useMemo(
    () => ({
      lang,
      date: (value: string | Date, style?: 'medium' | 'short') => formatDate(value, lang, style),
      dateTime: (value: string | Date) => formatDateTime(value, lang),
      number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(value, lang, options),
      percent: (ratio: number, fractionDigits?: number) => formatPercent(ratio, lang, fractionDigits),
    }),
    [lang],
  );
}
