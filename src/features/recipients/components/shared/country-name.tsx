import { useFormatters } from '@/hooks/use-formatters';
import { localeFor } from '@/lib/format';

/** A country's name in the reader's language, with its ISO code ("United States (US)"). */
export function useCountryName() {
  const { lang } = useFormatters();
  const names = new Intl.DisplayNames([localeFor(lang)], { type: 'region' });
  return (code: string) => `${names.of(code) ?? code} (${code})`;
}

export function CountryName({ code }: { code: string }) {
  const name = useCountryName();
  return <>{name(code)}</>;
}
