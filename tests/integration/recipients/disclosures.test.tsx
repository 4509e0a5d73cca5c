import { screen, waitFor, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import { renderRoute } from '../../utils/render';
import { findRecipient } from './fixtures';

const bodyRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('disclosures to authorities', { timeout: 60_000 }, () => {
  it('lists the log newest first with the legal ground and why the person was not told, filtered from the URL', async () => {
    const police = await findRecipient('Politie');
    const { router } = await renderRoute(`/disclosures?legalGround=law_enforcement_request&recipientId=${police.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Disclosures to authorities' })).toBeInTheDocument();
    const answer = await unwrap(api.GET('/disclosures', { params: { query: { legalGround: ['law_enforcement_request'], recipientId: police.id } } }));
    const table = await screen.findByRole('table', { name: `${answer.totalItems} disclosures match` });
    const rows = bodyRows(table);
    // The row header is the log's reference with the authority's request reference under it.
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(answer.items.map((item) => `${item.reference}${item.requestReference}`));
    for (const row of rows) {
      expect(row).toHaveTextContent('Law-enforcement request');
      expect(row).toHaveTextContent('Politie (federale en lokale politie)');
    }
    const silent = answer.items.find((item) => !item.personNotified);
    if (silent) expect(within(table).getAllByText(silent.notNotifiedReason ?? '').length).toBeGreaterThan(0);
    expect(screen.getByRole('combobox', { name: 'Authority' })).toHaveValue(police.id);
    expect(within(screen.getByRole('group', { name: 'Legal ground' })).getByRole('checkbox', { name: 'Law-enforcement request' })).toBeChecked();
    expect(router.state.location.search).toBe(`?legalGround=law_enforcement_request&recipientId=${police.id}`);
    expect(screen.getByRole('region', { name: 'Disclosures per quarter' })).toBeInTheDocument();
  });

  it('records a disclosure, requiring a reason when the person was not told', async () => {
    const { user } = await renderRoute('/disclosures');
    await screen.findByRole('table', { name: '24 disclosures match' });
    await user.click(screen.getByRole('button', { name: 'Record disclosure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a disclosure to an authority' });
    await waitFor(() => expect(within(dialog).getByRole('option', { name: 'FOD Justitie' })).toBeInTheDocument());
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Authority/ }), 'FOD Justitie');
    await user.type(within(dialog).getByLabelText(/^Date of the disclosure/), '2026-11-24');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^Legal ground/ }), 'Court order');
    await user.type(within(dialog).getByRole('textbox', { name: /^Request reference/ }), 'Beschikking OR 26/4242');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Account data' }));
    await user.click(within(dialog).getByRole('radio', { name: 'No' }));
    await user.click(within(dialog).getByRole('button', { name: 'Record disclosure' }));
    expect(within(dialog).getByRole('textbox', { name: /^Why the person was not told/ })).toHaveAccessibleDescription(/Say why the person was not told/);

    await user.type(within(dialog).getByRole('textbox', { name: /^Why the person was not told/ }), 'De onderzoeksrechter legde geheimhouding op.');
    await user.click(within(dialog).getByRole('button', { name: 'Record disclosure' }));
    expect(await screen.findByText(/Disclosure DISC-2026-\d{4} was recorded/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: '25 disclosures match' });
    expect(bodyRows(table)[0]).toHaveTextContent('Beschikking OR 26/4242');
  });

  it('is closed to management, who sees the quarterly counts on the data-flows page instead', async () => {
    const closed = await renderRoute('/disclosures', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: /do not have access/i })).toBeInTheDocument();
    closed.unmount();
    await renderRoute('/recipients/flows', { role: 'management' });
    const figure = await screen.findByRole('region', { name: 'Disclosures per quarter' });
    expect(within(figure).getByText(/24 disclosures over \d+ quarters/)).toBeInTheDocument();
    expect(screen.queryByText(/DISC-\d{4}/)).not.toBeInTheDocument();
  });

  it('shows support the flows without the disclosure counts', async () => {
    await renderRoute('/recipients/flows', { role: 'support' });
    expect(await screen.findByRole('region', { name: 'Personal data flows by data category' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Disclosures per quarter' })).not.toBeInTheDocument();
  });
});
