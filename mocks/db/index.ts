import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { NS, uuidFor } from '../lib/ids';
import { runInSlices, runToEnd, type Steps } from '../lib/slices';
import { getScenario } from '../scenario';
import {
  STAFF,
  ORGANISATION_COUNT,
  POLICY_VERSIONS,
  organisationAt,
  personAt,
  personIndexFromId,
  type OrganisationRecord,
  type PersonRecord,
  type PolicyVersionRecord,
  type StaffRecord,
} from './core';

type Schemas = components['schemas'];

/** Record counts of the default world; the `large` scenario multiplies them by ten. */
export const BASE_SIZES = {
  people: 20_000,
  dsars: 2_000,
  complaints: 600,
  violations: 36,
  disclosures: 24,
  auditEvents: 1_500,
} as const;

export type SizeName = keyof typeof BASE_SIZES;

/**
 * A feature area's slice of the mock database, built the first time a handler needs it, so the
 * first screen never waits for data it does not show.
 */
export type AreaDefinition<T> = {
  name: string;
  /** Areas this one is built from: built before it (in slices too, see MockDb.ready). */
  needs?: ReadonlyArray<AreaDefinition<unknown>>;
} & (
  | { create(db: MockDb): T }
  /** A large area: its build yields between records, so the page can run it a slice at a time. */
  | { build(db: MockDb): Steps<T> }
);

export interface IdempotentEntry {
  fingerprint: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/**
 * Sessions survive a page reload in the browser demo (the worker restarts, the cookie stays):
 * browser.ts points this at sessionStorage. Tests and the HTTP server keep them in memory.
 */
let sessionStorageBackend: Pick<Storage, 'getItem' | 'setItem'> | null = null;
const SESSIONS_KEY = 'engcode.mock-sessions';

export function persistSessionsIn(storage: Pick<Storage, 'getItem' | 'setItem'> | null): void {
  sessionStorageBackend = storage;
}

/**
 * In the browser demo the mock API shares the page's main thread: browser.ts turns this on, so
 * long work (building a large area, a search over everyone) runs a slice at a time. Tests and the
 * HTTP server run it at once, so a handler answers as soon as a plain async one would (tests
 * time their steps by it).
 */
let inSlices = false;

export function runLongWorkInSlices(enabled: boolean): void {
  inSlices = enabled;
}

class SessionMap extends Map<string, StaffRecord> {
  private ready = false;

  constructor() {
    super();
    const stored = sessionStorageBackend?.getItem(SESSIONS_KEY);
    if (stored) {
      for (const [token, username] of JSON.parse(stored) as Array<[string, string]>) {
        const member = STAFF.find((candidate) => candidate.username === username);
        if (member) super.set(token, member);
      }
    }
    this.ready = true;
  }

  override set(token: string, member: StaffRecord): this {
    super.set(token, member);
    this.save();
    return this;
  }

  override delete(token: string): boolean {
    const deleted = super.delete(token);
    this.save();
    return deleted;
  }

  private save(): void {
    if (!this.ready || !sessionStorageBackend) return;
    sessionStorageBackend.setItem(SESSIONS_KEY, JSON.stringify([...this].map(([token, member]) => [token, member.username])));
  }
}

export class MockDb {
  readonly scale: number;
  readonly sessions: Map<string, StaffRecord> = new SessionMap();
  readonly idempotency = new Map<string, IdempotentEntry>();
  readonly auditEvents: Schemas['AuditEvent'][] = [];
  readonly policyVersions: PolicyVersionRecord[] = [...POLICY_VERSIONS];
  /** Built areas, by name. */
  private readonly areas = new Map<string, unknown>();
  /** Areas whose build has started and not ended (the browser builds them a slice at a time). */
  private readonly pending = new Map<string, Iterator<unknown, unknown, undefined>>();
  private readonly personCache = new Map<number, PersonRecord>();
  private sessionCounter = 0;
  private createdCounter = 0;

  constructor(scale: number) {
    this.scale = scale;
  }

