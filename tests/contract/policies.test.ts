import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { setScenario } from '../../mocks/scenario';
import { UNKNOWN_ID, createHeaders, failure, signInAs } from './helpers';

const KEY_A = '0b6a2d1e-51c4-4c3e-a6a2-6f2b8f4b7a01';
const KEY_B = '0b6a2d1e-51c4-4c3e-a6a2-6f2b8f4b7a02';


const material: Schemas['PolicyVersionCreate'] = {
  version: '3.0.0',
  effectiveOn: '2027-01-01',
  material: true,
  summary: { nl: 'Nieuwe bewaartermijnen en een functionaris voor gegevensbescherming.', en: 'New retention periods and a data protection officer.' },
};

function readAnnouncement(id: string) {
  return unwrapWithEtag(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: id } } }));
}

function expectConsistent(announcement: Schemas['Announcement']) {
  expect(announcement.queued + announcement.sent + announcement.delivered + announcement.bounced).toBe(announcement.totalRecipients);
}

describe('GET /policy-versions and /policy-versions/{id}', () => {
  it('lists the versions newest first for every role', async () => {
    for (const role of ['privacy_officer', 'support', 'management'] as const) {
      await signInAs(role);
      const list = await unwrap(api.GET('/policy-versions'));
      expect(list.items.map((item) => item.version)).toEqual(['2.1.0', '2.0.0', '1.1.0', '1.0.0']);
      expect(list.totalItems).toBe(4);
    }
    const paged = await unwrap(api.GET('/policy-versions', { params: { query: { page: 2, pageSize: 3 } } }));
    expect(paged.items.map((item) => item.version)).toEqual(['1.0.0']);
  });

  it('reads one version and answers 404 for an unknown one', async () => {
    await signInAs('management');
    const list = await unwrap(api.GET('/policy-versions'));
    const minor = list.items.find((item) => item.version === '1.1.0');
    const version = await unwrap(api.GET('/policy-versions/{versionId}', { params: { path: { versionId: minor?.id ?? '' } } }));
    expect(version).toMatchObject({ version: '1.1.0', material: false, announcementId: null });
    const missing = await failure(api.GET('/policy-versions/{versionId}', { params: { path: { versionId: UNKNOWN_ID } } }));
    expect(missing.status).toBe(404);
  });
});

describe('seeded announcements', () => {
  it('reached 97-99 % of the registered users, with the policy date updated', async () => {
    await signInAs('management');
    const list = await unwrap(api.GET('/policy-versions'));
    const announced = list.items.filter((item) => item.announcementId !== null);
    expect(announced.map((item) => item.version)).toEqual(['2.1.0', '2.0.0', '1.0.0']);
    for (const item of announced) {
      const { data, etag } = await readAnnouncement(item.announcementId ?? '');
      expect(etag).toMatch(/^".+"$/);
      expect(data.status).toBe('completed');
      expect(data.policyVersionId).toBe(item.id);
      expect(data.policyDateUpdatedOn).toBe(item.publishedAt.slice(0, 10));
      expect(data.queued + data.sent).toBe(0);
      expectConsistent(data);
      expect(data.delivered / data.totalRecipients).toBeGreaterThanOrEqual(0.97);
      expect(data.bounced / data.totalRecipients).toBeGreaterThanOrEqual(0.005);
      expect(data.bounced / data.totalRecipients).toBeLessThanOrEqual(0.03);
    }
    const v21 = await readAnnouncement(announced[0]?.announcementId ?? '');
    expect(v21.data.resendCount).toBe(1);
    expect(v21.data.totalRecipients).toBeLessThan(20_000);
    expect(v21.data.totalRecipients).toBeGreaterThan(10_000);
    const missing = await failure(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: UNKNOWN_ID } } }));
    expect(missing.status).toBe(404);
  });
});

