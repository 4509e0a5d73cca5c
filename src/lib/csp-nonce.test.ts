import { describe, expect, it } from 'vitest';
import { readCspNonce } from './csp-nonce';

function documentWith(html: string): Document {
  return new DOMParser().parseFromString(`<html><head>${html}</head></html>`, 'text/html');
}

describe('readCspNonce', () => {
  it('reads the nonce the server wrote into the page', () => {
    expect(readCspNonce(documentWith('<meta property="csp-nonce" nonce="3f2a9c">'))).toBe('3f2a9c');
  });

  it('ignores the unreplaced placeholder and a page without one', () => {
    expect(readCspNonce(documentWith('<meta property="csp-nonce" nonce="__CSP_NONCE__">'))).toBeUndefined();
    expect(readCspNonce(documentWith(''))).toBeUndefined();
  });
});
