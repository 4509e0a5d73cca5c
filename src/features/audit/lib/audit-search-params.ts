import type { Schemas } from '@/api/types';
import { readIsoDate, readListsInto, readPaging, writePagingAndSort } from '@/lib/search-params';
import type { AuditQuery } from '../api/audit-queries';

export const AUDIT_ACTIONS = ['create', 'update', 'transition', 'reveal', 'export', 'read', 'sign_in', 'sign_out'] as const satisfies readonly Schemas['AuditAction'][];
export const AUDIT_RESOURCES = [
  'session', 'person', 'consent_event', 'dsar', 'recipient', 'disclosure', 'compliance_check', 'remediation_action', 'violation', 'complaint', 'policy_version', 'announcement', 'report', 'audit_log',
] as const satisfies readonly Schemas['AuditResourceType'][];
export const DEFAULT_AUDIT_SORT = '-occurredAt';

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [Exhaustive<Schemas['AuditAction'], (typeof AUDIT_ACTIONS)[number]>, Exhaustive<Schemas['AuditResourceType'], (typeof AUDIT_RESOURCES)[number]>] = [true, true];
void exhaustive;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type AuditView = AuditQuery & { page: number; pageSize: number; sort: string };

/** The log's view from the URL: actor, actions, resources and a period (Brussels days, inclusive). */
export function parseAuditSearchParams(params: URLSearchParams): AuditView {
  const sort = params.get('sort') === 'occurredAt' ? 'occurredAt' : DEFAULT_AUDIT_SORT;
  const view: AuditView = { ...readPaging(params), sort };
  const actorId = params.get('actorId');
  if (actorId && UUID.test(actorId)) view.actorId = actorId;
  readListsInto(view, params, { action: AUDIT_ACTIONS, resourceType: AUDIT_RESOURCES });
  const from = readIsoDate(params.get('from'));
  const to = readIsoDate(params.get('to'));
  if (from) view.from = from;
  if (to && !(from && from > to)) view.to = to;
  return view;
}

export function serializeAuditQuery(query: AuditQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.actorId) params.set('actorId', query.actorId);
  for (const value of query.action ?? []) params.append('action', value);
  for (const value of query.resourceType ?? []) params.append('resourceType', value);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  return writePagingAndSort(params, query, { sort: DEFAULT_AUDIT_SORT });
}

export const hasAuditFilters = (query: AuditQuery) => Boolean(query.actorId || query.action?.length || query.resourceType?.length || query.from || query.to);

/** The export takes the list's filters, never its paging or sort (it is always newest first). */
export function exportFilters(query: AuditQuery): Omit<AuditQuery, 'page' | 'pageSize' | 'sort'> {
  const { page: _page, pageSize: _pageSize, sort: _sort, ...filters } = query;
  return filters;
}
