import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { getDb } from '@mocks/db';
import { STAFF } from '@mocks/db/core';
import { dsarArea, dsarId, isClosed, type DsarRecord } from '@mocks/db/dsars';
import { TODAY_DAY } from '@mocks/db/people';
import { formatDay } from '@mocks/lib/deadlines';
import { failure, signInAs } from './helpers';

const staffId = (username: string) => STAFF.find((member) => member.username === username)?.id ?? '';
const JAN = staffId('jan.devries');
const SOFIE = staffId('sofie.maes');
const AN = staffId('an.claes');

function seeded(predicate: (record: DsarRecord) => boolean, skip = 0): DsarRecord {
  const found = getDb().area(dsarArea).records.filter(predicate)[skip];
  if (!found) throw new Error('no seeded request fits');
  return found;
}

const item = (record: DsarRecord) => ({ id: dsarId(record), version: record.version });
const bulk = (body: Schemas['DsarBulkActionRequest']) => unwrap(api.POST('/dsars/bulk-actions', { params: { header: csrfHeader }, body }));

describe('POST /dsars/bulk-actions', () => {
  it('assigns many requests and answers per item, refusing closed, stale and unknown ones with their reason', async () => {
    await signInAs('privacy_officer');
    const open = seeded((record) => !isClosed(record) && record.assigneeId !== SOFIE);
    const open2 = seeded((record) => !isClosed(record) && record.assigneeId !== SOFIE, 1);
    const closed = seeded((record) => record.status === 'completed');
    const stale = seeded((record) => !isClosed(record) && record.assigneeId !== SOFIE, 2);
    const unknown = { id: '00000000-0000-4000-8000-000000000000', version: 1 };
    const result = await bulk({ action: 'assign', assigneeId: SOFIE, items: [item(open), item(open2), item(closed), { ...item(stale), version: stale.version + 1 }, unknown] });
    expect(result).toMatchObject({ action: 'assign', done: 2, refused: 3 });
    expect(result.results.map((entry) => entry.refusal)).toEqual([null, null, 'not_allowed_for_state', 'stale', 'not_found']);
    expect(result.results[0]?.version).toBe(item(open).version);
    const after = await unwrap(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: dsarId(open) } } }));
    expect(after.assignee?.id).toBe(SOFIE);
    const audit = await unwrap(api.GET('/audit-events', { params: { query: { pageSize: 5, sort: '-occurredAt' } } }));
    expect(audit.items.some((event) => event.summary.includes('(bulk)'))).toBe(true);
  });

  it('lets support take unassigned requests only, and never assign a colleague', async () => {
    await signInAs('support');
    const unassigned = seeded((record) => !isClosed(record) && record.assigneeId === null);
    const mine = seeded((record) => !isClosed(record) && record.assigneeId === JAN);
    const theirs = seeded((record) => !isClosed(record) && record.assigneeId === SOFIE);
    const taken = await bulk({ action: 'assign', assigneeId: JAN, items: [item(unassigned), item(mine), item(theirs)] });
    expect(taken.results.map((entry) => entry.refusal)).toEqual([null, 'unchanged', 'not_allowed_for_role']);
    const toColleague = await bulk({ action: 'assign', assigneeId: SOFIE, items: [{ id: dsarId(mine), version: mine.version }] });
    expect(toColleague.results[0]?.refusal).toBe('not_allowed_for_role');
  });

  it('moves only what the workflow allows without details, and refuses management (403) and a missing target (422)', async () => {
    await signInAs('privacy_officer');
    const received = seeded((record) => record.status === 'received');
    const verifying = seeded((record) => record.status === 'identity_verification');
    const working = seeded((record) => record.status === 'in_progress');
    const moved = await bulk({ action: 'transition', to: 'identity_verification', items: [item(received), item(verifying), item(working)] });
    expect(moved.results.map((entry) => entry.refusal)).toEqual([null, 'unchanged', 'not_allowed_for_state']);
    const awaiting = seeded((record) => record.status === 'awaiting_employer');
    const needsInstruction = await bulk({ action: 'transition', to: 'completed', items: [item(awaiting)] });
    expect(needsInstruction.results[0]?.refusal).toBe('needs_details');
    const completed = await bulk({ action: 'transition', to: 'completed', items: [item(working)] });
    expect(completed.done).toBe(1);
    const timeline = await unwrap(api.GET('/dsars/{dsarId}/timeline', { params: { path: { dsarId: dsarId(working) }, query: { pageSize: 100 } } }));
    expect(timeline.items.at(-1)).toMatchObject({ kind: 'status_changed', toStatus: 'completed' });

    const missing = await failure(bulk({ action: 'transition', items: [item(received)] }));
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors[0]?.pointer).toBe('/to');
    const toManagement = await failure(bulk({ action: 'assign', assigneeId: AN, items: [item(received)] }));
    expect(toManagement.fieldErrors[0]?.pointer).toBe('/assigneeId');

    await signInAs('management');
    expect((await failure(bulk({ action: 'assign', assigneeId: null, items: [item(received)] }))).status).toBe(403);
  });
});

