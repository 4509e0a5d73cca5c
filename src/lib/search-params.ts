/**
 * Reading a list's view (filters, sort, page) from the URL. A hand-edited or stale link must
 * show a sensible view, never an error: every reader drops what it does not recognise instead
 * of sending it on to the server.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// eslint-disable-next-line no-control-regex -- the contract refuses control characters in search text.
const CONTROL = /[\x00-\x1F\x7F]/g;

export interface SortState<Field extends string> {
  field: Field;
  direction: 'asc' | 'desc';
}

/** The allowed values of a repeated parameter (`?status=a&status=b`), deduplicated and capped. */
export function readList<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[], max: number = allowed.length): T[] | undefined {
  const values = [...new Set(params.getAll(name))].filter((value): value is T => (allowed as readonly string[]).includes(value));
  return values.length > 0 ? values.slice(0, max) : undefined;
}

/** For each list filter of a query, the values its parameter may take. */
export type ListParams<Query> = { [Name in keyof Query]?: NonNullable<Query[Name]> extends readonly (infer Value)[] ? readonly Value[] : never };

/** Several repeated parameters read into `query` (each as readList does); one with no allowed value is left out. */
export function readListsInto<Query extends object>(query: Query, params: URLSearchParams, allowed: NoInfer<ListParams<Query>>): void {
  for (const name of Object.keys(allowed) as Array<keyof Query & string>) {
    const values = readList(params, name, allowed[name] as readonly string[]);
    if (values) query[name] = values as Query[typeof name];
  }
}

const ASSIGNEE = /^(me|none|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A case queue's `assignee` filter: `me`, `none` or staff ids, deduplicated, at most 20. */
export function readAssignees(params: URLSearchParams): string[] | undefined {
  const assignees = [...new Set(params.getAll('assignee'))].filter((value) => ASSIGNEE.test(value)).slice(0, 20);
  return assignees.length > 0 ? assignees : undefined;
}

/** A real calendar day (`2026-02-30` is refused, where Date would roll it over silently). */
export function readIsoDate(value: string | null): string | undefined {
  if (!value) return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? value : undefined;
}

export function readInteger(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d{1,6}$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

/** Free search text without control characters, trimmed and capped at the contract's length. */
export function readSearch(value: string | null, maxLength = 100): string | undefined {
  const text = value?.replace(CONTROL, '').trim().slice(0, maxLength);
  return text ? text : undefined;
}

/** `page` and `pageSize`, falling back to page 1 and the default size. */
export function readPaging(params: URLSearchParams, defaultPageSize: number = DEFAULT_PAGE_SIZE): { page: number; pageSize: number } {
  const pageSize = readInteger(params.get('pageSize'), 1, 100);
  return {
    page: readInteger(params.get('page'), 1, 100000) ?? 1,
    pageSize: pageSize !== undefined && (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : defaultPageSize,
  };
}

/** A single-field sort (`dueOn`, `-receivedAt`) when the field is one of `fields`. */
export function readSort<Field extends string>(value: string | null, fields: readonly Field[]): string | undefined {
  return value && new RegExp(`^-?(${fields.join('|')})$`).test(value) ? value : undefined;
}

export function parseSort<Field extends string>(sort: string, fields: readonly Field[], fallback: Field): SortState<Field> {
  const direction = sort.startsWith('-') ? 'desc' : 'asc';
  const field = sort.replace(/^-/, '');
  return { field: (fields as readonly string[]).includes(field) ? (field as Field) : fallback, direction };
}

/** Writes `page`, `pageSize` and `sort` to the URL, leaving out defaults so shared links stay short. */
export function writePagingAndSort(
  params: URLSearchParams,
  query: { sort?: string | undefined; page?: number | undefined; pageSize?: number | undefined },
  defaults: { sort: string; pageSize?: number },
): URLSearchParams {
  if (query.sort && query.sort !== defaults.sort) params.set('sort', query.sort);
  if (query.page && query.page !== 1) params.set('page', String(query.page));
  if (query.pageSize && query.pageSize !== (defaults.pageSize ?? DEFAULT_PAGE_SIZE)) params.set('pageSize', String(query.pageSize));
  return params;
}
