import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

const COLORS: Record<Schemas['PurposeConsent']['state'], string> = {
  granted: 'green',
  refused: 'gray',
  withdrawn: 'orange',
  expired: 'yellow',
  not_asked: 'gray',
  not_required: 'blue',
};

/** A consent state or decision in words (colour only repeats what the word says). */
export function DecisionBadge({ state }: { state: Schemas['PurposeConsent']['state'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[state]} radius="sm">
      {t(`consentTerms.state.${state}`)}
    </Badge>
  );
}
