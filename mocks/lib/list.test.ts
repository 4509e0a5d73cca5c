import { describe, expect, it } from 'vitest';
import { compareValues, matchesAny, paginate, parseSort, sortItems } from './list';
import { HttpProblem } from './problem';

interface Row {
  id: string;
  name: string | null;
  age: number;
}

const rows: Row[] = [
  { id: 'a', name: 'Lotte', age: 30 },
  { id: 'b', name: null, age: 25 },
  { id: 'c', name: 'Arne', age: 30 },
  { id: 'd', name: 'Zoë', age: 41 },
  { id: 'e', name: 'arne', age: 19 },
];
const keys = { name: (row: Row) => row.name, age: (row: Row) => row.age };

describe('parseSort', () => {
  it('reads comma-separated fields with a minus for descending, or the fallback', () => {
    expect(parseSort('-age,name', ['age', 'name'], 'name')).toEqual([
      { field: 'age', descending: true },
      { field: 'name', descending: false },
    ]);
    expect(parseSort(undefined, ['age'], '-age')).toEqual([{ field: 'age', descending: true }]);
    expect(parseSort('', ['age'], 'age')).toEqual([{ field: 'age', descending: false }]);
  });

  it('answers 400 naming sort for a field that cannot be sorted on', () => {
    try {
      parseSort('height', ['age'], 'age');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HttpProblem);
      expect((error as HttpProblem).status).toBe(400);
      expect((error as HttpProblem).errors?.[0]?.pointer).toBe('/query/sort');
    }
  });
});

describe('sortItems', () => {
  it('sorts by several fields, ties broken by the tie-breaker, without changing the input', () => {
    const sorted = sortItems(rows, '-age,name', keys, { fallback: 'name', tieBreaker: (row) => row.id });
    expect(sorted.map((row) => row.id)).toEqual(['d', 'c', 'a', 'b', 'e']);
    expect(rows.map((row) => row.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('puts missing values last in both directions', () => {
    expect(sortItems(rows, 'name', keys, { fallback: 'name' }).at(-1)?.id).toBe('b');
    expect(sortItems(rows, '-name', keys, { fallback: 'name' }).at(-1)?.id).toBe('b');
  });

  it('keeps the original order for full ties when there is no tie-breaker', () => {
    expect(sortItems(rows, 'age', { age: () => 1 }, { fallback: 'age' }).map((row) => row.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('compares numbers as numbers and strings by code point', () => {
    expect(compareValues(9, 10)).toBeLessThan(0);
    expect(compareValues('2026-01-09', '2026-01-10')).toBeLessThan(0);
    expect(compareValues(null, 'a')).toBeGreaterThan(0);
  });
});

describe('paginate', () => {
  it('returns one page with the total, clamping the page size to 1..100', () => {
    const items = Array.from({ length: 230 }, (_, index) => index);
    expect(paginate(items, {})).toMatchObject({ page: 1, pageSize: 25, totalItems: 230 });
    expect(paginate(items, { page: 3, pageSize: 100 }).items).toEqual(items.slice(200, 230));
    expect(paginate(items, { page: 4, pageSize: 100 }).items).toEqual([]);
    expect(paginate(items, { pageSize: 500 }).pageSize).toBe(100);
    expect(paginate(items, { page: 2, pageSize: 2 }, (value) => `#${value}`).items).toEqual(['#2', '#3']);
  });
});

describe('matchesAny', () => {
  it('passes everything for an absent or empty filter, else only listed values', () => {
    expect(matchesAny(undefined, 'x')).toBe(true);
    expect(matchesAny([], 'x')).toBe(true);
    expect(matchesAny(['x', 'y'], 'y')).toBe(true);
    expect(matchesAny(['x'], 'z')).toBe(false);
  });
});
