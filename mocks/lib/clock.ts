/**
 * The mock world's fixed "now". Seeded data is laid out relative to it, so every run, test and
 * screenshot sees the same dates. Writes advance it by one second each, keeping timestamps
 * ordered without reading the real clock.
 */
export const REFERENCE_NOW = '2026-11-25T09:30:00+01:00';
export const REFERENCE_TODAY = '2026-11-25';
export const TIME_ZONE = 'Europe/Brussels';

let tick = 0;

export const clock = {
  /** An ISO instant with offset, one second later on every call. */
  nowIso(): string {
    tick += 1;
    return new Date(Date.parse(REFERENCE_NOW) + tick * 1000).toISOString();
  },
  /** The calendar day "today" in Europe/Brussels. */
  today(): string {
    return REFERENCE_TODAY;
  },
  reset(): void {
    tick = 0;
  },
};
