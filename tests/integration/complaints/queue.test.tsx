import { screen, waitFor, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import type { ComplaintListQuery } from '@/features/complaints/api/complaint-keys';
import { renderRoute } from '../../utils/render';

function expected(query: ComplaintListQuery) {
  return unwrap(api.GET('/complaints', { params: { query } }));
}

const tableFor = (count: number) => screen.findByRole('table', { name: count === 1 ? '1 complaint' : `${count} complaints` }, { timeout: 20_000 });
const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('complaint queue', { timeout: 60_000 }, () => {
  it("gives support the views 'mine', 'unassigned' and 'due soon', each a URL with the contract's query names", async () => {
    const { user, router } = await renderRoute('/complaints', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Complaints' })).toBeInTheDocument();
    const views = screen.getByRole('radiogroup', { name: 'View' });

    await user.click(within(views).getByRole('radio', { name: 'Mine, open' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=new&status=in_progress&status=waiting_for_person&assignee=me'));
    const mine = await expected({ assignee: ['me'], status: ['new', 'in_progress', 'waiting_for_person'] });
    const mineTable = await tableFor(mine.totalItems);
    for (const row of bodyRows(mineTable)) expect(within(row).getByText('Jan De Vries')).toBeInTheDocument();

    await user.click(within(views).getByRole('radio', { name: 'Unassigned, open' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=new&status=in_progress&status=waiting_for_person&assignee=none'));
    const unassigned = await expected({ assignee: ['none'], status: ['new', 'in_progress', 'waiting_for_person'] });
    const unassignedTable = await tableFor(unassigned.totalItems);
    for (const row of bodyRows(unassignedTable)) expect(within(row).getByText('Unassigned')).toBeInTheDocument();

    await user.click(within(views).getByRole('radio', { name: 'Overdue or due soon' }));
    await waitFor(() => expect(router.state.location.search).toBe('?band=overdue&band=due_soon'));
    const due = await expected({ band: ['overdue', 'due_soon'] });
    const dueTable = await tableFor(due.totalItems);
    for (const row of bodyRows(dueTable)) expect(within(row).getByText(/^(Overdue|Due within 7 days)$/)).toBeInTheDocument();
  });

  it('opens the overview\'s escalation link as the filtered list, each escalation named in words', async () => {
    await renderRoute('/complaints?escalated=true&status=new&status=in_progress&status=waiting_for_person');
    const answer = await expected({ escalated: true, status: ['new', 'in_progress', 'waiting_for_person'] });
    expect(answer.totalItems).toBeGreaterThan(0);
    const table = await tableFor(answer.totalItems);
    expect(screen.getByRole('combobox', { name: 'Taken to a supervisory authority' })).toHaveValue('true');
    for (const row of bodyRows(table)) expect(within(row).getByText(/^Escalated to (GBA|AP): (open|closed)$/)).toBeInTheDocument();
    const statusGroup = screen.getByRole('group', { name: 'Status' });
    expect(within(statusGroup).getByRole('checkbox', { name: 'New' })).toBeChecked();
    expect(within(statusGroup).getByRole('checkbox', { name: 'Resolved' })).not.toBeChecked();
  });

  it('searches by reference, sorts on the server and pages', async () => {
    const { user, router } = await renderRoute('/complaints');
    const first = await expected({ pageSize: 25 });
    await tableFor(first.totalItems);
    await user.click(screen.getByRole('button', { name: 'Received' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sort=receivedOn'));
    const oldest = await expected({ sort: 'receivedOn', pageSize: 1 });
    const table = await tableFor(first.totalItems);
    await waitFor(() => expect(within(bodyRows(table)[0]!).getByRole('rowheader')).toHaveTextContent(oldest.items[0]!.reference));

    const reference = oldest.items[0]!.reference;
    await user.type(screen.getByRole('searchbox', { name: 'Reference' }), `${reference}{Enter}`);
    await waitFor(() => expect(router.state.location.search).toBe(`?q=${reference}&sort=receivedOn`));
    const found = await tableFor(1);
    expect(within(found).getByRole('link', { name: reference })).toHaveAttribute('href', `/complaints/${oldest.items[0]!.id}`);
  });
});
