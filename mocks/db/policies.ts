import type { components } from '../../src/api/schema';
import { REFERENCE_TODAY } from '../lib/clock';
import { brusselsDate, daysBetween } from '../lib/dates';
import { PLATFORM_START, type PolicyVersionRecord } from './core';
import type { AreaDefinition, MockDb } from './index';

type Schemas = components['schemas'];

/**
 * An announcement of a policy change. Every copy is in exactly one state, so
 * queued + sent + delivered + bounced = totalRecipients at all times: `sent` copies are with the
 * mail provider awaiting a delivery report. First copies and resent (previously bounced) copies
 * are kept apart because a resend bounces far more often (mostly dead mailboxes).
 */
export interface AnnouncementRecord {
  id: string;
  policyVersionId: string;
  status: Schemas['AnnouncementStatus'];
  startedAt: string;
  totalRecipients: number;
  firstQueued: number;
  resendQueued: number;
  firstSent: number;
  resendSent: number;
  delivered: number;
  bounced: number;
  resendCount: number;
  policyDateUpdatedOn: string | null;
  version: number;
}

export interface PoliciesState {
  announcements: Map<string, AnnouncementRecord>;
}

/** Share of first copies that bounce, and of resent copies. */
export const FIRST_BOUNCE_RATE = 0.021;
export const RESEND_BOUNCE_RATE = 0.4;
/** A new announcement hands this share of its recipients to the mail provider per progress step. */
export const BATCH_SHARE = 0.25;
export const MAX_RESENDS = 100;

/**
 * How many of `peopleCount` people had registered by `date`. personAt() draws the registration
 * day as PLATFORM_START + r^0.8 * span (r uniform), so the share registered by day d is
 * (d / span)^1.25; computing it beats generating 200,000 people. The first policy (published a
 * month before launch) went to the beta users who signed up ahead of the launch: 2 %.
 */
export function registeredBy(date: string, peopleCount: number): number {
  const span = daysBetween(PLATFORM_START, REFERENCE_TODAY);
  const elapsed = Math.min(span, Math.max(0, daysBetween(PLATFORM_START, date) + 1));
  return Math.round(peopleCount * Math.max(0.02, (elapsed / span) ** 1.25));
}

/** Bounce rates of the seeded announcements, and whether the bounced copies were sent again once. */
const SEEDED_OUTCOMES: ReadonlyArray<{ bounceRate: number; resent: boolean }> = [
  { bounceRate: 0.014, resent: false },
  { bounceRate: 0.026, resent: false },
  { bounceRate: 0.028, resent: true },
];

export function seededAnnouncement(version: PolicyVersionRecord, index: number, peopleCount: number): AnnouncementRecord {
  if (!version.announcementId) throw new Error(`Version ${version.version} has no announcement`);
  const outcome = SEEDED_OUTCOMES[index % SEEDED_OUTCOMES.length] ?? { bounceRate: 0.02, resent: false };
  const total = registeredBy(brusselsDate(version.publishedAt), peopleCount);
  let bounced = Math.round(total * outcome.bounceRate);
  let delivered = total - bounced;
  if (outcome.resent) {
    const redelivered = bounced - Math.round(bounced * RESEND_BOUNCE_RATE);
    delivered += redelivered;
    bounced -= redelivered;
  }
  return {
    id: version.announcementId,
    policyVersionId: version.id,
    status: 'completed',
    startedAt: version.publishedAt,
    totalRecipients: total,
    firstQueued: 0,
    resendQueued: 0,
    firstSent: 0,
    resendSent: 0,
    delivered,
    bounced,
    resendCount: outcome.resent ? 1 : 0,
    policyDateUpdatedOn: brusselsDate(version.publishedAt),
    version: 1,
  };
}

