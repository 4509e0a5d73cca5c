import { ApiError, networkError } from '@/api/api-error';
import { errorKindOf } from './error-kind';

const http = (status: number) => new ApiError({ kind: 'http', status, problem: { type: 'about:blank', title: 't', status } });

describe('errorKindOf', () => {
  it('maps HTTP statuses to what a person can act on', () => {
    expect(errorKindOf(http(401))).toBe('unauthorized');
    expect(errorKindOf(http(403))).toBe('forbidden');
    expect(errorKindOf(http(404))).toBe('notFound');
    expect(errorKindOf(http(409))).toBe('conflict');
    expect(errorKindOf(http(412))).toBe('conflict');
    expect(errorKindOf(http(422))).toBe('invalid');
    expect(errorKindOf(http(429))).toBe('rateLimited');
    expect(errorKindOf(http(500))).toBe('server');
    expect(errorKindOf(http(503))).toBe('server');
  });

  it('tells offline from an unreachable server', () => {
    const failure = networkError(new TypeError('fetch failed'));
    expect(errorKindOf(failure, true)).toBe('network');
    expect(errorKindOf(failure, false)).toBe('offline');
  });

  it('recognises a timeout', () => {
    expect(errorKindOf(networkError(new DOMException('late', 'TimeoutError')))).toBe('timeout');
  });

  it('recognises a screen that failed to load after a new release', () => {
    expect(errorKindOf(new TypeError('Failed to fetch dynamically imported module: /assets/x.js'))).toBe('chunk');
  });

  it('falls back to unknown', () => {
    expect(errorKindOf(new Error('boom'))).toBe('unknown');
    expect(errorKindOf('a string')).toBe('unknown');
  });
});
