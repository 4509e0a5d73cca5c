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
