import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { api, unwrap } from '@/api/client';
import { setScenario } from '@mocks/scenario';
import type { RecipientListQuery } from '@/features/recipients/api/recipient-keys';
import { renderRoute } from '../../utils/render';

function expected(query: RecipientListQuery) {
  return unwrap(api.GET('/recipients', { params: { query } }));
}

async function findTable(count: number) {
  return screen.findByRole('table', { name: count === 1 ? '1 recipient matches' : `${count} recipients match` });
}

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const names = (table: HTMLElement) => bodyRows(table).map((row) => within(row).getByRole('rowheader').querySelector('a')?.textContent);

describe('recipients register', () => {
  it('opens the overview’s warning link as the filtered view, with the warnings counted above the list', async () => {
    const path = '/recipients?warning=processor_without_agreement&warning=agreement_expiring&warning=transfer_without_safeguard&warning=review_overdue&warning=consent_purpose_without_consent';
    const { router } = await renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Recipients register' })).toBeInTheDocument();
    const answer = await expected({ warning: ['processor_without_agreement', 'agreement_expiring', 'transfer_without_safeguard', 'review_overdue', 'consent_purpose_without_consent'] });
    const table = await findTable(answer.totalItems);
    expect(names(table)).toEqual(answer.items.map((item) => item.name));
    // Every listed recipient shows at least one warning in words.
    for (const row of bodyRows(table)) expect(within(row).queryByText('None')).not.toBeInTheDocument();

    const warnings = screen.getByRole('region', { name: 'Warnings in the register' });
    expect(within(warnings).getByRole('button', { name: /Processor without a signed agreement/, pressed: true })).toHaveTextContent(String(answer.warningCounts.processor_without_agreement));
    expect(within(warnings).getByRole('button', { name: /Review overdue/, pressed: true })).toHaveTextContent('2');
    expect(router.state.location.search).toBe(`?${path.split('?')[1]}`);
  });
});

describe('recipients register filters, sort and roles', () => {
  it('reads role, category, legal basis, search, sort and page from the URL and shows them in the controls', async () => {
    const { router } = await renderRoute('/recipients?role=independent_controller&legalBasis=consent&sort=-nextReviewDue&pageSize=10');
    const answer = await expected({ role: ['independent_controller'], legalBasis: ['consent'], sort: '-nextReviewDue', pageSize: 10 });
    const table = await findTable(answer.totalItems);
    expect(names(table)).toEqual(answer.items.map((item) => item.name));
    expect(answer.items.every((item) => item.role === 'independent_controller' && item.legalBasis === 'consent')).toBe(true);
    expect(within(screen.getByRole('group', { name: 'Role' })).getByRole('checkbox', { name: 'Independent controller' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Legal basis' })).getByRole('checkbox', { name: 'Consent' })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Legal basis' })).getByRole('checkbox', { name: 'Contract' })).not.toBeChecked();
    expect(within(table).getByRole('columnheader', { name: /Next review/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('combobox', { name: 'Recipients per page' })).toHaveValue('10');
    expect(router.state.location.search).toBe('?role=independent_controller&legalBasis=consent&sort=-nextReviewDue&pageSize=10');
  });

  it('writes a changed filter, the search and a warning toggle to the URL, starting again at page 1', async () => {
    const { user, router } = await renderRoute('/recipients?page=2&pageSize=10');
    await findTable(17);
    await user.click(within(screen.getByRole('group', { name: 'Category' })).getByRole('checkbox', { name: 'Social platform' }));
    await waitFor(() => expect(router.state.location.search).toBe('?category=social_platform&pageSize=10'));
    const social = await findTable(3);
    expect(names(social)).toEqual(['Facebook (Meta Platforms Ireland Ltd.)', 'LinkedIn Ireland Unlimited Company', 'Twitter International Unlimited Company']);

    await user.click(screen.getByRole('button', { name: /Review overdue/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?category=social_platform&warning=review_overdue&pageSize=10'));
    const overdue = await findTable(1);
    expect(names(overdue)).toEqual(['Twitter International Unlimited Company']);
    expect(within(overdue).getByText('Review overdue')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?pageSize=10'));
    await user.type(screen.getByRole('searchbox', { name: /Search by name/ }), 'stat');
    await waitFor(() => expect(router.state.location.search).toBe('?q=stat&pageSize=10'));
    expect(names(await findTable(1))).toEqual(['Statlytics GmbH']);
  });

  it('says when no recipient matches, and offers to clear the filters', async () => {
    const { user } = await renderRoute('/recipients?q=nobody-by-this-name');
    expect(await screen.findByRole('heading', { name: 'No recipients match these filters' })).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear all filters' }).at(-1)!);
    await findTable(17);
  });

  it('shows the privacy officer the add and export actions, and support and management neither', async () => {
    const officer = await renderRoute('/recipients');
    await findTable(17);
    expect(screen.getByRole('link', { name: 'Add recipient' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export register (CSV)' })).toBeInTheDocument();
    officer.unmount();
    for (const role of ['support', 'management'] as const) {
      const view = await renderRoute('/recipients', { role });
      await findTable(17);
      expect(screen.getByText(/Read only: the privacy officer keeps this register/)).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Add recipient' })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Export register (CSV)' })).not.toBeInTheDocument();
      view.unmount();
      const create = await renderRoute('/recipients/new', { role });
      expect(await screen.findByRole('heading', { level: 1, name: /do not have access/i })).toBeInTheDocument();
      create.unmount();
    }
  });

  it('asks for a reason before exporting, downloads the server’s bytes with the BOM, and the server audits it', async () => {
    const createObjectURL = vi.fn((blob: Blob) => (void blob, 'blob:export'));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = await renderRoute('/recipients?role=processor');
    await findTable(5);
    await user.click(screen.getByRole('button', { name: 'Export register (CSV)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export register (CSV)' });
    expect(within(dialog).getByText(/matching the current filters/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Download CSV' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason for the export/ })).toHaveAccessibleDescription(/Say why you need the export/);
    await user.type(within(dialog).getByRole('textbox', { name: /Reason for the export/ }), 'Processor review Q4');
    await user.click(within(dialog).getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText(/recipients-register-\d{4}-\d{2}-\d{2}\.csv was downloaded/)).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
    const bytes = new Uint8Array(await (createObjectURL.mock.calls[0]?.[0] ?? new Blob()).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(6);
    click.mockRestore();
    vi.unstubAllGlobals();
    const audit = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'] } } }));
    expect(audit.items.some((event) => event.reason === 'Processor review Q4' && /5 recipients/.test(event.summary))).toBe(true);
  });
});

describe('recipients register states', () => {
  it('shows an error state on a 500 and loads again on Retry', async () => {
    server.use(
      http.get('*/api/v1/recipients', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'Boom.' }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const { user } = await renderRoute('/recipients');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'The register could not be loaded' })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await findTable(17);
  });

  it('shows the designed empty state of an empty register, with the way to add the first recipient', async () => {
    setScenario('empty');
    await renderRoute('/recipients');
    expect(await screen.findByRole('heading', { name: 'The register is empty' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Add recipient' })).toHaveLength(2);
  });
});
