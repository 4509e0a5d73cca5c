import { readBaseUrl, readUseMocks } from './read-env';

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

export const config: AppConfig = {
  apiBaseUrl: readBaseUrl(import.meta.env.VITE_API_BASE_URL),
  useMocks: readUseMocks(import.meta.env.VITE_USE_MOCKS),
};
