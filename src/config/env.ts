/**
 * Build-time settings, validated once. Pointing the console at a real server is a setting:
 * `VITE_API_BASE_URL=https://privacy.engcode.be/api/v1 VITE_USE_MOCKS=false npm run build`.
 */
export interface AppConfig {
  /** Absolute URL or same-origin path of the API implementing src/api/openapi.yaml. */
  apiBaseUrl: string;
  /** Start the in-browser mock API (MSW) before rendering. */
  useMocks: boolean;
}

function readBoolean(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new Error(`VITE_USE_MOCKS must be "true" or "false", got "${value}"`);
}

function readBaseUrl(value: string | undefined): string {
  const base = value && value.length > 0 ? value : '/api/v1';
  if (!base.startsWith('/') && !/^https?:\/\//.test(base)) {
    throw new Error(`VITE_API_BASE_URL must be a path starting with "/" or an http(s) URL, got "${base}"`);
  }
  return base.replace(/\/+$/, '');
}

export const config: AppConfig = {
  apiBaseUrl: readBaseUrl(import.meta.env.VITE_API_BASE_URL),
  useMocks: readBoolean(import.meta.env.VITE_USE_MOCKS, true),
};
