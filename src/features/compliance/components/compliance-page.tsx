import '../translations';
import { Button, Group, Tabs } from '@mantine/core';
import { MultiSelect, Select } from '@/components/forms/select';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ListPagination } from '@/components/list/list-pagination';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import type { ActionListQuery, CheckListQuery } from '../api/compliance-keys';
import { useActionList, useCatalogue, useCheckList } from '../api/compliance-queries';
import {
  ACTION_STATUSES,
  CHECK_DEFAULT_SORT,
  ACTION_DEFAULT_SORT,
  KINDS,
  OUTCOMES,
  hasActionFilters,
  hasCheckFilters,
  parseComplianceSearchParams,
  serializeActionsQuery,
  serializeChecksQuery,
  type ActionsQuery,
  type ChecksQuery,
} from '../lib/compliance-search-params';
import { ChecksTable } from './checks-table';
import { RemediationTable } from './remediation-table';
import { ScorePanel } from './score-panel';

/** The page's view lives in the URL: every change is a navigation, and a link reproduces it. */
function useComplianceView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parseComplianceSearchParams(new URLSearchParams(search)), [search]);
  const showView = useCallback(
    (next: 'checks' | 'remediation') =>
      setSearchParams(next === 'remediation' ? serializeActionsQuery({ page: 1, pageSize: view.query.pageSize, sort: ACTION_DEFAULT_SORT }) : serializeChecksQuery({ page: 1, pageSize: view.query.pageSize, sort: CHECK_DEFAULT_SORT })),
    [setSearchParams, view.query.pageSize],
  );
  return { view, setSearchParams, showView };
}

type TriState = 'any' | 'true' | 'false';
const toTri = (value: boolean | undefined): TriState => (value === undefined ? 'any' : value ? 'true' : 'false');
const fromTri = (value: string | null): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

/** Overdue or not, as the contract's `overdue` boolean; "any" leaves it out. */
function OverdueFilter({ value, onChange }: { value: boolean | undefined; onChange: (value: boolean | undefined) => void }) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('complianceChecks.filters.overdue')}
      data={[
        { value: 'any', label: t('complianceChecks.filters.any') },
        { value: 'true', label: t('complianceChecks.filters.overdueOnly') },
        { value: 'false', label: t('complianceChecks.filters.notOverdue') },
      ]}
      value={toTri(value)}
      allowDeselect={false}
      onChange={(next) => onChange(fromTri(next))}
      w={200}
    />
  );
}

function ClearFilters({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClear}>
      {t('complianceChecks.filters.clearAll')}
    </Button>
  );
}

