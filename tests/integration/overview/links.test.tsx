import { screen, waitFor, within } from '@testing-library/react';
import { api, unwrap } from '@/api/client';
import type { Role } from '@/api/types';
import { renderRoute, signInAs } from '../../utils/render';

async function serverFigures(role: Role) {
  await signInAs(role);
  return (await unwrap(api.GET('/overview'))).figures;
}

/** Every figure on screen is a link to exactly the list the server names for it. */
async function expectEveryFigureLinked(role: Role) {
  const figures = await serverFigures(role);
  const { user } = await renderRoute('/', { role });
  await screen.findAllByRole('list');
  const links = within(screen.getByRole('main')).getAllByRole('link').filter((link) => link.closest('li'));
  expect(links.map((link) => link.getAttribute('href'))).toEqual(figures.map((figure) => figure.link));
  return { figures, user };
}

const countCaption = (count: number, one: string, other: string) => (count === 1 ? `1 ${one}` : `${count} ${other}`);

describe('each role’s overview links to the filtered list behind each figure', { timeout: 90_000 }, () => {
  it('support: my complaints due soon opens the queue filtered to mine and overdue or due soon, with the same count', async () => {
    const { figures, user } = await expectEveryFigureLinked('support');
    const mine = figures.find((figure) => figure.key === 'my_complaints_due_soon')!;
    const unassigned = figures.find((figure) => figure.key === 'complaints_unassigned')!;
    expect(mine.link).toBe('/complaints?assignee=me&band=overdue&band=due_soon');

    await user.click(screen.getByRole('link', { name: /My complaints due soon or overdue/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Complaints' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: countCaption(mine.value, 'complaint', 'complaints') }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Assignee' })).toHaveValue('me');
    expect(screen.getByRole('button', { name: /^Overdue/, pressed: true })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Due within 7 days/, pressed: true })).toBeInTheDocument();

    // The unassigned figure's list counts the same.
    const list = await unwrap(api.GET('/complaints', { params: { query: { assignee: ['none'], status: ['new', 'in_progress', 'waiting_for_person'] } } }));
    expect(list.totalItems).toBe(unassigned.value);
  });

  it('privacy officer: open escalations open the escalated queue, violations under investigation the filtered register', async () => {
    const { figures, user } = await expectEveryFigureLinked('privacy_officer');
    const escalated = figures.find((figure) => figure.key === 'complaints_escalated_open')!;
    const violations = figures.find((figure) => figure.key === 'violations_under_investigation')!;

    await user.click(screen.getByRole('link', { name: /Open complaints taken to an authority/ }));
    expect(await screen.findByRole('table', { name: countCaption(escalated.value, 'complaint', 'complaints') }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Taken to a supervisory authority' })).toHaveValue('true');

    await user.click(screen.getByRole('link', { name: /Overview/ }));
    await user.click(await screen.findByRole('link', { name: /Violations under investigation/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Employee violation records' })).toBeInTheDocument();
    const statusGroup = screen.getByRole('group', { name: 'Investigation' });
    expect(within(statusGroup).getByRole('checkbox', { name: 'Reported' })).toBeChecked();
    expect(within(statusGroup).getByRole('checkbox', { name: 'Under investigation' })).toBeChecked();
    if (violations.value === 0) {
      expect(await screen.findByRole('heading', { name: 'No record matches these filters' })).toBeInTheDocument();
    } else {
      expect(await screen.findByRole('table', { name: countCaption(violations.value, 'record', 'records') })).toBeInTheDocument();
    }
  });

  it('management: figures compare with the previous quarter and link to that quarter’s report or the checks', async () => {
    const { figures } = await expectEveryFigureLinked('management');
    for (const figure of figures) expect(figure.link).toMatch(/^\/(reports\?period=2026-Q4|compliance(\?outcome=fail)?)$/);
    expect(screen.getByRole('heading', { name: 'This quarter against the last' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText(/from .+ \((better|worse)\)|Unchanged from|Up .+ from|Down .+ from/).length).toBeGreaterThan(0));
  });
});
