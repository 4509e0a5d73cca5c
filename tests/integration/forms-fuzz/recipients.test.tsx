import '@/features/recipients/translations';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { RecipientListQuery } from '@/features/recipients/api/recipient-keys';
import { RecordDisclosureButton } from '@/features/recipients/components/disclosures/record-disclosure';
import { RecipientEditPage } from '@/features/recipients/components/form/recipient-form-pages';
import { RegisterFilters } from '@/features/recipients/components/register/register-filters';
import { ExportButton } from '@/features/recipients/components/shared/export-button';
import { findRecipient } from '../recipients/fixtures';
import { badText, bodyOf, buttonForm, catchRequests, contractParam, contractText, fuzzForm, renderFilters, renderForm, webAddresses, type TextField } from './fuzz-kit';

// The recipients area's forms with free text: the register entry (create and edit are one form:
// name, owner, purposes, agreement reference, website), recording a disclosure (request reference,
// why the person was not told), the CSV export's reason (register and disclosures share the
// dialog) and the register's name search.

const noop = () => {};

describe('recipient forms under generated bad input', { timeout: 120_000 }, () => {
  it('the register entry: name, owner, a purpose, the agreement reference and the website', async () => {
    const recipient = await findRecipient('');
    await renderForm(<RecipientEditPage recipientId={recipient.id} />);
    const form = await screen.findByRole('form', { name: 'Save changes' });
    const field = (name: RegExp) => within(form).getByRole<TextField>('textbox', { name });
    const save = within(form).getByRole('button', { name: 'Save changes' });
    const sent = catchRequests('put', '/recipients/{recipientId}');
    const rule = (path: string) => contractText('RecipientInput', path);
    const required = /^Fill in this field\.$/;
    const website = within(form).getByRole<TextField>('textbox', { name: /Website/ });
    await fuzzForm(buttonForm(form, save, sent), [
      { target: { field: field(/^Name/), rule: rule('name'), read: (request) => bodyOf(request).name, messages: { required } }, runs: 40 },
      { target: { field: field(/^Owner at Engcode/), rule: rule('owner'), read: (request) => bodyOf(request).owner, messages: { required } }, runs: 40 },
      {
        target: { field: field(/^Purpose 1/), rule: rule('purposes[]'), read: (request) => (bodyOf(request).purposes as string[])[0], messages: { required: /^Describe this purpose, or remove it\.$/ } },
        runs: 40,
      },
      { target: { field: field(/^Agreement reference/), rule: rule('agreement.reference'), read: (request) => (bodyOf(request).agreement as { reference: string | null }).reference }, runs: 40 },
      {
        target: {
          field: website,
          rule: rule('website'),
          read: (request) => bodyOf(request).website,
          // The register keeps web addresses only: http or https.
          format: (text) => /^https?:\/\//i.test(text),
          messages: { format: /^(The website must start with http:\/\/ or https:\/\/\.|This is not a web address the register can keep: .*)$/ },
        },
        runs: 40,
        arbitrary: webAddresses(),
      },
    ]);
  });

  it('recording a disclosure: the request reference and why the person was not told', async () => {
    await renderForm(<RecordDisclosureButton />);
    fireEvent.click(await screen.findByRole('button', { name: 'Record disclosure' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a disclosure to an authority' });
    const authority = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: /Authority/ });
    await waitFor(() => expect(authority.options.length).toBeGreaterThan(1));
    fireEvent.change(authority, { target: { value: authority.options[1]?.value } });
    fireEvent.change(within(dialog).getByLabelText(/Date of the disclosure/), { target: { value: '2026-11-20' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Legal ground/ }), { target: { value: 'court_order' } });
    fireEvent.click(within(dialog).getAllByRole('checkbox')[0] as HTMLElement);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'No' }));
    const reference = within(dialog).getByRole<TextField>('textbox', { name: /Request reference/ });
    const reason = await within(dialog).findByRole<TextField>('textbox', { name: /Why the person was not told/ });
    fireEvent.change(reason, { target: { value: 'A gag order.' } });
    const button = within(dialog).getByRole('button', { name: 'Record disclosure' });
    const sent = catchRequests('post', '/disclosures');
    await fuzzForm(buttonForm(dialog, button, sent), [
      {
        target: {
          field: reference,
          rule: contractText('DisclosureCreate', 'requestReference'),
          read: (request) => bodyOf(request).requestReference,
          messages: { required: /^Give the authority's reference of the request\.$/ },
          keep: 'PV 2026/1234',
        },
        runs: 100,
      },
      {
        target: {
          field: reason,
          rule: contractText('DisclosureCreate', 'notNotifiedReason'),
          required: true,
          read: (request) => bodyOf(request).notNotifiedReason,
          messages: { required: /^Say why the person was not told \(for example a gag order\)\.$/ },
        },
        runs: 100,
      },
    ]);
  });

  it('the CSV export’s reason (the register’s and the disclosures’ dialog)', async () => {
    await renderForm(<ExportButton target={{ kind: 'register', query: {} }} label="Export register (CSV)" description="The whole register." />);
    fireEvent.click(await screen.findByRole('button', { name: 'Export register (CSV)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Export register (CSV)' });
    const field = within(dialog).getByRole<TextField>('textbox', { name: /Reason for the export/ });
    const button = within(dialog).getByRole('button', { name: 'Download CSV' });
    const sent = catchRequests('get', '/exports/recipients');
    const tooShort = /^Say why you need the export \(at least 3 characters\)\.$/;
    await fuzzForm(buttonForm(dialog, button, sent), [
      { target: { field, rule: contractParam('get', '/exports/recipients', 'reason'), read: (request) => request.url.searchParams.get('reason'), messages: { required: tooShort, tooShort } }, runs: 200 },
    ]);
  });

  it('the register’s name search', async () => {
    const { searches, latest } = await renderFilters<RecipientListQuery>('/recipients', (query, onChange) => <RegisterFilters query={query} onClear={noop} onChange={onChange} />);
    const field = await screen.findByRole<TextField>('searchbox', { name: 'Search by name' });
    // The search is sent as you type (debounced); Enter sends it at once.
    await fuzzForm({ anchor: field, sent: searches, submit: () => fireEvent.keyDown(field, { key: 'Enter' }), current: latest }, [
      { target: { field, rule: contractParam('get', '/recipients', 'q'), read: (search) => bodyOf(search).q }, runs: 200, arbitrary: badText(100) },
    ]);
  });
});
