import type { Schemas } from '@/api/types';
import type { DsarListQuery } from '../api/dsar-keys';

// Every value the queue filters on, in display order. `satisfies` plus the exhaustiveness check
// below make the type checker fail when the contract adds a value these lists do not know.
export const DSAR_STATUSES = ['received', 'identity_verification', 'in_progress', 'awaiting_employer', 'completed', 'rejected'] as const satisfies readonly Schemas['DsarStatus'][];
export const DSAR_TYPES = ['access', 'rectification', 'erasure', 'restriction', 'portability', 'objection'] as const satisfies readonly Schemas['DsarType'][];
export const DSAR_CHANNELS = ['profile_link', 'email', 'phone', 'form'] as const satisfies readonly Schemas['DsarChannel'][];
export const DSAR_PLANS = ['individual', 'business'] as const satisfies readonly Schemas['Plan'][];
export const DEADLINE_BANDS = ['overdue', 'due_soon', 'on_track'] as const satisfies readonly Schemas['DeadlineBand'][];
export const SORT_FIELDS = ['reference', 'receivedAt', 'dueOn', 'status', 'type', 'channel', 'plan', 'assignee'] as const;
export const PAGE_SIZES = [10, 25, 50, 100] as const;

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
export interface SortState {
  field: SortField;
  direction: 'asc' | 'desc';
}

export const DEFAULT_SORT = 'dueOn';
export const DEFAULT_PAGE_SIZE = 25;

/** The URL's query, always complete: page, pageSize and sort are filled in. */
export type QueueQuery = DsarListQuery & { page: number; pageSize: number; sort: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ASSIGNEE = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
// eslint-disable-next-line no-control-regex -- the contract refuses control characters in `q`.
const CONTROL = /[\x00-\x1F\x7F]/g;

function pick<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], max: number): T[] | undefined {
  const values = [...new Set(params.getAll(name))].filter((value): value is T => (allowed as readonly string[]).includes(value));
  return values.length > 0 ? values.slice(0, max) : undefined;
}

function isoDate(value: string | null): string | undefined {
  if (!value) return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  // Rejects 2026-02-30 and the like, which Date would roll over silently.
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? value : undefined;
}

function integer(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

export function parseSort(sort: string): SortState {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^-/, '');
  return { field: (SORT_FIELDS as readonly string[]).includes(field) ? (field as SortField) : 'dueOn', direction };
}

/**
 * Reads the queue's view from the URL. Anything invalid (a hand-edited or stale link) is dropped,
 * never sent on, so a bad link shows the default view instead of an error.
 */
export function parseQueueSearchParams(params: URLSearchParams): QueueQuery {
  const query: QueueQuery = { page: 1, pageSize: DEFAULT_PAGE_SIZE, sort: DEFAULT_SORT };
  query.page = integer(params.get('page'), 1, 100000) ?? 1;
  const pageSize = integer(params.get('pageSize'), 1, 100);
  if (pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize)) query.pageSize = pageSize;
  const sort = params.get('sort');
  if (sort && new RegExp(`^-?(${SORT_FIELDS.join('|')})$`).test(sort)) query.sort = sort;
  const q = params.get('q')?.replace(CONTROL, '').trim().slice(0, 100);
  if (q) query.q = q;
  const status = pick(params, 'status', DSAR_STATUSES, 6);
  if (status) query.status = status;
  const type = pick(params, 'type', DSAR_TYPES, 6);
  if (type) query.type = type;
  const channel = pick(params, 'channel', DSAR_CHANNELS, 4);
  if (channel) query.channel = channel;
  const plan = pick(params, 'plan', DSAR_PLANS, 2);
  if (plan) query.plan = plan;
  const band = pick(params, 'band', DEADLINE_BANDS, 3);
  if (band) query.band = band;
  const assignee = [...new Set(params.getAll('assignee'))].filter((value) => ASSIGNEE.test(value)).slice(0, 20);
  if (assignee.length > 0) query.assignee = assignee;
  const receivedFrom = isoDate(params.get('receivedFrom'));
  const receivedTo = isoDate(params.get('receivedTo'));
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
  if (query.sort && query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
  if (query.page && query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(query.pageSize));
  return params;
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
