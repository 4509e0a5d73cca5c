import '../../translations';
import { PagedListBody, pagedListLabels } from '@/components/list/paged-list-body';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '@/api/types';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import type { ComplaintListQuery } from '../../api/complaint-keys';
import { useComplaintList } from '../../api/complaint-queries';
import {
  COMPLAINT_BANDS,
  currentView,
  hasComplaintFilters,
  parseComplaintSearchParams,
  QUEUE_VIEWS,
  serializeComplaintQuery,
  viewFilters,
  type QueueView,
} from '../../lib/complaint-search-params';
import { ComplaintFilters } from './complaint-filters';
import { ComplaintTable } from './complaint-table';

/** The view lives in the URL: every change is a navigation, and a link reproduces it. */
function useComplaintQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const query = useMemo(() => parseComplaintSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback(
    // Any change but a page flip starts at page 1: page 4 of another filter means nothing.
    (patch: Partial<ComplaintListQuery>) => setSearchParams(serializeComplaintQuery({ ...query, page: 1, ...patch })),
    [query, setSearchParams],
  );
  const clear = useCallback(() => setSearchParams(serializeComplaintQuery({ sort: query.sort, pageSize: query.pageSize })), [query.sort, query.pageSize, setSearchParams]);
  return { query, update, clear };
}

function BandSummary({ counts, selected, onToggle }: { counts: Schemas['BandCounts']; selected: readonly string[]; onToggle: (band: Schemas['DeadlineBand']) => void }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Group gap="xs" role="group" aria-label={t('complaintQueue.bands.label')}>
      {COMPLAINT_BANDS.map((band) => (
        <Button key={band} size="xs" variant={selected.includes(band) ? 'filled' : 'default'} aria-pressed={selected.includes(band)} onClick={() => onToggle(band)}>
          {t(`complaintQueue.bands.${band}`, { count: counts[band], value: number(counts[band]) })}
        </Button>
      ))}
    </Group>
  );
}

export interface ComplaintQueuePageProps {
  /** `complaints` for everyone the server shows; support staff only get their own and unassigned ones. */
  seesAll: boolean;
  canReadStaff: boolean;
  /** complaints_write and people_read: may register a complaint that arrived. */
  canRegister: boolean;
}

export function ComplaintQueuePage({ seesAll, canReadStaff, canRegister }: ComplaintQueuePageProps) {
  const { t } = useTranslation();
  const { query, update, clear } = useComplaintQuery();
  const list = useComplaintList(query);
  const view = currentView(query);

  const toggleBand = (band: Schemas['DeadlineBand']) => {
    const current = query.band ?? [];
    const next = current.includes(band) ? current.filter((value) => value !== band) : [...current, band];
    update({ band: next.length ? next : undefined });
  };

  return (
    <>
      <PageHeader
        title={t('complaintQueue.title')}
        description={seesAll ? t('complaintQueue.description') : t('complaintQueue.descriptionSupport')}
        actions={
          canRegister ? (
            <Button component={Link} to={paths.complaints.create.build()} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('complaintQueue.register')}
            </Button>
          ) : null
        }
      />
      <Stack gap="sm" mb="md">
        <div>
          <Text id="complaint-views-label" size="sm" fw={600} mb={4}>
            {t('complaintQueue.views.label')}
          </Text>
          <SegmentedControl
            aria-labelledby="complaint-views-label"
            value={view ?? ''}
            onChange={(value) => update(viewFilters(value as QueueView))}
            data={[...QUEUE_VIEWS.map((value) => ({ value, label: t(`complaintQueue.views.${value}`) })), ...(view ? [] : [{ value: '', label: t('complaintQueue.views.custom'), disabled: true }])]}
          />
        </div>
        {list.data ? <BandSummary counts={list.data.bandCounts} selected={query.band ?? []} onToggle={toggleBand} /> : null}
        <Text size="xs" c="dimmed">
          {t('complaintQueue.bands.explanation')}
        </Text>
      </Stack>
      <ComplaintFilters query={query} onChange={update} onClear={clear} canReadStaff={canReadStaff} />
      <PagedListBody
        list={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page) => update({ page })}
        onPageSize={(pageSize) => update({ pageSize })}
        filtered={hasComplaintFilters(query)}
        onClearFilters={clear}
        labels={pagedListLabels(t, 'complaintQueue')}
        empty={<EmptyState title={t('complaintQueue.empty.title')} description={t('complaintQueue.empty.description')} />}
      >
        {(data) => (
          <ComplaintTable items={data.items} totalItems={data.totalItems} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} />
        )}
      </PagedListBody>
    </>
  );
}
