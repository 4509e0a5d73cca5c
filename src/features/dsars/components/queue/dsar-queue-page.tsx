import '../../translations';
import { PagedListBody, pagedListLabels } from '@/components/list/paged-list-body';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '@/api/types';
import { EmptyState } from '@/components/states/empty-state';
import { PageHeader } from '@/components/page-header';
import type { DsarListQuery } from '../../api/dsar-keys';
import { useDsarList } from '../../api/list-dsars';
import { hasFilters, parseQueueSearchParams, serializeQueueQuery } from '../../lib/queue-search-params';
import { BandCounts } from './band-counts';
import { QueueFilters } from './queue-filters';
import { QueueTable } from './queue-table';
import { BulkActionBar, type SelectedDsar } from './bulk-action-bar';
import { ExportDialog } from './export-dialog';
import { InternalTargetSetting } from './internal-target-setting';

/** The queue's view lives in the URL: every change is a navigation, and a link reproduces it. */
function useQueueQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  // Parsed from the string so the object (and the query key) only changes when the URL does.
  const query = useMemo(() => parseQueueSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (patch: Partial<DsarListQuery>, options?: { replace?: boolean }) => {
      // Any change but a page flip starts again at page 1: page 4 of another filter means nothing.
      const next = { ...query, page: 1, ...patch };
      setSearchParams(serializeQueueQuery(next), { replace: options?.replace });
    },
    [query, setSearchParams],
  );
  const clear = useCallback(
    () => setSearchParams(serializeQueueQuery({ sort: query.sort, pageSize: query.pageSize })),
    [query.sort, query.pageSize, setSearchParams],
  );
  return { query, update, clear };
}

export interface DsarQueuePageProps {
  /** `dsars_manage`: sees every request. Without it the server sends only own and unassigned ones. */
  seesAll: boolean;
  /** `staff_read`: may pick a staff member in the assignee filter. */
  canReadStaff: boolean;
  /** `dsars_work`: may tick requests for a bulk action and export the queue. */
  canWork: boolean;
  me: Schemas['User'] | null;
}

const NO_SELECTION: ReadonlyMap<string, SelectedDsar> = new Map();
const NO_BANDS: readonly Schemas['DeadlineBand'][] = [];

/**
 * The ticked requests, kept across page flips and sorting (a selection can span pages) and
 * dropped when the filters change (what was ticked may no longer be in the list). The callbacks
 * are stable, so ticking one row re-renders that row only.
 */
function useSelection(filterKey: string) {
  const [state, setState] = useState<{ key: string; selected: ReadonlyMap<string, SelectedDsar> }>({ key: filterKey, selected: NO_SELECTION });
  const selected = state.key === filterKey ? state.selected : NO_SELECTION;
  const change = useCallback(
    (mutate: (next: Map<string, SelectedDsar>) => void) =>
      setState((previous) => {
        const next = new Map(previous.key === filterKey ? previous.selected : NO_SELECTION);
        mutate(next);
        return { key: filterKey, selected: next };
      }),
    [filterKey],
  );
  const onToggle = useCallback(
    (item: Schemas['DsarSummary'], on: boolean) => change((next) => (on ? next.set(item.id, { version: item.version, reference: item.reference }) : next.delete(item.id))),
    [change],
  );
  const onTogglePage = useCallback(
    (items: Schemas['DsarSummary'][], on: boolean) =>
      change((next) => {
        for (const item of items) {
          if (on) next.set(item.id, { version: item.version, reference: item.reference });
          else next.delete(item.id);
        }
      }),
    [change],
  );
  const clear = useCallback(() => change((next) => next.clear()), [change]);
  /** Done requests leave the selection; refused ones stay, with the version the server has now. */
  const onResult = useCallback(
    (result: Schemas['DsarBulkActionResult']) =>
      change((next) => {
        for (const entry of result.results) {
          const kept = next.get(entry.id);
          if (entry.outcome === 'done' || !kept || entry.version === null) next.delete(entry.id);
          else next.set(entry.id, { ...kept, version: entry.version });
        }
      }),
    [change],
  );
  const isSelected = useCallback((id: string) => selected.has(id), [selected]);
  return useMemo(() => ({ selected, isSelected, onToggle, onTogglePage, clear, onResult }), [selected, isSelected, onToggle, onTogglePage, clear, onResult]);
}

export function DsarQueuePage({ seesAll, canReadStaff, canWork, me }: DsarQueuePageProps) {
  const { t } = useTranslation();
  const { query, update, clear } = useQueueQuery();
  const list = useDsarList(query);
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  const selection = useSelection(JSON.stringify(filters));
  const onSort = useCallback((sort: string) => update({ sort }), [update]);

  const selectedBands = query.band ?? NO_BANDS;
  const toggleBand = useCallback(
    (band: Schemas['DeadlineBand']) => {
      const next = selectedBands.includes(band) ? selectedBands.filter((value) => value !== band) : [...selectedBands, band];
      update({ band: next.length ? next : undefined });
    },
    [selectedBands, update],
  );

  return (
    <>
      <PageHeader
        title={t('dsarQueue.title')}
        description={seesAll ? t('dsarQueue.description') : t('dsarQueue.descriptionSupport')}
        actions={
          canWork ? (
            <>
              {seesAll ? <InternalTargetSetting /> : null}
              <ExportDialog query={query} totalItems={list.data?.totalItems ?? null} masked={!seesAll} />
            </>
          ) : null
        }
      />
      {list.data || list.isPending ? <BandCounts counts={list.data?.bandCounts ?? null} selected={selectedBands} onToggle={toggleBand} /> : null}
      <QueueFilters query={query} onChange={update} onClear={clear} canReadStaff={canReadStaff} />
      {canWork ? (
        <BulkActionBar selected={selection.selected} seesAll={seesAll} canReadStaff={canReadStaff} me={me} onClear={selection.clear} onResult={selection.onResult} />
      ) : null}
      <PagedListBody
        list={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page) => update({ page })}
        onPageSize={(pageSize) => update({ pageSize })}
        filtered={hasFilters(query)}
        onClearFilters={clear}
        labels={pagedListLabels(t, 'dsarQueue')}
        empty={<EmptyState title={t('dsarQueue.empty.title')} description={t('dsarQueue.empty.description')} />}
      >
        {(data) => (
          <QueueTable
            items={data.items}
            totalItems={data.totalItems}
            sort={query.sort}
            onSort={onSort}
            busy={list.isPlaceholderData}
            selection={canWork ? selection : undefined}
          />
        )}
      </PagedListBody>
    </>
  );
}
