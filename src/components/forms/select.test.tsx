import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../tests/utils/render';
import { MultiSelect, Select } from './select';

const countries = [
  { value: 'BE', label: 'Belgium' },
  { value: 'NL', label: 'Netherlands' },
];

describe('Select and MultiSelect', () => {
  it('mount their option list only once someone comes to them', async () => {
    await renderWithProviders(
      <>
        <Select label="Country" data={countries} />
        <MultiSelect label="Countries" data={countries} />
      </>,
    );
    // Hidden lists would be found here too: none is mounted before anyone points at or focuses a select.
    expect(document.querySelectorAll('[role="listbox"]')).toHaveLength(0);

    await userEvent.setup().hover(screen.getByRole('combobox', { name: 'Country' }));
    expect(document.querySelectorAll('[role="listbox"]')).toHaveLength(1);
  });

  it('announce the list as expanded, and name it, the first time it opens by pointer', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<Select label="Country" data={countries} />);
    const input = screen.getByRole('combobox', { name: 'Country' });
    await user.click(input);
    const listbox = screen.getByRole('listbox');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);
    await user.click(screen.getByRole('option', { name: 'Netherlands' }));
    expect(input).toHaveValue('Netherlands');
  });

  it('announce the list as expanded the first time it opens by keyboard', async () => {
    const user = userEvent.setup();
    await renderWithProviders(<MultiSelect label="Countries" data={countries} />);
    await user.tab();
    const input = screen.getByRole('combobox', { name: 'Countries' });
    expect(input).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('listbox')).toBeVisible();
    expect(input).toHaveAttribute('aria-expanded', 'true');
  });
});
