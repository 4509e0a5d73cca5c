import type { Schemas } from '@/api/types';
import { readAssignees, readIsoDate, readListsInto, readPaging, readSearch, readSort, writePagingAndSort } from '@/lib/search-params';
import type { DsarListQuery } from '../api/dsar-keys';

// Every value the queue filters on, in display order. `satisfies` plus the exhaustiveness check
// below make the type checker fail when the contract adds a value these lists do not know.
export const DSAR_STATUSES = ['received', 'identity_verification', 'in_progress', 'awaiting_employer', 'completed', 'rejected'] as const satisfies readonly Schemas['DsarStatus'][];
export const DSAR_TYPES = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const satisfies readonly Schemas['DsarType'][];
export const DSAR_CHANNELS = ['profile_link', 'email', 'phone', 'form'] as const satisfies readonly Schemas['DsarChannel'][];
export const DSAR_PLANS = ['individual', 'business'] as const satisfies readonly Schemas['Plan'][];
export const DEADLINE_BANDS = ['overdue', 'due_soon', 'on_track'] as const satisfies readonly Schemas['DeadlineBand'][];
export const SORT_FIELDS = ['reference', 'receivedAt', 'dueOn', 'status', 'type', 'channel', 'plan', 'assignee'] as const;

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Schemas['DsarStatus'], (typeof DSAR_STATUSES)[number]>,
  Exhaustive<Schemas['DsarType'], (typeof DSAR_TYPES)[number]>,
  Exhaustive<Schemas['DsarChannel'], (typeof DSAR_CHANNELS)[number]>,
  Exhaustive<Schemas['Plan'], (typeof DSAR_PLANS)[number]>,
  Exhaustive<Schemas['DeadlineBand'], (typeof DEADLINE_BANDS)[number]>,
] = [true, true, true, true, true];
void exhaustive;

export type SortField = (typeof SORT_FIELDS)[number];

export const DEFAULT_SORT = 'dueOn' satisfies SortField;

/** The URL's query, always complete: page, pageSize and sort are filled in. */
export type QueueQuery = DsarListQuery & { page: number; pageSize: number; sort: string };

/**
 * Reads the queue's view from the URL. Anything invalid (a hand-edited or stale link) is dropped,
 * never sent on, so a bad link shows the default view instead of an error.
 */
export function parseQueueSearchParams(params: URLSearchParams): QueueQuery {
  const query: QueueQuery = { ...readPaging(params), sort: readSort(params.get('sort'), SORT_FIELDS) ?? DEFAULT_SORT };
  const q = readSearch(params.get('q'));
  if (q) query.q = q;
  readListsInto(query, params, { status: DSAR_STATUSES, type: DSAR_TYPES, channel: DSAR_CHANNELS, plan: DSAR_PLANS, band: DEADLINE_BANDS });
  const assignee = readAssignees(params);
  if (assignee) query.assignee = assignee;
  const receivedFrom = readIsoDate(params.get('receivedFrom'));
  const receivedTo = readIsoDate(params.get('receivedTo'));
  if (receivedFrom) query.receivedFrom = receivedFrom;
  if (receivedTo) query.receivedTo = receivedTo;
  // A reversed range is refused by the server; keep the start and drop the impossible end.
  if (receivedFrom && receivedTo && receivedFrom > receivedTo) delete query.receivedTo;
  return query;
}

/** Writes the view to the URL, leaving out defaults so shared links stay short. */
export function serializeQueueQuery(query: DsarListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of ['status', 'type', 'channel', 'plan', 'assignee', 'band'] as const) {
    for (const value of query[name] ?? []) params.append(name, value);
  }
  if (query.receivedFrom) params.set('receivedFrom', query.receivedFrom);
  if (query.receivedTo) params.set('receivedTo', query.receivedTo);
  return writePagingAndSort(params, query, { sort: DEFAULT_SORT });
}

/** Whether any filter (not sort or paging) is set. */
export function hasFilters(query: DsarListQuery): boolean {
  return Boolean(
    query.q ||
      query.receivedFrom ||
      query.receivedTo ||
      (['status', 'type', 'channel', 'plan', 'assignee', 'band'] as const).some((name) => (query[name]?.length ?? 0) > 0),
  );
}