const exportCsv = (query: Record<string, unknown>) =>
  api.GET('/dsars/export', { params: { query: { reason: 'Kwartaalrapport voor de DPO', ...query } }, parseAs: 'arrayBuffer' });

describe('GET /dsars/export', () => {
  it('writes the filtered queue as Belgian-Excel CSV (BOM, semicolons), audited with the reason', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/dsars', { params: { query: { band: ['overdue'], sort: 'reference' } } }));
    const { data, response } = await exportCsv({ band: ['overdue'], sort: 'reference' });
    expect(response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment; filename="dsars-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(data as ArrayBuffer);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const rows = Papa.parse<string[]>(text, { delimiter: ';' }).data;
    expect(rows[0]?.slice(0, 3)).toEqual(['reference', 'type', 'status']);
    expect(rows).toHaveLength(list.totalItems + 1);
    expect(rows[1]?.[0]).toBe(list.items[0]?.reference);
    // The privacy officer's file names the person; the audit log says why it was made.
    expect(rows[1]?.[6]).not.toMatch(/\.\s\w\.$/);
    const audit = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'], pageSize: 5 } } }));
    expect(audit.items[0]).toMatchObject({ action: 'export', reason: 'Kwartaalrapport voor de DPO', resourceType: 'dsar' });
    expect(audit.items[0]?.summary).toContain(`${list.totalItems} requests`);
  });

  it('uses commas on request, masks people for support, and refuses a missing reason (400) and management (403)', async () => {
    await signInAs('support');
    const { data } = await exportCsv({ delimiter: 'comma', assignee: ['me'] });
    const text = new TextDecoder().decode(data);
    const rows = Papa.parse<string[]>(text, { delimiter: ',' }).data.filter((row) => row.length > 1);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows[1]?.[6]).toMatch(/^\S\. \S\.$/);
    expect(rows[1]?.[7]).toContain('•••@');
    const noReason = await failure(api.GET('/dsars/export', { params: { query: {} as never }, parseAs: 'text' }));
    expect(noReason.status).toBe(400);
    await signInAs('management');
    expect((await failure(exportCsv({}))).status).toBe(403);
  });
});

