import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../tests/utils/render';
import { FigureWithTable } from './figure-with-table';

const rows = [
  { purpose: 'Marketing', granted: 1200 },
  { purpose: '=HYPERLINK("x")', granted: 3 },
];

describe('FigureWithTable', () => {
  it('shows the chart under its summary, switches to a table of the same numbers, and downloads them as CSV', async () => {
    const user = userEvent.setup();
    const createObjectURL = vi.fn((blob: Blob) => (void blob, 'blob:figure'));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderWithProviders(
      <FigureWithTable
        title="Granted per purpose"
        description="People who granted, 2026"
        summary="Marketing leads with 1,200 grants."
        chart={<svg />}
        columns={[
          { header: 'Purpose', value: (row) => row.purpose },
          { header: 'Granted', value: (row) => row.granted, numeric: true },
        ]}
        rows={rows}
        rowKey={(row) => row.purpose}
        csvFileName="grants"
      />,
    );
    expect(screen.getByRole('img', { name: 'Marketing leads with 1,200 grants.' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    const table = screen.getByRole('table', { name: 'Granted per purpose' });
    expect(table).toHaveTextContent('1200');
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(click).toHaveBeenCalledOnce();
    const blob = createObjectURL.mock.calls[0]?.[0];
    const text = await blob?.text();
    expect(text).toContain('Purpose;Granted');
    expect(text).toContain(`"'=HYPERLINK(""x"")";3`);
    click.mockRestore();
    vi.unstubAllGlobals();
  });

  it('renders the other view for paper only while the page is printed, not on every screen render', async () => {
    await renderWithProviders(
      <FigureWithTable
        title="Granted per purpose"
        description="People who granted, 2026"
        summary="Marketing leads with 1,200 grants."
        chart={<svg data-testid="drawing" />}
        columns={[{ header: 'Purpose', value: (row) => row.purpose }]}
        rows={rows}
        rowKey={(row) => row.purpose}
        csvFileName="grants"
      />,
    );
    const hidden = { hidden: true };
    expect(screen.queryByRole('table', { ...hidden, name: 'Granted per purpose' })).not.toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('beforeprint')));
    expect(screen.getByRole('table', { ...hidden, name: 'Granted per purpose' })).toHaveTextContent('Marketing');
    act(() => void window.dispatchEvent(new Event('afterprint')));
    expect(screen.queryByRole('table', { ...hidden, name: 'Granted per purpose' })).not.toBeInTheDocument();
  });
});
