import { screen, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
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
