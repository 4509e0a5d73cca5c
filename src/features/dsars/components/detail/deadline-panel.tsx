import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconClock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { isOpen } from '../../lib/dsar-changes';
import { daysBetween, daysLeftKind, formatDayWithWeekday } from '../../lib/deadline';

/** The legal deadline as the server computed it, in words and with an icon (never colour alone). */
export function DeadlinePanel({ dsar }: { dsar: Schemas['Dsar'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { deadline, extension } = dsar;
  const kind = daysLeftKind(deadline.daysLeft, isOpen(dsar));
  const daysText =
    kind === 'closed'
      ? t('dsarTerms.daysLeft.closed')
      : kind === 'overdue'
        ? t('dsarTerms.daysLeft.overdue', { count: -deadline.daysLeft })
        : kind === 'due_today'
          ? t('dsarTerms.daysLeft.dueToday')
          : t('dsarTerms.daysLeft.left', { count: deadline.daysLeft });
  const icon =
    kind === 'overdue' ? (
      <IconAlertTriangle aria-hidden size={20} color="var(--mantine-color-red-text)" />
    ) : kind === 'closed' ? (
      <IconCircleCheck aria-hidden size={20} />
    ) : (
      <IconClock aria-hidden size={20} />
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-deadline-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="dsar-deadline-title">
          {t('dsarDetail.deadline.title')}
        </Title>
        <dl style={{ margin: 0 }}>
          <Text component="dt" size="sm" c="dimmed">
            {t('dsarDetail.deadline.dueOn')}
          </Text>
          <Text component="dd" fw={700} m={0}>
            {formatDayWithWeekday(deadline.dueOn, format.lang)}
          </Text>
          <Group component="dd" gap={6} m={0} mt={4} wrap="nowrap">
            {icon}
            <Text fw={kind === 'overdue' ? 700 : 500}>
              {daysText}
            </Text>
          </Group>
          <Text component="dt" size="sm" c="dimmed" mt="xs">
            {t('dsarDetail.deadline.internalTarget')}
          </Text>
          <Text component="dd" m={0}>
            {formatDayWithWeekday(deadline.internalTargetOn, format.lang)}{' '}
            <Text span size="sm" c="dimmed">
              {t('dsarQueueActions.target.before', { count: daysBetween(deadline.internalTargetOn, deadline.dueOn) })}
            </Text>
          </Text>
          <Text component="dt" size="sm" c="dimmed" mt="xs">
            {t('dsarDetail.deadline.originalDueOn')}
          </Text>
          <Text component="dd" m={0}>
            {formatDayWithWeekday(deadline.originalDueOn, format.lang)}
          </Text>
          <Text component="dt" size="sm" c="dimmed" mt="xs">
            {t('dsarDetail.deadline.extended')}
          </Text>
          <Text component="dd" m={0}>
            {extension
              ? t('dsarDetail.deadline.extendedBy', {
                  at: format.date(extension.extendedAt),
                  name: extension.extendedBy.displayName,
                  reason: extension.reason,
                  informed: format.date(extension.personInformedOn),
                })
              : t('dsarDetail.deadline.notExtended')}
          </Text>
        </dl>
        <Text size="xs" c="dimmed">
          {t('dsarDetail.deadline.rule')}
        </Text>
      </Stack>
    </Paper>
  );
}
