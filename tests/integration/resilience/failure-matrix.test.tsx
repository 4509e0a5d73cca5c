import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { api, setRequestTimeout, unwrap } from '@/api/client';
import type { Role } from '@/api/types';
import { INJECTED_FAILURE_HEADER } from '../../setup/contract-guard';
import { renderRoute, signInAs } from '../../utils/render';

/**
 * Every screen that loads data, against every way the API can fail: the person always gets a
 * clear message in their language, a way to retry where that makes sense, and never a blank
 * page, a stack trace or an endless spinner. One row per screen; the failure is injected on the
 * request the screen cannot do without.
 */
interface ScreenUnderTest {
  name: string;
  role: Role;
  /** The console path, or how to find one (an id) through the API once signed in. */
  path: string | (() => Promise<string>);
  /** The request that fails, as an MSW path under the API base. */
  request: string;
  /** A record's page answers a refusal or a missing record with a page of its own (a level-1 heading). */
  pageStates?: Partial<Record<'403' | '404', string>>;
}

const firstDsarPath = async () => {
  await signInAs('privacy_officer');
  const list = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 1 } } }));
  return `/dsars/${list.items[0]?.id ?? 'missing'}`;
};

const firstComplaintPath = async () => {
  await signInAs('privacy_officer');
  const list = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 1 } } }));
  return `/complaints/${list.items[0]?.id ?? 'missing'}`;
};

const firstRecipientPath = async () => {
  await signInAs('privacy_officer');
  const list = await unwrap(api.GET('/recipients', { params: { query: { pageSize: 1 } } }));
  return `/recipients/${list.items[0]?.id ?? 'missing'}`;
};

export const SCREENS: ScreenUnderTest[] = [
  { name: 'overview', role: 'privacy_officer', path: '/', request: '*/api/v1/overview' },
  { name: 'DSAR queue', role: 'support', path: '/dsars', request: '*/api/v1/dsars' },
  {
    name: 'a DSAR',
    role: 'privacy_officer',
    path: firstDsarPath,
    request: '*/api/v1/dsars/:dsarId',
    pageStates: { '403': 'You may not open this request', '404': 'This request does not exist' },
  },
  { name: 'complaint queue', role: 'support', path: '/complaints', request: '*/api/v1/complaints' },
  {
    name: 'a complaint',
    role: 'privacy_officer',
    path: firstComplaintPath,
    request: '*/api/v1/complaints/:complaintId',
    pageStates: { '403': 'This complaint is assigned to a colleague', '404': 'No such complaint' },
  },
  { name: 'consent rates', role: 'management', path: '/consent', request: '*/api/v1/consent-rates' },
  { name: 'recipients register', role: 'support', path: '/recipients', request: '*/api/v1/recipients' },
  { name: 'a recipient', role: 'privacy_officer', path: firstRecipientPath, request: '*/api/v1/recipients/:recipientId', pageStates: { '404': 'This recipient does not exist' } },
  { name: 'disclosure log', role: 'privacy_officer', path: '/disclosures', request: '*/api/v1/disclosures' },
  { name: 'compliance checks', role: 'management', path: '/compliance', request: '*/api/v1/compliance-checks' },
  { name: 'policy versions', role: 'privacy_officer', path: '/policies', request: '*/api/v1/policy-versions' },
  { name: 'compliance report', role: 'management', path: '/reports', request: '*/api/v1/compliance-report' },
  { name: 'violation register', role: 'privacy_officer', path: '/violations', request: '*/api/v1/violations' },
  { name: 'audit log', role: 'privacy_officer', path: '/audit', request: '*/api/v1/audit-events' },
];

function problem(status: number, title: string, headers: Record<string, string> = {}) {
  return HttpResponse.json({ type: 'about:blank', title, status, detail: `Injected ${status}.` }, {
    status,
    headers: { 'Content-Type': 'application/problem+json', [INJECTED_FAILURE_HEADER]: 'yes', ...headers },
  });
}

interface Failure {
  name: string;
  answer: () => Response | Promise<Response>;
  /** Words of the message the person must see. */
  message: RegExp;
  retry: boolean;
  offline?: boolean;
}

const FAILURES: Failure[] = [
  { name: '403', answer: () => problem(403, 'Forbidden'), message: /Your role does not allow this/, retry: false },
  { name: '404', answer: () => problem(404, 'Not Found'), message: /does not exist, or no longer exists/, retry: false },
  { name: '422', answer: () => problem(422, 'Unprocessable Content'), message: /did not accept what was sent/, retry: false },
  { name: '429', answer: () => problem(429, 'Too Many Requests', { 'Retry-After': '7' }), message: /Try again in 7 seconds/, retry: true },
  { name: '500', answer: () => problem(500, 'Internal Server Error'), message: /could not complete the request/, retry: true },
  { name: 'a timeout', answer: async () => { await delay(2_000); return problem(500, 'late'); }, message: /did not answer within/, retry: true },
  { name: 'an unreachable server', answer: () => HttpResponse.error(), message: /could not connect to the server/, retry: true },
  { name: 'no network', answer: () => HttpResponse.error(), message: /This device has no network connection/, retry: true, offline: true },
];

describe('what every screen shows when the API fails', { timeout: 60_000 }, () => {
  afterEach(() => {
    setRequestTimeout();
  });

  for (const screenUnderTest of SCREENS) {
    describe(screenUnderTest.name, () => {
      for (const failure of FAILURES) {
        it(`explains ${failure.name}`, async () => {
          const path = typeof screenUnderTest.path === 'string' ? screenUnderTest.path : await screenUnderTest.path();
          setRequestTimeout(150);
          if (failure.offline) vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
          server.use(http.get(screenUnderTest.request, failure.answer));
          await renderRoute(path, { role: screenUnderTest.role });

          const pageState = screenUnderTest.pageStates?.[failure.name as '403' | '404'];
          if (pageState) {
            expect(await screen.findByRole('heading', { level: 1, name: pageState }, { timeout: 10_000 })).toBeInTheDocument();
            expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
            return;
          }
          // A page may show more than one alert (each part that failed); one must explain this.
          const alert = await waitFor(
            () => {
              const found = screen.getAllByRole('alert').find((candidate) => failure.message.test(candidate.textContent ?? ''));
              if (!found) throw new Error(`no alert says ${failure.message}`);
              return found;
            },
            { timeout: 10_000 },
          );
          expect(alert).not.toHaveTextContent(/at \w+ \(|Error:|undefined|\[object/);
          const retry = within(alert).queryByRole('button', { name: 'Try again' });
          if (failure.retry) expect(retry).toBeInTheDocument();
          else expect(retry).not.toBeInTheDocument();
          // The shell stays: the person can go elsewhere.
          expect(screen.getByRole('navigation', { name: /main/i })).toBeInTheDocument();
        });
      }

      it('sends a 401 to sign-in, saying the session ended', async () => {
        const path = typeof screenUnderTest.path === 'string' ? screenUnderTest.path : await screenUnderTest.path();
        server.use(http.get(screenUnderTest.request, () => problem(401, 'Unauthorized')));
        await renderRoute(path, { role: screenUnderTest.role });
        expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' }, { timeout: 10_000 })).toBeInTheDocument();
      });
    });
  }
});
