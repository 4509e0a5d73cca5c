import { describe, expect, it } from 'vitest';
import { parseComplianceSearchParams, serializeActionsQuery, serializeChecksQuery } from './compliance-search-params';

const parse = (search: string) => parseComplianceSearchParams(new URLSearchParams(search));

describe('parseComplianceSearchParams', () => {
  it('reads the overview link to failing checks', () => {
    expect(parse('outcome=fail')).toEqual({ view: 'checks', query: { page: 1, pageSize: 25, sort: 'nextDueOn', outcome: ['fail'] } });
  });

  it('reads the overview link to open remediation as the remediation view', () => {
    expect(parse('view=remediation&status=open&status=in_progress')).toEqual({
      view: 'remediation',
      query: { page: 1, pageSize: 25, sort: 'dueOn', status: ['open', 'in_progress'] },
    });
  });

  it('drops unknown values, sorts of the other view and malformed ids', () => {
    expect(parse('outcome=maybe&kind=manual&sort=dueOn&overdue=yes').query).toEqual({ page: 1, pageSize: 25, sort: 'nextDueOn', kind: ['manual'] });
    expect(parse('view=remediation&status=closed&checkId=abc&sort=-createdAt&overdue=true').query).toEqual({ page: 1, pageSize: 25, sort: '-createdAt', overdue: true });
  });

  it('round-trips both views through the URL', () => {
    const checks = { page: 2, pageSize: 50, sort: '-lastOutcome', outcome: ['fail' as const, 'warning' as const], overdue: false };
    expect(parse(serializeChecksQuery(checks).toString())).toEqual({ view: 'checks', query: checks });
    const actions = { page: 1, pageSize: 25, sort: 'dueOn', status: ['open' as const], checkId: '0b6a1c52-0000-4000-8000-000000000001', overdue: true };
    expect(parse(serializeActionsQuery(actions).toString())).toEqual({ view: 'remediation', query: actions });
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeChecksQuery({ page: 1, pageSize: 25, sort: 'nextDueOn' }).toString()).toBe('');
    expect(serializeActionsQuery({ page: 1, pageSize: 25, sort: 'dueOn' }).toString()).toBe('view=remediation');
  });
});
