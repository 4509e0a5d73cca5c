import { describe, expect, it } from 'vitest';
import { parseSort, readAssignees, readIsoDate, readList, readListsInto, readPaging, readSearch, readSort, writePagingAndSort } from './search-params';

describe('list search params', () => {
  it('keeps only allowed, distinct values of a repeated parameter, capped', () => {
    const params = new URLSearchParams('s=a&s=x&s=a&s=b&s=c');
    expect(readList(params, 's', ['a', 'b', 'c'] as const, 2)).toEqual(['a', 'b']);
    expect(readList(params, 'missing', ['a'] as const)).toBeUndefined();
  });

  it('reads several list filters into a query, leaving out those with no allowed value', () => {
    const query: { q?: string; s?: Array<'a' | 'b'>; t?: Array<'x'>; u?: Array<'y'> } = { q: 'kept' };
    readListsInto(query, new URLSearchParams('s=b&s=zz&s=a&u=nope'), { s: ['a', 'b'], t: ['x'], u: ['y'] });
    expect(query).toEqual({ q: 'kept', s: ['b', 'a'] });
  });

  it('keeps me, none and staff ids as assignees, once each', () => {
    const id = '0b7c2a4e-1f3d-4c5b-9a8e-7d6c5b4a3f2e';
    expect(readAssignees(new URLSearchParams(`assignee=me&assignee=${id}&assignee=me&assignee=bob`))).toEqual(['me', id]);
    expect(readAssignees(new URLSearchParams('assignee=bob'))).toBeUndefined();
  });

  it('accepts only real calendar days', () => {
    expect(readIsoDate('2028-02-29')).toBe('2028-02-29');
    expect(readIsoDate('2026-02-29')).toBeUndefined();
    expect(readIsoDate('2026-2-1')).toBeUndefined();
  });

  it('falls back to page 1 and the default size for invalid paging', () => {
    expect(readPaging(new URLSearchParams('page=0&pageSize=33'))).toEqual({ page: 1, pageSize: 25 });
    expect(readPaging(new URLSearchParams('page=4&pageSize=50'))).toEqual({ page: 4, pageSize: 50 });
  });

  it('strips control characters from search text', () => {
    expect(readSearch(' a\u0000b ')).toBe('ab');
    expect(readSearch('\u0007')).toBeUndefined();
  });

  it('reads and parses a sort on known fields only', () => {
    expect(readSort('-name', ['name', 'date'])).toBe('-name');
    expect(readSort('-evil', ['name', 'date'])).toBeUndefined();
    expect(parseSort('-date', ['name', 'date'], 'name')).toEqual({ field: 'date', direction: 'desc' });
    expect(parseSort('bogus', ['name', 'date'], 'name')).toEqual({ field: 'name', direction: 'asc' });
  });

  it('writes only what differs from the defaults', () => {
    expect(writePagingAndSort(new URLSearchParams(), { sort: 'name', page: 1, pageSize: 25 }, { sort: 'name' }).toString()).toBe('');
    expect(writePagingAndSort(new URLSearchParams(), { sort: '-name', page: 2, pageSize: 50 }, { sort: 'name' }).toString()).toBe('sort=-name&page=2&pageSize=50');
  });
});