export function CompliancePage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const { view, setSearchParams, showView } = useComplianceView();
  const catalogue = useCatalogue();
  const checkTitles = useMemo(() => new Map((catalogue.data?.items ?? []).map((check) => [check.id, check.title[f.lang]])), [catalogue.data, f.lang]);

  return (
    <>
      <PageHeader title={t('complianceChecks.title')} description={t('complianceChecks.description')} />
      <ScorePanel catalogue={catalogue.data?.items} />
      <Tabs value={view.view} onChange={(value) => showView(value === 'remediation' ? 'remediation' : 'checks')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="checks">{t('complianceChecks.tabs.checks')}</Tabs.Tab>
          <Tabs.Tab value="remediation">{t('complianceChecks.tabs.remediation')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="checks">
          {view.view === 'checks' ? <ChecksView query={view.query} onChange={(next) => setSearchParams(serializeChecksQuery(next))} /> : null}
        </Tabs.Panel>
        <Tabs.Panel value="remediation">
          {view.view === 'remediation' ? (
            <ActionsView query={view.query} onChange={(next) => setSearchParams(serializeActionsQuery(next))} checkTitles={checkTitles} canWrite={canWrite} />
          ) : null}
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

interface FilteredListProps<Query extends { page: number; pageSize: number; sort: string; overdue?: boolean }, Page extends { items: readonly unknown[]; totalItems: number }> {
  query: Query;
  onChange: (next: Partial<Query>) => void;
  list: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown; data?: Page | undefined };
  filtered: boolean;
  /** The tab's own words; the rest are the page's. */
  labels: { loading: string; error: string; emptyFilteredTitle: string; emptyTitle: string; emptyDescription: string };
  /** The tab's own filters, before the overdue one every tab has. */
  filters: (update: (patch: Partial<Query>) => void) => ReactNode;
  /** The table of the page's items, shown once there are any. */
  table: (page: Page, update: (patch: Partial<Query>) => void) => ReactNode;
}

/**
 * A tab of the page: its filters, then loading, its error, nothing (matching, or at all), or its
 * table and paging. Any change but a page flip starts again at page 1.
 */
function FilteredList<Query extends { page: number; pageSize: number; sort: string; overdue?: boolean }, Page extends { items: readonly unknown[]; totalItems: number }>({
  query,
  onChange,
  list,
  filtered,
  labels,
  filters,
  table,
}: FilteredListProps<Query, Page>) {
  const { t } = useTranslation();
  const update = (patch: Partial<Query>) => onChange({ ...query, page: 1, ...patch });
  // The casts say what TypeScript cannot infer of a generic Query: that its own fields fit Partial<Query>.
  const clear = () => onChange({ sort: query.sort, pageSize: query.pageSize } as Partial<Query>);
  const error = list.isError ? list.error : null;
  let body: ReactNode = null;
  if (list.isPending) body = <LoadingSkeleton variant="table" label={labels.loading} />;
  else if (error) body = <ErrorState error={error} title={labels.error} onRetry={() => void list.refetch()} />;
  else if (list.data && list.data.items.length === 0) {
    body = filtered ? (
      <EmptyState title={labels.emptyFilteredTitle} description={t('complianceChecks.empty.filteredDescription')} actions={<Button variant="default" onClick={clear}>{t('complianceChecks.filters.clearAll')}</Button>} />
    ) : (
      <EmptyState title={labels.emptyTitle} description={labels.emptyDescription} />
    );
  } else if (list.data) {
    body = (
      <>
        {table(list.data, update)}
        <ListPagination page={query.page} pageSize={query.pageSize} totalItems={list.data.totalItems} onPage={(page) => onChange({ ...query, page })} onPageSize={(pageSize) => update({ pageSize } as Partial<Query>)} pageSizeLabel={t('complianceChecks.pageSize')} />
      </>
    );
  }
  return (
    <>
      <Group gap="sm" align="flex-end" mb="md" wrap="wrap" role="group" aria-label={t('complianceChecks.filters.heading')}>
        {filters(update)}
        <OverdueFilter value={query.overdue} onChange={(overdue) => update({ overdue } as Partial<Query>)} />
        {filtered ? <ClearFilters onClear={clear} /> : null}
      </Group>
      {body}
    </>
  );
}

function ChecksView({ query, onChange }: { query: ChecksQuery; onChange: (next: CheckListQuery) => void }) {
  const { t } = useTranslation();
  const list = useCheckList(query);
  return (
    <FilteredList
      query={query}
      onChange={onChange}
      list={list}
      filtered={hasCheckFilters(query)}
      labels={{ loading: t('complianceChecks.loading'), error: t('complianceChecks.error'), emptyFilteredTitle: t('complianceChecks.empty.filteredTitle'), emptyTitle: t('complianceChecks.empty.title'), emptyDescription: t('complianceChecks.empty.description') }}
      filters={(update) => (
        <>
          <MultiSelect
            label={t('complianceChecks.filters.outcome')}
            data={OUTCOMES.map((value) => ({ value, label: t(`complianceTerms.outcome.${value}`) }))}
            value={query.outcome ?? []}
            onChange={(value) => update({ outcome: value.length ? (value) : undefined })}
            w={260}
            clearable
          />
          <MultiSelect
            label={t('complianceChecks.filters.kind')}
            data={KINDS.map((value) => ({ value, label: t(`complianceTerms.kind.${value}`) }))}
            value={query.kind ?? []}
            onChange={(value) => update({ kind: value.length ? (value) : undefined })}
            w={220}
            clearable
          />
        </>
      )}
      table={(page, update) => <ChecksTable items={page.items} totalItems={page.totalItems} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} />}
    />
  );
}

function ActionsView({ query, onChange, checkTitles, canWrite }: { query: ActionsQuery; onChange: (next: ActionListQuery) => void; checkTitles: ReadonlyMap<string, string>; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useActionList(query);
  return (
    <FilteredList
      query={query}
      onChange={onChange}
      list={list}
      filtered={hasActionFilters(query)}
      labels={{ loading: t('complianceChecks.actions.loading'), error: t('complianceChecks.actions.error'), emptyFilteredTitle: t('complianceChecks.actions.emptyFilteredTitle'), emptyTitle: t('complianceChecks.actions.emptyTitle'), emptyDescription: t('complianceChecks.actions.emptyDescription') }}
      filters={(update) => (
        <>
          <MultiSelect
            label={t('complianceChecks.filters.status')}
            data={ACTION_STATUSES.map((value) => ({ value, label: t(`complianceTerms.actionStatus.${value}`) }))}
            value={query.status ?? []}
            onChange={(value) => update({ status: value.length ? (value) : undefined })}
            w={280}
            clearable
          />
          <Select
            label={t('complianceChecks.filters.check')}
            data={[{ value: 'any', label: t('complianceChecks.filters.anyCheck') }, ...[...checkTitles].map(([value, label]) => ({ value, label }))]}
            value={query.checkId ?? 'any'}
            allowDeselect={false}
            onChange={(value) => update({ checkId: value && value !== 'any' ? value : undefined })}
            w={320}
          />
        </>
      )}
      table={(page, update) => <RemediationTable items={page.items} totalItems={page.totalItems} checkTitles={checkTitles} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} canWrite={canWrite} />}
    />
  );
}
