import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap } from '@/api/client';
import { failure, signInAs } from './helpers';

describe('session operations', () => {
  it('refuses GET /session without a session (401 problem)', async () => {
    expect((await failure(unwrap(api.GET('/session')))).status).toBe(401);
  });

  it('signs in with a demo account, reads the session, signs out', async () => {
    const created = await signInAs('support');
    expect(created.user.role).toBe('support');
    expect(created.permissions).toContain('dsars_work');
    expect(created.permissions).not.toContain('audit_read');
    expect(created.permissions).not.toContain('violations_read');
    const session = await unwrap(api.GET('/session'));
    expect(session.user.displayName).toBe('Jan De Vries');
    await unwrap(api.DELETE('/session', { params: { header: csrfHeader } }));
    expect((await failure(unwrap(api.GET('/session')))).status).toBe(401);
  });

  it('answers a wrong password with 401 and a missing field with 422 naming it', async () => {
    const wrong = await failure(unwrap(api.POST('/session', { body: { username: 'jan.devries', password: 'nope' }, params: { header: csrfHeader } })));
    expect(wrong.status).toBe(401);
    const missing = await failure(unwrap(api.POST('/session', { body: { username: 'jan.devries' } as never, params: { header: csrfHeader } })));
    expect(missing.status).toBe(422);
    expect(missing.fieldErrors).toEqual([expect.objectContaining({ pointer: '/password', code: 'required' })]);
  });

  it('refuses a mutating call without the CSRF header (400 naming it)', async () => {
    const response = await fetch('http://localhost/api/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'jan.devries', password: 'demo' }),
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: Array<{ pointer: string }> };
    expect(problem.errors[0]?.pointer).toBe('/header/X-Requested-With');
  });

  it('lists assignable staff for support but not for management (403)', async () => {
    await signInAs('support');
    const staff = await unwrap(api.GET('/staff'));
    expect(staff.items.map((member) => member.role)).not.toContain('management');
    await signInAs('management');
    expect((await failure(unwrap(api.GET('/staff')))).status).toBe(403);
  });
});
