import { screen, within } from '@testing-library/react';
import { LANGUAGE_STORAGE_KEY } from '@/i18n';
import { renderRoute } from '../../utils/render';

describe('language switch', () => {
  it('switches the whole UI to Dutch and back, remembering the choice', async () => {
    const { user } = await renderRoute('/shell-test-page', { role: 'privacy_officer' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Recipients' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.click(screen.getByRole('button', { name: /Nederlands/ }));

    const navNl = await screen.findByRole('navigation', { name: 'Hoofdnavigatie' });
    expect(within(navNl).getByRole('link', { name: 'Ontvangers' })).toBeInTheDocument();
    expect(within(navNl).getByRole('link', { name: 'Verzoeken van betrokkenen' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar het overzicht' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account: Els Peeters, Privacyverantwoordelijke' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Nederlands/ })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('nl');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('nl');
    expect(document.title).toBe('Pagina niet gevonden · Engcode Privacy Console');

    await user.click(screen.getByRole('button', { name: /English/ }));
    expect(await screen.findByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
  });

  it('renders in Dutch from the start when Dutch was chosen', async () => {
    await renderRoute('/shell-test-page', { role: 'management', language: 'nl' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account: An Claes, Management' })).toBeInTheDocument();
  });
});
