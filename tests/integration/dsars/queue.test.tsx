import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { api, unwrap } from '@/api/client';
import type { DsarListQuery } from '@/features/dsars/api/dsar-keys';
import { renderRoute } from '../../utils/render';

/** What the API answers for a query, asked directly (after renderRoute signed in), to compare with the screen. */
function expected(query: DsarListQuery) {
  return unwrap(api.GET('/dsars', { params: { query } }));
}

function problem(status: number) {
  return HttpResponse.json(
    { type: 'about:blank', title: 'Internal Server Error', status, detail: 'Boom.' },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

async function findTable(count: number) {
  // The mock filters 2,000 requests per call; on a busy 2-core machine that can take seconds.
  return screen.findByRole('table', { name: count === 1 ? '1 request matches' : `${count} requests match` }, { timeout: 20_000 });
}

/** The body rows of the queue table (the first row is the header). */
function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

// Cells after the row header (the reference): type, status, channel, person, plan, received, due, days left, assignee.
// The selection checkbox's cell (before the reference) is not counted.
const cellText = (row: HTMLElement, index: number) =>
  within(row).getAllByRole('cell').filter((cell) => !within(cell).queryByRole('checkbox'))[index]?.textContent ?? '';
const reference = (row: HTMLElement) => within(row).getByRole('rowheader').textContent;

describe('DSAR queue', { timeout: 60_000 }, () => {
  it('reads the filters from the URL and shows them in the controls', async () => {
    const { router } = await renderRoute('/dsars?status=received&band=overdue');
    const answer = await expected({ status: ['received'], band: ['overdue'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Data subject requests' })).toBeInTheDocument();

    const statusGroup = screen.getByRole('group', { name: 'Status' });
    expect(within(statusGroup).getByRole('checkbox', { name: 'Received' })).toBeChecked();
    expect(within(statusGroup).getByRole('checkbox', { name: 'Completed' })).not.toBeChecked();
    expect(await screen.findByRole('button', { name: /^Overdue/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^On track/, pressed: false })).toBeInTheDocument();

    if (answer.totalItems > 0) {
      const table = await findTable(answer.totalItems);
      for (const row of bodyRows(table)) {
        expect(cellText(row, 1)).toBe('Received');
        expect(cellText(row, 7)).toMatch(/overdue/);
      }
    } else {
      expect(await screen.findByRole('heading', { name: 'No requests match these filters' })).toBeInTheDocument();
    }
    expect(router.state.location.search).toBe('?status=received&band=overdue');
  });

  it('updates the URL and the rows when a filter changes, and starts again at page 1', async () => {
    const { user, router } = await renderRoute('/dsars?page=2');
    const all = await expected({});
    await findTable(all.totalItems);

    await user.click(within(screen.getByRole('group', { name: 'Type' })).getByRole('checkbox', { name: 'Erasure' }));
    await waitFor(() => expect(router.state.location.search).toBe('?type=erasure'));
    const erasure = await expected({ type: ['erasure'] });
    const table = await findTable(erasure.totalItems);
    for (const row of bodyRows(table)) expect(cellText(row, 0)).toBe('Erasure');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Assignee' }), 'Unassigned');
    await waitFor(() => expect(router.state.location.search).toBe('?type=erasure&assignee=none'));
    const unassigned = await expected({ type: ['erasure'], assignee: ['none'] });
    const filtered = await findTable(unassigned.totalItems);
    for (const row of bodyRows(filtered)) expect(cellText(row, 8)).toBe('Unassigned');
  });

  it('searches by reference after typing stops', async () => {
    const { user, router } = await renderRoute('/dsars');
    const first = (await expected({})).items[0];
    if (!first) throw new Error('the mock has no requests');
    await user.type(await screen.findByRole('searchbox', { name: /Search/ }), first.reference);
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${first.reference}`));
    const table = await findTable(1);
    expect(reference(bodyRows(table)[0]!)).toBe(first.reference);
    expect(within(table).getByRole('link', { name: first.reference })).toHaveAttribute('href', `/dsars/${first.id}`);
  });

  it('sorts by a column header, ascending then descending', async () => {
    const { user, router } = await renderRoute('/dsars');
    const all = await expected({});
    const table = await findTable(all.totalItems);
    const header = within(table).getByRole('columnheader', { name: /Reference/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(within(table).getByRole('columnheader', { name: /Legal due date/ })).toHaveAttribute('aria-sort', 'ascending');

    await user.click(within(header).getByRole('button', { name: /Reference/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=reference'));
    const ascending = await expected({ sort: 'reference' });
    await waitFor(() => expect(reference(bodyRows(table)[0]!)).toBe(ascending.items[0]?.reference));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'ascending'));

    await user.click(within(header).getByRole('button', { name: /Reference/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-reference'));
    const descending = await expected({ sort: '-reference' });
    await waitFor(() => expect(reference(bodyRows(table)[0]!)).toBe(descending.items[0]?.reference));
    await waitFor(() => expect(header).toHaveAttribute('aria-sort', 'descending'));
  });

  it('pages forward and changes the page size', async () => {
    const { user, router } = await renderRoute('/dsars');
    const all = await expected({});
    expect(all.totalItems).toBeGreaterThan(25);
    const table = await findTable(all.totalItems);
    expect(bodyRows(table)).toHaveLength(25);

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    const second = await expected({ page: 2 });
    await waitFor(() => expect(reference(bodyRows(table)[0]!)).toBe(second.items[0]?.reference));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Requests per page' }), '10');
    await waitFor(() => expect(router.state.location.search).toBe('?pageSize=10'));
    await waitFor(() => expect(bodyRows(table)).toHaveLength(10));
  });

  it('shows the band counts, and a band filters the list', async () => {
    const { user, router } = await renderRoute('/dsars');
    const all = await expected({});
    await findTable(all.totalItems);
    const bands = screen.getByRole('region', { name: 'Open requests by deadline' });
    const overdue = within(bands).getByRole('button', { name: /^Overdue/ });
    expect(overdue).toHaveTextContent(`${all.bandCounts.overdue} request`);
    expect(within(bands).getByRole('button', { name: /^Due within 7 days/ })).toHaveTextContent(`${all.bandCounts.due_soon} request`);
    expect(within(bands).getByRole('button', { name: /^On track/ })).toHaveTextContent(`${all.bandCounts.on_track} request`);
    expect(overdue).toHaveAttribute('aria-pressed', 'false');

    await user.click(overdue);
    await waitFor(() => expect(router.state.location.search).toBe('?band=overdue'));
    await waitFor(() => expect(overdue).toHaveAttribute('aria-pressed', 'true'));
    if (all.bandCounts.overdue > 0) {
      const table = await findTable(all.bandCounts.overdue);
      for (const row of bodyRows(table)) expect(cellText(row, 7)).toMatch(/overdue/);
    }
  });

  it('says when no request matches, and clears the filters', async () => {
    const { user, router } = await renderRoute('/dsars?q=NO-SUCH-REQUEST&sort=-receivedAt');
    expect(await screen.findByRole('heading', { name: 'No requests match these filters' })).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Clear all filters' });
    await user.click(buttons[buttons.length - 1]!);
    // Sort and page size are the view, not a filter: they stay.
    await waitFor(() => expect(router.state.location.search).toBe('?sort=-receivedAt'));
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Search/ })).toHaveValue(''));
    await findTable((await expected({})).totalItems);
  });

  it('shows an error state on a 500 and loads again on Retry', async () => {
    server.use(http.get('*/api/v1/dsars', () => problem(500)));
    const { user } = await renderRoute('/dsars');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The requests could not be loaded' })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findTable((await expected({})).totalItems);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows support staff only their own and unassigned requests', async () => {
    await renderRoute('/dsars?pageSize=100', { role: 'support' });
    const answer = await expected({ pageSize: 100 });
    expect(await screen.findByText(/Requests assigned to you and unassigned ones/)).toBeInTheDocument();
    const table = await findTable(answer.totalItems);
    const rows = bodyRows(table);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(['Jan De Vries', 'Unassigned']).toContain(cellText(row, 8));
  });

  it('is not reachable for management', async () => {
    await renderRoute('/dsars', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: /do not have access/i })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers the first page when a link points past the end', async () => {
    const { user, router } = await renderRoute('/dsars?page=999');
    expect(await screen.findByRole('heading', { name: 'There are no requests on this page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go to the first page' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await findTable((await expected({})).totalItems);
  });
});