const checklistOf = (id: string) => unwrapWithEtag(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: id } } }));
const saveChecklist = (id: string, etag: string, items: Schemas['RecipientNotificationUpdate']['items']) =>
  unwrapWithEtag(api.PUT('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } }, body: { items } }));

describe('/dsars/{dsarId}/recipient-notifications (GDPR Art. 19)', () => {
  it('lists the register’s recipients for an erasure, records dates with If-Match, and answers 412 on a stale save', async () => {
    await signInAs('privacy_officer');
    const erasure = seeded((record) => record.type === 'erasure' && record.status === 'in_progress' && record.plan === 'business');
    const { data, etag } = await checklistOf(dsarId(erasure));
    expect(data.applicable).toBe(true);
    const categories = data.items.map((entry) => entry.category);
    expect(categories).toContain('email_delivery');
    expect(categories).toContain('employer');
    expect(categories).not.toContain('payment_processing');
    const first = data.items[0];
    if (!first) throw new Error('empty checklist');
    const today = formatDay(TODAY_DAY);
    const saved = await saveChecklist(dsarId(erasure), etag, [{ recipientId: first.recipientId, sentOn: today, confirmedOn: null }]);
    expect(saved.data).toMatchObject({ sent: 1, confirmed: 0, version: data.version + 1 });
    expect(saved.etag).not.toBe(etag);

    const stale = await failure(saveChecklist(dsarId(erasure), etag, [{ recipientId: first.recipientId, sentOn: today, confirmedOn: today }]));
    expect(stale.status).toBe(412);
    const invalid = await failure(saveChecklist(dsarId(erasure), saved.etag, [{ recipientId: first.recipientId, sentOn: null, confirmedOn: today }]));
    expect(invalid.status).toBe(422);
    expect(invalid.fieldErrors[0]).toMatchObject({ pointer: '/items/0/confirmedOn', code: 'requires_sent' });
  });

  it('has no checklist for an access request (409 on a save) and refuses management (403)', async () => {
    await signInAs('privacy_officer');
    const access = seeded((record) => record.type === 'access' && !isClosed(record));
    const { data, etag } = await checklistOf(dsarId(access));
    expect(data).toMatchObject({ applicable: false, items: [] });
    const refused = await failure(saveChecklist(dsarId(access), etag, [{ recipientId: '00000000-0000-4000-8000-000000000000', sentOn: null, confirmedOn: null }]));
    expect(refused.status).toBe(409);
    await signInAs('management');
    expect((await failure(checklistOf(dsarId(access)))).status).toBe(403);
  });
});

describe('GET /dsars/{dsarId}/data-summary', () => {
  it('names what Engcode holds and who received it, without values', async () => {
    await signInAs('privacy_officer');
    const business = seeded((record) => record.type === 'access' && record.plan === 'business');
    const summary = await unwrap(api.GET('/dsars/{dsarId}/data-summary', { params: { path: { dsarId: dsarId(business) } } }));
    expect(summary.engcodeRole).toBe('processor');
    expect(summary.employer).not.toBeNull();
    expect(summary.categories.map((entry) => entry.category)).toContain('account');
    expect(summary.consents).toHaveLength(12);
    expect(summary.recipients.some((recipient) => recipient.category === 'employer')).toBe(true);
    expect(JSON.stringify(summary)).not.toContain('@');
  });
});

describe('GET /dsars/{dsarId}/related', () => {
  it('lists the person’s other requests and complaints, and counts what support may not open', async () => {
    await signInAs('privacy_officer');
    const counts = new Map<number, number>();
    for (const record of getDb().area(dsarArea).records) counts.set(record.personIndex, (counts.get(record.personIndex) ?? 0) + 1);
    const repeat = seeded((record) => (counts.get(record.personIndex) ?? 0) > 1);
    const related = await unwrap(api.GET('/dsars/{dsarId}/related', { params: { path: { dsarId: dsarId(repeat) } } }));
    expect(related.dsars.length).toBe((counts.get(repeat.personIndex) ?? 0) - 1);
    expect(related.dsars.every((other) => other.person.accountReference === repeat.accountReference && other.id !== dsarId(repeat))).toBe(true);
    expect(related.hiddenDsars).toBe(0);

    await signInAs('support');
    const visible = seeded((record) => record.assigneeId === null && !isClosed(record));
    const asSupport = await unwrap(api.GET('/dsars/{dsarId}/related', { params: { path: { dsarId: dsarId(visible) } } }));
    expect(asSupport.dsars.every((other) => other.assignee === null || other.assignee.id === JAN)).toBe(true);
    await signInAs('management');
    expect((await failure(api.GET('/dsars/{dsarId}/related', { params: { path: { dsarId: dsarId(visible) } } }))).status).toBe(403);
  });
});

describe('/dsar-settings', () => {
  it('moves every internal target when the privacy officer changes the days, with If-Match; support may read, not change', async () => {
    await signInAs('privacy_officer');
    const { data, etag } = await unwrapWithEtag(api.GET('/dsar-settings'));
    expect(data.internalTargetDays).toBe(14);
    const open = seeded((record) => !isClosed(record));
    const before = await unwrap(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: dsarId(open) } } }));
    const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    expect(dayOf(before.deadline.dueOn) - dayOf(before.deadline.internalTargetOn)).toBe(14);

    const put = (body: Schemas['DsarSettingsUpdate'], ifMatch: string) => unwrapWithEtag(api.PUT('/dsar-settings', { params: { header: { ...csrfHeader, 'If-Match': ifMatch } }, body }));
    const saved = await put({ internalTargetDays: 7 }, etag);
    expect(saved.data).toMatchObject({ internalTargetDays: 7, version: data.version + 1 });
    const after = await unwrap(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: dsarId(open) } } }));
    expect(dayOf(after.deadline.dueOn) - dayOf(after.deadline.internalTargetOn)).toBe(7);
    expect((await failure(put({ internalTargetDays: 10 }, etag))).status).toBe(412);
    expect((await failure(put({ internalTargetDays: 28 }, saved.etag))).status).toBe(422);

    await signInAs('support');
    const read = await unwrapWithEtag(api.GET('/dsar-settings'));
    expect(read.data.internalTargetDays).toBe(7);
    expect((await failure(put({ internalTargetDays: 3 }, read.etag))).status).toBe(403);
  });
});
