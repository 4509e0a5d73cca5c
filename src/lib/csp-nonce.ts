/**
 * The Content-Security-Policy nonce of this page load. The server writes a fresh one into
 * index.html per request (Vite's `html.cspNonce` placeholder, see deploy/nginx/); styles the
 * console injects at run time (Mantine's, the scroll lock's) must carry it, or a strict policy
 * without 'unsafe-inline' refuses them. Absent or still the placeholder (dev server, demo
 * builds without a policy): undefined, and nothing is set.
 */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';

export function readCspNonce(doc: Document = document): string | undefined {
  // Browsers hide a nonce attribute's value from getAttribute; the `nonce` property keeps it.
  const nonce = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  return nonce && nonce !== CSP_NONCE_PLACEHOLDER ? nonce : undefined;
}
