import { Group, NativeSelect, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '@/hooks/use-formatters';
import { PAGE_SIZES } from '@/lib/search-params';

export interface ListPaginationProps {
  page: number;
  pageSize: number;
  totalItems: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  /** What one row is, for the page-size label ("Requests per page"). */
  pageSizeLabel: string;
}

/** Paging of a server-side list: the range shown, the page size, and the pages. */
export function ListPagination({ page, pageSize, totalItems, onPage, onPageSize, pageSizeLabel }: ListPaginationProps) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  const totalPages = Math.max(1, Math.ceil(totalItems / pageSize));
  const from = totalItems === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(totalItems, page * pageSize);
  return (
    <Group justify="space-between" mt="md" gap="md" wrap="wrap">
      <Group gap="md" wrap="wrap">
        <Text size="sm">{t('states.paging.range', { from: number(from), to: number(to), total: number(totalItems) })}</Text>
        <NativeSelect
          size="xs"
          label={pageSizeLabel}
          styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { marginBottom: 0 } }}
          value={String(pageSize)}
          onChange={(event) => onPageSize(Number(event.currentTarget.value))}
          data={PAGE_SIZES.map((size) => String(size))}
        />
      </Group>
      {totalPages > 1 ? (
        <nav aria-label={t('states.paging.label')}>
          <Pagination
            total={totalPages}
            value={Math.min(page, totalPages)}
            onChange={onPage}
            getItemProps={(item) => ({
              'aria-label': t('states.paging.page', { page: item }),
              'aria-current': item === page ? 'page' : undefined,
            })}
            getControlProps={(control) =>
              control === 'previous'
                ? { 'aria-label': t('states.paging.previous') }
                : control === 'next'
                  ? { 'aria-label': t('states.paging.next') }
                  : {}
            }
          />
        </nav>
      ) : null}
    </Group>
  );
}
