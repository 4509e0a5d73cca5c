import { useTranslation } from 'react-i18next';
import { ComingSoon } from '@/components/states/coming-soon';
import type { AreaKey } from '../navigation';

interface AreaComingSoonProps {
  area: AreaKey;
  /** A detail page of the area ("one request") rather than its list. */
  page?: 'list' | 'detail';
}

/**
 * The placeholder of an area not built yet: its name, what it will do, and what it will let
 * people do (from `areas.<area>` in the translations). Replaced by the real page module.
 */
export function AreaComingSoon({ area, page = 'list' }: AreaComingSoonProps) {
  const { t } = useTranslation();
  const capabilities = t(`areas.${area}.capabilities`, { returnObjects: true });
  return (
    <ComingSoon
      title={page === 'detail' ? t(`areas.${area}.detailTitle`) : t(`nav.${area}`)}
      description={page === 'detail' ? t(`areas.${area}.detailSummary`) : t(`areas.${area}.summary`)}
      capabilities={Array.isArray(capabilities) ? capabilities.filter((item): item is string => typeof item === 'string') : []}
    />
  );
}
