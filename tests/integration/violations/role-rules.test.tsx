import { screen, waitFor, within } from '@testing-library/react';
import { server } from '@mocks/node';
import { api, unwrap } from '@/api/client';
import { ApiError } from '@/api/api-error';
import { renderRoute, signInAs } from '../../utils/render';
import { openRecord } from './open-record';

/** Every employee name in the register, read as the privacy officer. */
async function employeeNames() {
  await signInAs('privacy_officer');
  const list = await unwrap(api.GET('/violations', { params: { query: { pageSize: 100 } } }));
  return { names: [...new Set(list.items.map((record) => record.employeeName))], first: list.items[0]! };
}

/** The status a raw call answers with (the API client throws an ApiError for 4xx). */
async function statusOf(call: Promise<unknown>) {
  try {
    await unwrap(call as Promise<{ data?: unknown; error?: unknown; response: Response }>);
    return 200;
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

/** Paths of the violation requests the app makes while a test runs. */
function recordRequests() {
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/api/v1/violations')) seen.push(pathname);
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
}

describe('violation records: only the privacy officer', { timeout: 60_000 }, () => {
  for (const role of ['support', 'management'] as const) {
    it(`${role}: no navigation entry, "not permitted" by URL, no record asked for, and a 403 from the API`, async () => {
      const { names, first } = await employeeNames();
      const requests = recordRequests();
      await renderRoute(`/violations/${first.id}`, { role });

      expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: /main/i });
      expect(within(nav).queryByRole('link', { name: /Violations/ })).not.toBeInTheDocument();
      expect(within(nav).queryByRole('link', { name: /Audit log/ })).not.toBeInTheDocument();
      // The page never asked: the app sent no request for a record or the register.
      expect(requests.seen).toEqual([]);
      requests.stop();

      // And had it asked, the server would have refused.
      expect(await statusOf(api.GET('/violations'))).toBe(403);
      expect(await statusOf(api.GET('/violations/{violationId}', { params: { path: { violationId: first.id } } }))).toBe(403);
      for (const name of names) expect(document.body.textContent).not.toContain(name);
    });
  }

  it('management sees counts by quarter, severity, measure and department on the overview, and never a name', async () => {
    const { names } = await employeeNames();
    const { user } = await renderRoute('/', { role: 'management' });
    const section = await screen.findByRole('region', { name: 'Employee violations in figures' });
    expect(await within(section).findByRole('heading', { name: 'By quarter' })).toBeInTheDocument();

    await user.click(within(section).getByRole('radio', { name: 'Table' }));
    await user.selectOptions(within(section).getByRole('combobox', { name: 'Count by' }), 'byMeasure');
    const table = await within(section).findByRole('table', { name: 'By measure taken' });
    expect(within(table).getByRole('cell', { name: 'Written warning' })).toBeInTheDocument();

    const statistics = await unwrap(api.GET('/violation-statistics'));
    const answer = JSON.stringify(statistics);
    for (const name of names) {
      expect(answer).not.toContain(name);
      expect(document.body.textContent).not.toContain(name);
    }
  });

  it('support may not even see the counts', async () => {
    await signInAs('support');
    expect(await statusOf(api.GET('/violation-statistics'))).toBe(403);
    await renderRoute('/', { role: 'support' });
    await screen.findAllByRole('list');
    expect(screen.queryByRole('region', { name: 'Employee violations in figures' })).not.toBeInTheDocument();
  });
});

