import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../utils/render';

describe('API reference route', () => {
  it('shows the contract to every role, searchable, with an operation’s parameters and responses', async () => {
    const { user } = await renderRoute('/api-reference', { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'API reference' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'dsars' })).toBeInTheDocument();

    await user.click(screen.getByRole('textbox', { name: 'Search operations and schemas' }));
    await user.paste('extension');
    expect(await screen.findByRole('button', { name: /POST \/dsars\/\{dsarId\}\/extension/ })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2, name: 'consent' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /POST \/dsars\/\{dsarId\}\/extension/ }));
    const responses = await screen.findByRole('table', { name: 'Responses' });
    expect(within(responses).getByRole('row', { name: /409/ })).toBeInTheDocument();
    const parameters = screen.getByRole('table', { name: 'Parameters' });
    expect(within(parameters).getByRole('row', { name: /If-Match/ })).toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    const { user } = await renderRoute('/api-reference', { role: 'support' });
    await user.click(await screen.findByRole('textbox', { name: 'Search operations and schemas' }));
    await user.paste('zzzz');
    expect(await screen.findByRole('status')).toHaveTextContent('No operation matches this search.');
  });
});
