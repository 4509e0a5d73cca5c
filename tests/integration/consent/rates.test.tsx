import { screen, within } from '@testing-library/react';
import { formatDate, formatNumber, formatPercent } from '@/lib/format';
import { renderRoute } from '../../utils/render';
import { seededCounts, seededExpirations, type SeededCounts } from './seeded-counts';

const n = (value: number) => formatNumber(value, 'en');
const share = (numerator: number, denominator: number) => `${formatPercent(numerator / denominator, 'en', 1)} (${n(numerator)} of ${n(denominator)})`;

async function figure(name: string | RegExp) {
  return screen.findByRole('region', { name }, { timeout: 20_000 });
}

/** Switches a figure to its table and returns the table. */
async function tableOf(user: Awaited<ReturnType<typeof renderRoute>>['user'], region: HTMLElement) {
  await user.click(within(region).getByRole('radio', { name: 'Table' }));
  return within(region).getByRole('table');
}

function cells(table: HTMLElement, rowName: string | RegExp) {
  const row = within(table).getByRole('row', { name: rowName });
  return within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent ?? '');
}

/** Purpose table columns: purpose, asked, granted, refused, withdrawn, opt-in rate, consent rate. */
function expectPurposeRow(table: HTMLElement, label: string, expected: SeededCounts | undefined) {
  if (!expected) throw new Error(`no seeded counts for ${label}`);
  const [, asked, granted, refused, withdrawn, optIn, consent] = cells(table, new RegExp(`^${label}`));
  expect({ asked, granted, refused, withdrawn }).toEqual({ asked: n(expected.asked), granted: n(expected.granted), refused: n(expected.refused), withdrawn: n(expected.withdrawn) });
  expect(optIn).toBe(share(expected.granted, expected.asked));
  expect(consent).toBe(share(expected.granted, expected.granted + expected.refused + expected.withdrawn));
}

