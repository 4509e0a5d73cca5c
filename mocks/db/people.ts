import { REFERENCE_TODAY } from '../lib/clock';
import { brusselsWallClockMs, isoInstant } from '../lib/deadlines';
import { daysBetween, toDayNumber } from '../lib/dates';
import { mulberry32 } from '../lib/faker';
import type { Steps } from '../lib/slices';
import type { MockDb } from './index';
import { ORGANISATION_COUNT, PLATFORM_START, maskEmail, maskName, type PersonRecord } from './core';

/**
 * What bulk work (consent aggregation over 200,000 people, DSAR seeding) needs of a person,
 * without faker: `personAt` seeds a faker per person (~0.2 ms each), far too slow to call for
 * everyone. These are the very values `personAt` draws from its own PRNG, in the same order
 * (country, plan, registration, employer); people.test.ts checks they agree.
 */
export interface PersonBasics {
  index: number;
  country: 'BE' | 'NL';
  plan: 'individual' | 'business';
  /** Registration day as a day number (days since 1970-01-01). */
  registeredDay: number;
  employerIndex: number | null;
}

const PLATFORM_SPAN = daysBetween(PLATFORM_START, REFERENCE_TODAY);
export const PLATFORM_START_DAY = toDayNumber(PLATFORM_START);
export const TODAY_DAY = toDayNumber(REFERENCE_TODAY);

export function personBasics(index: number): PersonBasics {
  const random = mulberry32(index * 7919 + 17);
  const country = random() < 0.62 ? 'BE' : 'NL';
  const plan = random() < 0.22 ? 'business' : 'individual';
  const registeredDay = PLATFORM_START_DAY + Math.floor(random() ** 0.8 * PLATFORM_SPAN);
  return { index, country, plan, registeredDay, employerIndex: plan === 'business' ? Math.floor(random() * ORGANISATION_COUNT) : null };
}

const ACCOUNT_BASE = 1_000_000;

export function accountReferenceFor(index: number): string {
  return `EC-${String(ACCOUNT_BASE + index)}`;
}

/** The person index of an account reference (`EC-1000042` -> 42), or null when there is none. */
export function personIndexFromAccountReference(reference: string, count: number): number | null {
  const match = /^EC-(\d{7})$/i.exec(reference.trim());
  if (!match) return null;
  const index = Number(match[1]) - ACCOUNT_BASE;
  return index >= 0 && index < count ? index : null;
}

/**
 * People whose email is exactly `email` (case-insensitive). A real server looks this up in an
 * index; the mock cannot build one for 200,000 lazily generated people, so it reads the person
 * number most addresses carry before the `@` and checks the candidate, falling back to the
 * people whose address carries none (every 97th; over a second for the `large` world, so it
 * yields between people: the browser runs it a slice at a time, MockDb.run).
 */
export function* findPeopleByEmail(db: MockDb, email: string): Steps<PersonRecord[]> {
  const wanted = email.trim().toLowerCase();
  const local = wanted.split('@')[0] ?? '';
  const digits = /(\d+)$/.exec(local)?.[1];
  const candidates: number[] = [];
  if (digits !== undefined) {
    const index = Number(digits);
    if (Number.isSafeInteger(index) && index < db.peopleCount) candidates.push(index);
  } else {
    for (let index = 0; index < db.peopleCount; index += 97) candidates.push(index);
  }
  const found: PersonRecord[] = [];
  for (const index of candidates) {
    const person = db.person(index);
    if (person.email.toLowerCase() === wanted) found.push(person);
    yield;
  }
  return found;
}

export function personSummary(person: PersonRecord) {
  return {
    id: person.id,
    accountReference: person.accountReference,
    maskedName: maskName(person.firstName, person.lastName),
    maskedEmail: maskEmail(person.email),
    country: person.country,
    plan: person.plan,
  };
}

/** The instant of a Brussels wall-clock minute on a day number, as ISO UTC. */
export function brusselsInstant(day: number, minuteOfDay: number): string {
  return isoInstant(brusselsWallClockMs(day, minuteOfDay));
}
