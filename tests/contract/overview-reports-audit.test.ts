import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap } from '@/api/client';
import { failure, signInAs } from './helpers';

describe('GET /overview', () => {
  it('gives the privacy officer the work queues, each figure linking to its list', async () => {
    await signInAs('privacy_officer');
    const overview = await unwrap(api.GET('/overview'));
    expect(overview.role).toBe('privacy_officer');
    const keys = overview.figures.map((figure) => figure.key);
    expect(keys).toEqual(expect.arrayContaining(['dsars_overdue', 'dsars_due_soon', 'complaints_open', 'complaints_escalated_open', 'checks_failing', 'remediation_open', 'recipients_with_warnings', 'violations_under_investigation']));
    const overdue = overview.figures.find((figure) => figure.key === 'dsars_overdue');
    expect(overdue?.link).toBe('/dsars?band=overdue');
    // The figure equals what the list behind the link counts.
    const list = await unwrap(api.GET('/dsars', { params: { query: { band: ['overdue'] } } }));
    expect(list.totalItems).toBe(overdue?.value);
  });

  it("gives support their own work and what is unassigned, matching the lists' counts", async () => {
    await signInAs('support');
    const overview = await unwrap(api.GET('/overview'));
    expect(overview.figures.map((figure) => figure.key)).toEqual(['my_dsars_due_soon', 'my_complaints_due_soon', 'dsars_unassigned', 'complaints_unassigned']);
    const mine = overview.figures.find((figure) => figure.key === 'my_dsars_due_soon');
    const list = await unwrap(api.GET('/dsars', { params: { query: { assignee: ['me'], band: ['overdue', 'due_soon'] } } }));
    expect(list.totalItems).toBe(mine?.value);
  });

  it('gives management this quarter against the last, with no personal data', async () => {
    await signInAs('management');
    const overview = await unwrap(api.GET('/overview'));
    expect(overview.period?.key).toBe('2026-Q4');
    for (const figure of overview.figures) expect(figure).toHaveProperty('previousValue');
    expect(JSON.stringify(overview)).not.toMatch(/@/);
  });
});

describe('compliance report and frozen reports', () => {
  it('reports a quarter for management and refuses support (403)', async () => {
    await signInAs('management');
    const report = await unwrap(api.GET('/compliance-report', { params: { query: { period: '2026-Q3' } } }));
    expect(report.period).toEqual({ key: '2026-Q3', kind: 'quarter', from: '2026-07-01', to: '2026-09-30' });
    expect(report.dsars.answeredInTime).toBeLessThanOrEqual(report.dsars.closed);
    expect(report.consent.map((row) => row.purpose)).not.toContain('cookies_necessary');
    expect(JSON.stringify(report)).not.toMatch(/employeeName|firstName|@/);
    await signInAs('support');
    expect((await failure(unwrap(api.GET('/compliance-report', { params: { query: { period: '2026-Q3' } } })))).status).toBe(403);
  });

  it('refuses a malformed or future period with a 400 naming it', async () => {
    await signInAs('management');
    const malformed = await failure(unwrap(api.GET('/compliance-report', { params: { query: { period: '2026-Q9' } } })));
    expect(malformed.status).toBe(400);
    expect(malformed.fieldErrors[0]?.pointer).toBe('/query/period');
    const future = await failure(unwrap(api.GET('/compliance-report', { params: { query: { period: '2027' } } })));
    expect(future.status).toBe(400);
  });

  it('freezes a report and reopens it exactly as it was, once per idempotency key', async () => {
    await signInAs('privacy_officer');
    const key = '6f1c1f0e-3d2b-4c4d-9e8f-0a1b2c3d4e5f';
    const frozen = await unwrap(api.POST('/frozen-reports', { body: { period: '2026-10', note: 'October sign-off' }, params: { header: { ...csrfHeader, 'Idempotency-Key': key } } }));
    const again = await unwrap(api.POST('/frozen-reports', { body: { period: '2026-10', note: 'October sign-off' }, params: { header: { ...csrfHeader, 'Idempotency-Key': key } } }));
    expect(again.id).toBe(frozen.id);
    const list = await unwrap(api.GET('/frozen-reports'));
    expect(list.items.map((item) => item.id)).toEqual([frozen.id]);
    // Data changes after freezing do not reach the frozen copy.
    const reopened = await unwrap(api.GET('/frozen-reports/{reportId}', { params: { path: { reportId: frozen.id } } }));
    expect(reopened).toEqual(frozen);
    const missing = await failure(unwrap(api.GET('/frozen-reports/{reportId}', { params: { path: { reportId: '00000000-0000-4000-8000-000000000000' } } })));
    expect(missing.status).toBe(404);
  });
});

describe('GET /audit-events', () => {
  it('is the privacy officer’s only; it records sign-ins and filters by action', async () => {
    await signInAs('support');
    expect((await failure(unwrap(api.GET('/audit-events')))).status).toBe(403);
    await signInAs('privacy_officer');
    const signIns = await unwrap(api.GET('/audit-events', { params: { query: { action: ['sign_in'], pageSize: 5 } } }));
    expect(signIns.items).toHaveLength(5);
    expect(signIns.items.every((event) => event.action === 'sign_in')).toBe(true);
    // Newest first: the privacy officer's own sign-in just now heads the list.
    expect(signIns.items[0]?.actor.displayName).toBe('Els Peeters');
    const bad = await failure(unwrap(api.GET('/audit-events', { params: { query: { action: ['delete' as never] } } })));
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors[0]?.pointer).toMatch(/^\/query\/action/);
  });

  it('filters by period and actor', async () => {
    await signInAs('privacy_officer');
    const window = await unwrap(api.GET('/audit-events', { params: { query: { from: '2026-11-01', to: '2026-11-10', pageSize: 100 } } }));
    expect(window.totalItems).toBeGreaterThan(0);
    for (const event of window.items) expect(event.occurredAt >= '2026-10-31' && event.occurredAt <= '2026-11-11').toBe(true);
    const actorId = window.items[0]?.actor.id ?? '';
    const byActor = await unwrap(api.GET('/audit-events', { params: { query: { actorId, pageSize: 100 } } }));
    expect(byActor.items.every((event) => event.actor.id === actorId)).toBe(true);
  });
});
