import { describe, expect, it } from 'vitest';
import type { ApiError } from '@/api/api-error';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { setScenario } from '../../mocks/scenario';
import { UNKNOWN_ID, createHeaders, failure, signInAs } from './helpers';

const KEY_A = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b01';
const KEY_B = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b02';

const pointers = (error: ApiError) => error.fieldErrors.map((fieldError) => fieldError.pointer).sort();

const newRecord: Schemas['ViolationCreate'] = {
  employeeName: 'Wim Vandenbussche',
  department: 'Support',
  policySection: 'Hoe we uw informatie beschermen',
  policyQuote: 'We slaan uw persoonlijke gegevens alleen op servers met beperkte toegang die zich in gecontroleerde faciliteiten bevinden.',
  description: 'Een klantprofiel ingekeken zonder dossier.',
  occurredOn: '2026-11-20',
  reportedBy: 'Teamleider Support',
  severity: 'medium',
};

async function openRecord(): Promise<{ data: Schemas['Violation']; etag: string }> {
  return unwrapWithEtag(api.POST('/violations', { body: newRecord, params: { header: createHeaders(KEY_A) } }));
}

describe('GET /violations', () => {
  it('lists the records newest first to the privacy officer, never cached', async () => {
    await signInAs('privacy_officer');
    const { data, response } = await api.GET('/violations', { params: { query: { pageSize: 100 } } });
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    if (!data) throw new Error('no data');
    expect(data.totalItems).toBe(36);
    const dates = data.items.map((item) => item.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(new Set(data.items.map((item) => item.department))).toEqual(new Set(['Support', 'Engineering', 'Marketing', 'Sales', 'Finance', 'HR']));
    for (const item of data.items) {
      expect(item.reference).toMatch(/^VIO-\d{4}-\d{4}$/);
      expect(item.employeeName).toMatch(/^\S+ \S+/);
      expect(item.measure !== null).toBe(item.status === 'concluded' || item.status === 'closed');
      expect(item.retentionUntil !== null).toBe(item.status === 'closed');
    }
    expect(data.items.filter((item) => item.complaintId !== null).length).toBeGreaterThan(3);
  });

  it('filters by severity and status, searches references but never names, and sorts', async () => {
    await signInAs('privacy_officer');
    const open = await unwrap(api.GET('/violations', { params: { query: { status: ['reported', 'under_investigation'], severity: ['high', 'critical', 'medium', 'low'] } } }));
    expect(open.items.every((item) => item.status === 'reported' || item.status === 'under_investigation')).toBe(true);
    const all = await unwrap(api.GET('/violations', { params: { query: { sort: 'reference' } } }));
    const first = all.items[0];
    if (!first) throw new Error('empty');
    const byReference = await unwrap(api.GET('/violations', { params: { query: { q: first.reference.toLowerCase() } } }));
    expect(byReference.items.map((item) => item.id)).toEqual([first.id]);
    const byName = await unwrap(api.GET('/violations', { params: { query: { q: first.employeeName } } }));
    expect(byName.items.map((item) => item.id)).not.toContain(first.id);
    const bySeverity = await unwrap(api.GET('/violations', { params: { query: { sort: '-severity', pageSize: 1 } } }));
    expect(bySeverity.items[0]?.severity).toBe('critical');
    expect((await failure(api.GET('/violations', { params: { query: { sort: 'employeeName' } } }))).status).toBe(400);
    expect((await failure(api.GET('/violations', { params: { query: { severity: ['huge' as never] } } }))).status).toBe(400);
  });

  it('refuses support and management', async () => {
    for (const role of ['support', 'management'] as const) {
      await signInAs(role);
      expect((await failure(api.GET('/violations'))).status).toBe(403);
      expect((await failure(api.GET('/violations/{violationId}', { params: { path: { violationId: UNKNOWN_ID } } }))).status).toBe(403);
      expect((await failure(api.POST('/violations', { body: newRecord, params: { header: createHeaders(KEY_B) } }))).status).toBe(403);
      expect(
        (await failure(api.PATCH('/violations/{violationId}', { params: { path: { violationId: UNKNOWN_ID }, header: { ...csrfHeader, 'If-Match': '"x"' } }, body: { severity: 'low' } }))).status,
      ).toBe(403);
    }
  });
});

describe('GET /violations/{id}', () => {
  it('returns the record with an ETag, no-store, and writes the read to the audit log', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/violations'));
    const item = list.items[0];
    if (!item) throw new Error('empty');
    const { data, response } = await api.GET('/violations/{violationId}', { params: { path: { violationId: item.id } } });
    expect(data).toEqual(item);
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const audit = await unwrap(api.GET('/audit-events', { params: { query: { action: ['read'], resourceType: ['violation'] } } }));
    const event = audit.items.find((entry) => entry.resourceId === item.id);
    expect(event).toMatchObject({ actor: { displayName: 'Els Peeters' }, summary: `Read violation record ${item.reference}` });
    expect(event?.summary).not.toContain(item.employeeName);
    expect((await failure(api.GET('/violations/{violationId}', { params: { path: { violationId: UNKNOWN_ID } } }))).status).toBe(404);
  });
});

