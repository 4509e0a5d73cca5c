import { http, HttpResponse } from 'msw';
import type { Schemas } from '@/api/types';

const API = '*/api/v1';

/** A problem+json answer, as the contract shapes every failure. */
export function problem(status: number, title: string, detail?: string) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail ? { detail } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

export const overviewFixture: Schemas['Overview'] = {
  role: 'privacy_officer',
  asOf: '2026-03-16T09:30:00+01:00',
  period: null,
  figures: [
    { key: 'dsars_overdue', value: 3, previousValue: 1, unit: 'count', link: '/dsars?band=overdue' },
    { key: 'not_a_known_figure', value: 7, unit: 'count', link: '/complaints' },
  ],
};

/** GET /overview answers with `body` (or the fixture); counts the calls. */
export function overviewAnswering(body: Schemas['Overview'] = overviewFixture) {
  const calls = { count: 0 };
  const handler = http.get(`${API}/overview`, () => {
    calls.count += 1;
    return HttpResponse.json(body);
  });
  return { handler, calls };
}

/** GET /overview fails with `status`; counts the calls. */
export function overviewFailing(status: number) {
  const calls = { count: 0 };
  const handler = http.get(`${API}/overview`, () => {
    calls.count += 1;
    return problem(status, status === 401 ? 'Unauthorized' : 'Internal Server Error', status === 401 ? 'Sign in to continue.' : 'Boom.');
  });
  return { handler, calls };
}
