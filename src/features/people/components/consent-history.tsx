import { Group, Paper, SegmentedControl, Stack, Text, Timeline, Title } from '@mantine/core';
import { MultiSelect } from '@/components/forms/select';
import { IconCircleCheck, IconCircleMinus, IconCircleX, IconClockX } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '@/api/types';
import { ListPagination } from '@/components/list/list-pagination';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { PURPOSE_KEYS } from '@/lib/purpose-keys';
import { useConsentHistory } from '../api/get-person';
import { parseHistoryView, serializeHistoryView, type HistoryView } from '../lib/history-view';
import { DecisionBadge } from './decision-badge';

const ICONS: Record<Schemas['ConsentEvent']['decision'], React.ReactNode> = {
  granted: <IconCircleCheck size={14} aria-hidden />,
  refused: <IconCircleX size={14} aria-hidden />,
  withdrawn: <IconCircleMinus size={14} aria-hidden />,
  expired: <IconClockX size={14} aria-hidden />,
};
const COLORS: Record<Schemas['ConsentEvent']['decision'], string> = { granted: 'green', refused: 'gray', withdrawn: 'orange', expired: 'yellow' };

function useHistoryView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parseHistoryView(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<HistoryView>) => setSearchParams(serializeHistoryView({ ...view, page: 1, ...patch }), { replace: true }), [view, setSearchParams]);
  return { view, update };
}

/** Every consent event of the person as a timeline: what, which decision, when, how, under which policy, and the proof. */
export function ConsentHistory({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const { view, update } = useHistoryView();
  const history = useConsentHistory(personId, view);

  const content = () => {
    if (history.isPending) return <LoadingSkeleton variant="table" count={5} label={t('peopleDetail.history.loading')} />;
    if (history.isError) return <ErrorState error={history.error} title={t('peopleDetail.history.error')} onRetry={() => void history.refetch()} />;
    if (history.data.items.length === 0) {
      return <EmptyState headingLevel={3} title={view.purpose ? t('peopleDetail.history.emptyFiltered') : t('peopleDetail.history.empty')} description={t('peopleDetail.history.emptyDescription')} />;
    }
    return (
      <>
        <Timeline bulletSize={24} lineWidth={2} style={{ opacity: history.isPlaceholderData ? 0.6 : 1 }} aria-label={t('peopleDetail.history.title')}>
          {history.data.items.map((event) => (
            <Timeline.Item key={event.id} bullet={ICONS[event.decision]} color={COLORS[event.decision]} title={
              <Group gap="xs" component="span">
                <Text component="span" fw={600}>
                  {t(`consentTerms.purpose.${event.purpose}`)}
                </Text>
                <DecisionBadge state={event.decision} />
              </Group>
            }>
              <Stack gap={2} mt={4}>
                <Text size="sm">
                  {t('peopleDetail.history.when', {
                    at: format.dateTime(event.occurredAt),
                    channel: t(`consentTerms.channel.${event.channel}`),
                    version: event.policyVersion.version,
                  })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('peopleDetail.history.evidence')}: {event.evidence.source}
                  {event.evidence.ipPrefix ? ` · ${t('peopleDetail.history.ip', { prefix: event.evidence.ipPrefix })}` : ''}
                  {event.evidence.userAgentFamily ? ` · ${event.evidence.userAgentFamily}` : ''}
                </Text>
                <Text size="sm" c="dimmed" fs="italic" lang="nl">
                  {event.evidence.wording}
                </Text>
                {event.recordedBy ? (
                  <Text size="sm">
                    {t('peopleDetail.history.recordedBy', { name: event.recordedBy.displayName })}
                    {event.reason ? ` ${t('peopleDetail.history.reason', { reason: event.reason })}` : ''}
                  </Text>
                ) : null}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
        <ListPagination
          page={view.page}
          pageSize={view.pageSize}
          totalItems={history.data.totalItems}
          onPage={(page) => update({ page })}
          onPageSize={(pageSize) => update({ pageSize })}
          pageSizeLabel={t('peopleDetail.history.pageSize')}
        />
      </>
    );
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-history-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="person-history-title">
            {t('peopleDetail.history.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('peopleDetail.history.description')}
          </Text>
        </div>
        <Group gap="md" align="flex-end">
          <MultiSelect
            label={t('peopleDetail.history.purposes')}
            placeholder={view.purpose?.length ? undefined : t('peopleDetail.history.allPurposes')}
            w={360}
            value={view.purpose ?? []}
            data={PURPOSE_KEYS.filter((key) => key !== 'cookies_necessary').map((key) => ({ value: key, label: t(`consentTerms.purpose.${key}`) }))}
            onChange={(value) => update({ purpose: value.length ? (value) : undefined })}
          />
          <SegmentedControl
            aria-label={t('peopleDetail.history.order')}
            value={view.sort}
            onChange={(value) => update({ sort: value === 'occurredAt' ? 'occurredAt' : '-occurredAt' })}
            data={[
              { value: '-occurredAt', label: t('peopleDetail.history.newest') },
              { value: 'occurredAt', label: t('peopleDetail.history.oldest') },
            ]}
          />
        </Group>
        {content()}
      </Stack>
    </Paper>
  );
}
