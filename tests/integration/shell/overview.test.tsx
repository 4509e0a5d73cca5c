import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderRoute } from '../../utils/render';
import { overviewAnswering, overviewFailing, overviewFixture } from './fixtures';

describe('overview', () => {
  for (const [role, example] of [
    ['privacy_officer', 'Overdue requests'],
    ['support', 'My requests due soon or overdue'],
    ['management', 'Requests answered in time'],
  ] as const) {
    it(`gives ${role} the mock API's figures, every one with its own words`, async () => {
      await renderRoute('/', { role });
      await screen.findAllByRole('list');
      const list = screen.getByRole('main');
      const cards = within(list).getAllByRole('link');
      expect(cards.length).toBeGreaterThan(0);
      expect(within(list).getByRole('link', { name: new RegExp(example) })).toBeInTheDocument();
      // No figure falls back to showing its raw key.
      expect(within(list).queryByText(/^[a-z0-9]+(_[a-z0-9]+)+$/)).not.toBeInTheDocument();
    });
  }

  it('shows each figure as a link to its list, explained, with its trend in words', async () => {
    const { handler } = overviewAnswering();
    server.use(handler);
    await renderRoute('/', { role: 'privacy_officer' });

    const overdue = await screen.findByRole('link', { name: /Overdue requests/ });
    expect(overdue).toHaveAttribute('href', '/dsars?band=overdue');
    expect(within(overdue).getByText('3')).toBeInTheDocument();
    // The trend is said in words (and whether it is good news), never by colour alone.
    expect(within(overdue).getByText('Up 2 from 1 (worse)')).toBeInTheDocument();
    expect(within(overdue).getByText(/past their legal due date/)).toBeInTheDocument();

    // A figure the console has no words for yet still shows, under its key.
    const unknown = screen.getByRole('link', { name: /not_a_known_figure/ });
    expect(unknown).toHaveAttribute('href', '/complaints');
    expect(screen.getByText(/Figures as of 16 Mar 2026, 09:30/)).toBeInTheDocument();
  });

  it('shows an error state on a 500 and fetches again on Retry', async () => {
    const failing = overviewFailing(500);
    server.use(failing.handler);
    const { user } = await renderRoute('/', { role: 'privacy_officer' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The overview figures could not be loaded' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('The server could not complete the request');
    // A 5xx may be passing: the first try and two retries.
    expect(failing.calls.count).toBe(3);

    const answering = overviewAnswering();
    server.use(answering.handler);
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));

    expect(await screen.findByRole('link', { name: /Overdue requests/ })).toBeInTheDocument();
    expect(answering.calls.count).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not retry a 403 and explains it', async () => {
    const failing = overviewFailing(403);
    server.use(failing.handler);
    await renderRoute('/', { role: 'privacy_officer' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your role does not allow this.');
    expect(failing.calls.count).toBe(1);
  });

  it('says so when there are no figures', async () => {
    server.use(http.get('*/api/v1/overview', () => HttpResponse.json({ ...overviewFixture, figures: [] })));
    await renderRoute('/', { role: 'privacy_officer' });
    expect(await screen.findByRole('heading', { name: 'No figures to show yet' })).toBeInTheDocument();
  });

  it('compares management figures with the previous quarter, in percentage points for rates', async () => {
    server.use(
      http.get('*/api/v1/overview', () =>
        HttpResponse.json({
          role: 'management',
          asOf: '2026-03-16T09:30:00+01:00',
          period: { key: '2026-Q1', kind: 'quarter', from: '2026-01-01', to: '2026-03-31' },
          figures: [{ key: 'dsars_answered_in_time', value: 0.9, previousValue: 0.85, unit: 'ratio', link: '/reports' }],
        }),
      ),
    );
    await renderRoute('/', { role: 'management' });
    const figure = await screen.findByRole('link', { name: /answered in time/i });
    expect(within(figure).getByText('90%')).toBeInTheDocument();
    expect(within(figure).getByText('Up 5 percentage points from 85% (better)')).toBeInTheDocument();
    expect(screen.getByText(/compared with the previous quarter/)).toBeInTheDocument();
  });
});
