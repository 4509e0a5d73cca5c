import '../translations';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconFilterOff, IconHistory } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ChipFilter } from '@/components/list/chip-filter';
import classes from '@/components/list/list-table.module.css';
import { ListPagination } from '@/components/list/list-pagination';
import { SortableHeader } from '@/components/list/sortable-header';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useActors, useAuditLog, type AuditQuery } from '../api/audit-queries';
import { AUDIT_ACTIONS, AUDIT_RESOURCES, hasAuditFilters, parseAuditSearchParams, serializeAuditQuery } from '../lib/audit-search-params';
import { ExportDialog } from './export-dialog';

function useAuditView() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const view = useMemo(() => parseAuditSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<AuditQuery>) => setSearchParams(serializeAuditQuery({ ...view, page: 1, ...patch })), [view, setSearchParams]);
  const clear = useCallback(() => setSearchParams(serializeAuditQuery({ pageSize: view.pageSize })), [view.pageSize, setSearchParams]);
  return { view, update, clear };
}

const SORT_FIELDS = ['occurredAt'] as const;

/**
 * Who did what, when and why, as the server recorded it: read-only by design (the contract has
 * no operation that edits or deletes an entry), and without the personal data itself.
 */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const { view, update, clear } = useAuditView();
  const log = useAuditLog(view);
  const actors = useActors();
  const [exporting, setExporting] = useState(false);

  return (
    <>
      <PageHeader
        title={t('auditLog.title')}
        description={t('auditLog.description')}
        actions={
          <Button leftSection={<IconDownload size={16} aria-hidden />} variant="default" onClick={() => setExporting(true)} disabled={!log.data || log.data.totalItems === 0}>
            {t('auditLog.export.open')}
          </Button>
        }
      />
      <Stack component="section" aria-label={t('auditLog.filters.heading')} gap="sm" mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('auditLog.filters.actor')}
            value={view.actorId ?? ''}
            onChange={(event) => update({ actorId: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('auditLog.filters.anyone') },
              ...(actors.data?.items ?? []).map((member) => ({ value: member.id, label: `${member.displayName} (${t(`session.roles.${member.role}`)})` })),
              ...(view.actorId && !actors.data?.items.some((member) => member.id === view.actorId) ? [{ value: view.actorId, label: view.actorId }] : []),
            ]}
          />
          <TextInput type="date" label={t('auditLog.filters.from')} value={view.from ?? ''} max={view.to} onChange={(event) => update({ from: event.currentTarget.value || undefined })} />
          <TextInput type="date" label={t('auditLog.filters.to')} value={view.to ?? ''} min={view.from} onChange={(event) => update({ to: event.currentTarget.value || undefined })} />
        </SimpleGrid>
        <ChipFilter legend={t('auditLog.filters.action')} values={AUDIT_ACTIONS} selected={view.action} label={(value) => t(`auditLog.action.${value}`)} onChange={(action) => update({ action })} />
        <ChipFilter legend={t('auditLog.filters.resource')} values={AUDIT_RESOURCES} selected={view.resourceType} label={(value) => t(`auditLog.resource.${value}`)} onChange={(resourceType) => update({ resourceType })} />
        <Group>
          <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!hasAuditFilters(view)} onClick={clear}>
            {t('auditLog.filters.clearAll')}
          </Button>
        </Group>
      </Stack>
      {log.isPending ? (
        <LoadingSkeleton variant="table" label={t('auditLog.loading')} />
      ) : log.isError ? (
        <ErrorState error={log.error} title={t('auditLog.error')} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyState icon={<IconHistory />} title={hasAuditFilters(view) ? t('auditLog.empty.filteredTitle') : t('auditLog.empty.title')} description={t('auditLog.empty.description')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={1000}>
            <Table striped verticalSpacing="xs" className={classes.table} aria-busy={log.isPlaceholderData} data-busy={log.isPlaceholderData || undefined}>
              <Table.Caption className={classes.caption}>{t('auditLog.table.caption', { count: log.data.totalItems })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <SortableHeader field="occurredAt" fields={SORT_FIELDS} fallback="occurredAt" label={t('auditLog.table.when')} sort={view.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t('auditLog.table.who')}</Table.Th>
                  <Table.Th>{t('auditLog.table.action')}</Table.Th>
                  <Table.Th>{t('auditLog.table.resource')}</Table.Th>
                  <Table.Th>{t('auditLog.table.what')}</Table.Th>
                  <Table.Th>{t('auditLog.table.why')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {log.data.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTime(event.occurredAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.actor.displayName}</Text>
                      <Text size="xs" c="dimmed">
                        {t(`session.roles.${event.actor.role}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t(`auditLog.action.${event.action}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`auditLog.resource.${event.resourceType}`)}</Text>
                      {event.resourceId ? (
                        <Text size="xs" c="dimmed" ff="monospace" title={event.resourceId}>
                          {event.resourceId.slice(0, 8)}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{event.summary}</Table.Td>
                    <Table.Td>
                      {event.reason ?? (
                        <Text size="sm" c="dimmed">
                          —
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination page={view.page} pageSize={view.pageSize} totalItems={log.data.totalItems} onPage={(page) => update({ page })} onPageSize={(pageSize) => update({ pageSize })} pageSizeLabel={t('auditLog.paging.pageSize')} />
        </>
      )}
      <ExportDialog opened={exporting} onClose={() => setExporting(false)} query={view} total={log.data?.totalItems ?? 0} />
    </>
  );
}