describe('violation records for the privacy officer', { timeout: 60_000 }, () => {
  it('opens the overview’s link as the filtered register, each read of a record audited, nothing left in the cache', async () => {
    await openRecord();
    const { user, queryClient, router } = await renderRoute('/violations?status=reported&status=under_investigation');
    const expected = await unwrap(api.GET('/violations', { params: { query: { status: ['reported', 'under_investigation'] } } }));
    const table = await screen.findByRole('table', { name: expected.totalItems === 1 ? '1 record' : `${expected.totalItems} records` });
    const statusGroup = screen.getByRole('group', { name: 'Investigation' });
    expect(within(statusGroup).getByRole('checkbox', { name: 'Under investigation' })).toBeChecked();
    expect(within(statusGroup).getByRole('checkbox', { name: 'Closed' })).not.toBeChecked();
    const first = expected.items[0]!;
    expect(within(table).getByText(first.employeeName, { selector: 'td' })).toBeInTheDocument();

    await user.click(within(table).getByRole('link', { name: first.reference }));
    expect(await screen.findByRole('heading', { level: 1, name: `Violation record ${first.reference}` })).toBeInTheDocument();
    expect(screen.getByText('Your opening of this record has been written to the audit log.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Back to the violation records' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/violations'));
    await screen.findByRole('table');
    // The record's query is gone once its page is (gcTime 0): no name lingers in memory.
    await waitFor(() => expect(queryClient.getQueryCache().findAll({ queryKey: ['violations', 'detail'] })).toHaveLength(0));

    const reads = await unwrap(api.GET('/audit-events', { params: { query: { action: ['read'], resourceType: ['violation'], pageSize: 1 } } }));
    expect(reads.items[0]).toMatchObject({ resourceId: first.id, actor: { displayName: 'Els Peeters' }, summary: `Read violation record ${first.reference}` });
    expect(reads.items[0]?.summary).not.toContain(first.employeeName);
  });

  it('records a measure only with its decision date and decider, and closing sets a retention date', async () => {
    const record = await openRecord();
    const { user } = await renderRoute(`/violations/${record.id}`);
    const form = await screen.findByRole('region', { name: 'Investigation and measure' });

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Measure' }), 'written_warning');
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(within(form).getByLabelText(/Decided by/)).toHaveAccessibleDescription('Fill this in.');

    await user.type(within(form).getByLabelText(/Decided on/), '2026-11-24');
    await user.type(within(form).getByLabelText(/Decided by/), 'Tom Hendrickx (HR) and Els Peeters');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Investigation' }), 'closed');
    expect(within(form).getByText(/Closing keeps the record for 5 years/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('This record is closed')).toBeInTheDocument();
    const saved = await unwrap(api.GET('/violations/{violationId}', { params: { path: { violationId: record.id } } }));
    expect(saved).toMatchObject({ measure: 'written_warning', decidedOn: '2026-11-24', decidedBy: 'Tom Hendrickx (HR) and Els Peeters', status: 'closed' });
    expect(saved.retentionUntil).toBe('2031-11-25');
    const updates = await unwrap(api.GET('/audit-events', { params: { query: { action: ['update'], resourceType: ['violation'], pageSize: 1 } } }));
    expect(updates.items[0]?.summary).toMatch(new RegExp(`^Updated violation record ${record.reference} \\(measure written_warning, status closed\\)$`));
  });

  it('opens a record from a complaint, with an idempotency key, and lands on it', async () => {
    await signInAs('privacy_officer');
    const complaints = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 1 } } }));
    const complaint = complaints.items[0]!;
    const { user, router } = await renderRoute(`/violations/new?complaintId=${complaint.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Open a violation record' });
    await user.click(screen.getByRole('button', { name: 'Open the record' }));
    expect(screen.getByRole('textbox', { name: /^Employee/ })).toHaveAccessibleDescription('Fill this in.');

    await user.type(screen.getByRole('textbox', { name: /^Employee/ }), 'Lotte Maes');
    await user.type(screen.getByRole('textbox', { name: /^Department/ }), 'Support');
    await user.type(screen.getByLabelText(/Date of the incident/), '2026-11-20');
    await user.type(screen.getByRole('textbox', { name: /^Reported by/ }), 'Teamleider');
    await user.type(screen.getByRole('textbox', { name: /^Section of the policy broken/ }), 'Beheer van uw informatie');
    await user.type(screen.getByRole('textbox', { name: /^The words of the policy/ }), 'Als u geen communicatie meer van ons wilt ontvangen…');
    await user.type(screen.getByRole('textbox', { name: /^What happened/ }), 'Opt-out by phone not recorded.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'high');
    await user.click(screen.getByRole('button', { name: 'Open the record' }));

    expect(await screen.findByRole('heading', { level: 1, name: /^Violation record VIO-2026-\d{4}$/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toMatch(/^\/violations\/[0-9a-f-]{36}$/);
    expect(screen.getByRole('link', { name: 'The complaint that revealed it' })).toHaveAttribute('href', `/complaints/${complaint.id}`);
  });
});
