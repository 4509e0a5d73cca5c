import '../translations';
import { Anchor, Badge, Button, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ListPagination } from '@/components/list/list-pagination';
import classes from '@/components/list/list-table.module.css';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { readPaging, writePagingAndSort } from '@/lib/search-params';
import { useVersionList } from '../api/policy-queries';
import { NewVersionForm } from './new-version-form';

interface PoliciesPageProps {
  canWrite: boolean;
  versionPath: (versionId: string) => string;
}

/** The policy's versions, newest first (the server's order), each linking to its announcement. */
export function PoliciesPage({ canWrite, versionPath }: PoliciesPageProps) {
  const { t } = useTranslation();
  const f = useFormatters();
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = readPaging(searchParams);
  const list = useVersionList(paging);
  const [formOpen, setFormOpen] = useState(false);
  const latest = paging.page === 1 ? list.data?.items[0]?.version : undefined;
  const setPaging = (next: { page: number; pageSize: number }) => setSearchParams(writePagingAndSort(new URLSearchParams(), next, { sort: '' }));

  return (
    <>
      <PageHeader
        title={t('policiesVersions.title')}
        description={t('policiesVersions.description')}
        actions={
          canWrite ? (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormOpen(true)} disabled={!list.data}>
              {t('policiesVersions.newVersion')}
            </Button>
          ) : null
        }
      />
      {canWrite && list.data ? <NewVersionForm opened={formOpen} onClose={() => setFormOpen(false)} latestVersion={latest} versionPath={versionPath} /> : null}
      {list.isPending ? (
        <LoadingSkeleton variant="table" label={t('policiesVersions.loading')} />
      ) : list.isError ? (
        <ErrorState error={list.error} title={t('policiesVersions.error')} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('policiesVersions.empty.title')} description={t('policiesVersions.empty.description')} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" striped className={classes.table} aria-busy={list.isPlaceholderData}>
              <Table.Caption className={classes.caption}>{t('policiesVersions.table.caption', { count: list.data.totalItems })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('policiesVersions.table.version')}</Table.Th>
                  <Table.Th>{t('policiesVersions.table.effectiveOn')}</Table.Th>
                  <Table.Th>{t('policiesVersions.table.change')}</Table.Th>
                  <Table.Th>{t('policiesVersions.table.summary')}</Table.Th>
                  <Table.Th>{t('policiesVersions.table.publishedAt')}</Table.Th>
                  <Table.Th>{t('policiesVersions.table.announcement')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((version) => (
                  <Table.Tr key={version.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={versionPath(version.id)} ff="monospace" fw={600}>
                        {t('policiesVersions.versionName', { version: version.version })}
                      </Anchor>
                    </Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(version.effectiveOn)}</Table.Td>
                    <Table.Td>
                      <Badge variant={version.material ? 'filled' : 'outline'} color={version.material ? 'blue.8' : 'gray'} radius="sm" styles={{ label: { textTransform: 'none' } }}>
                        {version.material ? t('policiesVersions.material') : t('policiesVersions.minor')}
                      </Badge>
                    </Table.Td>
                    <Table.Td maw={460}>
                      <Text size="sm" lang={f.lang}>
                        {version.summary[f.lang]}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(version.publishedAt)}</Table.Td>
                    <Table.Td>
                      {version.announcementId ? (
                        <Anchor component={Link} to={versionPath(version.id)} size="sm">
                          {t('policiesVersions.table.seeReach')}
                        </Anchor>
                      ) : (
                        <Stack gap={0}>
                          <Text size="sm" c="dimmed">
                            {t('policiesVersions.table.noAnnouncement')}
                          </Text>
                        </Stack>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListPagination
            page={paging.page}
            pageSize={paging.pageSize}
            totalItems={list.data.totalItems}
            onPage={(page) => setPaging({ ...paging, page })}
            onPageSize={(pageSize) => setPaging({ page: 1, pageSize })}
            pageSizeLabel={t('policiesVersions.pageSize')}
          />
        </>
      )}
    </>
  );
}
