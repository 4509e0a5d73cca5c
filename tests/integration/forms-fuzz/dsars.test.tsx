import '@/features/dsars/translations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import type { Permission } from '@/api/types';
import { DescriptionPanel } from '@/features/dsars/components/detail/description-panel';
import { ExtensionPanel } from '@/features/dsars/components/detail/extension-panel';
import { PersonPanel } from '@/features/dsars/components/detail/person-panel';
import { TimelinePanel } from '@/features/dsars/components/detail/timeline-panel';
import { TransitionActions } from '@/features/dsars/components/detail/transition-actions';
import { DsarViewerContext } from '@/features/dsars/components/detail/viewer-context';
import { ExportDialog } from '@/features/dsars/components/queue/export-dialog';
import { InternalTargetSetting } from '@/features/dsars/components/queue/internal-target-setting';
import { QueueFilters } from '@/features/dsars/components/queue/queue-filters';
import { RecipientChecklistPanel } from '@/features/dsars/components/detail/recipient-checklist-panel';
import type { DsarListQuery } from '@/features/dsars/api/dsar-keys';
import { api, unwrap } from '@/api/client';
import { canOfferExtension } from '@/features/dsars/lib/dsar-changes';
import { findDsar, getDsarWithEtag } from '../dsars/detail-fixtures';
import { signInAs } from '../../utils/render';
import { arbitraries, badText, bodyOf, buttonForm, catchRequests, contractParam, contractText, expectRuns, fieldMessage, fuzzForm, idle, injectedMarkup, paste, releaseRequests, renderFilters, renderForm, show, withoutOwnerStacks, type Sent, type TextField } from './fuzz-kit';

// The DSAR area's forms (fuzz-kit.ts lists every form of the app): the internal note, the
// description, the extension, the transitions (evidence, employer's instruction, rejection
// explanation, note), the queue's export reason, the reveal reason, the queue's search, the
// internal target (a number field) and the Art. 19 checklist (date fields).

const noop = () => {};
const WORK: Permission[] = ['dsars_read', 'dsars_work', 'people_reveal'];

async function listDsars(query: { status: Array<'in_progress' | 'received'> }) {
  await signInAs('privacy_officer');
  return (await unwrap(api.GET('/dsars', { params: { query: { pageSize: 100, ...query } } }))).items;
}

function asViewer(ui: React.ReactNode) {
  return <DsarViewerContext.Provider value={{ user: null, permissions: WORK }}>{ui}</DsarViewerContext.Provider>;
}

async function textbox(within_: HTMLElement, name: RegExp | string): Promise<TextField> {
  return await within(within_).findByRole<TextField>('textbox', { name });
}

