import type { Schemas } from '@/api/types';
import { readListsInto, readPaging, readSearch, readSort, writePagingAndSort } from '@/lib/search-params';
import type { ViolationListQuery } from '../api/violation-keys';

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const satisfies readonly Schemas['Severity'][];
export const INVESTIGATION_STATUSES = ['reported', 'under_investigation', 'concluded', 'closed'] as const satisfies readonly Schemas['InvestigationStatus'][];
export const MEASURES = ['none', 'verbal_warning', 'written_warning', 'suspension', 'termination'] as const satisfies readonly Schemas['DisciplinaryMeasure'][];
export const VIOLATION_SORT_FIELDS = ['reference', 'occurredOn', 'severity', 'status', 'department'] as const;
export const DEFAULT_VIOLATION_SORT = '-occurredOn';

type Exhaustive<All, Listed> = [All] extends [Listed] ? true : never;
const exhaustive: [
  Exhaustive<Schemas['Severity'], (typeof SEVERITIES)[number]>,
  Exhaustive<Schemas['InvestigationStatus'], (typeof INVESTIGATION_STATUSES)[number]>,
  Exhaustive<Schemas['DisciplinaryMeasure'], (typeof MEASURES)[number]>,
] = [true, true, true];
void exhaustive;

export type ViolationView = ViolationListQuery & { page: number; pageSize: number; sort: string };

/** The register's view from the URL (the overview links here with `status=` filters). */
export function parseViolationSearchParams(params: URLSearchParams): ViolationView {
  const view: ViolationView = { ...readPaging(params), sort: readSort(params.get('sort'), VIOLATION_SORT_FIELDS) ?? DEFAULT_VIOLATION_SORT };
  const q = readSearch(params.get('q'));
  if (q) view.q = q;
  readListsInto(view, params, { severity: SEVERITIES, status: INVESTIGATION_STATUSES });
  return view;
}

export function serializeViolationQuery(query: ViolationListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const value of query.severity ?? []) params.append('severity', value);
  for (const value of query.status ?? []) params.append('status', value);
  return writePagingAndSort(params, query, { sort: DEFAULT_VIOLATION_SORT });
}

export const hasViolationFilters = (query: ViolationListQuery) => Boolean(query.q || query.severity?.length || query.status?.length);
