import { act, screen, waitFor, within } from '@testing-library/react';
import { isApiError } from '@/api/api-error';
import { api, unwrap } from '@/api/client';
import { overviewKeys } from '@/features/overview/api/overview-keys';
import { server } from '@mocks/node';
import { renderRoute } from '../../utils/render';
import { http } from 'msw';
import { overviewAnswering, overviewFailing, problem } from './fixtures';

describe('signing in and out', () => {
  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const { user, router } = await renderRoute('/recipients?sort=name', { role: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');

    await user.click(screen.getByRole('button', { name: 'Sign in as Jan De Vries' }));

    expect(await screen.findByRole('button', { name: 'Account: Jan De Vries, Support' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/recipients');
    expect(router.state.location.search).toBe('?sort=name');
  });

  it('offers the three demo accounts with their roles explained', async () => {
    await renderRoute('/sign-in', { role: null });
    const demo = await screen.findByRole('region', { name: 'Demo accounts' });
    expect(within(demo).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Sign in as Els Peeters',
      'Sign in as Jan De Vries',
      'Sign in as An Claes',
    ]);
    expect(within(demo).getByText('Privacy officer')).toBeInTheDocument();
    expect(within(demo).getByText(/Reviews compliance: figures, trends/)).toBeInTheDocument();
  });

  it('says plainly when the username or password is wrong, and signs in once they are right', async () => {
    const { handler } = overviewAnswering();
    server.use(handler);
    const { user, router } = await renderRoute('/sign-in', { role: null });
    const form = await screen.findByRole('region', { name: 'Sign in with your username' });

    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await within(form).findByText('Enter your username.')).toBeInTheDocument();
    expect(within(form).getByText('Enter your password.')).toBeInTheDocument();

    await user.type(within(form).getByLabelText(/Username/), 'els.peeters');
    await user.type(within(form).getByLabelText(/^Password/), 'wrong');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The username or password is wrong.');

    await user.clear(within(form).getByLabelText(/^Password/));
    await user.type(within(form).getByLabelText(/^Password/), 'demo');
    await user.click(within(form).getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('ends the session when the API answers 401: sign-in page, a message, and an empty cache', async () => {
    const { handler } = overviewFailing(401);
    server.use(handler);
    const { router, queryClient } = await renderRoute('/', { role: 'support' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('Your session ended')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('reason')).toBe('session_ended');
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(0));
  });

  it('remembers where the person was when the session ends', async () => {
    const { router } = await renderRoute('/shell-test-page', { role: 'support' });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    // The server forgets the session (expiry), then the next call answers 401.
    await unwrap(api.DELETE('/session', { params: { header: { 'X-Requested-With': 'engcode-console' } } }));
    const { handler } = overviewFailing(401);
    server.use(handler);
    await act(() => router.navigate('/?from=test'));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('returnTo')).toBe('/?from=test');
  });

  it('signs out from the user menu: server session ended, cache cleared, sign-in page says so', async () => {
    const { handler } = overviewAnswering();
    server.use(handler);
    const { user, router, queryClient } = await renderRoute('/', { role: 'privacy_officer' });
    expect(await screen.findByText('Overdue requests')).toBeInTheDocument();
    expect(queryClient.getQueryData(overviewKeys.current())).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Account: Els Peeters, Privacy officer' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Sign out' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: '/sign-in', search: '?reason=signed_out' });
    expect(screen.getByText('You are signed out')).toBeInTheDocument();
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(0));
    const after = await unwrap(api.GET('/session')).catch((error: unknown) => error);
    expect(isApiError(after) && after.status).toBe(401);
  });

  it('shows a designed error page with Try again when the session cannot be read (500)', async () => {
    const { handler } = overviewAnswering();
    let failing = true;
    server.use(
      handler,
      http.get('*/api/v1/session', () => (failing ? problem(500, 'Internal Server Error', 'Boom.') : undefined)),
    );
    const { user } = await renderRoute('/', { role: 'privacy_officer' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1, name: 'Something went wrong on the server' })).toBeInTheDocument();
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });
});
