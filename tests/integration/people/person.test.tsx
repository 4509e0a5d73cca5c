import { screen, waitFor, within } from '@testing-library/react';
import { getDb } from '@mocks/db';
import { complaintsArea } from '@mocks/db/complaints';
import { currentConsents, personConsentEvents } from '@mocks/db/consent';
import { dsarArea } from '@mocks/db/dsars';
import { consentKeys } from '@/features/consent/api/consent-keys';
import { renderRoute } from '../../utils/render';

/** The first person whose current state of `purpose` is `state`. */
function personWith(purpose: string, state: string) {
  const db = getDb();
  for (let index = 0; index < 500; index += 1) {
    const person = db.person(index);
    if (currentConsents(personConsentEvents(db, person)).some((consent) => consent.purpose === purpose && consent.state === state)) return person;
  }
  throw new Error(`nobody has ${purpose} ${state}`);
}

async function pickOption(user: Awaited<ReturnType<typeof renderRoute>>['user'], container: HTMLElement, label: string | RegExp, option: string | RegExp) {
  await user.click(within(container).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('people', { timeout: 60_000 }, () => {
  it('finds a person by email without putting the email in the URL or a query key', async () => {
    const person = getDb().person(5);
    const { user, router, queryClient } = await renderRoute('/people', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Email address/ }), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByText('Enter an email address such as name@example.be.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /Email address/ }));
    await user.type(screen.getByRole('textbox', { name: /Email address/ }), person.email.toUpperCase());
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const link = await screen.findByRole('link', { name: new RegExp(person.accountReference) });
    expect(screen.getByText('1 person found')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(person.email);
    expect(router.state.location.search).toBe('');
    const keys = JSON.stringify(queryClient.getQueryCache().getAll().map((query) => query.queryKey));
    expect(keys.toLowerCase()).not.toContain(person.email.toLowerCase());
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: new RegExp(person.accountReference) })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/people/${person.id}`);
  });

  it('finds a person by account reference, and says so when nobody matches', async () => {
    const person = getDb().person(42);
    const { user } = await renderRoute('/people', { role: 'privacy_officer' });
    await user.click(await screen.findByRole('radio', { name: 'Account reference' }));
    await user.type(screen.getByRole('textbox', { name: /Account reference/ }), 'EC-1999999');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: 'No one found' })).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: /Account reference/ }));
    await user.type(screen.getByRole('textbox', { name: /Account reference/ }), person.accountReference.toLowerCase());
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('link', { name: new RegExp(person.accountReference) })).toHaveAttribute('href', `/people/${person.id}`);
  });

  it('shows the identity masked until revealed with a reason, and audits the reveal', async () => {
    const person = getDb().person(12);
    const { user } = await renderRoute(`/people/${person.id}`, { role: 'support' });
    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText(person.accountReference)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(person.email);
    expect(document.body.textContent).not.toContain(person.lastName);
    await user.click(within(identity).getByRole('button', { name: 'Reveal identity' }));
    const dialog = await screen.findByRole('dialog', { name: "Reveal this person's identity" });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    expect(within(dialog).getByText('Give a reason of at least 3 characters.')).toBeInTheDocument();
    expect(getDb().auditEvents.filter((event) => event.action === 'reveal')).toHaveLength(0);
    await user.click(within(dialog).getByRole('textbox', { name: /Reason/ }));
    await user.paste('Caller verified, asks about newsletter');
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    const revealed = await screen.findByRole('region', { name: 'Revealed identity' });
    expect(within(revealed).getByText(`${person.firstName} ${person.lastName}`)).toBeInTheDocument();
    expect(within(revealed).getByText(person.email)).toBeInTheDocument();
    expect(getDb().auditEvents.find((event) => event.action === 'reveal')).toMatchObject({ resourceId: person.id, reason: 'Caller verified, asks about newsletter' });
    await user.click(screen.getByRole('button', { name: 'Hide identity' }));
    expect(document.body.textContent).not.toContain(person.email);
  });

  it('shows plan, employer, the state of every purpose and the history with its evidence', async () => {
    const db = getDb();
    let index = 0;
    while (db.person(index).plan !== 'business') index += 1;
    const person = db.person(index);
    const { user, router } = await renderRoute(`/people/${person.id}`, { role: 'privacy_officer' });
    const identity = await screen.findByRole('region', { name: 'Identity' });
    expect(within(identity).getByText(/Business · the employer is the controller/)).toBeInTheDocument();
    expect(within(identity).getByText(db.organisation(person.employerIndex ?? 0).name)).toBeInTheDocument();
    const consents = screen.getByRole('region', { name: 'Consent now' });
    expect(within(consents).getAllByRole('row')).toHaveLength(13);
    expect(within(within(consents).getByRole('row', { name: /^Strictly necessary cookies/ })).getByText('Not consent-based')).toBeInTheDocument();
    const events = personConsentEvents(db, person);
    const history = screen.getByRole('region', { name: 'Consent history' });
    await waitFor(() => expect(within(history).getByText(`Showing 1–${Math.min(10, events.length)} of ${events.length}`)).toBeInTheDocument());
    const newest = [...events].sort((a, b) => (a.occurredAt < b.occurredAt ? 1 : -1))[0];
    expect(within(history).getAllByText(new RegExp(`policy v${newest?.policyVersion.version ?? ''}`)).length).toBeGreaterThan(0);
    expect(within(history).getAllByText(/^Evidence:/).length).toBe(Math.min(10, events.length));
    await user.click(within(history).getByRole('radio', { name: 'Oldest first' }));
    expect(router.state.location.search).toBe('?order=oldest');
  });

  it('links the person’s requests and complaints to their cases', async () => {
    const db = getDb();
    const complaint = db.area(complaintsArea).complaints[0];
    if (!complaint) throw new Error('no complaint');
    const person = db.person(complaint.personIndex);
    await renderRoute(`/people/${person.id}`, { role: 'privacy_officer' });
    const cases = await screen.findByRole('region', { name: 'Requests and complaints' });
    expect(await within(cases).findByRole('link', { name: complaint.reference })).toHaveAttribute('href', `/complaints/${complaint.id}`);
    const requests = db.area(dsarArea).records.filter((record) => record.personIndex === complaint.personIndex);
    for (const request of requests) expect(within(cases).getByRole('link', { name: request.reference }).getAttribute('href')).toMatch(/^\/dsars\/[0-9a-f-]{36}$/);
  });

  it('records an opt-out on the person’s behalf: required channel and reason, in the history at once, consent figures stale', async () => {
    const person = personWith('marketing_email', 'granted');
    const { user, queryClient } = await renderRoute(`/people/${person.id}`, { role: 'support' });
    // The consent page's figures, as if visited before: they must be refetched on their next load.
    const ratesKey = consentKeys.rate({ from: '2026-01-01', to: '2026-11-25', granularity: 'month' });
    queryClient.setQueryData(ratesKey, { from: '2026-01-01', to: '2026-11-25', granularity: 'month', groupBy: null, series: [] });
    queryClient.setQueryData(consentKeys.expirations(), { asOf: '2026-11-25', windows: [] });

    await user.click(await screen.findByRole('button', { name: 'Record a consent change' }));
    const dialog = await screen.findByRole('dialog', { name: "Record a consent change on the person's behalf" });
    await user.click(within(dialog).getByRole('button', { name: 'Record change' }));
    expect(within(dialog).getByText('Choose a purpose.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choose the channel the person used.')).toBeInTheDocument();
    expect(within(dialog).getByText('Give the reason for this change.')).toBeInTheDocument();

    await pickOption(user, dialog, /^Purpose/, /^Marketing by email/);
    expect(within(dialog).getByRole('radio', { name: 'Withdraw consent (opt out)' })).toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Grant consent (opt in)' })).toBeDisabled();
    await pickOption(user, dialog, /^Channel/, 'Support request');
    await user.click(within(dialog).getByRole('textbox', { name: /^Reason/ }));
    await user.paste('Called by phone to stop the newsletter');
    await user.click(within(dialog).getByRole('button', { name: 'Record change' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const history = screen.getByRole('region', { name: 'Consent history' });
    expect(await within(history).findByText('Recorded by Jan De Vries. Reason: Called by phone to stop the newsletter')).toBeInTheDocument();
    const consents = screen.getByRole('region', { name: 'Consent now' });
    await waitFor(() => expect(within(within(consents).getByRole('row', { name: /^Marketing by email/ })).getByText('Withdrawn')).toBeInTheDocument());
    expect(queryClient.getQueryState(ratesKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(consentKeys.expirations())?.isInvalidated).toBe(true);
    expect(getDb().auditEvents.find((event) => event.resourceType === 'consent_event')).toMatchObject({ action: 'create', reason: 'Called by phone to stop the newsletter' });
  });

  it('refuses management the search', async () => {
    await renderRoute('/people', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Search' })).not.toBeInTheDocument();
  });

  it('refuses management a person, even with a link', async () => {
    const person = getDb().person(1);
    await renderRoute(`/people/${person.id}`, { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(person.accountReference);
  });
});
