import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconMailForward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { FigureWithTable } from '@/components/figure/figure-with-table';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useAnnouncement, useResendAnnouncement } from '../api/policy-queries';

type Announcement = Schemas['Announcement'];
type Stage = 'delivered' | 'sent' | 'queued' | 'bounced';

// Stages in the order a copy moves through them; the bar's colours are repeated by the legend's words.
const STAGES: ReadonlyArray<{ key: Stage; color: string }> = [
  { key: 'delivered', color: 'teal.7' },
  { key: 'sent', color: 'blue.6' },
  { key: 'queued', color: 'gray.5' },
  { key: 'bounced', color: 'red.7' },
];

/**
 * How far the announcement of a material change reached every registered user: queued, sent,
 * delivered and bounced copies out of all of them, the day the policy's "Ingangsdatum" was
 * updated, and sending the bounced copies again.
 */
export function AnnouncementPanel({ announcementId, canWrite }: { announcementId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const announcement = useAnnouncement(announcementId);
  if (announcement.isPending) return <LoadingSkeleton variant="cards" label={t('policiesVersions.announcement.loading')} />;
  if (announcement.isError) return <ErrorState error={announcement.error} title={t('policiesVersions.announcement.error')} onRetry={() => void announcement.refetch()} />;
  return <AnnouncementProgress announcement={announcement.data.data} etag={announcement.data.etag} canWrite={canWrite} onStale={() => void announcement.refetch()} />;
}

function AnnouncementProgress({ announcement, etag, canWrite, onStale }: { announcement: Announcement; etag: string; canWrite: boolean; onStale: () => void }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const resend = useResendAnnouncement(announcement.id);
  const total = announcement.totalRecipients;
  const rows = STAGES.map((stage) => ({ ...stage, label: t(`policiesVersions.announcement.stage.${stage.key}`), count: announcement[stage.key], share: total > 0 ? announcement[stage.key] / total : 0 }));
  const summary = t(`policiesVersions.announcement.summary.${announcement.status}`, {
    delivered: f.number(announcement.delivered),
    total: f.number(total),
    share: f.percent(total > 0 ? announcement.delivered / total : 0, 1),
    bounced: f.number(announcement.bounced),
  });

  const doResend = async () => {
    try {
      await resend.mutateAsync(etag);
      notifications.show({ color: 'teal', message: t('policiesVersions.announcement.resent') });
    } catch (error) {
      const stale = isApiError(error) && error.status === 412;
      if (stale) onStale();
      notifications.show({
        color: 'orange',
        title: t('policiesVersions.announcement.resendFailed'),
        message: stale ? t('policiesVersions.announcement.stale') : isApiError(error) ? (error.problem.detail ?? error.problem.title) : t('policiesVersions.form.unknownError'),
      });
    }
  };

  return (
    <Stack gap="md">
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('policiesVersions.announcement.channelTitle')}>
        {t('policiesVersions.legalNotice')}
      </Alert>
      <FigureWithTable
        title={t('policiesVersions.announcement.title')}
        description={t('policiesVersions.announcement.description', { date: f.dateTime(announcement.startedAt), total: f.number(total) })}
        summary={summary}
        chart={
          <Stack gap="xs">
            <Progress.Root size={28} aria-hidden>
              {rows.map((row) => (row.count > 0 ? <Progress.Section key={row.key} value={row.share * 100} color={row.color} /> : null))}
            </Progress.Root>
            <Group gap="lg" wrap="wrap">
              {rows.map((row) => (
                <Group key={row.key} gap={6} wrap="nowrap">
                  <span aria-hidden style={{ width: 12, height: 12, borderRadius: 2, background: `var(--mantine-color-${row.color.replace('.', '-')})`, display: 'inline-block' }} />
                  <Text size="sm">
                    {row.label}: {f.number(row.count)} ({f.percent(row.share, 1)})
                  </Text>
                </Group>
              ))}
            </Group>
          </Stack>
        }
        columns={[
          { header: t('policiesVersions.announcement.stageHeader'), value: (row) => row.label },
          { header: t('policiesVersions.announcement.copies'), value: (row) => row.count, render: (row) => f.number(row.count), numeric: true },
          { header: t('policiesVersions.announcement.share'), value: (row) => Math.round(row.share * 10000) / 10000, render: (row) => f.percent(row.share, 1), numeric: true },
        ]}
        rows={rows}
        rowKey={(row) => row.key}
        csvFileName="policy-announcement-reach"
      />
      <Group gap="xl" wrap="wrap" align="flex-start">
        <Fact label={t('policiesVersions.announcement.status')} value={t(`policiesVersions.announcement.statusValue.${announcement.status}`)} />
        <Fact label={t('policiesVersions.announcement.registered')} value={f.number(total)} />
        <Fact label={t('policiesVersions.announcement.resends')} value={f.number(announcement.resendCount)} />
        <Fact
          label={t('policiesVersions.announcement.policyDate')}
          value={announcement.policyDateUpdatedOn ? f.date(announcement.policyDateUpdatedOn) : t('policiesVersions.announcement.policyDateNotYet')}
        />
      </Group>
      {canWrite ? (
        <Group gap="sm">
          <Button leftSection={<IconMailForward size={16} aria-hidden />} variant="light" onClick={() => void doResend()} loading={resend.isPending} disabled={announcement.bounced === 0}>
            {t('policiesVersions.announcement.resend', { count: announcement.bounced, formatted: f.number(announcement.bounced) })}
          </Button>
          {announcement.bounced === 0 ? (
            <Text size="sm" c="dimmed">
              {t('policiesVersions.announcement.nothingBounced')}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {value}
      </Text>
    </Stack>
  );
}
