import { getDb } from '@mocks/db';
import { generateConsentHistory, PURPOSE_KEYS } from '@mocks/db/consent';
import { personBasics } from '@mocks/db/people';

/**
 * Counts recomputed from the raw seeded events (the generator every person's history comes
 * from), not through the mock's per-day aggregates: a check on the server's arithmetic and on
 * what the screen makes of it. Decision codes of the generator: 0 granted, 1 refused,
 * 2 withdrawn, 3 expired, 4 asked without a choice (a dismissed cookie banner).
 */
export interface SeededCounts {
  asked: number;
  granted: number;
  refused: number;
  withdrawn: number;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

export function seededCounts(from: string, to: string): Map<string, SeededCounts> {
  const db = getDb();
  const low = dayOf(from);
  const high = dayOf(to);
  const counts = PURPOSE_KEYS.map(() => ({ asked: 0, granted: 0, refused: 0, withdrawn: 0 }));
  for (let index = 0; index < db.peopleCount; index += 1) {
    generateConsentHistory(personBasics(index), (purpose, decision, day) => {
      const bucket = counts[purpose];
      if (!bucket || day < low || day > high) return;
      if (decision === 0) {
        bucket.asked += 1;
        bucket.granted += 1;
      } else if (decision === 1) {
        bucket.asked += 1;
        bucket.refused += 1;
      } else if (decision === 2) {
        bucket.withdrawn += 1;
      } else if (decision === 4) {
        bucket.asked += 1;
      }
    });
  }
  return new Map(PURPOSE_KEYS.map((key, index) => [key, counts[index] ?? { asked: 0, granted: 0, refused: 0, withdrawn: 0 }]));
}

/** People whose current cookie consent (any of the three kinds) lapses within 30, 60 and 90 days of `today`, from the raw events. */
export function seededExpirations(today: string): [number, number, number] {
  const db = getDb();
  const todayDay = dayOf(today);
  const cookies = [PURPOSE_KEYS.indexOf('cookies_analytics'), PURPOSE_KEYS.indexOf('cookies_functionality'), PURPOSE_KEYS.indexOf('cookies_targeting')];
  const result: [number, number, number] = [0, 0, 0];
  for (let index = 0; index < db.peopleCount; index += 1) {
    const last = new Map<number, { decision: number; day: number }>();
    generateConsentHistory(personBasics(index), (purpose, decision, day) => {
      if (cookies.includes(purpose) && decision !== 4) last.set(purpose, { decision, day });
    });
    let soonest = Infinity;
    for (const { decision, day } of last.values()) {
      const inDays = day + 730 - todayDay;
      if (decision === 0 && inDays >= 1 && inDays < soonest) soonest = inDays;
    }
    if (soonest <= 30) result[0] += 1;
    if (soonest <= 60) result[1] += 1;
    if (soonest <= 90) result[2] += 1;
  }
  return result;
}
