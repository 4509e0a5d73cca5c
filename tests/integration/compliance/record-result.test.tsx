import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, unwrap } from '@/api/client';
import { renderRoute, signInAs } from '../../utils/render';

async function checkIdOf(key: string): Promise<string> {
  await signInAs('privacy_officer');
  const list = await unwrap(api.GET('/compliance-checks', { params: { query: { pageSize: 100 } } }));
  const check = list.items.find((item) => item.key === key);
  if (!check) throw new Error(`no check ${key}`);
  return check.id;
}

describe('recording a manual check result', { timeout: 60_000 }, () => {
  it('records a pass with its evidence and reference, newest first in the history', async () => {
    const checkId = await checkIdOf('payment_page_tls');
    const { user } = await renderRoute(`/compliance/${checkId}`);
    const form = await screen.findByRole('region', { name: 'Record a result' });
    await user.click(within(form).getByRole('radio', { name: 'Pass' }));
    await user.type(within(form).getByRole('textbox', { name: /Evidence$/ }), 'Scan of 25 November: TLS 1.3 only, HSTS on.');
    await user.type(within(form).getByRole('textbox', { name: /Evidence reference/ }), 'https://wiki.engcode.be/compliance/tls/2026-11-25');
    await user.click(within(form).getByRole('button', { name: 'Record result' }));

    const history = await screen.findByRole('region', { name: 'History' });
    await waitFor(() => expect(within(history).getAllByRole('row')[1]).toHaveTextContent('Scan of 25 November: TLS 1.3 only, HSTS on.'));
    const newest = within(history).getAllByRole('row')[1]!;
    expect(within(newest).getByText('Pass')).toBeInTheDocument();
    expect(within(newest).getByRole('link', { name: 'https://wiki.engcode.be/compliance/tls/2026-11-25' })).toBeInTheDocument();
    expect(within(newest).getByText('Els Peeters')).toBeInTheDocument();

    // The server kept it: asked again, the check's latest result is this one.
    const results = await unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId }, query: { pageSize: 1 } } }));
    expect(results.items[0]).toMatchObject({ outcome: 'pass', evidence: 'Scan of 25 November: TLS 1.3 only, HSTS on.', evidenceReference: 'https://wiki.engcode.be/compliance/tls/2026-11-25' });
  });

  it('asks a failure for a remediation action, then opens it: listed on the check and among open actions until closed', async () => {
    const checkId = await checkIdOf('unsubscribe_link');
    const { user } = await renderRoute(`/compliance/${checkId}`);
    const form = await screen.findByRole('region', { name: 'Record a result' });
    await user.click(within(form).getByRole('radio', { name: 'Fail' }));
    await user.type(within(form).getByRole('textbox', { name: /Evidence$/ }), 'The November newsletter had no unsubscribe link.');
    await user.click(within(form).getByRole('button', { name: 'Record result' }));
    // Nothing is sent until the action is described; the draft stays.
    expect(await within(form).findByText('Say what will be done.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Evidence$/ })).toHaveValue('The November newsletter had no unsubscribe link.');

    await user.type(within(form).getByRole('textbox', { name: /What will be done/ }), 'Add the unsubscribe block to the newsletter template');
    const due = within(form).getByLabelText(/Due on/);
    await user.clear(due);
    await user.type(due, '2026-12-10');
    await user.click(within(form).getByRole('button', { name: 'Record result' }));

    const actions = await screen.findByRole('region', { name: 'Remediation actions' });
    const row = (await within(actions).findByText('Add the unsubscribe block to the newsletter template')).closest('tr')!;
    expect(within(row).getByText('Marketing')).toBeInTheDocument();
    expect(within(row).getAllByLabelText(/^Status of/)[0]).toHaveValue('Open');
    const facts = screen.getByRole('region', { name: 'The check at a glance' });
    expect(within(facts).getByText('Fail')).toBeInTheDocument();

    // The remediation view lists it among the open actions.
    await user.click(screen.getByRole('link', { name: 'All compliance checks' }));
    await user.click(await screen.findByRole('tab', { name: 'Remediation actions' }));
    const table = await screen.findByRole('table', { name: /remediation actions match/ }, { timeout: 15_000 });
    expect(within(table).getByText('Add the unsubscribe block to the newsletter template')).toBeInTheDocument();
  });

  it('offers no form for an automatic check: its history is the daily runs of the server', async () => {
    const checkId = await checkIdOf('processor_agreements');
    await renderRoute(`/compliance/${checkId}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Every processor has a signed agreement' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Record a result' })).toBeNull();
    expect((await screen.findAllByText('The server (automatic)')).length).toBe(10);
  });
});
