import { describe, expect, it } from 'vitest';
import { exportFilters, parseAuditSearchParams, serializeAuditQuery } from './audit-search-params';

describe('audit log view in the URL', () => {
  it('reads the filters, dropping unknown values and a reversed period end', () => {
    const view = parseAuditSearchParams(new URLSearchParams('action=reveal&action=delete&resourceType=person&from=2026-11-10&to=2026-11-01&actorId=nope&page=2'));
    expect(view).toEqual({ page: 2, pageSize: 25, sort: '-occurredAt', action: ['reveal'], resourceType: ['person'], from: '2026-11-10' });
  });

  it('writes the same view back, defaults left out, and exports on the filters only', () => {
    const view = parseAuditSearchParams(new URLSearchParams('action=export&from=2026-11-01&to=2026-11-30&page=3&sort=occurredAt'));
    expect(serializeAuditQuery(view).toString()).toBe('action=export&from=2026-11-01&to=2026-11-30&sort=occurredAt&page=3');
    expect(exportFilters(view)).toEqual({ action: ['export'], from: '2026-11-01', to: '2026-11-30' });
  });
});