/** A new announcement to every registered user: all copies queued. */
export function startAnnouncement(id: string, policyVersionId: string, startedAt: string, totalRecipients: number): AnnouncementRecord {
  return {
    id,
    policyVersionId,
    status: totalRecipients === 0 ? 'completed' : 'sending',
    startedAt,
    totalRecipients,
    firstQueued: totalRecipients,
    resendQueued: 0,
    firstSent: 0,
    resendSent: 0,
    delivered: 0,
    bounced: 0,
    resendCount: 0,
    policyDateUpdatedOn: brusselsDate(startedAt),
    version: 1,
  };
}

/**
 * One deterministic step of sending (the mock has no real time): the copies with the provider get
 * their delivery report, and the next batch leaves the queue. A new announcement completes after
 * five steps; each step is a new representation (new version, new ETag).
 */
export function advanceAnnouncement(record: AnnouncementRecord): boolean {
  if (record.status === 'completed') return false;
  const firstBounced = Math.round(record.firstSent * FIRST_BOUNCE_RATE);
  const resendBounced = Math.round(record.resendSent * RESEND_BOUNCE_RATE);
  record.bounced += firstBounced + resendBounced;
  record.delivered += record.firstSent - firstBounced + record.resendSent - resendBounced;
  const batch = Math.min(record.firstQueued, Math.max(1, Math.ceil(record.totalRecipients * BATCH_SHARE)));
  record.firstSent = batch;
  record.firstQueued -= batch;
  record.resendSent = record.resendQueued;
  record.resendQueued = 0;
  if (record.firstQueued + record.firstSent + record.resendQueued + record.resendSent === 0) record.status = 'completed';
  record.version += 1;
  return true;
}

/** Queues every bounced copy again. The caller has checked there is at least one. */
export function requeueBounced(record: AnnouncementRecord): void {
  record.resendQueued += record.bounced;
  record.bounced = 0;
  record.resendCount += 1;
  record.status = 'sending';
  record.version += 1;
}

export function announcementResponse(record: AnnouncementRecord): Schemas['Announcement'] {
  return {
    id: record.id,
    policyVersionId: record.policyVersionId,
    channel: 'email',
    status: record.status,
    startedAt: record.startedAt,
    totalRecipients: record.totalRecipients,
    queued: record.firstQueued + record.resendQueued,
    sent: record.firstSent + record.resendSent,
    delivered: record.delivered,
    bounced: record.bounced,
    resendCount: record.resendCount,
    policyDateUpdatedOn: record.policyDateUpdatedOn,
    version: record.version,
  };
}

export const policiesArea: AreaDefinition<PoliciesState> = {
  name: 'policies',
  create(db) {
    const announcements = new Map<string, AnnouncementRecord>();
    db.policyVersions
      .filter((version) => version.announcementId !== null)
      .forEach((version, index) => {
        const record = seededAnnouncement(version, index, db.peopleCount);
        announcements.set(record.id, record);
      });
    return { announcements };
  },
};

/** `2.10.0` > `2.9.3`: compares major, minor and patch as numbers. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

export function latestVersion(versions: readonly PolicyVersionRecord[]): PolicyVersionRecord | null {
  return versions.reduce<PolicyVersionRecord | null>((latest, version) => (latest === null || compareVersions(version.version, latest.version) > 0 ? version : latest), null);
}

export function policyVersionResponse(record: PolicyVersionRecord): Schemas['PolicyVersion'] {
  return { ...record, summary: { ...record.summary } };
}

/** For the compliance report: announcements started in a period (Brussels calendar days, inclusive). */
export function announcementsBetween(db: MockDb, from: string, to: string): Array<Schemas['ComplianceReport']['announcements'][number]> {
  const { announcements } = db.area(policiesArea);
  const versions = new Map(db.policyVersions.map((version) => [version.id, version.version]));
  return [...announcements.values()]
    .filter((record) => {
      const day = brusselsDate(record.startedAt);
      return day >= from && day <= to;
    })
    .sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0))
    .slice(0, 20)
    .map((record) => ({
      policyVersion: versions.get(record.policyVersionId) ?? '0.0.0',
      startedAt: record.startedAt,
      totalRecipients: record.totalRecipients,
      delivered: record.delivered,
      bounced: record.bounced,
    }));
}
