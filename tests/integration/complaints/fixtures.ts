import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Role, Schemas } from '@/api/types';
import type { ComplaintListQuery } from '@/features/complaints/api/complaint-keys';
import { signInAs } from '../../utils/render';

/** The first complaint the role sees that matches, asked of the mock API as the app would. */
export async function findComplaint(role: Role, query: ComplaintListQuery, where: (complaint: Schemas['ComplaintSummary']) => boolean = () => true) {
  await signInAs(role);
  const list = await unwrap(api.GET('/complaints', { params: { query: { pageSize: 100, ...query } } }));
  const found = list.items.find(where);
  if (!found) throw new Error(`No complaint for ${role} matching ${JSON.stringify(query)}`);
  return found;
}

/** A colleague's change made behind the page's back, so the page's ETag is stale. */
export async function changeComplaintBehindTheBack(complaintId: string, body: Schemas['ComplaintPatch']) {
  const { etag } = await unwrapWithEtag(api.GET('/complaints/{complaintId}', { params: { path: { complaintId } } }));
  return unwrapWithEtag(
    api.PATCH('/complaints/{complaintId}', {
      params: { path: { complaintId }, header: { ...csrfHeader, 'If-Match': etag } },
      body,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}

/** The newest audit entries of an action, read as the privacy officer (the only role that may). */
export async function latestAudit(action: Schemas['AuditAction'], resourceType?: Schemas['AuditResourceType']) {
  await signInAs('privacy_officer');
  const log = await unwrap(api.GET('/audit-events', { params: { query: { action: [action], ...(resourceType ? { resourceType: [resourceType] } : {}), pageSize: 5 } } }));
  return log.items;
}
