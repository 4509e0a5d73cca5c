import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, unwrap, unwrapWithEtag } from '@/api/client';
import { renderRoute, signInAs } from '../../utils/render';

describe('policy versions', { timeout: 60_000 }, () => {
  it('lists v1.0.0 in force since 1 September 2019 and the later versions, newest first', async () => {
    await renderRoute('/policies', { role: 'support' });
    const table = await screen.findByRole('table', { name: '4 versions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('link')[0]?.textContent)).toEqual(['v2.1.0', 'v2.0.0', 'v1.1.0', 'v1.0.0']);
    expect(rows[3]).toHaveTextContent('1 Sept 2019');
    // Support reads the versions but cannot publish one.
    expect(screen.queryByRole('button', { name: 'New version' })).toBeNull();
  });

  it('publishes a material version, which starts an announcement to every registered user', async () => {
    await signInAs('privacy_officer');
    const before = await unwrap(api.GET('/policy-versions'));
    const { user, router } = await renderRoute('/policies');
    await user.click(await screen.findByRole('button', { name: 'New version' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish a new policy version' });
    expect(within(dialog).getByRole('textbox', { name: /Version number/ })).toHaveValue('2.2.0');
    expect(within(dialog).getByText(/an opt-out does not exempt anyone from it/)).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/In force from/), '2027-01-01');
    await user.type(within(dialog).getByRole('textbox', { name: /Summary of changes \(Dutch\)/ }), 'Nieuwe verwerker voor marktonderzoek.');
    await user.type(within(dialog).getByRole('textbox', { name: /Summary of changes \(English\)/ }), 'New processor for market research.');
    await user.click(within(dialog).getByRole('button', { name: 'Publish and announce' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Privacy policy v2.2.0' })).toBeInTheDocument();
    const versionId = router.state.location.pathname.split('/').pop() ?? '';
    const version = await unwrap(api.GET('/policy-versions/{versionId}', { params: { path: { versionId } } }));
    expect(version).toMatchObject({ version: '2.2.0', material: true });
    expect(version.announcementId).not.toBeNull();
    expect((await unwrap(api.GET('/policy-versions'))).totalItems).toBe(before.totalItems + 1);

    const reach = await screen.findByRole('region', { name: 'Reach of the announcement' });
    expect(within(reach).getByText(/^Sending: /)).toBeInTheDocument();
    expect(screen.getByText(/an opt-out does not exempt anyone from it/)).toBeInTheDocument();
    await user.click(within(reach).getByRole('radio', { name: 'Table' }));
    const table = within(reach).getByRole('table');
    const count = (state: string) => Number((within(table).getByText(state).closest('tr')?.children[1]?.textContent ?? '').replace(/\D/g, ''));
    const { data: announcement } = await unwrapWithEtag(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: version.announcementId ?? '' } } }));
    // Every copy is in exactly one state, out of all registered users.
    await waitFor(() => expect(count('Queued') + count('Sent, awaiting delivery') + count('Delivered') + count('Bounced')).toBe(announcement.totalRecipients));
    expect(screen.getByText('Registered users').nextSibling).toHaveTextContent(new Intl.NumberFormat('en-BE').format(announcement.totalRecipients));
    expect(screen.getByText('Policy date updated on').nextSibling?.textContent).not.toBe('Not yet');
  });

  it('sends bounced copies of a completed announcement again', async () => {
    await signInAs('privacy_officer');
    const versions = await unwrap(api.GET('/policy-versions'));
    // A seeded material version whose bounced copies were never sent again.
    let target: string | undefined;
    for (const version of versions.items.filter((item) => item.announcementId)) {
      const { data } = await unwrapWithEtag(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: version.announcementId ?? '' } } }));
      if (data.status === 'completed' && data.resendCount === 0 && data.bounced > 0) target = version.id;
    }
    expect(target).toBeDefined();
    const { user } = await renderRoute(`/policies/${target}`);
    const resend = await screen.findByRole('button', { name: /^Send again to .+ bounced addresses$/ });
    await user.click(resend);
    expect(await screen.findByText('The bounced copies are queued again.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('Times resent').nextSibling).toHaveTextContent('1'));
  });

  it('shows management the reach but no way to publish or resend', async () => {
    await signInAs('management');
    const versions = await unwrap(api.GET('/policy-versions'));
    await renderRoute(`/policies/${versions.items[0]?.id}`, { role: 'management' });
    expect(await screen.findByRole('region', { name: 'Reach of the announcement' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Send again/ })).toBeNull();
  });
});
