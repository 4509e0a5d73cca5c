import type { Faker } from '@faker-js/faker';

// A chunk of its own in the browser demo, like the holiday tables (lib/deadlines.ts): evaluated
// with the rest of the mock bundle it made one long main-thread task at start-up.
const { Faker: FakerClass, base, nl, nl_BE } = await import('@faker-js/faker');

/** One seed for the whole mock world; change it and every record changes, consistently. */
export const WORLD_SEED = 20_190_901;

const faker = new FakerClass({ locale: [nl_BE, nl, base] });

/**
 * A faker seeded for one record: `seeded(ns, n)` always yields the same values for the same
 * record, however many other records were generated before it (so generation can be lazy).
 */
export function seeded(namespace: number, n: number): Faker {
  faker.seed(WORLD_SEED + namespace * 10_000_019 + n);
  return faker;
}

/** A small, fast deterministic PRNG for bulk work where faker's richness is not needed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
