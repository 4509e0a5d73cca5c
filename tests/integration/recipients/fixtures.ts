import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Role, Schemas } from '@/api/types';
import { signInAs } from '../../utils/render';

/** A register entry by the start of its name, asked of the mock API as the app would. */
export async function findRecipient(name: string, role: Role = 'privacy_officer') {
  await signInAs(role);
  const list = await unwrap(api.GET('/recipients', { params: { query: { pageSize: 100 } } }));
  const found = list.items.find((item) => item.name.startsWith(name));
  if (!found) throw new Error(`No recipient named ${name}`);
  return found;
}

export function getRecipientWithEtag(recipientId: string) {
  return unwrapWithEtag(api.GET('/recipients/{recipientId}', { params: { path: { recipientId } } }));
}

/** A colleague's save made behind the page's back, so the page's ETag is stale. */
export async function changeBehindTheBack(recipientId: string, change: (input: Schemas['RecipientInput']) => Schemas['RecipientInput']) {
  const { data, etag } = await getRecipientWithEtag(recipientId);
  const { id: _id, warnings: _warnings, peopleConcerned: _people, version: _version, ...input } = data;
  return unwrapWithEtag(
    api.PUT('/recipients/{recipientId}', { params: { path: { recipientId }, header: { ...csrfHeader, 'If-Match': etag } }, body: change(input) }),
  );
}
