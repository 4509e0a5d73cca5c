import type { Schemas } from '@/api/types';
import { readList, readPaging } from '@/lib/search-params';
import type { ConsentHistoryQuery } from '../api/people-keys';

export const PURPOSE_KEYS = [
  'marketing_email',
  'marketing_post',
  'marketing_phone',
  'marketing_onsite',
  'transactional_email',
  'social_facebook',
  'social_linkedin',
  'social_twitter',
  'cookies_necessary',
  'cookies_analytics',
  'cookies_functionality',
  'cookies_targeting',
] as const satisfies readonly Schemas['PurposeKey'][];

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: Exhaustive<Schemas['PurposeKey'], (typeof PURPOSE_KEYS)[number]> = true;
void exhaustive;

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
