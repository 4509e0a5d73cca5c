import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap } from '@/api/client';
import { renderRoute, signInAs } from '../../utils/render';

const PERIOD = '2026-Q3';
// The first report of a test computes consent rates over the seeded events: seconds on a busy machine.
const SLOW = { timeout: 30_000 };

/** The page's words, without the generated ids of Mantine's inline style tags. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const style of copy.querySelectorAll('style')) style.remove();
  return copy.textContent ?? '';
}

function keyFigure(section: HTMLElement, label: string): string {
  const node = within(section).getByText(label);
  return node.nextSibling?.textContent ?? '';
}

describe('compliance report', { timeout: 90_000 }, () => {
  it('shows management the period chosen in the URL, with every section and no personal data', async () => {
    await signInAs('management');
    const report = await unwrap(api.GET('/compliance-report', { params: { query: { period: PERIOD } } }));
    await renderRoute(`/reports?period=${PERIOD}`, { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Compliance report' })).toBeInTheDocument();
    const dsars = await screen.findByRole('region', { name: 'Data subject requests' }, SLOW);
    expect(keyFigure(dsars, 'Received')).toBe(new Intl.NumberFormat('en-BE').format(report.dsars.received));
    expect(keyFigure(dsars, 'Rejected')).toBe(String(report.dsars.rejected));
    for (const name of ['Complaints', 'Employee violations', 'Consent', 'Compliance checks', 'Third-party recipients', 'Policy announcements']) {
      expect(screen.getByRole('region', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('button', { name: 'Print' })).toBeEnabled();
    // Violations are counts by severity and measure only.
    const violations = screen.getByRole('region', { name: 'Employee violations' });
    expect(within(violations).queryByText(/Support|Engineering|Marketing|Finance|HR/)).toBeNull();
  });

  it('switches the period kind and keeps it in the URL', async () => {
    const { user, router } = await renderRoute(`/reports?period=${PERIOD}`, { role: 'management' });
    await screen.findByRole('region', { name: 'Data subject requests' }, SLOW);
    await user.click(screen.getByRole('radio', { name: 'Month' }));
    await waitFor(() => expect(router.state.location.search).toBe('?period=2026-09'));
    expect(await screen.findByText(/Covers 0?1 Sept 2026 to 30 Sept 2026/, {}, { timeout: 20_000 })).toBeInTheDocument();
  });

  it('freezes a report and reopens it exactly as it was after the data changed', async () => {
    const { user, router } = await renderRoute(`/reports?period=${PERIOD}`, { role: 'management' });
    await screen.findByRole('region', { name: 'Data subject requests' }, SLOW);
    await user.click(screen.getByRole('button', { name: 'Freeze this report' }));
    const dialog = await screen.findByRole('dialog', { name: /Freeze the report for Q3 2026/ });
    await user.type(within(dialog).getByRole('textbox', { name: /Note/ }), 'For the board, 2 December');
    await user.click(within(dialog).getByRole('button', { name: 'Freeze' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Frozen compliance report, Q3 2026' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText(/Frozen on .* by An Claes/)).toBeInTheDocument();
    expect(screen.getByText('Note: For the board, 2 December')).toBeInTheDocument();
    const reportId = router.state.location.pathname.split('/').pop() ?? '';
    const checksBefore = screen.getByRole('region', { name: 'Compliance checks' }).textContent;
    const documentBefore = visibleText(screen.getByRole('main'));

    // The data changes after freezing: a violation that happened in Q3 is recorded late.
    await signInAs('privacy_officer');
    await unwrap(
      api.POST('/violations', {
        params: { header: { ...csrfHeader, 'Idempotency-Key': crypto.randomUUID() } },
        body: {
          employeeName: 'Test Employee',
          department: 'Support',
          policySection: 'Beveiliging',
          policyQuote: 'De beveiliging van uw persoonlijke gegevens is belangrijk voor ons.',
          description: 'Shared a customer export over a personal mailbox.',
          occurredOn: '2026-08-14',
          reportedBy: 'Team lead',
          severity: 'high',
        },
      }),
    );
    await signInAs('management');
    const live = await unwrap(api.GET('/compliance-report', { params: { query: { period: PERIOD } } }));
    const frozen = await unwrap(api.GET('/frozen-reports/{reportId}', { params: { path: { reportId } } }));
    expect(live.violations.total).toBe(frozen.report.violations.total + 1);

    cleanup();
    await renderRoute(`/reports/frozen/${reportId}`, { role: 'management' });
    await screen.findByRole('heading', { level: 1, name: 'Frozen compliance report, Q3 2026' }, SLOW);
    expect(screen.getByRole('region', { name: 'Compliance checks' }).textContent).toBe(checksBefore);
    expect(visibleText(screen.getByRole('main'))).toBe(documentBefore);
    const violations = screen.getByRole('region', { name: 'Employee violations' });
    expect(within(violations).getByText(new RegExp(`^${frozen.report.violations.total} violations? of the policy`))).toBeInTheDocument();

    // The live report of the same period shows the new count; the frozen list links to the stored copy.
    cleanup();
    await renderRoute(`/reports?period=${PERIOD}`, { role: 'management' });
    const liveViolations = await screen.findByRole('region', { name: 'Employee violations' }, SLOW);
    expect(within(liveViolations).getByText(new RegExp(`^${live.violations.total} violations? of the policy`))).toBeInTheDocument();
    const frozenList = screen.getByRole('region', { name: 'Frozen reports' });
    expect(await within(frozenList).findByRole('link', { name: 'Q3 2026' })).toHaveAttribute('href', `/reports/frozen/${reportId}`);
  });

  it('keeps support staff out', async () => {
    await renderRoute('/reports', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});

