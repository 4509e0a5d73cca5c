import { hasFilters, parseQueueSearchParams, serializeQueueQuery } from './queue-search-params';

const parse = (search: string) => parseQueueSearchParams(new URLSearchParams(search));

describe('parseQueueSearchParams', () => {
  it('defaults to page 1, 25 per page, sorted by due date', () => {
    expect(parse('')).toEqual({ page: 1, pageSize: 25, sort: 'dueOn' });
  });

  it('reads every filter, sort and page', () => {
    expect(
      parse(
        'status=received&status=in_progress&type=erasure&channel=email&plan=business&band=overdue&assignee=me&assignee=none&q=DSAR-2026&receivedFrom=2026-01-01&receivedTo=2026-02-28&sort=-receivedAt&page=3&pageSize=50',
      ),
    ).toEqual({
      page: 3,
      pageSize: 50,
      sort: '-receivedAt',
      status: ['received', 'in_progress'],
      type: ['erasure'],
      channel: ['email'],
      plan: ['business'],
      band: ['overdue'],
      assignee: ['me', 'none'],
      q: 'DSAR-2026',
      receivedFrom: '2026-01-01',
      receivedTo: '2026-02-28',
    });
  });

  it('drops invalid values instead of sending them on', () => {
    expect(
      parse('status=nope&type=&band=late&assignee=bob&page=0&pageSize=33&sort=email&receivedFrom=2026-02-30&receivedTo=yesterday'),
    ).toEqual({ page: 1, pageSize: 25, sort: 'dueOn' });
    expect(parse('page=-2&pageSize=1000000')).toEqual({ page: 1, pageSize: 25, sort: 'dueOn' });
  });

  it('keeps valid values next to invalid ones and removes duplicates', () => {
    expect(parse('status=received&status=bogus&status=received').status).toEqual(['received']);
  });

  it('strips control characters and trims the search, and drops a reversed date range end', () => {
    expect(parse('q=%20DSAR%01-1%20').q).toBe('DSAR-1');
    expect(parse('q=%20%20').q).toBeUndefined();
    const query = parse('receivedFrom=2026-03-01&receivedTo=2026-02-01');
    expect(query.receivedFrom).toBe('2026-03-01');
    expect(query.receivedTo).toBeUndefined();
  });
});

describe('serializeQueueQuery', () => {
  it('leaves defaults out and round-trips', () => {
    expect(serializeQueueQuery({ page: 1, pageSize: 25, sort: 'dueOn' }).toString()).toBe('');
    const search = 'q=x&status=received&status=completed&band=overdue&receivedFrom=2026-01-01&sort=-dueOn&page=2&pageSize=10';
    expect(serializeQueueQuery(parse(search)).toString()).toBe(search);
  });
});

describe('helpers', () => {
  it('knows when filters are set', () => {
    expect(hasFilters(parse('sort=-dueOn&page=2'))).toBe(false);
    expect(hasFilters(parse('band=overdue'))).toBe(true);
  });
});