describe('DSAR forms under generated bad input', { timeout: 120_000 }, () => {
  it('the internal note: every bad text is refused with its reason or saved exactly as typed, and shown as text', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    await renderForm(asViewer(<TimelinePanel dsarId={summary.id} onDraftChange={noop} />));
    const region = await screen.findByRole('region', { name: 'Timeline and notes' });
    const field = await textbox(region, 'New internal note');
    const button = within(region).getByRole('button', { name: 'Add note' });
    const sent = catchRequests('post', '/dsars/{dsarId}/notes');
    await fuzzForm(buttonForm(field, button, sent), [
      { target: { field, rule: contractText('NoteCreate', 'text'), read: (request) => bodyOf(request).text, messages: { required: /^Write the note first\.$/ } }, runs: 200 },
    ]);

    // A few valid notes go to the mock API for real: stored as typed, echoed as text.
    releaseRequests();
    for (const text of ['<img src=x onerror=alert(1)> 😀', 'שלום \u202eabc\u202c {{7*7}}', 'e\u0301 <script>alert(1)</script>']) {
      fireEvent.change(field, { target: { value: text } });
      fireEvent.click(button);
      const list = await within(region).findByRole('list', { name: 'Timeline and notes' });
      await waitFor(() => expect(within(list).getByText(text)).toBeInTheDocument());
      expect(field).toHaveValue('');
      expect(injectedMarkup()).toBeNull();
    }
  });

  it('the description', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { data, etag } = await getDsarWithEtag(summary.id);
    await renderForm(asViewer(<DescriptionPanel dsar={data} etag={etag} onDraftChange={noop} />));
    fireEvent.click(await screen.findByRole('button', { name: 'Edit description' }));
    const field = await textbox(document.body, 'Description');
    const button = screen.getByRole('button', { name: 'Save description' });
    const sent = catchRequests('patch', '/dsars/{dsarId}');
    await fuzzForm(buttonForm(field, button, sent), [
      { target: { field, rule: contractText('DsarPatch', 'description'), read: (request) => bodyOf(request).description, messages: { required: /^Describe what the person asks\.$/ } }, runs: 200 },
    ]);
  });

  it('the extension', async () => {
    const candidates = await listDsars({ status: ['in_progress', 'received'] });
    let found: Awaited<ReturnType<typeof getDsarWithEtag>> | null = null;
    for (const candidate of candidates) {
      found = await getDsarWithEtag(candidate.id);
      if (canOfferExtension(found.data)) break;
    }
    if (!found || !canOfferExtension(found.data)) throw new Error('No request that can be extended');
    const { data, etag } = found;
    await renderForm(asViewer(<ExtensionPanel dsar={data} etag={etag} onDraftChange={noop} />));
    fireEvent.click(await screen.findByRole('button', { name: 'Extend the deadline' }));
    const dialog = await screen.findByRole('dialog', { name: 'Extend the deadline' });
    fireEvent.change(within(dialog).getByLabelText(/Date the person was informed/), { target: { value: '2026-11-20' } });
    const field = await textbox(dialog, /Reason for the extension/);
    const button = within(dialog).getByRole('button', { name: 'Extend by two months' });
    const sent = catchRequests('post', '/dsars/{dsarId}/extension');
    const tooShort = /^Give a reason of at least 10 characters\.$/;
    await fuzzForm(buttonForm(field, button, sent), [
      { target: { field, rule: contractText('DsarExtensionRequest', 'reason'), read: (request) => bodyOf(request).reason, messages: { required: tooShort, tooShort } }, runs: 200 },
    ]);
  });

  it('the transitions: evidence checked, the employer’s instruction, the rejection explanation and the note', async () => {
    const required = /^Fill in this field\.$/;
    const step = async (status: 'identity_verification' | 'awaiting_employer' | 'in_progress', to: string) => {
      const summary = await findDsar('privacy_officer', { status: [status] });
      const { data, etag } = await getDsarWithEtag(summary.id);
      const view = await renderForm(asViewer(<TransitionActions dsar={data} etag={etag} onDraftChange={noop} />));
      fireEvent.click(await screen.findByRole('button', { name: `Move to ${to}` }));
      const dialog = await screen.findByRole('dialog', { name: `Move to ${to}` });
      const button = within(dialog).getByRole('button', { name: `Move to ${to}` });
      return { view, dialog, button };
    };
    const rule = (name: string) => contractText('DsarTransitionRequest', name);

    const verify = await step('identity_verification', 'In progress');
    const evidence = await textbox(verify.dialog, /Evidence checked/);
    const note = await textbox(verify.dialog, /Note for the timeline/);
    const sent = catchRequests('post', '/dsars/{dsarId}/transitions');
    fireEvent.change(note, { target: { value: 'Checked.' } });
    const logs = await fuzzForm(buttonForm(evidence, verify.button, sent), [
      { target: { field: evidence, rule: rule('evidenceChecked'), required: true, read: (request) => bodyOf(request).evidenceChecked, messages: { required }, keep: 'Name and date of birth matched.' }, runs: 50 },
      { target: { field: note, rule: rule('note'), read: (request) => bodyOf(request).note }, runs: 50 },
    ], { minimum: 0 });
    verify.view.unmount();

    const employer = await step('awaiting_employer', 'In progress');
    const instruction = await textbox(employer.dialog, /The employer's instruction/);
    logs.push(
      ...(await fuzzForm(buttonForm(instruction, employer.button, sent), [
        { target: { field: instruction, rule: rule('employerInstruction'), required: true, read: (request) => bodyOf(request).employerInstruction, messages: { required } }, runs: 50 },
      ], { minimum: 0 })),
    );
    employer.view.unmount();

    const rejecting = await step('in_progress', 'Rejected');
    fireEvent.change(within(rejecting.dialog).getByRole('combobox', { name: /Ground for rejection/ }), { target: { value: 'excessive' } });
    const explanation = await textbox(rejecting.dialog, /Explanation sent to the person/);
    logs.push(
      ...(await fuzzForm(buttonForm(explanation, rejecting.button, sent), [
        { target: { field: explanation, rule: rule('rejectionExplanation'), required: true, read: (request) => bodyOf(request).rejectionExplanation, messages: { required } }, runs: 50 },
      ], { minimum: 0 })),
    );
    expectRuns(logs);
  });

  it('the queue’s export reason', async () => {
    await renderForm(<ExportDialog query={{ sort: 'dueOn' }} totalItems={12} masked={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export the filtered requests' });
    const field = await textbox(dialog, /Reason for the export/);
    const button = within(dialog).getByRole('button', { name: 'Download' });
    const sent = catchRequests('get', '/dsars/export');
    const tooShort = /^Say why you need this export \(at least 3 characters\)\.$/;
    await fuzzForm(buttonForm(field, button, sent), [
      { target: { field, rule: contractParam('get', '/dsars/export', 'reason'), read: (request) => request.url.searchParams.get('reason'), messages: { required: tooShort, tooShort } }, runs: 200 },
    ]);
  });

  it('the reveal reason (the shared dialog of DSARs, people and complaints)', async () => {
    const summary = await findDsar('privacy_officer', { status: ['in_progress'] });
    const { data } = await getDsarWithEtag(summary.id);
    await renderForm(asViewer(<PersonPanel person={data.person} />));
    fireEvent.click(await screen.findByRole('button', { name: 'Reveal identity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reveal the identity' });
    const field = await textbox(dialog, /Why do you need the identity/);
    const button = within(dialog).getByRole('button', { name: 'Reveal' });
    const sent = catchRequests('post', '/people/{personId}/reveal');
    const tooShort = /^Give a reason \(at least 3 characters\)\.$/;
    await fuzzForm(buttonForm(field, button, sent), [
      { target: { field, rule: contractText('RevealRequest', 'reason'), read: (request) => bodyOf(request).reason, messages: { required: tooShort, tooShort } }, runs: 200 },
    ]);
  });

  it('the queue’s search', async () => {
    const { searches, latest } = await renderFilters<DsarListQuery>('/dsars', (query, onChange) => <QueueFilters query={query} canReadStaff={false} onClear={noop} onChange={onChange} />);
    const field = await screen.findByRole<TextField>('searchbox', { name: /^Search/ });
    // The search is sent as you type (debounced); Enter sends it at once.
    await fuzzForm({ anchor: field, sent: searches, submit: () => fireEvent.keyDown(field, { key: 'Enter' }), current: latest }, [
      { target: { field, rule: contractParam('get', '/dsars', 'q'), read: (search) => bodyOf(search).q }, runs: 200, arbitrary: badText(100) },
    ]);
  });

  it('the internal target: a whole number of days, whatever is pasted into it', async () => {
    await renderForm(<InternalTargetSetting />);
    fireEvent.click(await screen.findByRole('button', { name: /^Internal target:/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Internal target' });
    const field = within(dialog).getByRole<TextField>('textbox', { name: /Days before the legal due date/ });
    const save = within(dialog).getByRole('button', { name: 'Save target' });
    const sent = catchRequests('put', '/dsar-settings');
    const numberish = fc.constantFrom('0', '27', '28', '-1', '3.5', '1e3', '٣', '０７', '0027', ' 5 ', '9'.repeat(30), '5\u0000', '1,000', '+3', '½');
    let accepted = 0;
    let refused = 0;
    await withoutOwnerStacks(() =>
      fc.assert(
        fc.asyncProperty(fc.oneof(numberish, badText(10), arbitraries.markup), async (raw) => {
          const before = sent.length;
          paste(field, raw);
          // The field keeps digits only (the number input drops everything else as it is typed).
          expect(field.value, show(raw)).toMatch(/^-?\d*(\.\d*)?$/);
          fireEvent.click(save);
          // Valid: digits only, 0 to 27 ("-0" and "3.5" are not whole days in this field's terms).
          const days = /^\d+$/.test(field.value) ? Number(field.value) : NaN;
          if (Number.isInteger(days) && days >= 0 && days <= 27) {
            expect(fieldMessage(field), show(raw)).toBeNull();
            await waitFor(() => expect(sent.length).toBe(before + 1), { interval: 2, onTimeout: (error) => error });
            // What is saved is the number on screen.
            expect(bodyOf(sent[before] as Sent).internalTargetDays).toBe(days);
            await idle(save)();
            accepted += 1;
          } else {
            expect(fieldMessage(field), show(raw)).toBe('Give a whole number from 0 to 27: a month has at least 28 days.');
            expect(sent.length).toBe(before);
            refused += 1;
          }
          expect(dialog.isConnected).toBe(true);
          expect(injectedMarkup()).toBeNull();
        }),
        { numRuns: 200 },
      ),
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it('the Art. 19 checklist: its date fields hold a date or nothing, whatever is pasted into them', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 100, status: ['in_progress'] } } }));
    let chosen: (typeof list.items)[number] | undefined;
    for (const candidate of list.items) {
      const checklist = await unwrap(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: candidate.id } } }));
      if (checklist.items.length > 0) {
        chosen = candidate;
        break;
      }
    }
    if (!chosen) throw new Error('No request with recipients to inform');
    const { data } = await getDsarWithEtag(chosen.id);
    await renderForm(asViewer(<RecipientChecklistPanel dsar={data} onDraftChange={noop} />));
    const region = await screen.findByRole('form', { name: /Recipients to inform/ });
    const dates = await within(region).findAllByLabelText(/^(Informed on|Confirmed on), /);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: dates.length - 1 }), badText(10), (index, raw) => {
        const field = dates[index] as TextField;
        paste(field, raw);
        // A date input holds a calendar date or nothing: bad text never becomes a value to save.
        expect(field.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(field.value), show(raw)).toBe(true);
        expect(region.isConnected).toBe(true);
        expect(injectedMarkup()).toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
