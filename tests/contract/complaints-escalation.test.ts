import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import { signInAs } from './helpers';

describe('the complaint queue carries each escalation, so it can stand out until the authority closes it', () => {
  it('lists the authority, its reference and whether its case is still open', async () => {
    await signInAs('privacy_officer');
    const escalated = await unwrap(api.GET('/complaints', { params: { query: { escalated: true, pageSize: 100 } } }));
    expect(escalated.totalItems).toBeGreaterThan(0);
    for (const item of escalated.items) {
      expect(item.escalated).toBe(true);
      expect(['gba', 'ap']).toContain(item.escalation?.authority);
      expect(item.escalation?.authorityReference.length).toBeGreaterThan(0);
    }
    const plain = await unwrap(api.GET('/complaints', { params: { query: { escalated: false, pageSize: 5 } } }));
    for (const item of plain.items) expect(item.escalation).toBeNull();
  });

  it('shows an authority closing its case in the list', async () => {
    await signInAs('privacy_officer');
    const open = await unwrap(api.GET('/complaints', { params: { query: { escalated: true, status: ['in_progress', 'waiting_for_person', 'new', 'resolved'], pageSize: 100 } } }));
    const target = open.items.find((item) => item.escalation?.closedOn === null);
    if (!target?.escalation) throw new Error('the seed has no open escalation on a complaint that can still change');
    const { etag } = await unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: target.id } } }));
    await unwrap(
      api.PATCH('/complaints/{complaintId}', {
        params: { path: { complaintId: target.id }, header: { ...csrfHeader, 'If-Match': etag } },
        body: { escalation: { ...target.escalation, closedOn: '2026-11-24' } },
        headers: { 'Content-Type': 'application/merge-patch+json' },
      }),
    );
    const after = await unwrap(api.GET('/complaints', { params: { query: { q: target.reference } } }));
    expect(after.items[0]?.escalation?.closedOn).toBe('2026-11-24');
  });
});
