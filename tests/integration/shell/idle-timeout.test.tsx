import { act, screen, waitFor, within } from '@testing-library/react';
import { isApiError } from '@/api/api-error';
import { api, unwrap } from '@/api/client';
import { server } from '@mocks/node';
import { renderRoute } from '../../utils/render';

// The mock API's sessions end after 15 minutes idle; the console warns a minute before.
const IDLE_MS = 15 * 60 * 1000;
const WARNING_MS = 60 * 1000;

function countSessionReads() {
  const calls = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/session')) calls.count += 1;
  };
  server.events.on('request:start', listener);
  return { calls, stop: () => server.events.removeListener('request:start', listener) };
}

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('idle timeout', () => {
  beforeEach(() => {
    // Real time still flows (for the mock API and React), but Date and timers can be jumped.
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  async function renderIdle() {
    // The shell's own 404 page: no area page's requests interfere with the timing.
    const view = await renderRoute('/shell-test-page', {
      role: 'support',
      userEventOptions: { advanceTimers: vi.advanceTimersByTime },
    });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    return view;
  }

  it('warns a minute before the timeout with a live countdown, and stays signed in on request', async () => {
    const { user } = await renderIdle();
    await advance(IDLE_MS - WARNING_MS - 2_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await advance(3_000);
    const dialog = await screen.findByRole('dialog', { name: 'Are you still there?' });
    expect(within(dialog).getByRole('timer')).toHaveTextContent(/You will be signed out in (59|60) s\./);
    expect(within(dialog).getByRole('button', { name: 'Stay signed in' })).toHaveFocus();

    await advance(10_000);
    expect(within(dialog).getByRole('timer')).toHaveTextContent(/You will be signed out in (49|50) s\./);

    const reads = countSessionReads();
    await user.click(within(dialog).getByRole('button', { name: 'Stay signed in' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // Staying touches the server, which extends its idle clock too.
    expect(reads.calls.count).toBe(1);
    reads.stop();

    // The clock restarted: no warning until a full idle period minus a minute has passed again.
    await advance(IDLE_MS - WARNING_MS - 5_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  it('signs out at the end of the countdown and says why on the sign-in page', async () => {
    const { router, queryClient } = await renderIdle();
    await advance(IDLE_MS - WARNING_MS + 1_000);
    expect(await screen.findByRole('dialog', { name: 'Are you still there?' })).toBeInTheDocument();

    await advance(WARNING_MS);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText('You were signed out')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?reason=idle');
    await waitFor(() => expect(queryClient.getQueryCache().getAll()).toHaveLength(0));
    const after = await unwrap(api.GET('/session')).catch((error: unknown) => error);
    expect(isApiError(after) && after.status).toBe(401);
  });

  it('lets the person sign out from the warning', async () => {
    const { user, router } = await renderIdle();
    await advance(IDLE_MS - WARNING_MS + 1_000);
    const dialog = await screen.findByRole('dialog', { name: 'Are you still there?' });
    await user.click(within(dialog).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?reason=signed_out');
  });

  it('does not warn while the person is active', async () => {
    const { user } = await renderIdle();
    await advance(IDLE_MS - WARNING_MS - 10_000);
    await user.keyboard('{Tab}');
    await advance(30_000);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
