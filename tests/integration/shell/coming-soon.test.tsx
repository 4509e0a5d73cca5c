import { act, render, screen } from '@testing-library/react';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { AreaComingSoon } from '@/app/routes/area-coming-soon';
import { i18n } from '@/i18n';

// Areas not built yet show this placeholder; it must read as planned, not broken.
describe('coming-soon placeholder', () => {
  it('names the page, says what it will do and lists what it will let people do', async () => {
    await i18n.changeLanguage('en');
    render(
      <AppProvider queryClient={createQueryClient()} env="test">
        <AreaComingSoon area="recipients" />
      </AppProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Recipients' })).toBeInTheDocument();
    expect(screen.getByText(/register of third parties that receive personal data/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'This page is being built' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(document.title).toBe('Recipients · Engcode Privacy Console');
  });

  it('has a detail variant, in Dutch too', async () => {
    await i18n.changeLanguage('nl');
    render(
      <AppProvider queryClient={createQueryClient()} env="test">
        <AreaComingSoon area="dsars" page="detail" />
      </AppProvider>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Verzoek van een betrokkene' })).toBeInTheDocument();
    expect(screen.getByText('Binnenkort')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
  });
});
