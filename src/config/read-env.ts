/**
 * How the build settings read: shared by the console (src/config/env.ts) and the build itself
 * (vite.config.ts, which preloads the session only for a real server), so both agree.
 */

export function readUseMocks(value: string | undefined): boolean {
  if (value === undefined || value === '') return true;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`VITE_USE_MOCKS must be "true" or "false", got "${value}"`);
}

export function readBaseUrl(value: string | undefined): string {
  const base = value && value.length > 0 ? value : '/api/v1';
  if (!base.startsWith('/') && !/^https?:\/\//.test(base)) {
    throw new Error(`VITE_API_BASE_URL must be a path starting with "/" or an http(s) URL, got "${base}"`);
  }
  return base.replace(/\/+$/, '');
}
