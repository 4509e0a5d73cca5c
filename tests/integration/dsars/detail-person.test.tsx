import { screen, waitFor, within } from '@testing-library/react';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import { getDb } from '@mocks/db';
import { STAFF } from '@mocks/db/core';
import { dsarArea, dsarId } from '@mocks/db/dsars';
import { TODAY_DAY } from '@mocks/db/people';
import { formatDay } from '@mocks/lib/deadlines';
import { renderRoute } from '../../utils/render';
import { findDsar } from './detail-fixtures';

const TODAY = formatDay(TODAY_DAY);
const staffId = (username: string) => STAFF.find((member) => member.username === username)?.id ?? '';
const JAN = staffId('jan.devries');

/** A colleague records a date on the checklist behind the page's back, so the page's ETag is stale. */
async function recordBehindTheBack(id: string, recipientIndex: number) {
  const { data, etag } = await unwrapWithEtag(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: id } } }));
  const recipient = data.items[recipientIndex];
  if (!recipient) throw new Error('no such recipient');
  await unwrap(
    api.PUT('/dsars/{dsarId}/recipient-notifications', {
      params: { path: { dsarId: id }, header: { ...csrfHeader, 'If-Match': etag } },
      body: { items: [{ recipientId: recipient.recipientId, sentOn: TODAY, confirmedOn: null }] },
    }),
  );
  return recipient.name;
}

