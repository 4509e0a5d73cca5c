import { screen, waitFor, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import { renderRoute } from '../../utils/render';
import { changeComplaintBehindTheBack, findComplaint, latestAudit } from './fixtures';

describe('complaint detail', { timeout: 60_000 }, () => {
  it('keeps the person masked until a reason is given, and the reveal is audited without the identity', async () => {
    const complaint = await findComplaint('support', { assignee: ['none'], status: ['new'] });
    const { user } = await renderRoute(`/complaints/${complaint.id}`, { role: 'support' });

    const person = await screen.findByRole('region', { name: 'The person' });
    expect(within(person).getByText(complaint.person.maskedName)).toBeInTheDocument();
    expect(within(person).queryByText(/^Email:/)).not.toBeInTheDocument();

    await user.click(within(person).getByRole('button', { name: 'Reveal identity…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Why do you need to see who this is?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal and record' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription('Give a reason of at least 3 characters.');
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Caller verified by phone, answering the complaint');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal and record' }));

    const revealed = await within(person).findByRole('region', { name: 'Revealed identity' });
    expect(within(revealed).getByText(/^Email: .+@/)).toBeInTheDocument();
    const name = within(revealed).getByText(/^Name: /).textContent?.replace('Name: ', '') ?? '';

    const [entry] = await latestAudit('reveal', 'person');
    expect(entry).toMatchObject({ actor: { displayName: 'Jan De Vries', role: 'support' }, resourceId: complaint.person.id, reason: 'Caller verified by phone, answering the complaint' });
    // The log says who looked and why, never what they saw.
    expect(JSON.stringify(entry)).not.toContain(name);
    expect(JSON.stringify(entry)).not.toMatch(/@/);
  });

  it('saves with If-Match; a colleague’s change (412) keeps the draft, names what changed, and re-applies', async () => {
    const complaint = await findComplaint('privacy_officer', { status: ['in_progress'] });
    const { user } = await renderRoute(`/complaints/${complaint.id}`);
    const handling = await screen.findByRole('region', { name: 'Handling' });
    await user.selectOptions(within(handling).getByRole('combobox', { name: 'Category' }), 'cookies');

    await changeComplaintBehindTheBack(complaint.id, { status: 'waiting_for_person' });
    await user.click(within(handling).getByRole('button', { name: 'Save' }));

    const conflict = await within(handling).findByRole('alert');
    expect(conflict).toHaveTextContent('A colleague changed this complaint');
    expect(conflict).toHaveTextContent('Changed by them: status.');
    expect(within(handling).getByRole('combobox', { name: 'Category' })).toHaveValue('cookies');

    await user.click(within(conflict).getByRole('button', { name: 'Save my changes on the latest version' }));
    await waitFor(() => expect(within(handling).queryByRole('alert')).not.toBeInTheDocument());
    const saved = await unwrap(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: complaint.id } } }));
    expect(saved).toMatchObject({ category: 'cookies', status: 'waiting_for_person' });

    const [change] = await latestAudit('update', 'complaint');
    expect(change).toMatchObject({ resourceId: complaint.id, actor: { displayName: 'Els Peeters' } });
  });

  it('records an escalation to the GBA, which then stands out in words until the authority closes it', async () => {
    const complaint = await findComplaint('privacy_officer', { escalated: false, status: ['in_progress'] });
    const { user } = await renderRoute(`/complaints/${complaint.id}`);
    const panel = await screen.findByRole('region', { name: 'Supervisory authority' });
    expect(screen.queryByText(/^Escalated: open/)).not.toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Record an escalation…' }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Authority' }), 'gba');
    await user.type(within(panel).getByRole('textbox', { name: /case reference/ }), 'DOS-2026-04321');
    await user.type(within(panel).getByLabelText(/Taken to the authority on/), complaint.receivedOn);
    await user.click(within(panel).getByRole('button', { name: 'Save escalation' }));

    expect(await screen.findByText('Escalated: open at the Gegevensbeschermingsautoriteit (GBA, Belgium)')).toBeInTheDocument();
    expect(screen.getByText(/case DOS-2026-04321\)\. It stays marked until the authority closes its case/)).toBeInTheDocument();
    expect(screen.getAllByText('Escalated to GBA: open').length).toBeGreaterThan(0);
    expect(within(panel).getByText('Still open')).toBeInTheDocument();

    // In the queue, the escalated filter finds it, marked in words.
    const list = await unwrap(api.GET('/complaints', { params: { query: { escalated: true, q: complaint.reference } } }));
    expect(list.items[0]?.escalation).toMatchObject({ authority: 'gba', authorityReference: 'DOS-2026-04321', closedOn: null });
  });

  it('keeps replies to the person and internal notes apart, and asks before leaving an unsent note', async () => {
    const complaint = await findComplaint('support', { assignee: ['me'], status: ['in_progress'] });
    const { user, router } = await renderRoute(`/complaints/${complaint.id}`, { role: 'support' });
    const timeline = await screen.findByRole('region', { name: 'Conversation and history' });
    const repliesTab = await within(timeline).findByRole('tab', { name: /^Replies to the person/ });
    const repliesBefore = Number(/\((\d+)\)/.exec(repliesTab.textContent ?? '')?.[1]);

    await user.click(within(timeline).getByRole('tab', { name: /^Internal notes/ }));
    const notesPanel = within(timeline).getByRole('tabpanel', { name: /^Internal notes/ });
    await user.type(within(notesPanel).getByRole('textbox', { name: 'Internal note' }), 'Checked the consent history: matches what the person says.');

    await user.click(screen.getByRole('link', { name: 'Back to the complaints' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(leave).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe(`/complaints/${complaint.id}`);

    await user.click(within(notesPanel).getByRole('button', { name: 'Add internal note' }));
    // Saved when the composer is empty again and the note is an entry of the list.
    await waitFor(() => expect(within(notesPanel).getByRole('textbox', { name: 'Internal note' })).toHaveValue(''));
    expect(await within(notesPanel).findByText('Checked the consent history: matches what the person says.', { selector: 'li *' })).toBeInTheDocument();
    expect(within(notesPanel).getAllByText('Internal').length).toBeGreaterThan(0);

    await user.click(within(timeline).getByRole('tab', { name: /^Replies to the person/ }));
    const repliesPanel = within(timeline).getByRole('tabpanel', { name: /^Replies to the person/ });
    expect(within(repliesPanel).queryByText('Checked the consent history: matches what the person says.')).not.toBeInTheDocument();
    expect(within(timeline).getByRole('tab', { name: /^Replies to the person/ })).toHaveTextContent(`(${repliesBefore})`);

    const [entry] = await latestAudit('update', 'complaint');
    expect(entry?.summary).toBe(`Added an internal note to complaint ${complaint.reference}`);
  });

  it('tells support that a colleague’s complaint is not theirs to open (403)', async () => {
    const other = await findComplaint('privacy_officer', { status: ['in_progress'] }, (item) => item.assignee !== null && item.assignee.displayName !== 'Jan De Vries');
    await renderRoute(`/complaints/${other.id}`, { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'This complaint is assigned to a colleague' })).toBeInTheDocument();
  });
});
