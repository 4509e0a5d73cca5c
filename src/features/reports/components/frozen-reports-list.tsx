import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListPagination } from '@/components/list/list-pagination';
import classes from '@/components/list/list-table.module.css';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useFrozenReports } from '../api/report-queries';
import { periodLabel } from '../lib/periods';

/** Reports frozen earlier, newest first; each opens exactly as it was stored. */
export function FrozenReportsList({ frozenPath, className }: { frozenPath: (reportId: string) => string; className?: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  // Paging this short list is local: the report's URL is about the period shown.
  const [paging, setPaging] = useState({ page: 1, pageSize: 10 });
  const list = useFrozenReports(paging);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="frozen-reports-title" className={className}>
      <Stack gap="sm">
        <Title order={2} size="h4" id="frozen-reports-title">
          {t('reportsReport.frozenList.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('reportsReport.frozenList.intro')}
        </Text>
        {list.isPending ? (
          <LoadingSkeleton variant="table" label={t('reportsReport.frozenList.loading')} />
        ) : list.isError ? (
          <ErrorState error={list.error} title={t('reportsReport.frozenList.error')} onRetry={() => void list.refetch()} headingLevel={3} />
        ) : list.data.totalItems === 0 ? (
          <Text size="sm">{t('reportsReport.frozenList.empty')}</Text>
        ) : (
          <>
            <Table verticalSpacing="xs" striped className={classes.table}>
              <Table.Caption className={classes.caption}>{t('reportsReport.frozenList.caption', { count: list.data.totalItems })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reportsReport.frozenList.period')}</Table.Th>
                  <Table.Th>{t('reportsReport.frozenList.frozenAt')}</Table.Th>
                  <Table.Th>{t('reportsReport.frozenList.frozenBy')}</Table.Th>
                  <Table.Th>{t('reportsReport.frozenList.note')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((item) => (
                  <Table.Tr key={item.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={frozenPath(item.id)} size="sm" fw={600}>
                        {periodLabel(item.period.key, f.lang)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{f.dateTime(item.frozenAt)}</Table.Td>
                    <Table.Td>{item.frozenBy.displayName}</Table.Td>
                    <Table.Td>{item.note ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <ListPagination
              page={paging.page}
              pageSize={paging.pageSize}
              totalItems={list.data.totalItems}
              onPage={(page) => setPaging((current) => ({ ...current, page }))}
              onPageSize={(pageSize) => setPaging({ page: 1, pageSize })}
              pageSizeLabel={t('reportsReport.frozenList.pageSize')}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