  size(name: SizeName): number {
    return Math.round(BASE_SIZES[name] * this.scale);
  }

  /** A feature area, built at once if it is not yet (tests, the HTTP server; see ready()). */
  area<T>(definition: AreaDefinition<T>): T {
    return this.areas.has(definition.name) ? (this.areas.get(definition.name) as T) : runToEnd(this.areaSteps(definition));
  }

  /** A feature area, built if it is not yet, a slice at a time in the browser (see run()). */
  async ready<T>(definition: AreaDefinition<T>): Promise<T> {
    return this.areas.has(definition.name) ? (this.areas.get(definition.name) as T) : this.run(this.areaSteps(definition));
  }

  /** Long work of a handler: a slice at a time in the browser (see runLongWorkInSlices), else at once. */
  async run<T>(steps: Steps<T>): Promise<T> {
    return inSlices ? runInSlices(steps) : runToEnd(steps);
  }

  /** The build of an area as steps; callers that meet it half-way go on with the same build. */
  private *areaSteps<T>(definition: AreaDefinition<T>): Steps<T> {
    const { name } = definition;
    if (!this.areas.has(name)) {
      for (const need of definition.needs ?? []) yield* this.areaSteps(need);
    }
    while (!this.areas.has(name)) {
      if (!this.advance(definition)) yield;
    }
    return this.areas.get(name) as T;
  }

  /** One step of an area's build (started if need be); true once the area is built. */
  private advance<T>(definition: AreaDefinition<T>): boolean {
    const { name } = definition;
    let build = this.pending.get(name);
    if (!build) {
      build = 'build' in definition ? definition.build(this) : { next: () => ({ done: true, value: definition.create(this) }) };
      this.pending.set(name, build);
    }
    let next: IteratorResult<unknown>;
    try {
      next = build.next();
    } catch (error) {
      // A failed build starts again on the next request, as a failed seed would on a restart.
      this.pending.delete(name);
      throw error;
    }
    if (next.done) {
      this.areas.set(name, next.value);
      this.pending.delete(name);
    }
    return next.done === true;
  }

  get peopleCount(): number {
    return this.size('people');
  }

  person(index: number): PersonRecord {
    let person = this.personCache.get(index);
    if (!person) {
      person = personAt(index);
      // Keep the cache bounded: people are cheap to regenerate.
      if (this.personCache.size > 5_000) this.personCache.clear();
      this.personCache.set(index, person);
    }
    return person;
  }

  personById(id: string): PersonRecord | null {
    const index = personIndexFromId(id, this.peopleCount);
    return index === null ? null : this.person(index);
  }

  organisation(index: number): OrganisationRecord {
    return organisationAt(index % ORGANISATION_COUNT);
  }

  organisationById(id: string): OrganisationRecord | null {
    for (let index = 0; index < ORGANISATION_COUNT; index += 1) {
      const organisation = organisationAt(index);
      if (organisation.id === id) return organisation;
    }
    return null;
  }

  newSessionToken(): string {
    // After a reload the restored sessions keep their tokens; new ones must not reuse them.
    this.sessionCounter = Math.max(this.sessionCounter, this.sessions.size) + 1;
    return `mock-session-${String(this.sessionCounter).padStart(6, '0')}-${uuidFor(NS.created, 900_000 + this.sessionCounter)}`;
  }

  /** A fresh id for a record created through the API. */
  newId(): string {
    this.createdCounter += 1;
    return uuidFor(NS.created, this.createdCounter);
  }

  audit(entry: Omit<Schemas['AuditEvent'], 'id' | 'occurredAt'>): Schemas['AuditEvent'] {
    const event: Schemas['AuditEvent'] = { id: this.newId(), occurredAt: clock.nowIso(), ...entry };
    this.auditEvents.push(event);
    return event;
  }
}

let db: MockDb | null = null;

export function getDb(): MockDb {
  db ??= new MockDb(getScenario().scale);
  return db;
}

/** Drop all state; the next request builds a fresh world for the current scenario. */
export function resetDb(): void {
  db = null;
  clock.reset();
}
