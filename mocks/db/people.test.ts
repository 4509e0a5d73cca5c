import { describe, expect, it } from 'vitest';
import { receiptDate } from '../lib/deadlines';
import { fromDayNumber, toDayNumber } from '../lib/dates';
import { personAt } from './core';
import { MockDb } from './index';
import { runToEnd } from '../lib/slices';
import { accountReferenceFor, brusselsInstant, findPeopleByEmail, personBasics, personIndexFromAccountReference } from './people';

describe('personBasics', () => {
  it('draws exactly what personAt draws (country, plan, registration, employer)', () => {
    for (const index of [0, 1, 2, 3, 42, 97, 1234, 9_999, 19_999, 123_456, 199_999]) {
      const person = personAt(index);
      const basics = personBasics(index);
      expect({ country: basics.country, plan: basics.plan, registeredOn: fromDayNumber(basics.registeredDay), employerIndex: basics.employerIndex }).toEqual({
        country: person.country,
        plan: person.plan,
        registeredOn: person.registeredOn,
        employerIndex: person.employerIndex,
      });
      expect(accountReferenceFor(index)).toBe(person.accountReference);
    }
  });
});

describe('looking people up', () => {
  const db = new MockDb(1);

  it('reads the index from an account reference, within the population', () => {
    expect(personIndexFromAccountReference('EC-1000042', db.peopleCount)).toBe(42);
    expect(personIndexFromAccountReference('ec-1000042', db.peopleCount)).toBe(42);
    expect(personIndexFromAccountReference('EC-1999999', db.peopleCount)).toBeNull();
    expect(personIndexFromAccountReference('EC-0999999', db.peopleCount)).toBeNull();
    expect(personIndexFromAccountReference('1000042', db.peopleCount)).toBeNull();
  });

  it('finds a person by email, in any letter case, with or without a number in the address', () => {
    for (const index of [5, 97, 194, 15_000]) {
      const person = db.person(index);
      expect(runToEnd(findPeopleByEmail(db, person.email.toUpperCase())).map((found) => found.index)).toEqual([index]);
    }
    expect(runToEnd(findPeopleByEmail(db, 'nobody@example.com'))).toEqual([]);
    expect(runToEnd(findPeopleByEmail(db, 'nobody999999999@example.com'))).toEqual([]);
  });
});

describe('brusselsInstant', () => {
  it('gives an instant whose Brussels day is the day, in winter, summer and on DST change days', () => {
    for (const date of ['2026-01-15', '2026-07-15', '2026-03-29', '2026-10-25', '2026-03-28', '2026-10-24']) {
      for (const minute of [0, 59, 60, 179, 180, 7 * 60, 23 * 60 + 59]) {
        expect(receiptDate(brusselsInstant(toDayNumber(date), minute)), `${date} ${minute}`).toBe(date);
      }
    }
    expect(brusselsInstant(toDayNumber('2026-01-15'), 9 * 60 + 30)).toBe('2026-01-15T08:30:00.000Z');
    expect(brusselsInstant(toDayNumber('2026-07-15'), 9 * 60 + 30)).toBe('2026-07-15T07:30:00.000Z');
  });
});
