import { describe, expect, it } from 'vitest';
import { api, unwrap } from '@/api/client';
import { ApiError } from '@/api/api-error';

describe('session operations', () => {
  it('refuses GET /session without a session (401 problem)', async () => {
    const error = await unwrap(api.GET('/session')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
  });

  it('signs in with a demo account, reads the session, signs out', async () => {
    const created = await unwrap(api.POST('/session', { body: { username: 'jan.devries', password: 'demo' }, params: { header: { 'X-Requested-With': 'engcode-console' } } }));
    expect(created.user.role).toBe('support');
    expect(created.permissions).toContain('dsars_work');
    expect(created.permissions).not.toContain('audit_read');
    const session = await unwrap(api.GET('/session'));
    expect(session.user.displayName).toBe('Jan De Vries');
    await unwrap(api.DELETE('/session', { params: { header: { 'X-Requested-With': 'engcode-console' } } }));
    const after = await unwrap(api.GET('/session')).catch((caught: unknown) => caught);
    expect((after as ApiError).status).toBe(401);
  });

  it('answers a wrong password with 401 and a missing field with 422 naming it', async () => {
    const wrong = await unwrap(api.POST('/session', { body: { username: 'jan.devries', password: 'nope' }, params: { header: { 'X-Requested-With': 'engcode-console' } } })).catch((caught: unknown) => caught as ApiError);
    expect(wrong.status).toBe(401);
    const missing = await unwrap(
      api.POST('/session', { body: { username: 'jan.devries' } as never, params: { header: { 'X-Requested-With': 'engcode-console' } } }),
    ).catch((caught: unknown) => caught as ApiError);
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors).toEqual([expect.objectContaining({ pointer: '/password', code: 'required' })]);
  });
});
