import '@/features/audit/translations';
import '@/features/compliance/translations';
import '@/features/policies/translations';
import '@/features/reports/translations';
import { fireEvent, screen, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import { ExportDialog as AuditExportDialog } from '@/features/audit/components/export-dialog';
import { RecordResultForm } from '@/features/compliance/components/record-result-form';
import { NewVersionForm } from '@/features/policies/components/new-version-form';
import { isGreaterVersion } from '@/features/policies/lib/version-draft';
import { FreezeDialog } from '@/features/reports/components/freeze-dialog';
import { signInAs } from '../../utils/render';
import { bodyOf, buttonForm, catchRequests, contractParam, contractText, fuzzForm, renderForm, type Sent, type TextField } from './fuzz-kit';

// The oversight forms with free text: a compliance check's result with its remediation action,
// a new policy version, freezing the report and the audit log's export reason.

const noop = () => {};

describe('oversight forms under generated bad input', { timeout: 120_000 }, () => {
  it('a compliance check’s result: evidence, its reference, and the remediation action’s title and owner', async () => {
    await signInAs('privacy_officer');
    const checks = await unwrap(api.GET('/compliance-checks', { params: { query: { pageSize: 50 } } }));
    const manual = checks.items.find((check) => check.kind === 'manual');
    if (!manual) throw new Error('No manual check');
    const check = await unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: manual.id } } }));
    await renderForm(<RecordResultForm check={check} today="2026-11-25" />);
    const region = await screen.findByRole('region', { name: 'Record a result' });
    // A failure, so the remediation action is part of the result.
    fireEvent.click(within(region).getByRole('radio', { name: 'Fail' }));
    fireEvent.change(within(region).getByLabelText(/Due on/), { target: { value: '2026-12-15' } });
    const textbox = (name: RegExp) => within(region).getByRole<TextField>('textbox', { name });
    const evidence = textbox(/^Evidence\b(?! reference)/);
    const reference = textbox(/^Evidence reference/);
    const title = textbox(/^What will be done/);
    const owner = textbox(/^Owner/);
    fireEvent.change(evidence, { target: { value: 'Checked the retention job log.' } });
    fireEvent.change(title, { target: { value: 'Fix the retention job' } });
    if (owner.value === '') fireEvent.change(owner, { target: { value: 'IT' } });
    const submit = within(region).getByRole('button', { name: 'Record result' });
    const sent = catchRequests('post', '/compliance-checks/{checkId}/results');
    const rule = (path: string) => contractText('CheckResultCreate', path);
    const remediation = (request: Sent) => bodyOf(request).remediation as Record<string, string>;
    await fuzzForm(buttonForm(region, submit, sent), [
      { target: { field: evidence, rule: rule('evidence'), read: (request) => bodyOf(request).evidence, messages: { required: /^Describe the evidence: what was checked and what was found\.$/ } }, runs: 50 },
      { target: { field: reference, rule: rule('evidenceReference'), read: (request) => bodyOf(request).evidenceReference }, runs: 50 },
      { target: { field: title, rule: rule('remediation.title'), read: (request) => remediation(request).title, messages: { required: /^Say what will be done\.$/ } }, runs: 50 },
      { target: { field: owner, rule: rule('remediation.owner'), read: (request) => remediation(request).owner, messages: { required: /^Say who will do it\.$/ } }, runs: 50 },
    ]);
  });

  it('a new policy version: its number and the summaries in Dutch and English', async () => {
    const latest = '2.3.0';
    await renderForm(<NewVersionForm opened onClose={noop} latestVersion={latest} versionPath={(id) => `/policies/${id}`} />);
    const dialog = await screen.findByRole('dialog', { name: 'Publish a new policy version' });
    const version = within(dialog).getByRole<TextField>('textbox', { name: /Version number/ });
    const nl = within(dialog).getByRole<TextField>('textbox', { name: /Summary of changes \(Dutch\)/ });
    const en = within(dialog).getByRole<TextField>('textbox', { name: /Summary of changes \(English\)/ });
    fireEvent.change(within(dialog).getByLabelText(/In force from/), { target: { value: '2026-12-15' } });
    fireEvent.change(nl, { target: { value: 'Nieuwe bewaartermijnen.' } });
    fireEvent.change(en, { target: { value: 'New retention periods.' } });
    const submit = within(dialog).getByRole('button', { name: 'Publish and announce' });
    const sent = catchRequests('post', '/policy-versions');
    const summary = (request: Sent) => bodyOf(request).summary as { nl: string; en: string };
    await fuzzForm(buttonForm(dialog, submit, sent), [
      {
        target: {
          field: version,
          rule: contractText('PolicyVersionCreate', 'version'),
          required: true,
          // The form also asks for a number above the latest version.
          format: (text) => isGreaterVersion(text, latest),
          read: (request) => bodyOf(request).version,
          messages: { required: /^Use three numbers, like 1\.4\.0\.$/, format: /^(Use three numbers, like 1\.4\.0\.|The number must be greater than the latest version\.)$/ },
          keep: '2.4.0',
        },
        runs: 70,
      },
      { target: { field: nl, rule: contractText('LocalizedText', 'nl'), required: true, read: (request) => summary(request).nl, messages: { required: /^Summarise the changes in Dutch\.$/ }, keep: 'Nieuwe bewaartermijnen.' }, runs: 65 },
      { target: { field: en, rule: contractText('LocalizedText', 'en'), required: true, read: (request) => summary(request).en, messages: { required: /^Summarise the changes in English\.$/ } }, runs: 65 },
    ]);
  });

  it('freezing the report: the optional note', async () => {
    await renderForm(<FreezeDialog opened onClose={noop} period="2026-Q3" periodName="Q3 2026" frozenPath={(id) => `/reports/frozen/${id}`} />);
    const dialog = await screen.findByRole('dialog', { name: 'Freeze the report for Q3 2026' });
    const field = within(dialog).getByRole<TextField>('textbox', { name: /Note/ });
    const submit = within(dialog).getByRole('button', { name: 'Freeze' });
    const sent = catchRequests('post', '/frozen-reports');
    await fuzzForm(buttonForm(dialog, submit, sent), [
      { target: { field, rule: contractText('FreezeReportRequest', 'note'), read: (request) => bodyOf(request).note }, runs: 200 },
    ]);
  });

  it('the audit log’s export reason', async () => {
    await renderForm(<AuditExportDialog opened onClose={noop} query={{}} total={12} />);
    const dialog = await screen.findByRole('dialog', { name: 'Why are you exporting the audit log?' });
    const field = within(dialog).getByRole<TextField>('textbox', { name: /Reason/ });
    const submit = within(dialog).getByRole('button', { name: 'Export and record' });
    const sent = catchRequests('get', '/audit-events/export');
    const tooShort = /^Give a reason of at least 3 characters\.$/;
    await fuzzForm(buttonForm(dialog, submit, sent), [
      { target: { field, rule: contractParam('get', '/audit-events/export', 'reason'), read: (request) => request.url.searchParams.get('reason'), messages: { required: tooShort, tooShort } }, runs: 200 },
    ]);
  });
});
