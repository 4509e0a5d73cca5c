import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

const MAX_RETRIES = 2;

/**
 * A 4xx is an answer, not a glitch: asking again gives the same answer (and a 401/403 must
 * show at once). Network failures, timeouts and 5xx may be passing, so they get two more tries.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  if (isApiError(error) && error.kind === 'http' && error.status >= 400 && error.status < 500) return false;
  return true;
}

export interface QueryClientOptions {
  /** Tests pass 0 so the retry policy runs without real waiting. */
  retryDelay?: number;
}

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        ...(options.retryDelay !== undefined ? { retryDelay: options.retryDelay } : {}),
        // Figures change slowly; 30 s avoids refetching on every navigation back and forth.
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  });
}
