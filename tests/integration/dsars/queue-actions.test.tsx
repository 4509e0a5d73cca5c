import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import { server } from '@mocks/node';
import { renderRoute } from '../../utils/render';
import { changeBehindTheBack } from './detail-fixtures';

const SOFIE_NAME = 'Sofie Maes';

async function findQueueTable() {
  return screen.findByRole('table', { name: /requests? match/ }, { timeout: 20_000 });
}

/** The references of the first `count` rows, ticked by their checkboxes. */
async function tickRows(user: Awaited<ReturnType<typeof renderRoute>>['user'], table: HTMLElement, count: number) {
  const rows = within(table).getAllByRole('row').slice(1, count + 1);
  const references: string[] = [];
  for (const row of rows) {
    const reference = within(row).getByRole('rowheader').textContent ?? '';
    references.push(reference);
    await user.click(within(row).getByRole('checkbox', { name: `Select ${reference}` }));
  }
  return references;
}

describe('DSAR queue: selection, bulk actions and export', { timeout: 60_000 }, () => {
  it('assigns the selected requests to a colleague and names the one refused because it changed meanwhile', async () => {
    const { user } = await renderRoute('/dsars?status=received&assignee=none&sort=reference');
    const table = await findQueueTable();
    const references = await tickRows(user, table, 3);
    const bar = screen.getByRole('region', { name: 'Selected requests' });
    expect(within(bar).getByText('3 requests selected')).toBeInTheDocument();

    // A colleague changes the third request after the page loaded it: the server must refuse it as stale.
    const list = await unwrap(api.GET('/dsars', { params: { query: { status: ['received'], assignee: ['none'], sort: 'reference', pageSize: 3 } } }));
    const third = list.items[2];
    if (!third) throw new Error('fewer than three unassigned requests');
    await changeBehindTheBack(third.id, { description: 'Changed by a colleague meanwhile.' });

    await user.selectOptions(within(bar).getByRole('combobox', { name: 'Assign to' }), SOFIE_NAME);
    await user.click(within(bar).getByRole('button', { name: 'Assign 3' }));

    const result = await within(bar).findByRole('status');
    expect(result).toHaveTextContent('2 assigned, 1 refused');
    expect(result).toHaveTextContent(`${references[2]}: changed by someone else since you loaded it`);
    // The refused one stays selected for another try; the done ones leave the selection.
    expect(within(bar).getByText('1 request selected')).toBeInTheDocument();
    const assigned = await unwrap(api.GET('/dsars/{dsarId}', { params: { path: { dsarId: list.items[0]?.id ?? '' } } }));
    expect(assigned.assignee?.displayName).toBe(SOFIE_NAME);

    // Tried again, with the version the server reported, it goes through.
    await user.click(within(bar).getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(within(bar).getByRole('status')).toHaveTextContent('1 assigned'));
  });

  it('lets support only take requests or hand them back, and explains a refusal per request', async () => {
    const { user } = await renderRoute('/dsars?assignee=none&status=received', { role: 'support' });
    const table = await findQueueTable();
    await tickRows(user, table, 2);
    const bar = screen.getByRole('region', { name: 'Selected requests' });
    const assignTo = within(bar).getByRole('combobox', { name: 'Assign to' });
    expect(within(assignTo).getAllByRole('option').map((option) => option.textContent)).toEqual(['Me (Jan De Vries)', 'Nobody (hand back my requests)']);

    // Moving someone else's (unassigned) request is refused: support works only their own.
    await user.click(within(bar).getByRole('button', { name: 'Move 2' }));
    expect(await within(bar).findByRole('status')).toHaveTextContent('0 moved, 2 refused');
    expect(within(bar).getByRole('status')).toHaveTextContent('not allowed for your role');

    await user.click(within(bar).getByRole('button', { name: 'Assign 2' }));
    await waitFor(() => expect(within(bar).getByRole('status')).toHaveTextContent('2 assigned'));
  });

  it('clears the selection when the filters change', async () => {
    const { user } = await renderRoute('/dsars?status=received');
    const table = await findQueueTable();
    await user.click(within(table).getByRole('checkbox', { name: 'Select all requests on this page' }));
    expect(screen.getByRole('region', { name: 'Selected requests' })).toHaveTextContent(/requests selected/);
    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Completed' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Selected requests' })).not.toBeInTheDocument());
  });

  it('exports the filtered queue on the server, with the reason and separator the user gives', async () => {
    const createObjectURL = vi.fn((blob: Blob) => (void blob, 'blob:export'));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const asked: URL[] = [];
    const listener = ({ request }: { request: Request }) => {
      if (request.url.includes('/dsars/export')) asked.push(new URL(request.url));
    };
    server.events.on('request:start', listener);

    const { user } = await renderRoute('/dsars?band=overdue&sort=-receivedAt&page=2');
    await findQueueTable();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the filtered requests' });
    expect(dialog).toHaveTextContent(/all \d+ requests that match/);
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason for the export/ })).toHaveAccessibleDescription(/at least 3 characters/);
    expect(asked).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Reason for the export/ }), 'Overdue report for the DPO');
    await user.click(within(dialog).getByRole('radio', { name: /Comma/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Download' }));

    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    const url = asked[0];
    expect(url?.searchParams.get('reason')).toBe('Overdue report for the DPO');
    expect(url?.searchParams.get('delimiter')).toBe('comma');
    expect(url?.searchParams.getAll('band')).toEqual(['overdue']);
    expect(url?.searchParams.get('sort')).toBe('-receivedAt');
    // Never paged: the file holds every match.
    expect(url?.searchParams.has('page')).toBe(false);
    const text = await createObjectURL.mock.calls[0]?.[0].text();
    expect(text?.split('\r\n')[0]).toMatch(/^reference,type,status/);
    const audit = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'] } } }));
    expect(audit.items[0]?.reason).toBe('Overdue report for the DPO');
    click.mockRestore();
    vi.unstubAllGlobals();
    server.events.removeListener('request:start', listener);
  });
});

