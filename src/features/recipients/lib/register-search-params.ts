import { readListsInto, readPaging, readSearch, readSort, writePagingAndSort } from '@/lib/search-params';
import type { DataFlowQuery, RecipientListQuery } from '../api/recipient-keys';
import { LEGAL_BASES, RECIPIENT_CATEGORIES, RECIPIENT_ROLES, RECIPIENT_WARNINGS } from './terms';

// Sort fields a URL may carry: the table's columns, plus role and category (shown under the name;
// a shared link sorted by them still works).
export const SORT_FIELDS = ['name', 'category', 'role', 'legalBasis', 'country', 'agreementStatus', 'nextReviewDue'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export const DEFAULT_SORT = 'name' satisfies SortField;

/** The URL's query, always complete: page, pageSize and sort are filled in. */
export type RegisterQuery = RecipientListQuery & { page: number; pageSize: number; sort: string };

const FILTERS = ['category', 'role', 'legalBasis', 'warning'] as const;

/**
 * Reads the register's view from the URL, with the contract's parameter names, so a link such as
 * the overview's `/recipients?warning=review_overdue&warning=agreement_expiring` opens that view.
 * Anything invalid (a hand-edited or stale link) is dropped, never sent on.
 */
export function parseRegisterSearchParams(params: URLSearchParams): RegisterQuery {
  const query: RegisterQuery = { ...readPaging(params), sort: readSort(params.get('sort'), SORT_FIELDS) ?? DEFAULT_SORT };
  const q = readSearch(params.get('q'));
  if (q) query.q = q;
  readListsInto(query, params, { category: RECIPIENT_CATEGORIES, role: RECIPIENT_ROLES, legalBasis: LEGAL_BASES, warning: RECIPIENT_WARNINGS });
  return query;
}

/** Writes the view to the URL, leaving out defaults so shared links stay short. */
export function serializeRegisterQuery(query: RecipientListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTERS) for (const value of query[name] ?? []) params.append(name, value);
  return writePagingAndSort(params, query, { sort: DEFAULT_SORT });
}

/** Whether any filter (not sort or paging) is set. */
export function hasRegisterFilters(query: RecipientListQuery): boolean {
  return Boolean(query.q || FILTERS.some((name) => (query[name]?.length ?? 0) > 0));
}

/** The register's filters without paging and sort: what the CSV export takes. */
export function registerFilters(query: RecipientListQuery): Omit<RecipientListQuery, 'page' | 'pageSize' | 'sort'> {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  return filters;
}

/** The flow diagram's filters: recipient category and legal basis. */
export function parseFlowSearchParams(params: URLSearchParams): DataFlowQuery {
  const query: DataFlowQuery = {};
  readListsInto(query, params, { category: RECIPIENT_CATEGORIES, legalBasis: LEGAL_BASES });
  return query;
}

export function serializeFlowQuery(query: DataFlowQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of query.category ?? []) params.append('category', value);
  for (const value of query.legalBasis ?? []) params.append('legalBasis', value);
  return params;
}
