import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../utils/render';

describe('pages a role may not use', () => {
  it('shows "not permitted" inside the shell when support opens the violations register by URL', async () => {
    await renderRoute('/violations', { role: 'support' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
    expect(screen.getByText(/Your role, Support, does not include this part of the console/)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Violations' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the overview' })).toHaveAttribute('href', '/');
  });

  it('closes a DSAR detail page to management, who only see DSAR figures', async () => {
    await renderRoute('/dsars/0b5c1a52-8c1e-4b6e-9a57-1b0a3e2f1c11', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('closes the audit log to management', async () => {
    await renderRoute('/audit', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
  });

  it('opens the API reference to every signed-in role', async () => {
    await renderRoute('/api-reference', { role: 'support' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'API reference' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('heading', { name: 'You do not have access to this page' })).not.toBeInTheDocument();
  });
});
