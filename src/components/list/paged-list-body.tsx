import { Button } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/states/empty-state';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useDeferredData } from '@/hooks/use-deferred-data';
import { ListPagination } from './list-pagination';

/** What a server-paged list query gives this component (a TanStack Query result fits). */
interface PagedListQuery<Page> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  refetch: () => unknown;
  data?: Page | undefined;
}

export interface PagedListBodyProps<Page extends { items: readonly unknown[]; totalItems: number }> {
  list: PagedListQuery<Page>;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (pageSize: number) => void;
  /** Whether any filter is set: an empty answer then says "nothing matches", not "nothing yet". */
  filtered: boolean;
  onClearFilters: () => void;
  /** The screen's own words. */
  labels: {
    loading: string;
    error: string;
    pastEndTitle: string;
    firstPage: string;
    filteredTitle: string;
    filteredDescription: string;
    clearFilters: string;
    pageSize: string;
  };
  /** The designed empty state when there is nothing at all (it may offer a first action). */
  empty: ReactNode;
  /** The table of the page's items, shown once there are any. */
  children: (page: Page) => ReactNode;
}

/**
 * Everything around a server-paged table: its loading skeleton, its error with a retry, the
 * three kinds of empty (a stale link past the last page, no match for the filters, nothing yet),
 * and the paging under it. One place, so every list behaves alike.
 */
export function PagedListBody<Page extends { items: readonly unknown[]; totalItems: number }>({
  list,
  page,
  pageSize,
  onPage,
  onPageSize,
  filtered,
  onClearFilters,
  labels,
  empty,
  children,
}: PagedListBodyProps<Page>) {
  const { data, catchingUp } = useDeferredData(list.data);
  if (list.isPending || catchingUp) return <LoadingSkeleton variant="table" label={labels.loading} />;
  if (list.isError || !data) return <ErrorState error={list.error} title={labels.error} onRetry={() => void list.refetch()} />;
  const { items, totalItems } = data;
  if (items.length === 0) {
    if (totalItems > 0) {
      // A stale link to a page past the end (the list got shorter): offer the first page.
      return (
        <EmptyState
          title={labels.pastEndTitle}
          actions={
            <Button variant="default" onClick={() => onPage(1)}>
              {labels.firstPage}
            </Button>
          }
        />
      );
    }
    if (filtered) {
      return (
        <EmptyState
          title={labels.filteredTitle}
          description={labels.filteredDescription}
          actions={
            <Button variant="default" leftSection={<IconFilterOff size={16} aria-hidden />} onClick={onClearFilters}>
              {labels.clearFilters}
            </Button>
          }
        />
      );
    }
    return empty;
  }
  return (
    <>
      {children(data)}
      <ListPagination page={page} pageSize={pageSize} totalItems={totalItems} onPage={onPage} onPageSize={onPageSize} pageSizeLabel={labels.pageSize} />
    </>
  );
}

/** The labels of a list whose translation file follows the common layout (`<prefix>.empty.*`, …). */
export function pagedListLabels(t: (key: string) => string, prefix: string): PagedListBodyProps<{ items: unknown[]; totalItems: number }>['labels'] {
  return {
    loading: t(`${prefix}.loading`),
    error: t(`${prefix}.error`),
    pastEndTitle: t(`${prefix}.empty.pastEndTitle`),
    firstPage: t(`${prefix}.empty.firstPage`),
    filteredTitle: t(`${prefix}.empty.filteredTitle`),
    filteredDescription: t(`${prefix}.empty.filteredDescription`),
    clearFilters: t(`${prefix}.filters.clearAll`),
    pageSize: t(`${prefix}.paging.pageSize`),
  };
}
