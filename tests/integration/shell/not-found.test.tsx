import { screen } from '@testing-library/react';
import { renderRoute } from '../../utils/render';

describe('unknown addresses', () => {
  it('shows a not-found page inside the shell, with the navigation still there', async () => {
    await renderRoute('/no/such/page', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.title).toBe('Page not found · Engcode Privacy Console');
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });

  it('asks a signed-out visitor to sign in first', async () => {
    const { router } = await renderRoute('/no/such/page', { role: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?returnTo=%2Fno%2Fsuch%2Fpage');
  });
});
