import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { api, unwrap } from '@/api/client';
import { failure, signInAs } from './helpers';

async function exportLog(query: { reason: string; action?: ('reveal' | 'export' | 'sign_in')[]; from?: string; to?: string }) {
  const { data, error, response } = await api.GET('/audit-events/export', { params: { query }, parseAs: 'arrayBuffer' });
  if (error !== undefined || !data) throw new Error(`export failed with ${response.status}`);
  const bytes = new Uint8Array(data);
  // TextDecoder drops a BOM by default; keep it to check that the file starts with one.
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), response };
}

describe('GET /audit-events/export', () => {
  it('exports the filtered log as Belgian-Excel CSV and records the export with its reason', async () => {
    await signInAs('privacy_officer');
    const { bytes, text, response } = await exportLog({ reason: 'Quarterly review of reveals', action: ['reveal'], from: '2026-09-01', to: '2026-11-30' });
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<string[]>(text.slice(1).trim(), { delimiter: ';' }).data;
    expect(rows[0]).toEqual(['occurredAt', 'actor', 'role', 'action', 'resourceType', 'resourceId', 'summary', 'reason']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).every((row) => row[3] === 'reveal')).toBe(true);
    // The same count as the list on the same filters.
    const list = await unwrap(api.GET('/audit-events', { params: { query: { action: ['reveal'], from: '2026-09-01', to: '2026-11-30', pageSize: 1 } } }));
    expect(rows.length - 1).toBe(list.totalItems);

    const exports = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'], resourceType: ['audit_log'] } } }));
    expect(exports.items[0]).toMatchObject({ action: 'export', resourceType: 'audit_log', reason: 'Quarterly review of reveals', actor: { displayName: 'Els Peeters' } });
  });

  it('needs a reason, refuses other roles and too short reasons', async () => {
    await signInAs('privacy_officer');
    const missing = await failure(api.GET('/audit-events/export', { params: { query: {} as { reason: string } } }));
    expect(missing.status).toBe(400);
    expect(missing.fieldErrors[0]?.pointer).toBe('/query/reason');
    const short = await failure(api.GET('/audit-events/export', { params: { query: { reason: '  x  ' } } }));
    expect(short.status).toBe(422);
    await signInAs('support');
    expect((await failure(api.GET('/audit-events/export', { params: { query: { reason: 'Curious about colleagues' } } }))).status).toBe(403);
    await signInAs('management');
    expect((await failure(api.GET('/audit-events/export', { params: { query: { reason: 'Board request' } } }))).status).toBe(403);
  });
});
