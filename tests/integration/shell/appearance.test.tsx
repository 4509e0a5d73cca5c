import { screen, within } from '@testing-library/react';
import { COLOR_SCHEME_STORAGE_KEY } from '@/app/provider';
import { renderRoute } from '../../utils/render';

describe('colour scheme', () => {
  it('switches between light, dark and the system setting, and remembers the choice', async () => {
    const { user } = await renderRoute('/shell-test-page', { role: 'support' });
    await user.click(await screen.findByRole('button', { name: 'Colour scheme: Follow system' }));
    const choices = await screen.findByRole('radiogroup', { name: 'Colour scheme' });
    expect(within(choices).getByRole('radio', { name: 'Follow system' })).toBeChecked();
    await user.click(within(choices).getByRole('radio', { name: 'Dark' }));

    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'dark');
    expect(localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)).toBe('dark');
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Colour scheme: Dark' }));
    const again = await screen.findByRole('radiogroup', { name: 'Colour scheme' });
    expect(within(again).getByRole('radio', { name: 'Dark' })).toBeChecked();
    await user.click(within(again).getByRole('radio', { name: 'Light' }));
    expect(document.documentElement).toHaveAttribute('data-mantine-color-scheme', 'light');
  });
});
