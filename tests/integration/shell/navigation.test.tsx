import { screen, waitFor, within } from '@testing-library/react';
import type { Role } from '@/api/types';
import { renderRoute } from '../../utils/render';

const EXPECTED: Record<Role, string[]> = {
  privacy_officer: [
    'Overview',
    'Data subject requests',
    'Complaints',
    'People',
    'Consent',
    'Recipients',
    'Disclosures',
    'Compliance checks',
    'Policy versions',
    'Violations',
    'Reports',
    'Audit log',
    'API reference',
  ],
  // Support works cases: no consent rates, registers beyond recipients, reports, violations or audit.
  support: ['Overview', 'Data subject requests', 'Complaints', 'People', 'Recipients', 'Policy versions', 'API reference'],
  // Management sees aggregates only: no DSAR queue, people, complaints, disclosures, violations or audit.
  management: ['Overview', 'Consent', 'Recipients', 'Compliance checks', 'Policy versions', 'Reports', 'API reference'],
};

// The in-shell "page not found" belongs to the shell, so these tests do not depend on the area
// pages that are built separately.
const SHELL_PAGE = '/shell-test-page';

async function navLinks() {
  const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
  return within(nav)
    .getAllByRole('link')
    .map((link) => link.textContent?.trim());
}

describe('navigation per role', () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    it(`shows ${role} exactly the areas the role may use`, async () => {
      await renderRoute(SHELL_PAGE, { role });
      expect(await navLinks()).toEqual(EXPECTED[role]);
    });
  }

  it('marks the current area with aria-current and moves focus to the new page', async () => {
    const { user, router } = await renderRoute(SHELL_PAGE, { role: 'privacy_officer' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { current: 'page' })).not.toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Recipients' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/recipients'));
    await waitFor(() => expect(within(nav).getByRole('link', { name: 'Recipients' })).toHaveAttribute('aria-current', 'page'));
    expect(within(nav).getByRole('link', { name: 'API reference' })).not.toHaveAttribute('aria-current');
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());
  });

  it('marks the area as current on its detail pages', async () => {
    await renderRoute('/dsars/0b5c1a52-8c1e-4b6e-9a57-1b0a3e2f1c11', { role: 'privacy_officer' });
    const nav = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Data subject requests' })).toHaveAttribute('aria-current', 'true');
  });

  it('offers a skip link to the main content and landmarks for header, navigation and main', async () => {
    const { user } = await renderRoute(SHELL_PAGE);
    await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(screen.getByRole('banner')).toBeInTheDocument();
    const main = screen.getByRole('main');
    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
    expect(main).toHaveFocus();
  });

  it('opens the command palette with Ctrl+K, offering only the pages the role may use', async () => {
    const { user, router } = await renderRoute(SHELL_PAGE, { role: 'support' });
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });

    await user.keyboard('{Control>}k{/Control}');
    const palette = await screen.findByRole('dialog', { name: 'Go to a page' });
    // Each option reads as its page's name followed by what the page is for.
    const options = within(palette).getAllByRole('button');
    expect(options).toHaveLength(EXPECTED.support.length);
    EXPECTED.support.forEach((label, index) => expect(options[index]?.textContent?.startsWith(label)).toBe(true));
    expect(within(palette).getByRole('button', { name: /^Complaints.*disputes about personal data/ })).toBeInTheDocument();

    await user.type(within(palette).getByRole('textbox', { name: 'Go to a page…' }), 'compl');
    await user.click(within(palette).getByRole('button', { name: /Complaints/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/complaints'));
    expect(screen.queryByRole('dialog', { name: 'Go to a page' })).not.toBeInTheDocument();
  });

  it('opens the command palette from the Search button too', async () => {
    const { user } = await renderRoute(SHELL_PAGE, { role: 'management' });
    await user.click(await screen.findByRole('button', { name: /Search/ }));
    expect(await screen.findByRole('dialog', { name: 'Go to a page' })).toBeInTheDocument();
  });
});
