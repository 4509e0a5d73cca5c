import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '@/api/types';
import { ListPagination } from '@/components/list/list-pagination';
import classes from '@/components/list/list-table.module.css';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { readPaging, writePagingAndSort } from '@/lib/search-params';
import { useCheckResults } from '../api/compliance-queries';
import { OutcomeBadge } from './outcome-badge';

const HISTORY_PAGE_SIZE = 10;

/** Only web links are made clickable: a reference may also be a ticket number or a file name. */
function isWebLink(reference: string): boolean {
  return /^https:\/\/[^\s]+$/.test(reference);
}

/** The check's results over time with their evidence, newest first, paged by the server. */
export function CheckHistory({ check }: { check: Schemas['ComplianceCheck'] }) {
  const { t } = useTranslation();
  const f = useFormatters();
  // The history's page is in the URL too, so a link to an old result keeps pointing at it.
  const [searchParams, setSearchParams] = useSearchParams();
  const paging = readPaging(searchParams, HISTORY_PAGE_SIZE);
  const setPaging = (next: { page: number; pageSize: number }) => setSearchParams(writePagingAndSort(new URLSearchParams(), next, { sort: '', pageSize: HISTORY_PAGE_SIZE }));
  const results = useCheckResults(check.id, paging);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="check-history-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="check-history-title">
          {t('complianceDetail.history.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {check.kind === 'automatic' ? t('complianceDetail.history.automatic') : t('complianceDetail.history.manual')}
        </Text>
        {results.isPending ? (
          <LoadingSkeleton variant="table" label={t('complianceDetail.history.loading')} />
        ) : results.isError ? (
          <ErrorState error={results.error} title={t('complianceDetail.history.error')} onRetry={() => void results.refetch()} headingLevel={3} />
        ) : results.data.totalItems === 0 ? (
          <Text size="sm">{t('complianceDetail.history.empty')}</Text>
        ) : (
          <>
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="xs" striped className={classes.table} aria-busy={results.isPlaceholderData}>
                <Table.Caption className={classes.caption}>{t('complianceDetail.history.caption', { count: results.data.totalItems })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('complianceDetail.history.checkedAt')}</Table.Th>
                    <Table.Th>{t('complianceDetail.history.outcome')}</Table.Th>
                    <Table.Th>{t('complianceDetail.history.evidence')}</Table.Th>
                    <Table.Th>{t('complianceDetail.history.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {results.data.items.map((result) => (
                    <Table.Tr key={result.id}>
                      <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                        {f.dateTime(result.checkedAt)}
                      </Table.Th>
                      <Table.Td>
                        <OutcomeBadge outcome={result.outcome} />
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={2}>
                          {/* Evidence is recorded in the language of the person who checked (mostly Dutch). */}
                          <Text size="sm">{result.evidence}</Text>
                          {result.evidenceReference ? (
                            <Text size="xs" c="dimmed">
                              {t('complianceDetail.history.reference')}{' '}
                              {isWebLink(result.evidenceReference) ? (
                                <Anchor href={result.evidenceReference} target="_blank" rel="noreferrer noopener" size="xs">
                                  {result.evidenceReference}
                                </Anchor>
                              ) : (
                                result.evidenceReference
                              )}
                            </Text>
                          ) : null}
                          {result.remediationActionId ? (
                            <Text size="xs" fw={600}>
                              {t('complianceDetail.history.openedAction')}
                            </Text>
                          ) : null}
                        </Stack>
                      </Table.Td>
                      <Table.Td>{result.recordedBy ? result.recordedBy.displayName : t('complianceDetail.history.server')}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListPagination
              page={paging.page}
              pageSize={paging.pageSize}
              totalItems={results.data.totalItems}
              onPage={(page) => setPaging({ ...paging, page })}
              onPageSize={(pageSize) => setPaging({ page: 1, pageSize })}
              pageSizeLabel={t('complianceChecks.pageSize')}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
}
