import { PURPOSE_KEYS } from '@/lib/purpose-keys';
import { readList, readPaging } from '@/lib/search-params';
import type { ConsentHistoryQuery } from '../api/people-keys';

export const HISTORY_PAGE_SIZE = 10;
export type HistoryOrder = 'newest' | 'oldest';

/** The history's view in the URL: purposes shown, order and page (a person's id is in the path; nothing personal here). */
export type HistoryView = ConsentHistoryQuery & { page: number; pageSize: number; sort: '-occurredAt' | 'occurredAt' };

export function parseHistoryView(params: URLSearchParams): HistoryView {
  const view: HistoryView = { ...readPaging(params, HISTORY_PAGE_SIZE), sort: params.get('order') === 'oldest' ? 'occurredAt' : '-occurredAt' };
  const purpose = readList(params, 'purpose', PURPOSE_KEYS);
  if (purpose) view.purpose = purpose;
  return view;
}

export function serializeHistoryView(view: HistoryView): URLSearchParams {
  const params = new URLSearchParams();
  for (const purpose of view.purpose ?? []) params.append('purpose', purpose);
  if (view.sort === 'occurredAt') params.set('order', 'oldest');
  if (view.page > 1) params.set('page', String(view.page));
  if (view.pageSize !== HISTORY_PAGE_SIZE) params.set('pageSize', String(view.pageSize));
  return params;
}
