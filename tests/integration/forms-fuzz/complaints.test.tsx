import '@/features/complaints/translations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { api, unwrapWithEtag } from '@/api/client';
import type { Permission } from '@/api/types';
import type { ComplaintListQuery } from '@/features/complaints/api/complaint-keys';
import { RegisterComplaintPage } from '@/features/complaints/components/create/register-complaint-page';
import { EscalationPanel } from '@/features/complaints/components/detail/escalation-panel';
import { HandlingForm } from '@/features/complaints/components/detail/handling-form';
import { TimelinePanel } from '@/features/complaints/components/detail/timeline-panel';
import { ComplaintFilters } from '@/features/complaints/components/queue/complaint-filters';
import { findComplaint } from '../complaints/fixtures';
import { badText, bodyOf, buttonForm, catchRequests, contractParam, contractText, expectRuns, fuzzForm, fuzzPersonFinder, injectedMarkup, releaseRequests, renderFilters, renderForm, type TextField } from './fuzz-kit';

// The complaints area's forms with free text: the person finder and the summary of the register
// page, the reply and internal-note composers, the handling form's resolution, the escalation's
// case reference and the queue's reference search.

const noop = () => {};
const WRITE: Permission[] = ['complaints_read', 'complaints_write', 'staff_read'];
const viewer = { userId: null, displayName: null, permissions: WRITE };

async function complaintWithEtag(status: 'in_progress' | 'new') {
  const summary = await findComplaint('privacy_officer', { status: [status] }, (complaint) => !complaint.escalated);
  return unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: summary.id } } }));
}

