import { HttpResponse } from 'msw';
import { DEMO_PASSWORD, PERMISSIONS_BY_ROLE, STAFF, staffMember, type StaffRecord } from '../db/core';
import type { MockDb } from '../db';
import { route, SESSION_COOKIE, HttpProblem } from '../http';
import { clock } from '../lib/clock';

/** Idle sessions end after 15 minutes; the console warns a minute before. */
export const IDLE_TIMEOUT_SECONDS = 15 * 60;

const COOKIE_ATTRIBUTES = 'Path=/; Secure; HttpOnly; SameSite=Strict';

function sessionBody(user: StaffRecord) {
  return {
    user: staffMember(user),
    permissions: [...PERMISSIONS_BY_ROLE[user.role]],
    expiresAt: new Date(Date.parse(clock.nowIso()) + IDLE_TIMEOUT_SECONDS * 1000).toISOString(),
    idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
  };
}

export function signIn(db: MockDb, username: string, password: string): { token: string; user: StaffRecord } | null {
  const user = STAFF.find((candidate) => candidate.username === username.trim().toLowerCase());
  if (!user || password !== DEMO_PASSWORD) return null;
  const token = db.newSessionToken();
  db.sessions.set(token, user);
  return { token, user };
}

export const sessionHandlers = [
  route.get('/session', {}, ({ response }, { user }) => response(200).json(sessionBody(user))),

  route.post('/session', { public: true }, ({ response }, { db, body }) => {
    const session = signIn(db, body.username, body.password);
    if (!session) throw new HttpProblem(401, 'The username or password is wrong.', { code: 'invalid_credentials' });
    db.audit({
      actor: staffMember(session.user),
      action: 'sign_in',
      resourceType: 'session',
      resourceId: null,
      reason: null,
      summary: 'Signed in',
    });
    return response(201).json(sessionBody(session.user), {
      headers: { 'Set-Cookie': `${SESSION_COOKIE}=${session.token}; ${COOKIE_ATTRIBUTES}` },
    });
  }),

  route.delete('/session', {}, ({ cookies }, { db, audit }) => {
    const token = cookies[SESSION_COOKIE];
    audit({ action: 'sign_out', resourceType: 'session', resourceId: null, summary: 'Signed out' });
    if (token) db.sessions.delete(token);
    return new HttpResponse(null, {
      status: 204,
      headers: { 'Set-Cookie': `${SESSION_COOKIE}=; Max-Age=0; ${COOKIE_ATTRIBUTES}` },
    });
  }),

  route.get('/staff', { permission: 'staff_read' }, ({ response }) =>
    response(200).json({ items: STAFF.filter((member) => member.role !== 'management').map(staffMember) }),
  ),
];
