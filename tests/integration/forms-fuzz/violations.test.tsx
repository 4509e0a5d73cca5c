import '@/features/violations/translations';
import { fireEvent, screen, within } from '@testing-library/react';
import { api, unwrapWithEtag } from '@/api/client';
import { ViolationCreatePage } from '@/features/violations/components/create/violation-create-page';
import { ViolationForm } from '@/features/violations/components/detail/violation-form';
import { SearchForm } from '@/components/list/search-field';
import { openRecord } from '../violations/open-record';
import { badText, bodyOf, buttonForm, catchRequests, contractParam, contractText, expectRuns, fuzzForm, renderFilters, renderForm, type Sent, type TextField } from './fuzz-kit';

// The violation records' forms with free text: opening a record (six texts), the investigation
// (what happened, who decided the measure) and the register's search.

const noop = () => {};
const required = /^Fill this in\.$/;

describe('violation forms under generated bad input', { timeout: 120_000 }, () => {
  it('opening a record: employee, department, reported by, policy section, the policy’s words and what happened', async () => {
    await renderForm(<ViolationCreatePage />);
    const textbox = async (name: RegExp) => await screen.findByRole<TextField>('textbox', { name });
    const fields = {
      employeeName: await textbox(/^Employee/),
      department: await textbox(/^Department/),
      reportedBy: await textbox(/^Reported by/),
      policySection: await textbox(/^Section of the policy broken/),
      policyQuote: await textbox(/^The words of the policy that were broken/),
      description: await textbox(/^What happened/),
    };
    const valid = { employeeName: 'Wout Jacobs', department: 'Marketing', reportedBy: 'Interne audit', policySection: 'Hoe we uw informatie beschermen', policyQuote: 'Wij beschermen uw gegevens.', description: 'A list was shared.' };
    for (const [name, field] of Object.entries(fields)) fireEvent.change(field, { target: { value: valid[name as keyof typeof valid] } });
    fireEvent.change(screen.getByLabelText(/Date of the incident/), { target: { value: '2026-11-16' } });
    const submit = screen.getByRole('button', { name: 'Open the record' });
    const sent = catchRequests('post', '/violations');
    await fuzzForm(
      buttonForm(submit, submit, sent),
      Object.entries(fields).map(([name, field]) => ({
        target: { field, rule: contractText('ViolationCreate', name), read: (request: Sent) => bodyOf(request)[name], messages: { required } },
        runs: 34,
      })),
    );
  });

  it('the investigation: what happened, and who decided the measure', async () => {
    const created = await openRecord();
    const current = await unwrapWithEtag(api.GET('/violations/{violationId}', { params: { path: { violationId: created.id } } }));
    await renderForm(<ViolationForm current={current} onDirtyChange={noop} />);
    const region = await screen.findByRole('region', { name: 'Investigation and measure' });
    const description = within(region).getByRole<TextField>('textbox', { name: /What happened/ });
    const decidedBy = within(region).getByRole<TextField>('textbox', { name: /Decided by/ });
    const save = within(region).getByRole('button', { name: 'Save' });
    const sent = catchRequests('patch', '/violations/{violationId}');
    const form = buttonForm(region, save, sent);
    const logs = await fuzzForm(
      form,
      [{ target: { field: description, rule: contractText('ViolationPatch', 'description'), read: (request) => bodyOf(request).description, messages: { required }, keep: 'Newsletter sent to a bought list.' }, runs: 100 }],
      { minimum: 0 },
    );
    // A measure is sent with its date and decider.
    fireEvent.change(within(region).getByRole('combobox', { name: 'Measure' }), { target: { value: 'written_warning' } });
    fireEvent.change(within(region).getByLabelText(/Decided on/), { target: { value: '2026-11-20' } });
    logs.push(...(await fuzzForm(form, [{ target: { field: decidedBy, rule: contractText('ViolationPatch', 'decidedBy'), read: (request) => bodyOf(request).decidedBy, messages: { required } }, runs: 100 }], { minimum: 0 })));
    expectRuns(logs);
  });

  it('the register’s search', async () => {
    // The page's search form as the page wires it: its search goes to the address.
    const { searches, latest } = await renderFilters<{ q?: string }>('/violations', (query, onChange) => (
      <SearchForm
        value={query.q}
        onChange={onChange}
        label="Search"
        description="Reference, department, policy section or description; never the employee's name."
        buttonLabel="Search"
        maw={520}
      />
    ));
    const field = await screen.findByRole<TextField>('searchbox', { name: /^Search/ });
    const button = screen.getByRole('button', { name: 'Search' });
    await fuzzForm({ anchor: field, sent: searches, submit: () => fireEvent.click(button), current: latest }, [
      { target: { field, rule: contractParam('get', '/violations', 'q'), read: (search) => bodyOf(search).q }, runs: 200, arbitrary: badText(100) },
    ]);
  });
});