describe('DSAR detail: recipients to inform, what is held, related cases', { timeout: 60_000 }, () => {
  it('records when recipients of an erasure were informed, and refuses a confirmation without a sending date', async () => {
    const summary = await findDsar('privacy_officer', { type: ['erasure'], status: ['in_progress'] });
    const { user } = await renderRoute(`/dsars/${summary.id}`);

    const panel = await screen.findByRole('region', { name: 'Recipients to inform (GDPR Art. 19)' });
    const table = await within(panel).findByRole('table', { name: /Recipients, with the date/ });
    const first = within(table).getAllByRole('rowheader')[0];
    const name = first?.querySelector('p')?.textContent ?? '';
    expect(name).not.toBe('');
    expect(within(panel).getByText(/^0 of \d+ informed, 0 confirmed$/)).toBeInTheDocument();

    await user.type(within(panel).getByLabelText(`Confirmed on, ${name}`), TODAY);
    await user.click(within(panel).getByRole('button', { name: 'Save dates' }));
    expect(within(panel).getByLabelText(`Confirmed on, ${name}`)).toHaveAccessibleDescription('Give the date it was informed first.');

    await user.type(within(panel).getByLabelText(`Informed on, ${name}`), TODAY);
    await user.click(within(panel).getByRole('button', { name: 'Save dates' }));
    await waitFor(() => expect(within(panel).getByText(/^1 of \d+ informed, 1 confirmed$/)).toBeInTheDocument());
    expect(await within(table).findAllByText('Confirmed')).toHaveLength(1);
    const saved = await unwrap(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: summary.id } } }));
    expect(saved.items.find((item) => item.name === name)).toMatchObject({ sentOn: TODAY, confirmedOn: TODAY });
    const timeline = await screen.findByRole('list', { name: 'Timeline and notes' });
    expect(await within(timeline).findByText('Recipients to inform (GDPR Art. 19) updated')).toBeInTheDocument();
  });

  it('keeps the typed dates on a 412, names the recipient a colleague changed, and re-applies', async () => {
    const summary = await findDsar('privacy_officer', { type: ['rectification'], status: ['in_progress'] });
    const { user } = await renderRoute(`/dsars/${summary.id}`);
    const panel = await screen.findByRole('region', { name: 'Recipients to inform (GDPR Art. 19)' });
    const table = await within(panel).findByRole('table', { name: /Recipients, with the date/ });
    const names = within(table).getAllByRole('rowheader').map((header) => header.querySelector('p')?.textContent ?? '');
    const mine = names[0] ?? '';

    await user.type(within(panel).getByLabelText(`Informed on, ${mine}`), TODAY);
    const theirs = await recordBehindTheBack(summary.id, 1);
    await user.click(within(panel).getByRole('button', { name: 'Save dates' }));

    const conflict = await within(panel).findByRole('alert');
    expect(conflict).toHaveTextContent(`Changed meanwhile: ${theirs}.`);
    expect(within(panel).getByLabelText(`Informed on, ${mine}`)).toHaveValue(TODAY);
    // Leaving now would lose the draft: the guard asks first.
    await user.click(screen.getByRole('link', { name: 'Back to the requests' }));
    const leave = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(leave).getByRole('button', { name: 'Stay on this page' }));

    await user.click(within(conflict).getByRole('button', { name: 'Re-apply my change' }));
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
    const saved = await unwrap(api.GET('/dsars/{dsarId}/recipient-notifications', { params: { path: { dsarId: summary.id } } }));
    expect(saved.items.find((item) => item.name === mine)?.sentOn).toBe(TODAY);
  });

  it('shows an access request what Engcode holds, without the data, and no Art. 19 checklist', async () => {
    const summary = await findDsar('privacy_officer', { type: ['access'], plan: ['business'], status: ['in_progress'] });
    await renderRoute(`/dsars/${summary.id}`);
    const panel = await screen.findByRole('region', { name: 'What Engcode holds about the person' });
    expect(await within(panel).findByText(/Engcode holds this data on behalf of .+, the controller/)).toBeInTheDocument();
    expect(within(panel).getByText('Account (name, email)')).toBeInTheDocument();
    expect(within(panel).getByRole('table', { name: 'Consents now' })).toBeInTheDocument();
    // Categories only: no email address (the account data itself) appears.
    expect(panel.textContent).not.toMatch(/[\w.]+@[\w-]+\.[a-z]{2,}/);
    expect(screen.queryByRole('region', { name: 'Recipients to inform (GDPR Art. 19)' })).not.toBeInTheDocument();
  });

  it('links the person’s other requests, and tells support how many a colleague handles', async () => {
    const records = getDb().area(dsarArea).records;
    const counts = new Map<number, number>();
    for (const record of records) counts.set(record.personIndex, (counts.get(record.personIndex) ?? 0) + 1);
    const record = records.find((candidate) => (counts.get(candidate.personIndex) ?? 0) > 1);
    if (!record) throw new Error('nobody with two requests');
    const { user } = await renderRoute(`/dsars/${dsarId(record)}`);

    const panel = await screen.findByRole('region', { name: "The person's other requests and complaints" });
    const others = await within(panel).findByRole('list', { name: /other requests?$/ });
    const link = within(others).getAllByRole('link')[0];
    if (!link) throw new Error('no link');
    const reference = link.textContent ?? '';
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: `Request ${reference}` })).toBeInTheDocument();
  });

  it('counts, without showing, the person’s requests a colleague handles (support)', async () => {
    const records = getDb().area(dsarArea).records;
    const byPerson = new Map<number, typeof records>();
    for (const record of records) byPerson.set(record.personIndex, [...(byPerson.get(record.personIndex) ?? []), record]);
    // A request support may open (unassigned) whose person has another one a colleague handles.
    const mayOpen = (record: (typeof records)[number]) => record.assigneeId === null || record.assigneeId === JAN;
    const group = [...byPerson.values()].find((requests) => requests.some(mayOpen) && requests.some((record) => !mayOpen(record)));
    const visible = group?.find(mayOpen);
    if (!group || !visible) throw new Error('no person with a request support may open and one a colleague handles');
    const hidden = group.filter((record) => !mayOpen(record)).length;
    await renderRoute(`/dsars/${dsarId(visible)}`, { role: 'support' });

    const panel = await screen.findByRole('region', { name: "The person's other requests and complaints" });
    expect(await within(panel).findByText(hidden === 1 ? '1 more request is handled by a colleague.' : `${hidden} more requests are handled by colleagues.`)).toBeInTheDocument();
    for (const link of within(panel).queryAllByRole('link')) {
      const shown = group.find((record) => record.reference === link.textContent);
      if (shown) expect([null, JAN]).toContain(shown.assigneeId);
    }
  });
});
