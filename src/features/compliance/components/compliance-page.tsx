import '../translations';
import { Button, Group, MultiSelect, Select, Tabs } from '@mantine/core';
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

function ListBody({ pending, error, onRetry, empty, children, loadingLabel, errorTitle }: { pending: boolean; error: unknown; onRetry: () => void; empty: ReactNode | null; children: ReactNode; loadingLabel: string; errorTitle: string }) {
  if (pending) return <LoadingSkeleton variant="table" label={loadingLabel} />;
  if (error) return <ErrorState error={error} title={errorTitle} onRetry={onRetry} />;
  return <>{empty ?? children}</>;
}

function ChecksView({ query, onChange }: { query: ChecksQuery; onChange: (next: CheckListQuery) => void }) {
  const { t } = useTranslation();
  const list = useCheckList(query);
  // Any change but a page flip starts again at page 1.
  const update = (patch: Partial<CheckListQuery>) => onChange({ ...query, page: 1, ...patch });
  const clear = () => onChange({ sort: query.sort, pageSize: query.pageSize });
  const filtered = hasCheckFilters(query);
  return (
    <>
      <Group gap="sm" align="flex-end" mb="md" wrap="wrap" role="group" aria-label={t('complianceChecks.filters.heading')}>
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
        <OverdueFilter value={query.overdue} onChange={(overdue) => update({ overdue })} />
        {filtered ? <ClearFilters onClear={clear} /> : null}
      </Group>
      <ListBody
        pending={list.isPending}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        loadingLabel={t('complianceChecks.loading')}
        errorTitle={t('complianceChecks.error')}
        empty={
          list.data && list.data.items.length === 0 ? (
            filtered ? (
              <EmptyState title={t('complianceChecks.empty.filteredTitle')} description={t('complianceChecks.empty.filteredDescription')} actions={<Button variant="default" onClick={clear}>{t('complianceChecks.filters.clearAll')}</Button>} />
            ) : (
              <EmptyState title={t('complianceChecks.empty.title')} description={t('complianceChecks.empty.description')} />
            )
          ) : null
        }
      >
        {list.data ? (
          <>
            <ChecksTable items={list.data.items} totalItems={list.data.totalItems} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} />
            <ListPagination page={query.page} pageSize={query.pageSize} totalItems={list.data.totalItems} onPage={(page) => onChange({ ...query, page })} onPageSize={(pageSize) => update({ pageSize })} pageSizeLabel={t('complianceChecks.pageSize')} />
          </>
        ) : null}
      </ListBody>
    </>
  );
}

function ActionsView({ query, onChange, checkTitles, canWrite }: { query: ActionsQuery; onChange: (next: ActionListQuery) => void; checkTitles: ReadonlyMap<string, string>; canWrite: boolean }) {
  const { t } = useTranslation();
  const list = useActionList(query);
  const update = (patch: Partial<ActionListQuery>) => onChange({ ...query, page: 1, ...patch });
  const clear = () => onChange({ sort: query.sort, pageSize: query.pageSize });
  const filtered = hasActionFilters(query);
  return (
    <>
      <Group gap="sm" align="flex-end" mb="md" wrap="wrap" role="group" aria-label={t('complianceChecks.filters.heading')}>
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
        <OverdueFilter value={query.overdue} onChange={(overdue) => update({ overdue })} />
        {filtered ? <ClearFilters onClear={clear} /> : null}
      </Group>
      <ListBody
        pending={list.isPending}
        error={list.isError ? list.error : null}
        onRetry={() => void list.refetch()}
        loadingLabel={t('complianceChecks.actions.loading')}
        errorTitle={t('complianceChecks.actions.error')}
        empty={
          list.data && list.data.items.length === 0 ? (
            filtered ? (
              <EmptyState title={t('complianceChecks.actions.emptyFilteredTitle')} description={t('complianceChecks.empty.filteredDescription')} actions={<Button variant="default" onClick={clear}>{t('complianceChecks.filters.clearAll')}</Button>} />
            ) : (
              <EmptyState title={t('complianceChecks.actions.emptyTitle')} description={t('complianceChecks.actions.emptyDescription')} />
            )
          ) : null
        }
      >
        {list.data ? (
          <>
            <RemediationTable items={list.data.items} totalItems={list.data.totalItems} checkTitles={checkTitles} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} canWrite={canWrite} />
            <ListPagination page={query.page} pageSize={query.pageSize} totalItems={list.data.totalItems} onPage={(page) => onChange({ ...query, page })} onPageSize={(pageSize) => update({ pageSize })} pageSizeLabel={t('complianceChecks.pageSize')} />
          </>
        ) : null}
      </ListBody>
    </>
  );
}
