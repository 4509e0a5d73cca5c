import { screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import { renderRoute, signInAs } from '../../utils/render';

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('audit log', { timeout: 60_000 }, () => {
  it('lists the reveals, changes and exports people made, with who, role, when and why, never the data', async () => {
    // A support agent reveals a complainant and changes the complaint.
    await signInAs('support');
    const queue = await unwrap(api.GET('/complaints', { params: { query: { assignee: ['none'], status: ['new'], pageSize: 1 } } }));
    const complaint = queue.items[0]!;
    const identity = await unwrap(
      api.POST('/people/{personId}/reveal', { params: { path: { personId: complaint.person.id }, header: csrfHeader }, body: { reason: 'Matching the email sender to the account' } }),
    );
    const { etag } = await unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId: complaint.id } } }));
    await unwrap(
      api.PATCH('/complaints/{complaintId}', {
        params: { path: { complaintId: complaint.id }, header: { ...csrfHeader, 'If-Match': etag } },
        body: { status: 'in_progress' },
        headers: { 'Content-Type': 'application/merge-patch+json' },
      }),
    );

    const { user, router } = await renderRoute('/audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Audit log' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('group', { name: 'Action' })).getByRole('checkbox', { name: 'Revealed personal data' }));
    await waitFor(() => expect(router.state.location.search).toBe('?action=reveal'));
    const reveals = await screen.findByRole('table', { name: /entries, newest first/ });
    await waitFor(() => expect(rows(reveals)[0]).toHaveTextContent('Matching the email sender to the account'), { timeout: 15_000 });
    const reveal = rows(reveals)[0]!;
    expect(reveal).toHaveTextContent('Jan De Vries');
    expect(reveal).toHaveTextContent('Support');
    expect(reveal).toHaveTextContent('Person');
    expect(reveal).not.toHaveTextContent(identity.lastName);
    expect(reveal).not.toHaveTextContent(identity.email);

    await user.click(within(screen.getByRole('group', { name: 'Action' })).getByRole('checkbox', { name: 'Revealed personal data' }));
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Action' })).getByRole('checkbox', { name: 'Revealed personal data' })).not.toBeChecked());
    await user.click(within(screen.getByRole('group', { name: 'Resource' })).getByRole('checkbox', { name: 'Complaint' }));
    await waitFor(() => expect(router.state.location.search).toBe('?resourceType=complaint'));
    await waitFor(() => expect(rows(screen.getByRole('table'))[0]).toHaveTextContent(`Updated complaint ${complaint.reference} (status in_progress)`), { timeout: 15_000 });
    // Read-only: nothing on the page edits or deletes an entry.
    expect(screen.queryByRole('button', { name: /edit|delete|remove/i })).not.toBeInTheDocument();
  });

  it('exports the filtered log as CSV after asking why, and the export is itself in the log', async () => {
    const createObjectURL = vi.fn((blob: Blob) => (void blob, 'blob:audit'));
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const { user } = await renderRoute('/audit?action=sign_in&from=2026-11-01&to=2026-11-30');
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'Export as CSV…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Why are you exporting the audit log?' });
    await user.click(within(dialog).getByRole('button', { name: 'Export and record' }));
    expect(within(dialog).getByRole('textbox', { name: /Reason/ })).toHaveAccessibleDescription(/Give a reason of at least 3 characters/);
    await user.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Review of November sign-ins');
    await user.click(within(dialog).getByRole('button', { name: 'Export and record' }));

    await waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    const blob = createObjectURL.mock.calls[0]![0];
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split('\r\n')[0]).toBe('occurredAt;actor;role;action;resourceType;resourceId;summary;reason');
    expect(text.split('\r\n').slice(1).filter(Boolean).every((line) => line.split(';')[3] === 'sign_in')).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const exports = await unwrap(api.GET('/audit-events', { params: { query: { action: ['export'], resourceType: ['audit_log'] } } }));
    expect(exports.items[0]).toMatchObject({ reason: 'Review of November sign-ins', actor: { displayName: 'Els Peeters', role: 'privacy_officer' } });
    vi.unstubAllGlobals();
  });

  it('is closed to support and management', async () => {
    for (const role of ['support', 'management'] as const) {
      const view = await renderRoute('/audit', { role });
      expect(await screen.findByRole('heading', { level: 1, name: 'You do not have access to this page' })).toBeInTheDocument();
      view.unmount();
    }
  });
});
