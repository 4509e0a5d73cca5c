import type { Schemas } from '@/api/types';
import { readList, readListsInto, readPaging, readSort, writePagingAndSort } from '@/lib/search-params';
import type { ActionListQuery, CheckListQuery } from '../api/compliance-keys';

// Every value the filters know, in display order; the exhaustiveness check below fails the type
// check when the contract adds a value these lists miss.
export const OUTCOMES = ['fail', 'warning', 'pending', 'pass', 'not_applicable'] as const satisfies readonly Schemas['CheckOutcomeOrPending'][];
export const KINDS = ['automatic', 'manual'] as const satisfies readonly Schemas['CheckKind'][];
export const ACTION_STATUSES = ['open', 'in_progress', 'done'] as const satisfies readonly Schemas['RemediationStatus'][];
export const CHECK_SORT_FIELDS = ['key', 'nextDueOn', 'lastOutcome', 'kind', 'owner'] as const;
export const ACTION_SORT_FIELDS = ['dueOn', 'status', 'createdAt'] as const;
export const CHECK_DEFAULT_SORT = 'nextDueOn';
export const ACTION_DEFAULT_SORT = 'dueOn';

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Schemas['CheckOutcomeOrPending'], (typeof OUTCOMES)[number]>,
  Exhaustive<Schemas['CheckKind'], (typeof KINDS)[number]>,
  Exhaustive<Schemas['RemediationStatus'], (typeof ACTION_STATUSES)[number]>,
] = [true, true, true];
void exhaustive;

export type ComplianceView = 'checks' | 'remediation';
export type ChecksQuery = CheckListQuery & { page: number; pageSize: number; sort: string };
export type ActionsQuery = ActionListQuery & { page: number; pageSize: number; sort: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function readBoolean(value: string | null): boolean | undefined {
  return value === 'true' ? true : value === 'false' ? false : undefined;
}

/**
 * The compliance page's view from the URL, with the contract's own parameter names (the overview
 * links to `?outcome=fail` and `?view=remediation&status=open&status=in_progress`). Only the
 * visible view's parameters are read; anything unknown is dropped, never sent on.
 */
export function parseComplianceSearchParams(params: URLSearchParams): { view: 'checks'; query: ChecksQuery } | { view: 'remediation'; query: ActionsQuery } {
  const paging = readPaging(params);
  const overdue = readBoolean(params.get('overdue'));
  if (params.get('view') === 'remediation') {
    const query: ActionsQuery = { ...paging, sort: readSort(params.get('sort'), ACTION_SORT_FIELDS) ?? ACTION_DEFAULT_SORT };
    const status = readList(params, 'status', ACTION_STATUSES);
    if (status) query.status = status;
    const checkId = params.get('checkId');
    if (checkId && UUID.test(checkId)) query.checkId = checkId;
    if (overdue !== undefined) query.overdue = overdue;
    return { view: 'remediation', query };
  }
  const query: ChecksQuery = { ...paging, sort: readSort(params.get('sort'), CHECK_SORT_FIELDS) ?? CHECK_DEFAULT_SORT };
  readListsInto(query, params, { outcome: OUTCOMES, kind: KINDS });
  if (overdue !== undefined) query.overdue = overdue;
  return { view: 'checks', query };
}

/** Writes a view to the URL, leaving out defaults so shared links stay short. */
export function serializeChecksQuery(query: CheckListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const value of query.outcome ?? []) params.append('outcome', value);
  for (const value of query.kind ?? []) params.append('kind', value);
  if (query.overdue !== undefined) params.set('overdue', String(query.overdue));
  return writePagingAndSort(params, query, { sort: CHECK_DEFAULT_SORT });
}

export function serializeActionsQuery(query: ActionListQuery): URLSearchParams {
  const params = new URLSearchParams({ view: 'remediation' });
  for (const value of query.status ?? []) params.append('status', value);
  if (query.checkId) params.set('checkId', query.checkId);
  if (query.overdue !== undefined) params.set('overdue', String(query.overdue));
  return writePagingAndSort(params, query, { sort: ACTION_DEFAULT_SORT });
}

export function hasCheckFilters(query: CheckListQuery): boolean {
  return Boolean(query.outcome?.length || query.kind?.length || query.overdue !== undefined);
}

export function hasActionFilters(query: ActionListQuery): boolean {
  return Boolean(query.status?.length || query.checkId || query.overdue !== undefined);
}
