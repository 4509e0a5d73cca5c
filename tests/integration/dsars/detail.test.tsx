import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server } from '@mocks/node';
import { renderRoute } from '../../utils/render';
import { changeBehindTheBack, findDsar, getDsarWithEtag } from './detail-fixtures';

const WEEKDAY = /(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/;

describe('DSAR detail', () => {
  it('shows the legal due date with its weekday and the days left in words', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    await renderRoute(`/dsars/${summary.id}`);

    const deadline = await screen.findByRole('region', { name: 'Deadline' });
    expect(within(deadline).getAllByText(WEEKDAY).length).toBeGreaterThan(0);
    expect(within(deadline).getByText(/days? left|Due today|days? overdue/)).toBeInTheDocument();
    expect(within(deadline).getByText(/Belgian public holiday/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: `Request ${summary.reference}` })).toBeInTheDocument();
  });

  it('offers only the transitions the server allows', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { data } = await getDsarWithEtag(summary.id);
    await renderRoute(`/dsars/${summary.id}`);

    const actions = await screen.findByRole('region', { name: 'Next steps' });
    const buttons = within(actions).getAllByRole('button', { name: /^Move to / });
    expect(buttons).toHaveLength(data.allowedTransitions.length);
    expect(within(actions).queryByRole('button', { name: 'Move to Received' })).not.toBeInTheDocument();
  });

  it('moves a request on and shows the change in the timeline', async () => {
    const summary = await findDsar('privacy_officer', { status: ['received'] });
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    await user.click(await screen.findByRole('button', { name: 'Move to Identity verification' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Identity verification' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to Identity verification' }));

    const timeline = await screen.findByRole('list', { name: 'Timeline and notes' });
    expect(await within(timeline).findByText('Status changed from Received to Identity verification')).toBeInTheDocument();
    const summaryPanel = screen.getByText('Status').closest('div');
    expect(summaryPanel).toHaveTextContent('Identity verification');
  });

  it('asks for the evidence checked and maps a refusal (409) to its reason', async () => {
    const summary = await findDsar('privacy_officer', { status: ['identity_verification'] });
    server.use(
      http.post('*/api/v1/dsars/:dsarId/transitions', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Conflict', status: 409, code: 'transition_not_allowed', detail: 'The identity check is still pending with the employer.' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    await user.click(await screen.findByRole('button', { name: 'Move to In progress' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to In progress' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to In progress' }));
    expect(within(dialog).getByRole('textbox', { name: /Evidence checked/ })).toHaveAccessibleDescription(/Fill in this field/);

    await user.type(within(dialog).getByRole('textbox', { name: /Evidence checked/ }), 'Name and date of birth match the account');
    await user.click(within(dialog).getByRole('button', { name: 'Move to In progress' }));
    expect(await within(dialog).findByText('The identity check is still pending with the employer.')).toBeInTheDocument();
    // The input is kept after the refusal.
    expect(within(dialog).getByRole('textbox', { name: /Evidence checked/ })).toHaveValue('Name and date of birth match the account');
  });

  it('shows the server’s field errors (422) next to their fields', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'], plan: ['business'] });
    server.use(
      http.post('*/api/v1/dsars/:dsarId/transitions', () =>
        HttpResponse.json(
          {
            type: 'about:blank',
            title: 'Unprocessable Content',
            status: 422,
            errors: [{ pointer: '/forwardedOn', code: 'in_future', detail: 'The forwarding date cannot be in the future.' }],
          },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderRoute(`/dsars/${summary.id}`);
    await user.click(await screen.findByRole('button', { name: 'Move to Awaiting employer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Awaiting employer' });
    await user.type(within(dialog).getByLabelText(/Date forwarded to the employer/), '2030-01-01');
    await user.click(within(dialog).getByRole('button', { name: 'Move to Awaiting employer' }));
    expect(await within(dialog).findByText('The forwarding date cannot be in the future.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/Date forwarded to the employer/)).toHaveValue('2030-01-01');
  });

  it('states the right to complain when rejecting', async () => {
    const summary = await findDsar('privacy_officer', { status: ['received'] });
    const { user } = await renderRoute(`/dsars/${summary.id}`);
    await user.click(await screen.findByRole('button', { name: 'Move to Rejected' }));
    const dialog = await screen.findByRole('dialog', { name: 'Move to Rejected' });
    expect(within(dialog).getByRole('combobox', { name: /Ground for rejection/ })).toBeInTheDocument();
    expect(within(dialog).getByText(/GBA\/APD in Belgium or the Autoriteit Persoonsgegevens/)).toBeInTheDocument();
  });

  it('extends a request within its first month', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress', 'received', 'identity_verification'], band: ['on_track'] }, (dsar) => !dsar.deadline.extended);
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    const panel = await screen.findByRole('region', { name: 'Extension' });
    expect(within(panel).getByText(/only before the first month has passed/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Extend the deadline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the deadline' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason for the extension/ }), 'Large volume of data across systems');
    const informedOn = summary.receivedAt.slice(0, 10);
    await user.type(within(dialog).getByLabelText(/Date the person was informed/), informedOn);
    await user.click(within(dialog).getByRole('button', { name: 'Extend by two months' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Extend the deadline' })).not.toBeInTheDocument());
    const deadline = screen.getByRole('region', { name: 'Deadline' });
    expect(within(deadline).getByText(/Large volume of data across systems/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Extension' })).not.toBeInTheDocument();
  });

  it('shows why the server refuses an extension past the first month', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress', 'received', 'identity_verification'], band: ['overdue'] }, (dsar) => !dsar.deadline.extended);
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    const panel = await screen.findByRole('region', { name: 'Extension' });
    await user.click(within(panel).getByRole('button', { name: 'Extend the deadline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the deadline' });
    await user.type(within(dialog).getByRole('textbox', { name: /Reason for the extension/ }), 'Large volume of data across systems');
    await user.type(within(dialog).getByLabelText(/Date the person was informed/), summary.receivedAt.slice(0, 10));
    await user.click(within(dialog).getByRole('button', { name: 'Extend by two months' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The extension was refused');
    expect(alert).toHaveTextContent(/the first month ended on/);
  });

  it('keeps the draft on a 412, shows what changed and re-applies on the latest version', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    await user.click(await screen.findByRole('button', { name: 'Edit description' }));
    const field = screen.getByRole('textbox', { name: /^Description/ });
    await user.clear(field);
    await user.type(field, 'Copy of all data, including chat logs');

    // A colleague unassigns the request meanwhile; the page's ETag is now stale.
    await changeBehindTheBack(summary.id, { assigneeId: null });
    await user.click(screen.getByRole('button', { name: 'Save description' }));

    expect(await screen.findByText('Someone else changed this request')).toBeInTheDocument();
    expect(await screen.findByText('Changed: assignee')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Description/ })).toHaveValue('Copy of all data, including chat logs');

    await user.click(screen.getByRole('button', { name: 'Re-apply my change' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: /^Description/ })).not.toBeInTheDocument());
    expect(screen.getByText('Copy of all data, including chat logs')).toBeInTheDocument();
    const { data } = await getDsarWithEtag(summary.id);
    expect(data.description).toBe('Copy of all data, including chat logs');
    expect(data.assignee).toBeNull();
  });

  it('asks before leaving with an unsaved note', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { user, router } = await renderRoute(`/dsars/${summary.id}`);

    await user.type(await screen.findByRole('textbox', { name: /New internal note/ }), 'Called the person back');
    await user.click(screen.getByRole('link', { name: /Back to the requests/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/dsars/${summary.id}`);
    expect(screen.getByRole('textbox', { name: /New internal note/ })).toHaveValue('Called the person back');

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    const timeline = screen.getByRole('list', { name: 'Timeline and notes' });
    expect(await within(timeline).findByText('Called the person back')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: /Back to the requests/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dsars'));
  });

  it('shows not found for an unknown id', async () => {
    await renderRoute('/dsars/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'This request does not exist' })).toBeInTheDocument();
  });

  it('tells support they may not open a colleague’s request', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] }, (dsar) => dsar.assignee !== null && dsar.assignee.displayName !== 'Jan De Vries');
    await renderRoute(`/dsars/${summary.id}`, { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You may not open this request' })).toBeInTheDocument();
  });

  it('asks for a reason before revealing the identity, and shows it on the page only', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { user, queryClient } = await renderRoute(`/dsars/${summary.id}`);

    await user.click(await screen.findByRole('button', { name: 'Reveal identity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the identity' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(within(dialog).getByRole('textbox', { name: /Why do you need the identity/ })).toHaveAccessibleDescription(/Give a reason/);

    await user.type(within(dialog).getByRole('textbox', { name: /Why do you need the identity/ }), 'Sending the copy by post');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(await screen.findByText(/^Email:/)).toBeInTheDocument();
    // The identity never lands in the query cache.
    const cached = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.state.data));
    expect(cached).not.toContain('"firstName"');
  });
});
