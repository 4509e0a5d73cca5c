import '../../translations';
import { Anchor, Badge, Button, Group, SimpleGrid, Stack } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ChipFilter } from '@/components/list/chip-filter';
import { FigureWithTable, type FigureColumn } from '@/components/figure/figure-with-table';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import type { DataFlowQuery } from '../../api/recipient-keys';
import { useDataFlows } from '../../api/recipients';
import { flowRows, toSankey, type FlowRow } from '../../lib/flows';
import { parseFlowSearchParams, serializeFlowQuery } from '../../lib/register-search-params';
import { LEGAL_BASES, RECIPIENT_CATEGORIES } from '../../lib/terms';
import { BackToRegister } from '../detail/recipient-detail-page';
import { DisclosureStatisticsFigure } from '../disclosures/disclosure-statistics-figure';
import { FlowSankey, LEGAL_BASIS_COLORS } from './flow-sankey';

function useFlowQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const query = useMemo(() => parseFlowSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback((patch: Partial<DataFlowQuery>) => setSearchParams(serializeFlowQuery({ ...query, ...patch }), { replace: true }), [query, setSearchParams]);
  return { query, update, clear: () => setSearchParams(new URLSearchParams(), { replace: true }) };
}

export function DataFlowsPage({ canReadDisclosureStatistics }: { canReadDisclosureStatistics: boolean }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const { query, update, clear } = useFlowQuery();
  const flows = useDataFlows(query);
  const filtered = (query.category?.length ?? 0) + (query.legalBasis?.length ?? 0) > 0;
  const categoryLabel = useCallback((key: string) => t(`recipientTerms.dataCategory.${key}`), [t]);

  const rows = useMemo(() => (flows.data ? flowRows(flows.data, categoryLabel) : []), [flows.data, categoryLabel]);
  const sankey = useMemo(() => (flows.data ? toSankey(flows.data, categoryLabel) : null), [flows.data, categoryLabel]);
  const recipients = new Set(rows.map((row) => row.recipientId)).size;

  const columns: FigureColumn<FlowRow>[] = [
    { header: t('recipientFlows.table.from'), value: (row) => row.from },
    { header: t('recipientFlows.table.to'), value: (row) => row.to },
    {
      header: t('recipientFlows.table.recipient'),
      value: (row) => (row.direction === 'inbound' ? row.from : row.to),
      render: (row) =>
        row.recipientId ? (
          <Anchor component={Link} to={paths.recipients.detail.build(row.recipientId)} size="sm">
            {row.direction === 'inbound' ? row.from : row.to}
          </Anchor>
        ) : (
          row.to
        ),
    },
    { header: t('recipientFlows.table.direction'), value: (row) => t(`recipientTerms.direction.${row.direction}`) },
    {
      header: t('recipientFlows.table.legalBasis'),
      value: (row) => t(`recipientTerms.legalBasis.${row.legalBasis}`),
      render: (row) => (
        <Badge variant="dot" color={LEGAL_BASIS_COLORS[row.legalBasis]} tt="none" styles={{ label: { color: 'var(--mantine-color-text)' } }}>
          {t(`recipientTerms.legalBasis.${row.legalBasis}`)}
        </Badge>
      ),
    },
    { header: t('recipientFlows.table.people'), value: (row) => row.people, render: (row) => number(row.people), numeric: true },
  ];

  const top = rows[0];
  const summary = top
    ? t('recipientFlows.summary', { links: rows.length, recipients, from: top.from, to: top.to, people: number(top.people) })
    : t('recipientFlows.summaryEmpty');

  return (
    <>
      <PageHeader title={t('recipientFlows.title')} description={t('recipientFlows.description')} above={<BackToRegister />} />
      <Stack gap="md">
        <Stack component="section" aria-label={t('recipientFlows.filters.heading')} gap="sm">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            <ChipFilter
              legend={t('recipientRegister.filters.category')}
              values={RECIPIENT_CATEGORIES}
              selected={query.category}
              label={(value) => t(`recipientTerms.category.${value}`)}
              onChange={(next) => update({ category: next })}
            />
            <ChipFilter
              legend={t('recipientRegister.filters.legalBasis')}
              values={LEGAL_BASES}
              selected={query.legalBasis}
              label={(value) => t(`recipientTerms.legalBasis.${value}`)}
              onChange={(next) => update({ legalBasis: next })}
            />
          </SimpleGrid>
          <Group>
            <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} disabled={!filtered} onClick={clear}>
              {t('recipientRegister.filters.clearAll')}
            </Button>
          </Group>
        </Stack>
        {flows.isPending ? (
          <LoadingSkeleton variant="page" label={t('recipientFlows.loading')} />
        ) : flows.isError ? (
          <ErrorState error={flows.error} title={t('recipientFlows.error')} onRetry={() => void flows.refetch()} />
        ) : rows.length === 0 || !sankey ? (
          <EmptyState
            title={filtered ? t('recipientFlows.empty.filteredTitle') : t('recipientFlows.empty.title')}
            description={filtered ? t('recipientFlows.empty.filteredDescription') : t('recipientFlows.empty.description')}
            actions={
              filtered ? (
                <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={clear}>
                  {t('recipientRegister.filters.clearAll')}
                </Button>
              ) : null
            }
          />
        ) : (
          <FigureWithTable
            title={t('recipientFlows.figureTitle')}
            description={t('recipientFlows.figureDescription')}
            summary={summary}
            chart={<FlowSankey nodes={sankey.nodes} links={sankey.links} />}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.key}
            csvFileName="data-flows"
          />
        )}
        {canReadDisclosureStatistics ? <DisclosureStatisticsFigure /> : null}
      </Stack>
    </>
  );
}
