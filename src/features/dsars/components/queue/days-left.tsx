import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarCheck, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import classes from './days-left.module.css';

/** Days to the legal due date, said in words with an icon: colour is never the only signal. */
export function DaysLeft({ deadline }: { deadline: Schemas['Deadline'] }) {
  const { t } = useTranslation();
  const { daysLeft, band } = deadline;
  if (band === null) {
    return (
      <Group gap={6} wrap="nowrap">
        <IconCircleCheck size={16} aria-hidden />
        <Text size="sm">{t('dsarTerms.daysLeft.closed')}</Text>
      </Group>
    );
  }
  const overdue = daysLeft < 0;
  const label = overdue
    ? t('dsarTerms.daysLeft.overdue', { count: -daysLeft })
    : daysLeft === 0
      ? t('dsarTerms.daysLeft.dueToday')
      : t('dsarTerms.daysLeft.left', { count: daysLeft });
  const Icon = overdue ? IconAlertTriangle : band === 'due_soon' || daysLeft === 0 ? IconClockExclamation : IconCalendarCheck;
  // Darker (light) or lighter (dark) than the theme's text shades, for 4.5:1 on striped rows too.
  const className = overdue ? classes.overdue : band === 'due_soon' ? classes.dueSoon : undefined;
  return (
    <Group gap={6} wrap="nowrap" className={className}>
      <Icon size={16} aria-hidden />
      <Text size="sm" fw={overdue ? 700 : 500} c="inherit" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Text>
    </Group>
  );
}