describe('consent analytics', { timeout: 90_000 }, () => {
  it('shows each purpose’s counts and both rates with their denominators, as recomputed from the seeded events', async () => {
    const { user } = await renderRoute('/consent?from=2026-01-01&to=2026-03-31&granularity=month', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Consent' })).toBeInTheDocument();
    const region = await figure('Rates per purpose');
    // Both rates are defined on screen, in words and as a division.
    const definitions = screen.getByRole('region', { name: 'How the rates are computed' });
    expect(within(definitions).getByText('granted ÷ people asked')).toBeInTheDocument();
    expect(within(definitions).getByText('granted ÷ (granted + refused + withdrawn)')).toBeInTheDocument();

    const expected = seededCounts('2026-01-01', '2026-03-31');
    const table = await tableOf(user, region);
    expectPurposeRow(table, 'Marketing by email', expected.get('marketing_email'));
    expectPurposeRow(table, 'Analytics and performance cookies', expected.get('cookies_analytics'));
    expectPurposeRow(table, 'Transactional email', expected.get('transactional_email'));
    expectPurposeRow(table, 'Email shared with LinkedIn', expected.get('social_linkedin'));
    // Strictly necessary cookies are listed as not consent-based, never with a rate.
    const necessary = cells(table, /^Strictly necessary cookies/);
    expect(necessary[1]).toBe('Not consent-based');
    expect(necessary.join(' ')).not.toMatch(/%/);

    // One month of the trend, recomputed on its own.
    const february = seededCounts('2026-02-01', '2026-02-28').get('marketing_email');
    const trend = await tableOf(user, await figure('Marketing by email over time'));
    const [, asked, granted, refused, withdrawn, optIn, consent] = cells(trend, /^Feb 2026/);
    expect([asked, granted, refused, withdrawn]).toEqual([february?.asked, february?.granted, february?.refused, february?.withdrawn].map((value) => n(value ?? -1)));
    expect(optIn).toBe(share(february?.granted ?? 0, february?.asked ?? 0));
    expect(consent).toBe(share(february?.granted ?? 0, (february?.granted ?? 0) + (february?.refused ?? 0) + (february?.withdrawn ?? 0)));
  });

  it('recomputes another period and purpose, broken down, from the URL', async () => {
    const { user } = await renderRoute('/consent?from=2025-09-01&to=2025-10-31&granularity=month&purpose=cookies_targeting&groupBy=policy_version', { role: 'privacy_officer' });
    const expected = seededCounts('2025-09-01', '2025-10-31');
    const table = await tableOf(user, await figure('Rates per purpose'));
    expectPurposeRow(table, 'Targeting cookies', expected.get('cookies_targeting'));
    expectPurposeRow(table, 'Marketing by phone', expected.get('marketing_phone'));
    // The breakdown by policy version: the banner redesign came with v2.1.0 on 1 September 2025.
    const trend = await tableOf(user, await figure('Targeting cookies over time'));
    expect(within(trend).getByRole('columnheader', { name: 'Policy version' })).toBeInTheDocument();
    const september = cells(trend, /^Sept? 2025 Policy v2\.1\.0/);
    expect(september[2]).toBe(n(seededCounts('2025-09-01', '2025-09-30').get('cookies_targeting')?.asked ?? -1));
  });

  it('marks the October 2026 withdrawal spike on the withdrawals figure, in its summary and its table', async () => {
    const { user } = await renderRoute('/consent?from=2026-08-03&to=2026-11-22&granularity=week', { role: 'management' });
    const region = await figure('Marketing by email: withdrawals');
    expect(within(region).getByText(/1 spike marked: week of 5 Oct 2026/)).toBeInTheDocument();
    // The rate's summary names it too: the spike is what pulls that week's rate down.
    expect(within(await figure('Marketing by email over time')).getByText(/No sharp drop\. 1 spike marked: week of 5 Oct 2026/)).toBeInTheDocument();
    const table = await tableOf(user, region);
    expect(cells(table, /^week of 5 Oct 2026/).at(-1)).toBe('Withdrawal spike');
    expect(cells(table, /^week of 28 Sept 2026|^week of 28 Sep 2026/).at(-1)).toBe('');
  });

  it('compares two periods: the comparison’s rates and the change in points', async () => {
    const { user } = await renderRoute('/consent?from=2026-01-01&to=2026-03-31&granularity=month&compare=year', { role: 'management' });
    const region = await figure('Rates per purpose');
    expect(within(region).getByText(new RegExp(`Compared with ${formatDate('2025-01-01', 'en')} to ${formatDate('2025-03-31', 'en')}`))).toBeInTheDocument();
    const table = await tableOf(user, region);
    const now = seededCounts('2026-01-01', '2026-03-31').get('marketing_email');
    const before = seededCounts('2025-01-01', '2025-03-31').get('marketing_email');
    if (!now || !before) throw new Error('no counts');
    const row = cells(table, /^Marketing by email/);
    const decisions = (counts: SeededCounts) => counts.granted + counts.refused + counts.withdrawn;
    expect(row[7]).toBe(share(before.granted, decisions(before)));
    const change = Math.round((Math.round((now.granted / decisions(now)) * 10_000) / 10_000 - Math.round((before.granted / decisions(before)) * 10_000) / 10_000) * 1000) / 10;
    expect(row[8]).toBe(`${change > 0 ? '+' : change < 0 ? '−' : '±'}${formatNumber(Math.abs(change), 'en', { maximumFractionDigits: 1 })} points`);
  });

  it('counts the cookie consents lapsing within 30, 60 and 90 days, as recomputed from the seeded events', async () => {
    const { user } = await renderRoute('/consent', { role: 'management' });
    const [in30, in60, in90] = seededExpirations('2026-11-25');
    const region = await figure('Cookie consents about to lapse');
    expect(within(region).getByText(`${n(in30)} people will be asked again within 30 days, ${n(in60)} within 60 days and ${n(in90)} within 90 days (counted on ${formatDate('2026-11-25', 'en')}).`)).toBeInTheDocument();
    const table = await tableOf(user, region);
    expect(cells(table, /^90 days/)[1]).toBe(n(in90));
    expect(in30).toBeGreaterThan(0);
  });

  it('shows management rates only: no link to any person', async () => {
    await renderRoute('/consent', { role: 'management' });
    await figure('Rates per purpose');
    const links = screen.queryAllByRole('link').map((link) => link.getAttribute('href') ?? '');
    expect(links.filter((href) => href.startsWith('/people'))).toEqual([]);
  });

  it('is refused to support, who never sees rates', async () => {
    await renderRoute('/consent', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('offers only granularities the server accepts for the range, and keeps the choice in the URL', async () => {
    const { user, router } = await renderRoute('/consent?range=60m', { role: 'management' });
    await figure('Rates per purpose');
    expect(screen.getByRole('radio', { name: 'Day' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Month' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Quarter' }));
    expect(router.state.location.search).toBe('?range=60m&granularity=quarter');
    const trend = await tableOf(user, await figure('Marketing by email over time'));
    expect(await within(trend).findByRole('row', { name: /^Q4 2021/ }, { timeout: 20_000 })).toBeInTheDocument();
    expect(within(trend).getAllByRole('row')).toHaveLength(1 + 21);
  });
});