describe('complaint forms under generated bad input', { timeout: 120_000 }, () => {
  it('registering: the person finder (email, account reference) and what the person said', async () => {
    await renderForm(<RegisterComplaintPage />, { role: 'support' });
    const finder = await screen.findByRole('region', { name: 'Who is it about?' });
    const email = await within(finder).findByRole<TextField>('textbox', { name: 'Email address' });
    const find = within(finder).getByRole('button', { name: 'Find' });
    const sent = catchRequests('post', '/people/search');
    const { logs, reference } = await fuzzPersonFinder(
      buttonForm(email, find, sent),
      email,
      async () => {
        fireEvent.click(within(finder).getByText('Account reference'));
        return within(finder).findByRole<TextField>('textbox', { name: 'Account reference' });
      },
      {
        email: { required: /^Enter an email address, like name@example\.be\.$/, format: /^Enter an email address, like name@example\.be\.$/ },
        reference: { required: /^Enter an account reference, like EC-1234567\.$/, format: /^Enter an account reference, like EC-1234567\.$/ },
      },
    );
    expectRuns(logs, 200, 'the finder is a form of its own');

    // What the person said: its own form, sent once a person is chosen (the finder, for real).
    releaseRequests(sent);
    const existing = await findComplaint('support', { assignee: ['me'] });
    fireEvent.change(reference, { target: { value: existing.person.accountReference } });
    fireEvent.click(find);
    expect(await within(finder).findByRole('radio', { name: new RegExp(existing.person.accountReference) })).toBeChecked();
    const what = screen.getByRole('region', { name: 'What arrived' });
    const summary = await within(what).findByRole<TextField>('textbox', { name: /What the person said/ });
    const register = within(what).getByRole('button', { name: 'Register' });
    fireEvent.change(within(what).getByLabelText(/Received on/), { target: { value: '2026-11-24' } });
    const registered = catchRequests('post', '/complaints');
    logs.push(
      ...(await fuzzForm(buttonForm(summary, register, registered), [
        { target: { field: summary, rule: contractText('ComplaintCreate', 'summary'), read: (request) => bodyOf(request).summary, messages: { required: /^Fill this in\.$/ } }, runs: 200 },
      ])),
    );
  });

  it('the reply and internal-note composers', async () => {
    const { data } = await complaintWithEtag('in_progress');
    await renderForm(<TimelinePanel complaintId={data.id} canWrite closed={false} onDirtyChange={noop} />);
    const sent = catchRequests('post', '/complaints/{complaintId}/notes');
    const reply = await screen.findByRole<TextField>('textbox', { name: 'Record a reply sent to the person' });
    const replyButton = screen.getByRole('button', { name: 'Record reply' });
    const logs = await fuzzForm(
      buttonForm(reply, replyButton, sent),
      [{ target: { field: reply, rule: contractText('NoteCreate', 'text'), read: (request) => bodyOf(request).text, messages: { required: /^Write the reply\.$/ } }, runs: 100 }],
      { minimum: 0 },
    );
    fireEvent.click(screen.getByRole('tab', { name: /Internal notes/ }));
    const note = await screen.findByRole<TextField>('textbox', { name: 'Internal note' });
    const noteButton = within(note.closest('form') as HTMLFormElement).getByRole('button');
    logs.push(
      ...(await fuzzForm(
        buttonForm(note, noteButton, sent),
        [{ target: { field: note, rule: contractText('NoteCreate', 'text'), read: (request) => bodyOf(request).text, messages: { required: /^Write the note\.$/ } }, runs: 100 }],
        { minimum: 0 },
      )),
    );
    expectRuns(logs);

    // A few valid replies go to the mock API for real: stored as typed, shown as text.
    releaseRequests();
    fireEvent.click(screen.getByRole('tab', { name: /Replies to the person/ }));
    const field = await screen.findByRole<TextField>('textbox', { name: 'Record a reply sent to the person' });
    for (const text of ['<img src=x onerror=alert(1)> مرحبا', '{{7*7}} javascript:alert(1) 👩‍👩‍👧‍👦', '<b>bold</b> \u202eabc\u202c']) {
      fireEvent.change(field, { target: { value: text } });
      fireEvent.click(screen.getByRole('button', { name: 'Record reply' }));
      await waitFor(() => expect(screen.getByText(text)).toBeInTheDocument());
      expect(field).toHaveValue('');
      expect(injectedMarkup()).toBeNull();
    }
  });

  it('the handling form’s resolution: optional while open, required to resolve', async () => {
    const current = await complaintWithEtag('in_progress');
    await renderForm(<HandlingForm current={current} viewer={viewer} onDirtyChange={noop} />);
    const region = await screen.findByRole('region', { name: 'Handling' });
    const field = await within(region).findByRole<TextField>('textbox', { name: /Resolution/ });
    const save = within(region).getByRole('button', { name: 'Save' });
    const category = within(region).getByRole<HTMLSelectElement>('combobox', { name: 'Category' });
    // Another change, so every save has something to send; the resolution rides along when valid.
    const other = Array.from(category.options).find((option) => option.value !== current.data.category)?.value ?? '';
    fireEvent.change(category, { target: { value: other } });
    const sent = catchRequests('patch', '/complaints/{complaintId}');
    const resolution = contractText('ComplaintPatch', 'resolution');
    const required = /^Describe how the complaint was resolved: needed to mark it resolved, and a resolution once written can be changed but not removed\.$/;
    const form = buttonForm(field, save, sent);
    const logs = await fuzzForm(form, [{ target: { field, rule: resolution, required: current.data.resolution !== null, read: (request) => bodyOf(request).resolution, messages: { required } }, runs: 100 }], { minimum: 0 });
    fireEvent.change(within(region).getByRole('combobox', { name: 'Status' }), { target: { value: 'resolved' } });
    logs.push(...(await fuzzForm(form, [{ target: { field, rule: resolution, required: true, read: (request) => bodyOf(request).resolution, messages: { required } }, runs: 100 }], { minimum: 0 })));
    expectRuns(logs);
  });

  it('the escalation’s case reference', async () => {
    const current = await complaintWithEtag('in_progress');
    await renderForm(<EscalationPanel current={current} canWrite onDirtyChange={noop} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record an escalation…' }));
    fireEvent.change(screen.getByLabelText(/Taken to the authority on/), { target: { value: '2026-11-02' } });
    const field = await screen.findByRole<TextField>('textbox', { name: /The authority's case reference/ });
    const save = screen.getByRole('button', { name: 'Save escalation' });
    const sent = catchRequests('patch', '/complaints/{complaintId}');
    await fuzzForm(buttonForm(field, save, sent), [
      {
        target: {
          field,
          rule: contractText('Escalation', 'authorityReference'),
          read: (request) => (bodyOf(request).escalation as { authorityReference?: string } | undefined)?.authorityReference,
          messages: { required: /^Give the authority's case reference\.$/ },
        },
        runs: 200,
      },
    ]);
  });

  it('the queue’s reference search', async () => {
    const { searches } = await renderFilters<ComplaintListQuery>('/complaints', (query, onChange) => <ComplaintFilters query={query} canReadStaff={false} onClear={noop} onChange={onChange} />);
    const field = await screen.findByRole<TextField>('searchbox', { name: 'Reference' });
    const button = screen.getByRole('button', { name: 'Search' });
    await fuzzForm({ anchor: field, sent: searches, submit: () => fireEvent.click(button) }, [
      { target: { field, rule: contractParam('get', '/complaints', 'q'), read: (search) => bodyOf(search).q }, runs: 200, arbitrary: badText(100) },
    ]);
  });
});
