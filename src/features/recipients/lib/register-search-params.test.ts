import { hasRegisterFilters, parseFlowSearchParams, parseRegisterSearchParams, registerFilters, serializeRegisterQuery } from './register-search-params';

describe('register search params', () => {
  it('reads the overview’s warning link with the contract’s parameter names', () => {
    const query = parseRegisterSearchParams(new URLSearchParams('warning=processor_without_agreement&warning=agreement_expiring&warning=nonsense'));
    expect(query).toEqual({ page: 1, pageSize: 25, sort: 'name', warning: ['processor_without_agreement', 'agreement_expiring'] });
    expect(hasRegisterFilters(query)).toBe(true);
  });

  it('drops unknown values and sort fields, and round-trips without defaults', () => {
    const query = parseRegisterSearchParams(new URLSearchParams('category=printer&category=social_platform&role=authority&legalBasis=consent&q=%20face%20&sort=-website&page=2&pageSize=10'));
    expect(query).toEqual({ page: 2, pageSize: 10, sort: 'name', category: ['social_platform'], role: ['authority'], legalBasis: ['consent'], q: 'face' });
    expect(serializeRegisterQuery(query).toString()).toBe('q=face&category=social_platform&role=authority&legalBasis=consent&page=2&pageSize=10');
    expect(registerFilters(query)).toEqual({ category: ['social_platform'], role: ['authority'], legalBasis: ['consent'], q: 'face' });
    expect(hasRegisterFilters(parseRegisterSearchParams(new URLSearchParams('sort=-nextReviewDue')))).toBe(false);
  });

  it('reads the flow filters', () => {
    expect(parseFlowSearchParams(new URLSearchParams('category=employer&legalBasis=whim&legalBasis=contract'))).toEqual({ category: ['employer'], legalBasis: ['contract'] });
  });
});
