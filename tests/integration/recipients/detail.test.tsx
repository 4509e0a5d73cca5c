import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../utils/render';
import { findRecipient } from './fixtures';

describe('recipient detail', { timeout: 60_000 }, () => {
  it('shows every field and explains each warning', async () => {
    const surveyStack = await findRecipient('SurveyStack');
    await renderRoute(`/recipients/${surveyStack.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'SurveyStack LLC' })).toBeInTheDocument();
    expect(screen.getByText('Market research · Sub-processor · Engcode sends data')).toBeInTheDocument();
    const alert = screen.getByRole('alert', { name: '1 warning' });
    expect(within(alert).getByText('Transfer without a safeguard')).toBeInTheDocument();
    expect(within(alert).getByText(/outside the EEA and no adequacy decision/)).toBeInTheDocument();

    const what = screen.getByRole('region', { name: 'What it receives and why' });
    expect(within(what).getByText('Account data')).toBeInTheDocument();
    expect(within(what).getByText('Consent')).toBeInTheDocument();
    expect(within(what).getByText('Marketing by email')).toBeInTheDocument();
    const agreement = screen.getByRole('region', { name: 'Agreement' });
    expect(within(agreement).getByText('Signed')).toBeInTheDocument();
    expect(within(agreement).getByText('SUB-2026-001')).toBeInTheDocument();
    expect(within(agreement).getByText('01 Aug 2028')).toBeInTheDocument();
    const transfer = screen.getByRole('region', { name: 'Country and transfer' });
    expect(within(transfer).getByText(/United States \(US\) — outside the EEA/)).toBeInTheDocument();
    expect(within(transfer).getByText('No safeguard')).toBeInTheDocument();
    const review = screen.getByRole('region', { name: 'Owner and review' });
    expect(within(review).getByText('Marketing')).toBeInTheDocument();
    expect(within(review).getByRole('link', { name: 'https://www.surveystack.example' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: 'Edit recipient' })).toBeInTheDocument();
  });

  it('says a clean recipient has no warnings, and links an authority to its disclosures for the privacy officer only', async () => {
    const justice = await findRecipient('FOD Justitie');
    const officer = await renderRoute(`/recipients/${justice.id}`);
    expect(await screen.findByText('No warnings')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Disclosures to this authority' })).toHaveAttribute('href', `/disclosures?recipientId=${justice.id}`);
    expect(screen.getByText(/people in logged disclosures|person in logged disclosures/)).toBeInTheDocument();
    officer.unmount();
    await renderRoute(`/recipients/${justice.id}`, { role: 'management' });
    expect(await screen.findByRole('heading', { level: 1, name: 'FOD Justitie' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Disclosures to this authority' })).not.toBeInTheDocument();
  });

  it('says so for an unknown id', async () => {
    await renderRoute('/recipients/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'This recipient does not exist' })).toBeInTheDocument();
  });
});
