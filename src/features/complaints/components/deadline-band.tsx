import { Group, Text } from '@mantine/core';
import { IconAlarm, IconCircleCheck, IconClockExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import classes from './complaints.module.css';

const ICONS = { overdue: IconClockExclamation, due_soon: IconAlarm, on_track: IconCircleCheck } as const;
const CLASS = { overdue: classes.overdue, due_soon: classes.dueSoon, on_track: undefined } as const;

/** The response deadline band in words with an icon (colour only repeats the words). */
export function DeadlineBand({ band }: { band: Schemas['DeadlineBand'] | null }) {
  const { t } = useTranslation();
  if (!band) {
    return (
      <Text size="sm" c="dimmed">
        {t('complaintTerms.band.none')}
      </Text>
    );
  }
  const Icon = ICONS[band];
  return (
    <Group gap={4} wrap="nowrap" className={CLASS[band]}>
      <Icon size={16} aria-hidden />
      <Text size="sm" fw={band === 'on_track' ? 400 : 600}>
        {t(`complaintTerms.band.${band}`)}
      </Text>
    </Group>
  );
}
