import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconBuildingFactory2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';

const STATUS_COLOR: Record<Schemas['DsarStatus'], string> = {
  received: 'blue',
  identity_verification: 'violet',
  in_progress: 'cyan',
  awaiting_employer: 'orange',
  completed: 'green',
  rejected: 'red',
};

/** Type, status (in words), plan and channel, and the processor notice for a Business-plan request. */
export function DsarSummary({ dsar }: { dsar: Schemas['Dsar'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack gap="sm">
      <Paper withBorder p="md" radius="md">
        <Group gap="xl" wrap="wrap" component="dl" m={0} align="flex-start">
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('dsarDetail.header.status')}
            </Text>
            <dd style={{ margin: 0 }}>
              <Badge variant="dot" color={STATUS_COLOR[dsar.status]} size="lg">
                {t(`dsarTerms.status.${dsar.status}`)}
              </Badge>
            </dd>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('dsarDetail.header.type')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {t(`dsarTerms.type.${dsar.type}`)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('dsarDetail.header.plan')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {t(`dsarTerms.plan.${dsar.plan}`)} ({t(`dsarTerms.planRole.${dsar.plan}`)})
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('dsarDetail.header.channel')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {t(`dsarTerms.channel.${dsar.channel}`)}
            </Text>
          </div>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('dsarDetail.header.received')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {format.dateTime(dsar.receivedAt)}
            </Text>
          </div>
        </Group>
      </Paper>
      {dsar.plan === 'business' ? (
        <Alert color="blue" variant="light" icon={<IconBuildingFactory2 aria-hidden />} title={t('dsarDetail.header.processorNoticeTitle')}>
          {t('dsarDetail.header.processorNotice', { employer: dsar.employer?.name ?? '—' })}
        </Alert>
      ) : null}
    </Stack>
  );
}
