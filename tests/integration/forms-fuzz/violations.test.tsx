import '@/features/violations/translations';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import { ViolationCreatePage } from '@/features/violations/components/create/violation-create-page';
import { ViolationForm } from '@/features/violations/components/detail/violation-form';
import { SearchForm } from '@/components/list/search-field';
import { signInAs } from '../../utils/render';
import { badText, catchRequests, contractParam, contractText, fuzzForm, idle, renderForm, type Sent, type TextField } from './fuzz-kit';

// The violation records' forms with free text: opening a record (six texts), the investigation
// (what happened, who decided the measure) and the register's search.

const bodyOf = (sent: Sent) => sent.body as Record<string, unknown>;
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
      { anchor: submit, sent, submit: () => fireEvent.click(submit), settle: idle(submit) },
      Object.entries(fields).map(([name, field]) => ({
        target: { field, rule: contractText('ViolationCreate', name), read: (request: Sent) => bodyOf(request)[name], messages: { required } },
        runs: 34,
      })),
    );
  });

  it('the investigation: what happened, and who decided the measure', async () => {
    await signInAs('privacy_officer');
    const created = await unwrap(
      api.POST('/violations', {
        params: { header: { ...csrfHeader, 'Idempotency-Key': crypto.randomUUID() } },
        body: {
          employeeName: 'Wout Jacobs',
          department: 'Marketing',
          policySection: 'Hoe we de verzamelde informatie gebruiken',
          policyQuote: 'Op het moment dat we uw informatie hebben verzameld…',
          description: 'Newsletter sent to a bought list.',
          occurredOn: '2026-11-16',
          reportedBy: 'Interne audit',
          severity: 'medium',
        },
      }),
    );
    const current = await unwrapWithEtag(api.GET('/violations/{violationId}', { params: { path: { violationId: created.id } } }));
    await renderForm(<ViolationForm current={current} onDirtyChange={noop} />);
    const region = await screen.findByRole('region', { name: 'Investigation and measure' });
    const description = within(region).getByRole<TextField>('textbox', { name: /What happened/ });
    const decidedBy = within(region).getByRole<TextField>('textbox', { name: /Decided by/ });
    const save = within(region).getByRole('button', { name: 'Save' });
    const sent = catchRequests('patch', '/violations/{violationId}');
    const form = { anchor: region, sent, submit: () => fireEvent.click(save), settle: idle(save) };
    const logs = await fuzzForm(
      form,
      [{ target: { field: description, rule: contractText('ViolationPatch', 'description'), read: (request) => bodyOf(request).description, messages: { required }, keep: 'Newsletter sent to a bought list.' }, runs: 100 }],
      { minimum: 0 },
    );
    // A measure is sent with its date and decider.
    fireEvent.change(within(region).getByRole('combobox', { name: 'Measure' }), { target: { value: 'written_warning' } });
    fireEvent.change(within(region).getByLabelText(/Decided on/), { target: { value: '2026-11-20' } });
    logs.push(...(await fuzzForm(form, [{ target: { field: decidedBy, rule: contractText('ViolationPatch', 'decidedBy'), read: (request) => bodyOf(request).decidedBy, messages: { required } }, runs: 100 }], { minimum: 0 })));
    expect(logs.reduce((total, log) => total + log.runs, 0)).toBeGreaterThanOrEqual(200);
  });

  it('the register’s search', async () => {
    // The page's search form as the page wires it (its search goes to the address); the list
    // around it is not what is tested, and re-rendering it per run would only cost time.
    const searches: Sent[] = [];
    let latest: Sent = { url: new URL('http://localhost/violations'), body: {} };
    function Harness() {
      const [q, setQ] = useState<string | undefined>(undefined);
      return (
        <SearchForm
          value={q}
          onSearch={(next) => {
            latest = { url: new URL('http://localhost/violations'), body: { q: next } };
            searches.push(latest);
            setQ(next);
          }}
          label="Search"
          description="Reference, department, policy section or description; never the employee's name."
          buttonLabel="Search"
          maw={520}
        />
      );
    }
    await renderForm(<Harness />);
    const field = await screen.findByRole<TextField>('searchbox', { name: /^Search/ });
    const button = screen.getByRole('button', { name: 'Search' });
    await fuzzForm({ anchor: field, sent: searches, submit: () => fireEvent.click(button), current: () => latest }, [
      { target: { field, rule: contractParam('get', '/violations', 'q'), read: (search) => bodyOf(search).q }, runs: 200, arbitrary: badText(100) },
    ]);
  });
});
