import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { NS, uuidFor } from '../lib/ids';
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
export interface AreaDefinition<T> {
  name: string;
  create(db: MockDb): T;
}

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
  /** Changes to people made through the API (none change identity today, but consent does). */
  private readonly areas = new Map<string, unknown>();
  private readonly personCache = new Map<number, PersonRecord>();
  private sessionCounter = 0;
  private createdCounter = 0;

  constructor(scale: number) {
    this.scale = scale;
  }

  size(name: SizeName): number {
    return Math.round(BASE_SIZES[name] * this.scale);
  }

  area<T>(definition: AreaDefinition<T>): T {
    if (!this.areas.has(definition.name)) this.areas.set(definition.name, definition.create(this));
    return this.areas.get(definition.name) as T;
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
