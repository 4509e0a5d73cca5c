import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { api, unwrap } from '@/api/client';
import type { Schemas } from '@/api/types';
import { getDb } from '../../../mocks/db';
import { dsarArea } from '../../../mocks/db/dsars';
import { renderRoute, signInAs } from '../../utils/render';

// The mock's fixed "today" (Europe/Brussels), written here rather than read from the mock's clock.
const TODAY = '2026-11-25';
// The EEA as the GDPR defines it (EU 27 + Iceland, Liechtenstein, Norway), listed independently of the mock.
const EEA = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' ');

const dayNumber = (iso: string) => Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000);

async function allRecipients(): Promise<Schemas['Recipient'][]> {
  await signInAs('privacy_officer');
  const first = await unwrap(api.GET('/recipients', { params: { query: { pageSize: 100 } } }));
  expect(first.totalItems).toBeLessThanOrEqual(100);
  return first.items;
}

async function checkLink(name: RegExp) {
  const table = await screen.findByRole('table', { name: /checks? match/ });
  return within(table).getByRole('link', { name });
}

describe('compliance checks page', { timeout: 60_000 }, () => {
  it('shows the automatic checks measured from the data, matching counts recomputed from the seeded records', async () => {
    const recipients = await allRecipients();
    const processors = recipients.filter((r) => r.role === 'processor' || r.role === 'sub_processor');
    const signed = processors.filter((r) => r.agreement.status === 'signed' && (r.agreement.expiresOn === null || r.agreement.expiresOn >= TODAY));
    const abroad = recipients.filter((r) => !EEA.includes(r.country));
    const safeguarded = abroad.filter((r) => r.transferSafeguard !== 'none' && r.transferSafeguard !== 'not_applicable');
    // DSARs closed in the 90 days up to today, in time when closed on or before the (extended) due day.
    const today = dayNumber(TODAY);
    const closed = getDb().area(dsarArea).records.filter((r) => r.closedDay !== null && r.closedDay >= today - 89 && r.closedDay <= today);
    const inTime = closed.filter((r) => (r.closedDay ?? 0) <= (r.extensionDay !== null ? r.extendedDueDay : r.originalDueDay));
    expect(processors.length).toBeGreaterThan(0);
    expect(closed.length).toBeGreaterThan(0);
    // Material policy versions whose announcement went out with the policy date updated.
    const versions = (await unwrap(api.GET('/policy-versions', { params: { query: { pageSize: 100 } } }))).items.filter((version) => version.material);
    let announced = 0;
    for (const version of versions) {
      if (!version.announcementId) continue;
      const announcement = await unwrap(api.GET('/announcements/{announcementId}', { params: { path: { announcementId: version.announcementId } } }));
      if (announcement.policyDateUpdatedOn !== null) announced += 1;
    }

    const { user } = await renderRoute('/compliance?kind=automatic');
    expect(await screen.findByRole('heading', { level: 1, name: 'Compliance checks' })).toBeInTheDocument();

    await user.click(await checkLink(/Every processor has a signed agreement/));
    expect(await screen.findByText(new RegExp(`Measured today: ${signed.length} of ${processors.length} processors`))).toBeInTheDocument();
    expect(screen.getByText(signed.length < processors.length ? 'Fail' : 'Pass', { selector: '.mantine-Badge-label' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All compliance checks' }));
    await user.click(await checkLink(/Transfers outside the EEA/));
    expect(await screen.findByText(new RegExp(`Measured today: ${safeguarded.length} of ${abroad.length} recipients outside the EEA`))).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All compliance checks' }));
    await user.click(await checkLink(/Data subject requests answered in time/));
    expect(await screen.findByText(new RegExp(`Measured today: ${inTime.length} of ${closed.length} requests closed in the last 90 days`))).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'All compliance checks' }));
    await user.click(await checkLink(/Policy changes announced/));
    expect(await screen.findByText(new RegExp(`Measured today: ${announced} of ${versions.length} material policy versions`))).toBeInTheDocument();
  });

  it('opens the overview link to failing checks filtered, with every promise in Dutch and English', async () => {
    const { user } = await renderRoute('/compliance?outcome=fail');
    const table = await screen.findByRole('table', { name: '3 checks match' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(within(row).getByText('Fail')).toBeInTheDocument();

    const toggle = within(table).getByRole('button', { name: /Promise and method: Non-essential cookies expire within two years/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const quote = await within(table).findByText(/Met uitzondering van essentiële cookies, vervallen alle cookies/);
    expect(quote.closest('[lang="nl"]')).not.toBeNull();
    expect(within(table).getByText(/Except for essential cookies, every cookie used on our Site expires after two years/)).toBeInTheDocument();
    expect(within(table).getByText(/Cookie scan of engcode.be/)).toBeInTheDocument();
  });

  it('opens the overview link to open remediation as the remediation view, overdue ones marked in words', async () => {
    await signInAs('privacy_officer');
    const expected = await unwrap(api.GET('/remediation-actions', { params: { query: { status: ['open', 'in_progress'], pageSize: 100 } } }));
    await renderRoute('/compliance?view=remediation&status=open&status=in_progress');
    expect(await screen.findByRole('tab', { name: 'Remediation actions', selected: true })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: `${expected.totalItems} remediation actions match` });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(expected.totalItems);
    const statuses = within(table).getAllByLabelText(/^Status of/);
    expect(statuses.map((input) => (input as HTMLInputElement).value).filter((value) => value === 'Done')).toEqual([]);
    const overdue = expected.items.filter((action) => action.overdue);
    expect(within(table).queryAllByText('Overdue')).toHaveLength(overdue.length);
  });

  it('lets management read the checks and actions but change nothing', async () => {
    await renderRoute('/compliance?view=remediation', { role: 'management' });
    const table = await screen.findByRole('table', { name: /remediation actions match/ });
    expect(within(table).queryByRole('textbox')).toBeNull();
    expect(within(table).getAllByText(/^(Open|In progress|Done)$/).length).toBeGreaterThan(0);
  });

  it('shows the score with its explanation and each part linking to its check', async () => {
    await signInAs('management');
    const score = await unwrap(api.GET('/compliance-score'));
    const { user } = await renderRoute('/compliance', { role: 'management' });
    const panel = await screen.findByRole('region', { name: 'Compliance score' });
    expect(within(panel).getByText(score.explanation.en)).toBeInTheDocument();
    const parts = within(panel).getByRole('table', { name: /Each check's part in the score/ });
    expect(within(parts).getAllByRole('row').slice(1)).toHaveLength(score.parts.length);
    await user.click(within(parts).getByRole('link', { name: 'Payment page served over TLS' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Payment page served over TLS' })).toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Record a result' })).toBeNull();
  });

  it('keeps support staff out', async () => {
    await renderRoute('/compliance', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });
});