describe('POST /violations', () => {
  it('opens a record and replays an idempotent retry', async () => {
    await signInAs('privacy_officer');
    const created = await openRecord();
    expect(created.data).toMatchObject({ status: 'reported', measure: null, retentionUntil: null, version: 1 });
    expect(created.data.reference).toMatch(/^VIO-2026-\d{4}$/);
    const replay = await openRecord();
    expect(replay.data.id).toBe(created.data.id);
    expect((await unwrap(api.GET('/violations'))).totalItems).toBe(37);
    const reused = await failure(api.POST('/violations', { body: { ...newRecord, severity: 'high' }, params: { header: createHeaders(KEY_A) } }));
    expect(reused.status).toBe(422);
  });

  it('refuses blank fields, a future date and unknown links with pointers', async () => {
    await signInAs('privacy_officer');
    const error = await failure(
      api.POST('/violations', {
        body: { ...newRecord, employeeName: '  ', occurredOn: '2027-01-01', complaintId: UNKNOWN_ID, checkId: UNKNOWN_ID },
        params: { header: createHeaders(KEY_B) },
      }),
    );
    expect(error.status).toBe(422);
    expect(pointers(error)).toEqual(['/checkId', '/complaintId', '/employeeName', '/occurredOn']);
    const missing = await failure(api.POST('/violations', { body: { ...newRecord, severity: undefined } as never, params: { header: createHeaders(KEY_B) } }));
    expect(pointers(missing)).toEqual(['/severity']);
  });
});

