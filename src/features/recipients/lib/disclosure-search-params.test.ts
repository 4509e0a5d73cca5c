import { hasDisclosureFilters, parseDisclosureSearchParams, serializeDisclosureQuery } from './disclosure-search-params';

const POLICE = '5b0f0a4e-2c1d-4e5f-8a9b-0c1d2e3f4a5b';

describe('disclosure log search params', () => {
  it('reads the legal ground, a well-formed authority id and the sort, newest first by default', () => {
    expect(parseDisclosureSearchParams(new URLSearchParams(''))).toEqual({ page: 1, pageSize: 25, sort: '-disclosedOn' });
    const query = parseDisclosureSearchParams(new URLSearchParams(`legalGround=court_order&legalGround=whim&recipientId=${POLICE}&sort=authority&page=3`));
    expect(query).toEqual({ page: 3, pageSize: 25, sort: 'authority', legalGround: ['court_order'], recipientId: POLICE });
    expect(hasDisclosureFilters(query)).toBe(true);
    expect(serializeDisclosureQuery(query).toString()).toBe(`legalGround=court_order&recipientId=${POLICE}&sort=authority&page=3`);
  });

  it('drops an authority id that is not a UUID', () => {
    const query = parseDisclosureSearchParams(new URLSearchParams('recipientId=../../etc'));
    expect(query.recipientId).toBeUndefined();
    expect(hasDisclosureFilters(query)).toBe(false);
  });
});
