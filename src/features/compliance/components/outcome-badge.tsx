import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClockHour4, IconMinus, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';

type Outcome = Schemas['CheckOutcomeOrPending'];

// An icon and a word for every outcome: colour only repeats what they say.
const LOOK: Record<Outcome, { color: string; icon: ReactNode }> = {
  pass: { color: 'teal', icon: <IconCheck size={12} aria-hidden /> },
  fail: { color: 'red', icon: <IconX size={12} aria-hidden /> },
  warning: { color: 'yellow', icon: <IconAlertTriangle size={12} aria-hidden /> },
  not_applicable: { color: 'gray', icon: <IconMinus size={12} aria-hidden /> },
  pending: { color: 'gray', icon: <IconClockHour4 size={12} aria-hidden /> },
};

// The words keep the body text colour (AA in both schemes); the coloured border and icon only repeat them.
const BADGE_STYLES = { root: { color: 'var(--mantine-color-text)', maxWidth: 'none', overflow: 'visible' }, label: { textTransform: 'none' as const, overflow: 'visible' } };

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation();
  const look = LOOK[outcome];
  return (
    <Badge variant="outline" color={look.color} leftSection={look.icon} radius="sm" styles={BADGE_STYLES}>
      {t(`complianceTerms.outcome.${outcome}`)}
    </Badge>
  );
}

/** Overdue stands out by an icon and a word, not by colour alone. */
export function OverdueBadge({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Badge variant="filled" color="red.9" leftSection={<IconClockHour4 size={12} aria-hidden />} radius="sm" styles={{ label: { textTransform: 'none' } }}>
      {label ?? t('complianceTerms.overdue')}
    </Badge>
  );
}

export function ActionStatusBadge({ status }: { status: Schemas['RemediationStatus'] }) {
  const { t } = useTranslation();
  const color = status === 'done' ? 'teal' : status === 'in_progress' ? 'blue' : 'orange';
  return (
    <Badge variant="outline" color={color} radius="sm" styles={BADGE_STYLES}>
      {t(`complianceTerms.actionStatus.${status}`)}
    </Badge>
  );
}