describe('DSAR queue: the internal target', { timeout: 60_000 }, () => {
  it('lets the privacy officer move the internal target, and every row follows', async () => {
    const { user } = await renderRoute('/dsars?status=in_progress');
    const table = await findQueueTable();
    const firstRow = within(table).getAllByRole('row')[1];
    if (!firstRow) throw new Error('no row');
    const reference = within(firstRow).getByRole('rowheader').textContent ?? '';
    const { items } = await unwrap(api.GET('/dsars', { params: { query: { q: reference } } }));
    const dueOn = items[0]?.deadline.dueOn ?? '';
    const sevenBefore = new Date(Date.parse(`${dueOn}T00:00:00Z`) - 7 * 86_400_000);
    const expected = new Intl.DateTimeFormat('en-BE', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(sevenBefore);

    await user.click(screen.getByRole('button', { name: 'Internal target: 14 days before' }));
    const dialog = await screen.findByRole('dialog', { name: 'Internal target' });
    const days = within(dialog).getByRole('textbox', { name: /Days before the legal due date/ });
    await user.clear(days);
    await user.type(days, '7');
    await user.click(within(dialog).getByRole('button', { name: 'Save target' }));

    expect(await screen.findByRole('button', { name: 'Internal target: 7 days before' })).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')[1]).toHaveTextContent(`Internal target: ${expected}`));
  });

  it('keeps the typed days when a colleague changed the target meanwhile (412), and saves them on the latest', async () => {
    const { user } = await renderRoute('/dsars');
    await findQueueTable();
    await user.click(screen.getByRole('button', { name: 'Internal target: 14 days before' }));
    const dialog = await screen.findByRole('dialog', { name: 'Internal target' });
    const { etag } = await unwrapWithEtag(api.GET('/dsar-settings'));
    await unwrap(api.PUT('/dsar-settings', { params: { header: { ...csrfHeader, 'If-Match': etag } }, body: { internalTargetDays: 10 } }));

    const days = within(dialog).getByRole('textbox', { name: /Days before the legal due date/ });
    await user.clear(days);
    await user.type(days, '5');
    await user.click(within(dialog).getByRole('button', { name: 'Save target' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('it is now 10 days');
    expect(days).toHaveValue('5');
    await user.click(within(dialog).getByRole('button', { name: 'Save target' }));
    expect(await screen.findByRole('button', { name: 'Internal target: 5 days before' })).toBeInTheDocument();
  });

  it('is not offered to support, who see the target on each row', async () => {
    await renderRoute('/dsars', { role: 'support' });
    await findQueueTable();
    expect(screen.queryByRole('button', { name: /^Internal target/ })).not.toBeInTheDocument();
  });
});
