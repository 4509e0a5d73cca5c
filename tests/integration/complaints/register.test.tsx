import { screen, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import { renderRoute } from '../../utils/render';
import { findComplaint, latestAudit } from './fixtures';

describe('registering a complaint', { timeout: 60_000 }, () => {
  it('finds the person (masked) by account reference, registers the complaint and counts its deadline on the server', async () => {
    const existing = await findComplaint('support', { assignee: ['me'] });
    const { user, router } = await renderRoute('/complaints', { role: 'support' });
    await user.click(await screen.findByRole('link', { name: 'Register a complaint' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Register a complaint' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Register' }));
    expect(screen.getByText('Find and choose the person first.')).toBeInTheDocument();

    const finder = screen.getByRole('region', { name: 'Who is it about?' });
    await user.click(within(finder).getByText('Account reference'));
    await user.type(within(finder).getByRole('textbox', { name: /Account reference/ }), 'EC-12');
    await user.click(within(finder).getByRole('button', { name: 'Find' }));
    expect(within(finder).getByRole('textbox', { name: /Account reference/ })).toHaveAccessibleDescription(/Enter an account reference/);
    await user.clear(within(finder).getByRole('textbox', { name: /Account reference/ }));
    await user.type(within(finder).getByRole('textbox', { name: /Account reference/ }), existing.person.accountReference);
    await user.click(within(finder).getByRole('button', { name: 'Find' }));
    const match = await within(finder).findByRole('radio', { name: new RegExp(existing.person.accountReference) });
    expect(match).toBeChecked();
    expect(match).toHaveAccessibleName(new RegExp(`^${existing.person.maskedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Received through' }), 'phone');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'deletion');
    await user.type(screen.getByLabelText(/Received on/), '2026-11-24');
    await user.type(screen.getByRole('textbox', { name: /What the person said/ }), 'Belde om te vragen of zijn account echt verwijderd is.');
    await user.click(screen.getByRole('button', { name: 'Register' }));

    expect(await screen.findByRole('heading', { level: 1, name: /^Complaint CMP-2026-\d{5}$/ })).toBeInTheDocument();
    const id = router.state.location.pathname.split('/').pop() ?? '';
    const created = await unwrap(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: id } } }));
    // Received 24 November: due the same day a month later, 24 December (a Thursday, no holiday).
    expect(created).toMatchObject({ channel: 'phone', category: 'deletion', status: 'new', receivedOn: '2026-11-24', responseDueOn: '2026-12-24', person: { id: existing.person.id } });
    const [entry] = await latestAudit('create', 'complaint');
    expect(entry).toMatchObject({ resourceId: id, actor: { displayName: 'Jan De Vries' } });
  });
});
