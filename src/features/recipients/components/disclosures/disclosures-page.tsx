import '../../translations';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChipFilter } from '@/components/list/chip-filter';
import { ListPagination } from '@/components/list/list-pagination';
import classes from '@/components/list/list-table.module.css';
import { SortableHeader } from '@/components/list/sortable-header';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useDisclosureList } from '../../api/disclosures';
import type { DisclosureListQuery } from '../../api/recipient-keys';
import { useAuthorities } from '../../api/recipients';
import {
  DISCLOSURE_SORT_FIELDS,
  hasDisclosureFilters,
  parseDisclosureSearchParams,
  serializeDisclosureQuery,
  type DisclosureSortField,
} from '../../lib/disclosure-search-params';
import { LEGAL_GROUNDS } from '../../lib/terms';
import { ExportButton } from '../shared/export-button';
import { DisclosureStatisticsFigure } from './disclosure-statistics-figure';
import { RecordDisclosureButton } from './record-disclosure';

function useDisclosureQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const query = useMemo(() => parseDisclosureSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<DisclosureListQuery>) => setSearchParams(serializeDisclosureQuery({ ...query, page: 1, ...patch })), [query, setSearchParams]);
  const clear = useCallback(() => setSearchParams(serializeDisclosureQuery({ sort: query.sort, pageSize: query.pageSize })), [query.sort, query.pageSize, setSearchParams]);
  return { query, update, clear };
}

/** The log of disclosures to authorities (privacy officer only: the router closes it to others). */
export function DisclosuresPage({ canRecord }: { canRecord: boolean }) {
  const { t } = useTranslation();
  const { date, number } = useFormatters();
  const { query, update, clear } = useDisclosureQuery();
  const list = useDisclosureList(query);
  const authorities = useAuthorities();
  const header = (field: DisclosureSortField) => (
    <SortableHeader field={field} fields={DISCLOSURE_SORT_FIELDS} fallback="disclosedOn" label={t(`recipientDisclosures.table.${field}`)} sort={query.sort} onSort={(sort) => update({ sort })} />
  );
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;

  return (
    <>
      <PageHeader
        title={t('recipientDisclosures.title')}
        description={t('recipientDisclosures.description')}
        actions={
          <>
            <ExportButton target={{ kind: 'disclosures', query: filters }} label={t('recipientDisclosures.export')} description={hasDisclosureFilters(query) ? t('recipientDisclosures.exportFiltered') : t('recipientDisclosures.exportAll')} />
            {canRecord ? <RecordDisclosureButton /> : null}
          </>
        }
      />
      <Stack gap="md">
        <DisclosureStatisticsFigure />
        <Stack component="section" aria-label={t('recipientDisclosures.filters.heading')} gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <NativeSelect
              label={t('recipientDisclosures.filters.authority')}
              value={query.recipientId ?? ''}
              onChange={(event) => update({ recipientId: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: t('recipientDisclosures.filters.anyAuthority') },
                ...(authorities.data ?? []).map((authority) => ({ value: authority.id, label: authority.name })),
                ...(query.recipientId && !(authorities.data ?? []).some((authority) => authority.id === query.recipientId) ? [{ value: query.recipientId, label: query.recipientId }] : []),
              ]}
            />
            <ChipFilter
              legend={t('recipientDisclosures.filters.legalGround')}
              values={LEGAL_GROUNDS}
              selected={query.legalGround}
              label={(value) => t(`recipientTerms.legalGround.${value}`)}
              onChange={(next) => update({ legalGround: next })}
            />
          </SimpleGrid>
          <Group>
            <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasDisclosureFilters(query)} onClick={clear}>
              {t('recipientRegister.filters.clearAll')}
            </Button>
          </Group>
        </Stack>
        {list.isPending ? (
          <LoadingSkeleton variant="table" label={t('recipientDisclosures.loading')} />
        ) : list.isError ? (
          <ErrorState error={list.error} title={t('recipientDisclosures.error')} onRetry={() => void list.refetch()} />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            title={hasDisclosureFilters(query) ? t('recipientDisclosures.empty.filteredTitle') : t('recipientDisclosures.empty.title')}
            description={hasDisclosureFilters(query) ? undefined : t('recipientDisclosures.empty.description')}
            actions={
              hasDisclosureFilters(query) || list.data.totalItems > 0 ? (
                <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
                  {t('recipientRegister.filters.clearAll')}
                </Button>
              ) : null
            }
          />
        ) : (
          <div>
            <Table.ScrollContainer minWidth={1000}>
              <Table striped verticalSpacing="xs" aria-busy={list.isPlaceholderData} className={classes.table} data-busy={list.isPlaceholderData || undefined}>
                <Table.Caption className={classes.caption}>{t('recipientDisclosures.table.caption', { count: list.data.totalItems })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('recipientDisclosures.table.reference')}</Table.Th>
                    {header('disclosedOn')}
                    {header('authority')}
                    {header('legalGround')}
                    <Table.Th>{t('recipientDisclosures.table.data')}</Table.Th>
                    <Table.Th style={{ textAlign: 'right' }}>{t('recipientDisclosures.table.people')}</Table.Th>
                    <Table.Th>{t('recipientDisclosures.table.told')}</Table.Th>
                    <Table.Th>{t('recipientDisclosures.table.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.items.map((item) => (
                    <Table.Tr key={item.id}>
                      <Table.Th scope="row" fw={600}>
                        <Text ff="monospace" size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {item.reference}
                        </Text>
                        <Text ff="monospace" size="xs" c="dimmed" fw={400} title={t('recipientDisclosures.table.requestReference')}>
                          {item.requestReference}
                        </Text>
                      </Table.Th>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{date(item.disclosedOn)}</Table.Td>
                      <Table.Td>{item.recipient.name}</Table.Td>
                      <Table.Td>{t(`recipientTerms.legalGround.${item.legalGround}`)}</Table.Td>
                      <Table.Td>{item.dataCategories.map((category) => t(`recipientTerms.dataCategoryShort.${category}`)).join(', ')}</Table.Td>
                      <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{number(item.peopleCount)}</Table.Td>
                      <Table.Td maw={300}>
                        {item.personNotified ? (
                          t('recipientDisclosures.table.yes')
                        ) : (
                          <Stack gap={0}>
                            <Text size="sm" fw={600}>
                              {t('recipientDisclosures.table.no')}
                            </Text>
                            <Text size="xs" c="dimmed">
                              {item.notNotifiedReason}
                            </Text>
                          </Stack>
                        )}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.recordedBy.displayName}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              page={query.page}
              pageSize={query.pageSize}
              totalItems={list.data.totalItems}
              onPage={(page) => update({ page })}
              onPageSize={(pageSize) => update({ pageSize })}
              pageSizeLabel={t('recipientDisclosures.paging.pageSize')}
            />
          </div>
        )}
      </Stack>
    </>
  );
}
