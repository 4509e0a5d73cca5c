import { ApiError } from '@/api/api-error';
import { shouldRetry } from './query-client';

const httpError = (status: number) =>
  new ApiError({ kind: 'http', status, problem: { type: 'about:blank', title: 'x', status } });

describe('shouldRetry', () => {
  it('never retries a 4xx', () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) expect(shouldRetry(0, httpError(status))).toBe(false);
  });

  it('retries a 5xx, a network failure and a timeout at most twice', () => {
    const network = new ApiError({ kind: 'network', status: 0, problem: { type: 'about:blank', title: 'x', status: 503 } });
    const timeout = new ApiError({ kind: 'timeout', status: 0, problem: { type: 'about:blank', title: 'x', status: 503 } });
    for (const error of [httpError(500), httpError(503), network, timeout]) {
      expect(shouldRetry(0, error)).toBe(true);
      expect(shouldRetry(1, error)).toBe(true);
      expect(shouldRetry(2, error)).toBe(false);
    }
  });
});
