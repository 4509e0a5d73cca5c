import type { components } from '../../src/api/schema';
import { REFERENCE_NOW } from '../lib/clock';
import { mulberry32 } from '../lib/faker';
import { NS, uuidFor } from '../lib/ids';
import type { Steps } from '../lib/slices';
import { STAFF, staffMember } from './core';
import type { AreaDefinition } from './index';

type AuditEvent = components['schemas']['AuditEvent'];
type AuditAction = components['schemas']['AuditAction'];
type AuditResourceType = components['schemas']['AuditResourceType'];

const REVEAL_REASONS = [
  'Caller verified by phone; needs the email address to send the export link.',
  'Complaint by email: matching the sender to the account.',
  'DSAR identity check: comparing the name on the request with the account.',
  'Opt-out by phone: confirming the account holder.',
];

const EXPORT_REASONS = ['Monthly report for management.', 'Art. 30 register update.', 'Evidence for the quarterly compliance check.'];

/**
 * A plausible history of who did what in the console over the last six months. Yields between
 * events: the browser seeds them a slice at a time (MockDb.ready).
 */
function* seedHistory(count: number): Steps<AuditEvent[]> {
  const random = mulberry32(424_242);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const end = Date.parse(REFERENCE_NOW);
  const span = 183 * 86_400_000;
  const kinds: Array<{ action: AuditAction; resourceType: AuditResourceType; summary: string; weight: number }> = [
    { action: 'sign_in', resourceType: 'session', summary: 'Signed in', weight: 8 },
    { action: 'transition', resourceType: 'dsar', summary: 'Moved a request to another state', weight: 10 },
    { action: 'update', resourceType: 'dsar', summary: 'Changed the assignee of a request', weight: 5 },
    { action: 'create', resourceType: 'dsar', summary: 'Registered a request', weight: 6 },
    { action: 'reveal', resourceType: 'person', summary: "Revealed a person's identity", weight: 6 },
    { action: 'create', resourceType: 'consent_event', summary: 'Recorded a consent change on behalf of a person', weight: 4 },
    { action: 'update', resourceType: 'complaint', summary: 'Updated a complaint', weight: 5 },
    { action: 'export', resourceType: 'report', summary: 'Exported the compliance report as CSV', weight: 1 },
    { action: 'update', resourceType: 'recipient', summary: 'Edited a recipient', weight: 1 },
    { action: 'read', resourceType: 'violation', summary: 'Read a violation record', weight: 1 },
    { action: 'create', resourceType: 'compliance_check', summary: 'Recorded a compliance check result', weight: 1 },
  ];
  const totalWeight = kinds.reduce((sum, kind) => sum + kind.weight, 0);
  const events: AuditEvent[] = [];
  for (let index = 0; index < count; index += 1) {
    let roll = random() * totalWeight;
    const kind = kinds.find((candidate) => (roll -= candidate.weight) < 0) ?? kinds[0]!;
    const actorPool = kind.resourceType === 'violation' || kind.resourceType === 'recipient' ? STAFF.filter((s) => s.role === 'privacy_officer') : kind.resourceType === 'report' ? STAFF.filter((s) => s.role !== 'support') : STAFF.filter((s) => s.role !== 'management');
    const actor = pick(actorPool.length > 0 ? actorPool : STAFF);
    events.push({
      id: uuidFor(NS.audit, index),
      occurredAt: new Date(end - random() * span).toISOString(),
      actor: staffMember(actor),
      action: kind.action,
      resourceType: kind.resourceType,
      resourceId: kind.resourceType === 'session' ? null : uuidFor(NS.audit, 1_000_000 + Math.floor(random() * 50_000)),
      reason: kind.action === 'reveal' ? pick(REVEAL_REASONS) : kind.action === 'export' ? pick(EXPORT_REASONS) : null,
      summary: kind.summary,
    });
    yield;
  }
  return events.sort((a, b) => (a.occurredAt < b.occurredAt ? -1 : 1));
}

export interface AuditState {
  /** Seeded history, oldest first; live events are in db.auditEvents. */
  seeded: AuditEvent[];
}

export const auditArea: AreaDefinition<AuditState> = {
  name: 'audit',
  *build(db) {
    return { seeded: yield* seedHistory(db.size('auditEvents')) };
  },
};
