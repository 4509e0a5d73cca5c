import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Role, Schemas } from '@/api/types';
import type { DsarListQuery } from '@/features/dsars/api/dsar-keys';
import { signInAs } from '../../utils/render';


/** The first request the role sees that matches, asked of the mock API as the app would. */
export async function findDsar(role: Role, query: DsarListQuery, where: (dsar: Schemas['DsarSummary']) => boolean = () => true) {
  await signInAs(role);
  const list = await unwrap(api.GET('/dsars', { params: { query: { pageSize: 100, ...query } } }));
  const found = list.items.find(where);
  if (!found) throw new Error(`No request for ${role} matching ${JSON.stringify(query)}`);
  return found;
}

export function getDsarWithEtag(dsarId: string) {
  return unwrapWithEtag(api.GET('/dsars/{dsarId}', { params: { path: { dsarId } } }));
}

/** A colleague's change made behind the page's back, so the page's ETag is stale. */
export async function changeBehindTheBack(dsarId: string, body: Schemas['DsarPatch']) {
  const { etag } = await getDsarWithEtag(dsarId);
  return unwrapWithEtag(
    api.PATCH('/dsars/{dsarId}', {
      params: { path: { dsarId }, header: { ...csrfHeader, 'If-Match': etag } },
      body,
      headers: { 'Content-Type': 'application/merge-patch+json' },
    }),
  );
}