describe('PATCH /violations/{id}', () => {
  it('requires decidedOn and decidedBy with a measure, closes with a retention date, then refuses changes', async () => {
    await signInAs('privacy_officer');
    const { data, etag } = await openRecord();
    const path = { violationId: data.id };
    const investigating = await unwrapWithEtag(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': etag } }, body: { status: 'under_investigation' } }));
    expect(investigating.data.status).toBe('under_investigation');

    const bare = await failure(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': investigating.etag } }, body: { measure: 'written_warning' } }));
    expect(bare.status).toBe(422);
    expect(pointers(bare)).toEqual(['/decidedBy', '/decidedOn']);
    const halfDecided = await failure(
      api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': investigating.etag } }, body: { measure: 'written_warning', decidedOn: '2026-11-24' } }),
    );
    expect(pointers(halfDecided)).toEqual(['/decidedBy']);
    const tooEarly = await failure(
      api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': investigating.etag } }, body: { measure: 'written_warning', decidedOn: '2026-11-01', decidedBy: 'HR' } }),
    );
    expect(pointers(tooEarly)).toEqual(['/decidedOn']);
    const closeWithout = await failure(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': investigating.etag } }, body: { status: 'closed' } }));
    expect(pointers(closeWithout)).toEqual(['/measure']);

    const decided = await unwrapWithEtag(
      api.PATCH('/violations/{violationId}', {
        params: { path, header: { ...csrfHeader, 'If-Match': investigating.etag } },
        body: { measure: 'written_warning', decidedOn: '2026-11-24', decidedBy: 'Tom Hendrickx (HR-manager)', status: 'concluded' },
      }),
    );
    expect(decided.data).toMatchObject({ measure: 'written_warning', decidedOn: '2026-11-24', status: 'concluded', retentionUntil: null });
    // The measure already on the record satisfies the rule for a later change of measure.
    const changed = await unwrapWithEtag(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': decided.etag } }, body: { measure: 'verbal_warning' } }));
    expect(changed.data.measure).toBe('verbal_warning');

    const stale = await failure(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': decided.etag } }, body: { status: 'closed' } }));
    expect(stale.status).toBe(412);
    const missing = await failure(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader } as never }, body: { status: 'closed' } }));
    expect(missing.status).toBe(428);

    const closed = await unwrapWithEtag(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': changed.etag } }, body: { status: 'closed' } }));
    expect(closed.data).toMatchObject({ status: 'closed', retentionUntil: '2031-11-25' });
    const frozen = await failure(api.PATCH('/violations/{violationId}', { params: { path, header: { ...csrfHeader, 'If-Match': closed.etag } }, body: { severity: 'low' } }));
    expect(frozen.status).toBe(409);
    expect(frozen.problem.code).toBe('record_closed');
    expect((await failure(api.PATCH('/violations/{violationId}', { params: { path: { violationId: UNKNOWN_ID }, header: { ...csrfHeader, 'If-Match': '"x"' } }, body: { severity: 'low' } }))).status).toBe(404);
  });
});

describe('GET /violation-statistics', () => {
  it('counts by severity, measure, department and quarter for management, without a single name', async () => {
    await signInAs('privacy_officer');
    const records = await unwrap(api.GET('/violations', { params: { query: { pageSize: 100 } } }));
    await signInAs('management');
    const stats = await unwrap(api.GET('/violation-statistics'));
    expect(stats.total).toBe(36);
    const sum = (entries: Array<{ count: number }>) => entries.reduce((total, entry) => total + entry.count, 0);
    expect(sum(stats.bySeverity)).toBe(36);
    expect(sum(stats.byMeasure)).toBe(36);
    expect(sum(stats.byDepartment)).toBe(36);
    expect(sum(stats.byQuarter)).toBe(36);
    expect(stats.bySeverity.map((entry) => entry.key)).toEqual(['low', 'medium', 'high', 'critical']);
    expect(stats.byMeasure.map((entry) => entry.key)).toEqual(['none', 'verbal_warning', 'written_warning', 'suspension', 'termination', 'undecided']);
    expect(stats.byQuarter.at(-1)?.key).toBe('2026-Q4');
    expect(stats.underInvestigation).toBe(records.items.filter((item) => item.status === 'reported' || item.status === 'under_investigation').length);
    const text = JSON.stringify(stats);
    for (const item of records.items) expect(text).not.toContain(item.employeeName);

    const year = await unwrap(api.GET('/violation-statistics', { params: { query: { from: '2025-01-01', to: '2025-12-31' } } }));
    expect(year.byQuarter.map((entry) => entry.key)).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4']);
    expect(year.total).toBe(records.items.filter((item) => item.occurredOn.startsWith('2025')).length);
    const reversed = await failure(api.GET('/violation-statistics', { params: { query: { from: '2026-01-01', to: '2025-01-01' } } }));
    expect(reversed.status).toBe(400);
    await signInAs('support');
    expect((await failure(api.GET('/violation-statistics'))).status).toBe(403);
  });

  it('scales with the large scenario', async () => {
    setScenario('large');
    await signInAs('management');
    expect((await unwrap(api.GET('/violation-statistics'))).total).toBe(360);
  });
});
