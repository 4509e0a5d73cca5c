import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { api, unwrap } from '@/api/client';
import { renderRoute } from '../../utils/render';
import { changeBehindTheBack, findRecipient, getRecipientWithEtag } from './fixtures';

const field = (name: RegExp | string) => screen.getByRole('textbox', { name });
const select = (name: RegExp | string) => screen.getByRole('combobox', { name });

/** Fills every required field of a valid processor with a draft agreement. */
async function fillProcessor(user: UserEvent, name: string) {
  await user.type(field(/^Name/), name);
  await user.type(field(/^Owner at Engcode/), 'Marketing');
  await user.selectOptions(select(/^Category/), 'Email delivery');
  await user.selectOptions(select(/^Role/), 'Processor');
  await user.click(screen.getByRole('checkbox', { name: 'Account data' }));
  await user.type(field(/^Purpose 1/), 'Send email on behalf of Engcode');
  await user.selectOptions(select(/^Legal basis/), 'Contract');
  await user.selectOptions(select(/^Agreement status/), 'Draft (being negotiated)');
}

describe('recipient create and edit', { timeout: 60_000 }, () => {
  it('explains each refused field before sending: processor without agreement, non-EEA country without safeguard, website not http(s)', async () => {
    const { user, router } = await renderRoute('/recipients/new');
    expect(await screen.findByRole('heading', { level: 1, name: 'Add a recipient' })).toBeInTheDocument();
    await fillProcessor(user, 'Refused Mail BV');
    await user.selectOptions(select(/^Agreement status/), 'No agreement');
    await user.selectOptions(select(/^Country/), 'United States (US)');
    await user.selectOptions(select(/^Transfer safeguard/), 'No safeguard');
    await user.type(field(/^Website/), 'ftp://files.example');
    await user.click(screen.getByRole('button', { name: 'Add recipient' }));

    expect(await screen.findByText('3 fields need attention')).toBeInTheDocument();
    expect(select(/^Agreement status/)).toHaveAccessibleDescription(/A processor needs a data processing agreement \(GDPR Art\. 28\)/);
    expect(select(/^Transfer safeguard/)).toHaveAccessibleDescription(/United States \(US\) is outside the EEA: choose the transfer safeguard/);
    expect(field(/^Website/)).toHaveAccessibleDescription(/must start with http:\/\/ or https:\/\//);
    // The first refused field in reading order takes focus, so its message is read out.
    await waitFor(() => expect(field(/^Website/)).toHaveFocus());
    expect(router.state.location.pathname).toBe('/recipients/new');

    // Fixing them sends the entry; it lands on its page with the processor's warning.
    await user.selectOptions(select(/^Agreement status/), 'Draft (being negotiated)');
    await user.selectOptions(select(/^Transfer safeguard/), 'Standard contractual clauses');
    await user.clear(field(/^Website/));
    await user.type(field(/^Website/), 'https://refused-mail.example');
    await user.click(screen.getByRole('button', { name: 'Add recipient' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Refused Mail BV' })).toBeInTheDocument();
    expect(screen.getByText('Processor without a signed agreement')).toBeInTheDocument();
  });

  it('checks dates against each other and authorities against their category', async () => {
    const { user } = await renderRoute('/recipients/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a recipient' });
    await fillProcessor(user, 'Dated Mail BV');
    await user.selectOptions(select(/^Agreement status/), 'Signed');
    await user.type(screen.getByLabelText(/^Review or expiry date/), '2026-01-01');
    await user.type(screen.getByLabelText(/^Last reviewed on/), '2026-05-01');
    await user.type(screen.getByLabelText(/^Next review due/), '2026-04-01');
    await user.selectOptions(select(/^Role/), 'Authority');
    await user.click(screen.getByRole('button', { name: 'Add recipient' }));
    expect(await screen.findByText('3 fields need attention')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Signed on/)).toHaveAccessibleDescription('A signed agreement needs the date it was signed.');
    expect(screen.getByLabelText(/^Next review due/)).toHaveAccessibleDescription(/cannot be due before the last review/);
    expect(select(/^Category/)).toHaveAccessibleDescription('An authority belongs to the category Public authority.');
  });

  it('shows the server’s 422 next to its field and keeps the input', async () => {
    const { user } = await renderRoute('/recipients/new');
    await screen.findByRole('heading', { level: 1, name: 'Add a recipient' });
    // Only the server knows the names already in the register.
    await fillProcessor(user, 'MailHaven B.V.');
    await user.click(screen.getByRole('button', { name: 'Add recipient' }));
    await waitFor(() => expect(field(/^Name/)).toHaveAccessibleDescription('Another recipient in the register already has this name.'));
    expect(field(/^Purpose 1/)).toHaveValue('Send email on behalf of Engcode');
    expect(screen.getByText('1 field needs attention')).toBeInTheDocument();
  });

  it('refuses a non-EEA country without safeguard when editing, then saves a fixed edit', async () => {
    const recipient = await findRecipient('Statlytics');
    const { user } = await renderRoute(`/recipients/${recipient.id}/edit`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit Statlytics GmbH' })).toBeInTheDocument();
    await user.selectOptions(select(/^Country/), 'Switzerland (CH)');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('1 field needs attention')).toBeInTheDocument();
    expect(select(/^Transfer safeguard/)).toHaveAccessibleDescription(/Switzerland \(CH\) is outside the EEA/);
    await user.selectOptions(select(/^Transfer safeguard/), 'Adequacy decision');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statlytics GmbH' })).toBeInTheDocument();
    const { data } = await getRecipientWithEtag(recipient.id);
    expect(data).toMatchObject({ country: 'CH', transferSafeguard: 'adequacy', version: recipient.version + 1 });
  });

  it('keeps the draft on a 412, says what the colleague changed, and saves both changes on re-apply', async () => {
    const recipient = await findRecipient('PayNova');
    const { user } = await renderRoute(`/recipients/${recipient.id}/edit`);
    await screen.findByRole('heading', { level: 1, name: 'Edit PayNova Europe S.A.' });
    await user.clear(field(/^Owner at Engcode/));
    await user.type(field(/^Owner at Engcode/), 'Finance and Legal');

    await changeBehindTheBack(recipient.id, (input) => ({ ...input, agreement: { ...input.agreement, reference: 'DPA-2022-011 rev. 2' } }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const notice = await screen.findByRole('alert', { name: /Someone else changed this recipient/ });
    expect(await within(notice).findByText('Changed: agreement')).toBeInTheDocument();
    expect(field(/^Owner at Engcode/)).toHaveValue('Finance and Legal');

    await user.click(within(notice).getByRole('button', { name: 'Save my changes on top of theirs' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'PayNova Europe S.A.' })).toBeInTheDocument();
    const { data } = await getRecipientWithEtag(recipient.id);
    expect(data.owner).toBe('Finance and Legal');
    expect(data.agreement.reference).toBe('DPA-2022-011 rev. 2');
  });

  it('asks before leaving with unsaved changes', async () => {
    const recipient = await findRecipient('LinkedIn');
    const { user, router } = await renderRoute(`/recipients/${recipient.id}/edit`);
    await screen.findByRole('heading', { level: 1, name: /^Edit LinkedIn/ });
    await user.type(field(/^Agreement reference/), ' v2');
    await user.click(screen.getByRole('link', { name: /Back to the register/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(router.state.location.pathname).toBe(`/recipients/${recipient.id}/edit`);
    expect(field(/^Agreement reference/)).toHaveValue('LinkedIn Matched Audiences-voorwaarden v2');

    await user.click(screen.getByRole('link', { name: /Back to the register/ }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Leave without saving?' })).getByRole('button', { name: 'Leave and discard' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/recipients'));
    const { data } = await getRecipientWithEtag(recipient.id);
    expect(data.agreement.reference).toBe('LinkedIn Matched Audiences-voorwaarden');
  });

  it('gives support and management no way to edit, and the API refuses them', async () => {
    const recipient = await findRecipient('MailHaven');
    for (const role of ['support', 'management'] as const) {
      const view = await renderRoute(`/recipients/${recipient.id}`, { role });
      expect(await screen.findByRole('heading', { level: 1, name: 'MailHaven B.V.' })).toBeInTheDocument();
      expect(screen.queryByRole('link', { name: 'Edit recipient' })).not.toBeInTheDocument();
      view.unmount();
      const edit = await renderRoute(`/recipients/${recipient.id}/edit`, { role });
      expect(await screen.findByRole('heading', { level: 1, name: /do not have access/i })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
      edit.unmount();
      const { response } = await api.POST('/recipients', {
        params: { header: { 'X-Requested-With': 'engcode-console', 'Idempotency-Key': crypto.randomUUID() } },
        body: { ...(await unwrap(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: recipient.id } } }))), name: 'Sneaky BV' } as never,
      });
      expect(response.status).toBe(403);
    }
  });
});
