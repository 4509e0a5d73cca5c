import type { Schemas } from '@/api/types';
import { readAssignees, readListsInto, readPaging, readSearch, readSort, writePagingAndSort } from '@/lib/search-params';
import type { ComplaintListQuery } from '../api/complaint-keys';

// Every value the queue filters on, in display order; the exhaustiveness check below fails to
// compile when the contract adds a value these lists do not know.
export const COMPLAINT_STATUSES = ['new', 'in_progress', 'waiting_for_person', 'resolved', 'closed'] as const satisfies readonly Schemas['ComplaintStatus'][];
export const COMPLAINT_CATEGORIES = ['marketing', 'third_party_sharing', 'deletion', 'access', 'security', 'cookies', 'other'] as const satisfies readonly Schemas['ComplaintCategory'][];
export const COMPLAINT_CHANNELS = ['email', 'phone', 'form'] as const satisfies readonly Schemas['ComplaintChannel'][];
export const COMPLAINT_BANDS = ['overdue', 'due_soon', 'on_track'] as const satisfies readonly Schemas['DeadlineBand'][];
export const COMPLAINT_SORT_FIELDS = ['reference', 'receivedOn', 'responseDueOn', 'status', 'category', 'channel'] as const;
/** Statuses that still need work: the queue's "open" means these. */
export const OPEN_STATUSES = ['new', 'in_progress', 'waiting_for_person'] as const satisfies readonly Schemas['ComplaintStatus'][];

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Schemas['ComplaintStatus'], (typeof COMPLAINT_STATUSES)[number]>,
  Exhaustive<Schemas['ComplaintCategory'], (typeof COMPLAINT_CATEGORIES)[number]>,
  Exhaustive<Schemas['ComplaintChannel'], (typeof COMPLAINT_CHANNELS)[number]>,
] = [true, true, true];
void exhaustive;

export type ComplaintSortField = (typeof COMPLAINT_SORT_FIELDS)[number];
export const DEFAULT_COMPLAINT_SORT = 'responseDueOn' satisfies ComplaintSortField;

export type ComplaintQueueQuery = ComplaintListQuery & { page: number; pageSize: number; sort: string };

const FILTER_LISTS = ['status', 'category', 'channel', 'assignee', 'band'] as const;

/** The queue's view from the URL, in the contract's query names; anything invalid is dropped. */
export function parseComplaintSearchParams(params: URLSearchParams): ComplaintQueueQuery {
  const query: ComplaintQueueQuery = { ...readPaging(params), sort: readSort(params.get('sort'), COMPLAINT_SORT_FIELDS) ?? DEFAULT_COMPLAINT_SORT };
  const q = readSearch(params.get('q'));
  if (q) query.q = q;
  readListsInto(query, params, { status: COMPLAINT_STATUSES, category: COMPLAINT_CATEGORIES, channel: COMPLAINT_CHANNELS, band: COMPLAINT_BANDS });
  const assignee = readAssignees(params);
  if (assignee) query.assignee = assignee;
  const escalated = params.get('escalated');
  if (escalated === 'true' || escalated === 'false') query.escalated = escalated === 'true';
  return query;
}

/** The view as a URL query, defaults left out so shared links stay short. */
export function serializeComplaintQuery(query: ComplaintListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const name of FILTER_LISTS) for (const value of query[name] ?? []) params.append(name, value);
  if (query.escalated !== undefined) params.set('escalated', String(query.escalated));
  return writePagingAndSort(params, query, { sort: DEFAULT_COMPLAINT_SORT });
}

export function hasComplaintFilters(query: ComplaintListQuery): boolean {
  return Boolean(query.q || query.escalated !== undefined || FILTER_LISTS.some((name) => (query[name]?.length ?? 0) > 0));
}

/** The support agent's three daily views, each a plain filter set (so a view is also a link). */
export type QueueView = 'open' | 'mine' | 'unassigned' | 'due_soon' | 'all';
export const QUEUE_VIEWS: readonly QueueView[] = ['open', 'mine', 'unassigned', 'due_soon', 'all'];

export function viewFilters(view: QueueView): Partial<ComplaintListQuery> {
  switch (view) {
    case 'open':
      return { assignee: undefined, status: [...OPEN_STATUSES], band: undefined };
    case 'mine':
      return { assignee: ['me'], status: [...OPEN_STATUSES], band: undefined };
    case 'unassigned':
      return { assignee: ['none'], status: [...OPEN_STATUSES], band: undefined };
    case 'due_soon':
      return { assignee: undefined, status: undefined, band: ['overdue', 'due_soon'] };
    default:
      return { assignee: undefined, status: undefined, band: undefined };
  }
}

const same = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).length === (b ?? []).length && (a ?? []).every((value) => (b ?? []).includes(value));

/** Which view the current filters are, if exactly one (other filters may be added on top). */
export function currentView(query: ComplaintListQuery): QueueView | null {
  return QUEUE_VIEWS.find((view) => {
    const filters = viewFilters(view);
    return same(query.assignee, filters.assignee) && same(query.status, filters.status) && same(query.band, filters.band);
  }) ?? null;
}
