import '@/features/people/translations';
import { fireEvent, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { getDb } from '@mocks/db';
import { currentConsents, personConsentEvents } from '@mocks/db/consent';
import { api, unwrap } from '@/api/client';
import { PeopleSearchPage } from '@/features/people/components/people-search-page';
import { RecordConsentChange } from '@/features/people/components/record-consent-change';
import { SignInPage } from '@/features/session/components/sign-in-page';
import { signInAs } from '../../utils/render';
import { bodyOf, buttonForm, catchRequests, contractText, expectRuns, fuzzForm, fuzzPersonFinder, renderForm, type TextField } from './fuzz-kit';

// Signing in (username, password), finding a person (email, account reference) and recording a
// consent change on a person's behalf (the reason).


describe('sign-in and people forms under generated bad input', { timeout: 120_000 }, () => {
  it('signing in: the username (trimmed, one line) and the password (sent exactly as typed)', async () => {
    await renderForm(<SignInPage />, { path: '/sign-in' });
    const username = await screen.findByRole<TextField>('textbox', { name: /Username/ });
    const password = screen.getByLabelText<TextField>(/^Password/);
    const button = screen.getByRole('button', { name: 'Sign in' });
    const sent = catchRequests('post', '/session');
    fireEvent.change(password, { target: { value: 'demo' } });
    await fuzzForm(buttonForm(username, button, sent), [
      { target: { field: username, rule: contractText('SignInRequest', 'username'), read: (request) => bodyOf(request).username, messages: { required: /^Enter your username\.$/ }, keep: 'jan.devries' }, runs: 100 },
      {
        // A password is anything at all, spaces and control characters included, up to 200 characters.
        target: { field: password, rule: contractText('SignInRequest', 'password'), trim: false, refusesControl: false, read: (request) => bodyOf(request).password, messages: { required: /^Enter your password\.$/ } },
        runs: 100,
      },
    ]);
  });

  it('finding a person by email or account reference', async () => {
    await renderForm(<PeopleSearchPage />, { role: 'support' });
    const email = await screen.findByRole<TextField>('textbox', { name: /Email address/ });
    const button = screen.getByRole('button', { name: 'Search' });
    const sent = catchRequests('post', '/people/search');
    const { logs } = await fuzzPersonFinder(
      buttonForm(email, button, sent),
      email,
      async () => {
        fireEvent.click(screen.getByText('Account reference'));
        return screen.findByRole<TextField>('textbox', { name: /Account reference/ });
      },
      {
        email: { required: /^Enter the person's email address\.$/, format: /^Enter an email address such as name@example\.be\.$/ },
        reference: { required: /^Enter the account reference\.$/, format: /^An account reference is EC- and seven digits, such as EC-1000042\.$/ },
      },
      // Any case is accepted and sent in capitals.
      (text) => text.toUpperCase(),
    );
    expectRuns(logs);
  });

  it('recording a consent change on the person’s behalf: the reason', async () => {
    const db = getDb();
    const person = Array.from({ length: 200 }, (_, index) => db.person(index)).find((candidate) =>
      currentConsents(personConsentEvents(db, candidate)).some((consent) => consent.purpose === 'marketing_email' && consent.state === 'granted'),
    );
    if (!person) throw new Error('nobody has granted marketing email');
    const user = userEvent.setup();
    await signInAs('support');
    const { consents } = await unwrap(api.GET('/people/{personId}', { params: { path: { personId: person.id } } }));
    await renderForm(<RecordConsentChange personId={person.id} consents={consents} opened onClose={() => {}} />, { role: 'support' });
    const dialog = await screen.findByRole('dialog', { name: "Record a consent change on the person's behalf" });
    await user.click(within(dialog).getByRole('combobox', { name: /^Purpose/ }));
    await user.click(await screen.findByRole('option', { name: /^Marketing by email/ }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Channel/ }));
    await user.click(await screen.findByRole('option', { name: 'Support request' }));
    const field = within(dialog).getByRole<TextField>('textbox', { name: /^Reason/ });
    const button = within(dialog).getByRole('button', { name: 'Record change' });
    const sent = catchRequests('post', '/people/{personId}/consent-events');
    await fuzzForm(buttonForm(dialog, button, sent), [
      { target: { field, rule: contractText('ConsentChangeRequest', 'reason'), read: (request) => bodyOf(request).reason, messages: { required: /^Give the reason for this change\.$/ } }, runs: 200 },
    ]);
  });
});
