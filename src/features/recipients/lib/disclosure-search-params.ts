import { readList, readPaging, readSort, writePagingAndSort } from '@/lib/search-params';
import type { DisclosureListQuery } from '../api/recipient-keys';
import { LEGAL_GROUNDS } from './terms';

export const DISCLOSURE_SORT_FIELDS = ['disclosedOn', 'authority', 'legalGround'] as const;
export type DisclosureSortField = (typeof DISCLOSURE_SORT_FIELDS)[number];
export const DISCLOSURE_DEFAULT_SORT = '-disclosedOn';

export type DisclosureLogQuery = DisclosureListQuery & { page: number; pageSize: number; sort: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function parseDisclosureSearchParams(params: URLSearchParams): DisclosureLogQuery {
  const query: DisclosureLogQuery = { ...readPaging(params), sort: readSort(params.get('sort'), DISCLOSURE_SORT_FIELDS) ?? DISCLOSURE_DEFAULT_SORT };
  const legalGround = readList(params, 'legalGround', LEGAL_GROUNDS);
  if (legalGround) query.legalGround = legalGround;
  const recipientId = params.get('recipientId');
  if (recipientId && UUID.test(recipientId)) query.recipientId = recipientId;
  return query;
}

export function serializeDisclosureQuery(query: DisclosureListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of query.legalGround ?? []) params.append('legalGround', value);
  if (query.recipientId) params.set('recipientId', query.recipientId);
  return writePagingAndSort(params, query, { sort: DISCLOSURE_DEFAULT_SORT });
}

export function hasDisclosureFilters(query: DisclosureListQuery): boolean {
  return Boolean(query.recipientId || (query.legalGround?.length ?? 0) > 0);
}
