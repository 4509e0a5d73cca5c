/**
 * Named states of the mock world, chosen without editing code: `?scenario=large` in the browser
 * (remembered for the tab), MOCK_SCENARIO for `npm run mock-api`, `setScenario()` in tests.
 */
export const SCENARIOS = ['default', 'empty', 'slow', 'failing', 'large'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface ScenarioSettings {
  name: ScenarioName;
  /** Latency added to every response, in ms (zero in tests). */
  latencyMs: number;
  /** Multiplier for the seeded data volume; 0 seeds no records. */
  scale: number;
  /** Every request except the session answers 500. */
  failing: boolean;
}

export function settingsFor(name: ScenarioName, baseLatencyMs: number): ScenarioSettings {
  switch (name) {
    case 'empty':
      return { name, latencyMs: baseLatencyMs, scale: 0, failing: false };
    case 'slow':
      return { name, latencyMs: 2500, scale: 1, failing: false };
    case 'failing':
      return { name, latencyMs: baseLatencyMs, scale: 1, failing: true };
    case 'large':
      return { name, latencyMs: baseLatencyMs, scale: 10, failing: false };
    default:
      return { name: 'default', latencyMs: baseLatencyMs, scale: 1, failing: false };
  }
}

export function isScenarioName(value: string | null | undefined): value is ScenarioName {
  return typeof value === 'string' && (SCENARIOS as readonly string[]).includes(value);
}

let current: ScenarioSettings = settingsFor('default', 0);

export function getScenario(): ScenarioSettings {
  return current;
}

export function setScenario(name: ScenarioName, baseLatencyMs = 0): void {
  current = settingsFor(name, baseLatencyMs);
}