describe('POST /policy-versions', () => {
  it('publishes a material version whose announcement to every registered user progresses on each read', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(api.POST('/policy-versions', { body: material, params: { header: createHeaders(KEY_A) } }));
    expect(created).toMatchObject({ version: '3.0.0', material: true, effectiveOn: '2027-01-01' });
    const announcementId = created.announcementId;
    if (!announcementId) throw new Error('A material version starts an announcement');

    const list = await unwrap(api.GET('/policy-versions'));
    expect(list.items[0]?.id).toBe(created.id);

    const seen: Schemas['Announcement'][] = [];
    let current = await readAnnouncement(announcementId);
    seen.push(current.data);
    for (let step = 0; step < 10 && current.data.status !== 'completed'; step += 1) {
      current = await readAnnouncement(announcementId);
      seen.push(current.data);
    }
    const first = seen[0];
    expect(first).toMatchObject({ status: 'sending', totalRecipients: 20_000, resendCount: 0, policyDateUpdatedOn: '2026-11-25', channel: 'email' });
    expect(first?.sent).toBe(5_000);
    seen.forEach(expectConsistent);
    const delivered = seen.map((entry) => entry.delivered);
    expect(delivered).toEqual([...delivered].sort((a, b) => a - b));
    const done = current.data;
    expect(done.status).toBe('completed');
    expect(seen.length).toBeLessThanOrEqual(6);
    expect(done.bounced).toBeGreaterThan(0);
    expect(done.bounced / done.totalRecipients).toBeLessThan(0.03);
    // A finished announcement no longer changes.
    const again = await readAnnouncement(announcementId);
    expect(again.etag).toBe(current.etag);
  });

  it('resends bounced copies with If-Match, and refuses stale, missing or pointless resends', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(api.POST('/policy-versions', { body: material, params: { header: createHeaders(KEY_A) } }));
    const id = created.announcementId ?? '';
    let current = await readAnnouncement(id);
    while (current.data.status !== 'completed') current = await readAnnouncement(id);
    const bounced = current.data.bounced;

    const missing = await failure(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId: id }, header: { ...csrfHeader } as never } }));
    expect(missing.status).toBe(428);
    const stale = await failure(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId: id }, header: { ...csrfHeader, 'If-Match': '"stale-v1"' } } }));
    expect(stale.status).toBe(412);

    const resent = await unwrapWithEtag(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId: id }, header: { ...csrfHeader, 'If-Match': current.etag } } }));
    expect(resent.data).toMatchObject({ status: 'sending', queued: bounced, bounced: 0, resendCount: 1 });
    expectConsistent(resent.data);
    let after = await readAnnouncement(id);
    while (after.data.status !== 'completed') after = await readAnnouncement(id);
    expect(after.data.bounced).toBeLessThan(bounced);
    expect(after.data.delivered).toBeGreaterThan(current.data.delivered);

    await signInAs('management');
    const management = await failure(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId: id }, header: { ...csrfHeader, 'If-Match': after.etag } } }));
    expect(management.status).toBe(403);
  });

  it('answers 409 when nothing bounced', async () => {
    setScenario('empty');
    await signInAs('privacy_officer');
    const created = await unwrap(api.POST('/policy-versions', { body: material, params: { header: createHeaders(KEY_A) } }));
    const { data, etag } = await readAnnouncement(created.announcementId ?? '');
    expect(data).toMatchObject({ status: 'completed', totalRecipients: 0, bounced: 0 });
    const error = await failure(api.POST('/announcements/{announcementId}/resends', { params: { path: { announcementId: data.id }, header: { ...csrfHeader, 'If-Match': etag } } }));
    expect(error.status).toBe(409);
    expect(error.problem.code).toBe('nothing_bounced');
  });

  it('publishes a minor version without an announcement', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(api.POST('/policy-versions', { body: { ...material, version: '2.1.1', material: false }, params: { header: createHeaders(KEY_A) } }));
    expect(created.announcementId).toBeNull();
  });

  it('refuses a version that is not greater than the latest (409) and invalid fields (422)', async () => {
    await signInAs('privacy_officer');
    for (const version of ['2.1.0', '2.0.9', '1.9.0']) {
      const error = await failure(api.POST('/policy-versions', { body: { ...material, version }, params: { header: createHeaders(KEY_A) } }));
      expect(error.status).toBe(409);
      expect(error.problem.code).toBe('version_not_greater');
    }
    const invalid = await failure(api.POST('/policy-versions', { body: { ...material, effectiveOn: '2026-01-01', summary: { nl: ' ', en: 'x' } }, params: { header: createHeaders(KEY_B) } }));
    expect(invalid.status).toBe(422);
    expect(invalid.fieldErrors.map((error) => error.pointer).sort()).toEqual(['/effectiveOn', '/summary/nl']);
    const malformed = await failure(api.POST('/policy-versions', { body: { ...material, version: 'v3' }, params: { header: createHeaders(KEY_B) } }));
    expect(malformed.status).toBe(422);
    expect(malformed.fieldErrors[0]?.pointer).toBe('/version');
  });

  it('replays an idempotent publish and refuses other roles', async () => {
    await signInAs('privacy_officer');
    const first = await unwrap(api.POST('/policy-versions', { body: material, params: { header: createHeaders(KEY_A) } }));
    const replay = await unwrap(api.POST('/policy-versions', { body: material, params: { header: createHeaders(KEY_A) } }));
    expect(replay.id).toBe(first.id);
    expect((await unwrap(api.GET('/policy-versions'))).totalItems).toBe(5);
    await signInAs('support');
    expect((await failure(api.POST('/policy-versions', { body: { ...material, version: '4.0.0' }, params: { header: createHeaders(KEY_B) } }))).status).toBe(403);
    await signInAs('management');
    expect((await failure(api.POST('/policy-versions', { body: { ...material, version: '4.0.0' }, params: { header: createHeaders(KEY_B) } }))).status).toBe(403);
  });
});
