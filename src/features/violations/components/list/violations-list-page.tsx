import '../../translations';
import { Accordion, Anchor, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFilterOff, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ChipFilter } from '@/components/list/chip-filter';
import classes from '@/components/list/list-table.module.css';
import { ListPagination } from '@/components/list/list-pagination';
import { SearchForm } from '@/components/list/search-field';
import { SortableHeader } from '@/components/list/sortable-header';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import type { ViolationListQuery } from '../../api/violation-keys';
import { useViolationList } from '../../api/violation-queries';
import {
  DEFAULT_VIOLATION_SORT,
  hasViolationFilters,
  INVESTIGATION_STATUSES,
  parseViolationSearchParams,
  serializeViolationQuery,
  SEVERITIES,
  VIOLATION_SORT_FIELDS,
} from '../../lib/violation-search-params';
import { SeverityText } from '../severity-text';
import { ViolationStatisticsPanel } from '../statistics/violation-statistics-panel';

function useViolationView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parseViolationSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<ViolationListQuery>) => setSearchParams(serializeViolationQuery({ ...view, page: 1, ...patch })), [view, setSearchParams]);
  const clear = useCallback(() => setSearchParams(serializeViolationQuery({ sort: view.sort, pageSize: view.pageSize })), [view.sort, view.pageSize, setSearchParams]);
  return { view, update, clear };
}


/** The register of employee violation records: privacy officer only; names never leave this screen. */
export function ViolationsListPage({ canWrite }: { canWrite: boolean }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  const { view, update, clear } = useViolationView();
  const list = useViolationList(view);
  const [openPanel, setOpenPanel] = useState<string | null>(null);
  const header = (field: (typeof VIOLATION_SORT_FIELDS)[number]) => (
    <SortableHeader field={field} fields={VIOLATION_SORT_FIELDS} fallback="occurredOn" label={t(`violationList.table.${field}`)} sort={view.sort ?? DEFAULT_VIOLATION_SORT} onSort={(sort) => update({ sort })} />
  );

  return (
    <>
      <PageHeader
        title={t('violationList.title')}
        description={t('violationList.description')}
        actions={
          canWrite ? (
            <Button component={Link} to={paths.violations.create.build()} leftSection={<IconPlus size={16} aria-hidden />}>
              {t('violationList.create')}
            </Button>
          ) : null
        }
      />
      <Accordion variant="contained" mb="md" value={openPanel} onChange={setOpenPanel}>
        <Accordion.Item value="statistics">
          <Accordion.Control>{t('violationList.statistics')}</Accordion.Control>
          <Accordion.Panel>
            {/* Counted only when opened: a closed panel's content is rendered hidden, and would sit "loading". */}
            {openPanel === 'statistics' ? <ViolationStatisticsPanel headingOrder={3} /> : null}
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <Stack component="section" aria-label={t('violationList.filters.heading')} gap="sm" mb="md">
        <SearchForm
          value={view.q}
          onChange={update}
          label={t('violationList.filters.search')}
          description={t('violationList.filters.searchDescription')}
          buttonLabel={t('violationList.filters.searchButton')}
          maw={520}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <ChipFilter legend={t('violationList.filters.severity')} values={SEVERITIES} selected={view.severity} label={(value) => t(`violationTerms.severity.${value}`)} onChange={(severity) => update({ severity })} />
          <ChipFilter legend={t('violationList.filters.status')} values={INVESTIGATION_STATUSES} selected={view.status} label={(value) => t(`violationTerms.status.${value}`)} onChange={(status) => update({ status })} />
        </SimpleGrid>
        <Group>
          <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasViolationFilters(view)} onClick={clear}>
            {t('violationList.filters.clearAll')}
          </Button>
        </Group>
      </Stack>
      {list.isPending ? (
        <LoadingSkeleton variant="table" label={t('violationList.loading')} />
      ) : list.isError ? (
        <ErrorState error={list.error} title={t('violationList.error')} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        hasViolationFilters(view) ? (
          <EmptyState title={t('violationList.empty.filteredTitle')} description={t('violationList.empty.filteredDescription')} />
        ) : (
          <EmptyState title={t('violationList.empty.title')} description={t('violationList.empty.description')} />
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped highlightOnHover verticalSpacing="xs" className={classes.table} aria-busy={list.isPlaceholderData} data-busy={list.isPlaceholderData || undefined}>
              <Table.Caption className={classes.caption}>{t('violationList.table.caption', { count: list.data.totalItems })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  {header('reference')}
                  <Table.Th>{t('violationList.table.employee')}</Table.Th>
                  {header('department')}
                  <Table.Th>{t('violationList.table.section')}</Table.Th>
                  {header('occurredOn')}
                  {header('severity')}
                  {header('status')}
                  <Table.Th>{t('violationList.table.measure')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((record) => (
                  <Table.Tr key={record.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={paths.violations.detail.build(record.id)} ff="monospace" size="sm" fw={600}>
                        {record.reference}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{record.employeeName}</Table.Td>
                    <Table.Td>{record.department}</Table.Td>
                    <Table.Td>{record.policySection}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(record.occurredOn)}</Table.Td>
                    <Table.Td>
                      <SeverityText severity={record.severity} />
                    </Table.Td>
                    <Table.Td>{t(`violationTerms.status.${record.status}`)}</Table.Td>
                    <Table.Td>
                      {record.measure ? (
                        t(`violationTerms.measure.${record.measure}`)
                      ) : (
                        <Text size="sm" c="dimmed" fs="italic">
                          {t('violationTerms.measure.undecided')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination page={view.page} pageSize={view.pageSize} totalItems={list.data.totalItems} onPage={(page) => update({ page })} onPageSize={(pageSize) => update({ pageSize })} pageSizeLabel={t('violationList.paging.pageSize')} />
        </>
      )}
    </>
  );
}
