import { HttpProblem } from './problem';

/**
 * Server-side paging and sorting shared by every list of the mock API, so each list answers
 * `page`, `pageSize` and `sort=-receivedAt,reference` the same way.
 */

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface SortField {
  field: string;
  descending: boolean;
}

/** A value a list can be sorted on; null sorts last in either direction. */
export type SortValue = string | number | boolean | null | undefined;

/** How to read each sortable field from an item. */
export type SortKeys<T> = Readonly<Record<string, (item: T) => SortValue>>;

/**
 * Parses `-receivedAt,reference` into fields. Every field must be one of `keys`, or the answer is
 * a 400 naming `sort` (the contract's pattern already refuses most; this catches the rest).
 */
export function parseSort(sort: string | undefined | null, allowed: readonly string[], fallback: string): SortField[] {
  const text = sort && sort.trim() !== '' ? sort : fallback;
  const fields = text.split(',').map((part) => {
    const trimmed = part.trim();
    const descending = trimmed.startsWith('-');
    return { field: descending ? trimmed.slice(1) : trimmed, descending };
  });
  for (const { field } of fields) {
    if (!allowed.includes(field)) {
      throw new HttpProblem(400, `Invalid query parameter: sort (${field} is not a sortable field).`, {
        errors: [{ pointer: '/query/sort', code: 'not_allowed', detail: `sortable fields: ${allowed.join(', ')}` }],
      });
    }
  }
  return fields;
}

const collator = new Intl.Collator('nl-BE', { sensitivity: 'base', numeric: true });

export function compareValues(a: SortValue, b: SortValue): number {
  const aMissing = a === null || a === undefined;
  const bMissing = b === null || b === undefined;
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const aText = String(a);
  const bText = String(b);
  // ISO dates, references and enum keys compare fastest (and correctly) as plain strings.
  return aText < bText ? -1 : aText > bText ? 1 : 0;
}

/** Locale-aware comparison for human text (names, titles). */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * Sorts a copy of `items` by `sort` (see parseSort). Nulls go last whatever the direction; ties
 * keep the `tieBreaker` order (an id or reference) so pages never overlap or skip an item.
 */
export function sortItems<T>(
  items: readonly T[],
  sort: string | undefined | null,
  keys: SortKeys<T>,
  options: { fallback: string; tieBreaker?: (item: T) => SortValue },
): T[] {
  const fields = parseSort(sort, Object.keys(keys), options.fallback);
  const readers = fields.map(({ field, descending }) => ({ read: keys[field] as (item: T) => SortValue, sign: descending ? -1 : 1 }));
  // Read each key once per item rather than once per comparison.
  const decorated = items.map((item, index) => ({
    item,
    index,
    values: readers.map(({ read }) => read(item)),
    tie: options.tieBreaker ? options.tieBreaker(item) : null,
  }));
  decorated.sort((a, b) => {
    for (let i = 0; i < readers.length; i += 1) {
      const av = a.values[i];
      const bv = b.values[i];
      const aMissing = av === null || av === undefined;
      const bMissing = bv === null || bv === undefined;
      const result = aMissing || bMissing ? compareValues(av, bv) : compareValues(av, bv) * (readers[i]?.sign ?? 1);
      if (result !== 0) return result;
    }
    const tie = compareValues(a.tie, b.tie);
    return tie !== 0 ? tie : a.index - b.index;
  });
  return decorated.map((entry) => entry.item);
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalItems: number;
}

/** One page of `items` (1-based). A page past the end is empty, not an error. */
export function paginate<T, R = T>(
  items: readonly T[],
  query: { page?: number | null; pageSize?: number | null },
  map?: (item: T) => R,
): Page<R> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? DEFAULT_PAGE_SIZE)));
  const start = (page - 1) * pageSize;
  const slice = items.slice(start, start + pageSize);
  return {
    items: map ? slice.map(map) : (slice as unknown as R[]),
    page,
    pageSize,
    totalItems: items.length,
  };
}

/** True when a repeatable filter is absent or empty, or includes the value. */
export function matchesAny<V>(filter: readonly V[] | undefined | null, value: V): boolean {
  return !filter || filter.length === 0 || filter.includes(value);
}
