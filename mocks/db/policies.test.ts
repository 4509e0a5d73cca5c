import { describe, expect, it } from 'vitest';
import { getDb, resetDb } from './index';
import { PLATFORM_START, personAt, POLICY_VERSIONS } from './core';
import {
  advanceAnnouncement,
  announcementResponse,
  announcementsBetween,
  compareVersions,
  latestVersion,
  registeredBy,
  requeueBounced,
  seededAnnouncement,
  startAnnouncement,
} from './policies';

describe('compareVersions and latestVersion', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(compareVersions('2.10.0', '2.9.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.0.1', '1.1.0')).toBeLessThan(0);
    expect(latestVersion(POLICY_VERSIONS)?.version).toBe('2.1.0');
    expect(latestVersion([])).toBeNull();
  });
});

describe('registeredBy', () => {
  it('follows the registration days personAt() draws', () => {
    const people = 2_000;
    const on = '2023-04-01';
    let counted = 0;
    for (let index = 0; index < people; index += 1) if (personAt(index).registeredOn <= on) counted += 1;
    expect(Math.abs(registeredBy(on, people) - counted)).toBeLessThan(people * 0.04);
    expect(registeredBy('2026-11-25', people)).toBe(people);
    // Before launch: the beta users.
    expect(registeredBy(PLATFORM_START, 10_000)).toBe(200);
  });
});

describe('announcement progress', () => {
  it('sends a quarter per step, keeps every copy in exactly one state and completes in five steps', () => {
    const record = startAnnouncement('a', 'v', '2026-11-25T08:30:01.000Z', 1_001);
    expect(announcementResponse(record)).toMatchObject({ status: 'sending', queued: 1_001, sent: 0, delivered: 0, bounced: 0, policyDateUpdatedOn: '2026-11-25' });
    let steps = 0;
    while (advanceAnnouncement(record)) {
      steps += 1;
      const view = announcementResponse(record);
      expect(view.queued + view.sent + view.delivered + view.bounced).toBe(1_001);
    }
    expect(steps).toBe(5);
    expect(record.status).toBe('completed');
    expect(record.bounced).toBe(Math.round(251 * 0.021) * 3 + Math.round(248 * 0.021));
    expect(advanceAnnouncement(record)).toBe(false);
  });

  it('requeues the bounced copies; a resend bounces more often and completes after two steps', () => {
    const record = startAnnouncement('a', 'v', '2026-11-25T08:30:01.000Z', 10_000);
    while (advanceAnnouncement(record));
    const bounced = record.bounced;
    const version = record.version;
    requeueBounced(record);
    expect(announcementResponse(record)).toMatchObject({ status: 'sending', queued: bounced, bounced: 0, resendCount: 1 });
    expect(record.version).toBe(version + 1);
    advanceAnnouncement(record);
    advanceAnnouncement(record);
    expect(record.status).toBe('completed');
    expect(record.bounced).toBe(Math.round(bounced * 0.4));
  });

  it('completes at once when nobody is registered', () => {
    expect(startAnnouncement('a', 'v', '2026-11-25T08:30:01.000Z', 0).status).toBe('completed');
  });

  it('seeds past announcements as completed with 97-99 % delivered', () => {
    POLICY_VERSIONS.filter((version) => version.announcementId).forEach((version, index) => {
      const record = seededAnnouncement(version, index, 20_000);
      expect(record.status).toBe('completed');
      expect(record.delivered + record.bounced).toBe(record.totalRecipients);
      expect(record.delivered / record.totalRecipients).toBeGreaterThanOrEqual(0.97);
      expect(record.delivered / record.totalRecipients).toBeLessThanOrEqual(0.995);
    });
  });
});

describe('announcementsBetween', () => {
  it('lists the announcements started in a period, oldest first', () => {
    resetDb();
    const db = getDb();
    expect(announcementsBetween(db, '2023-01-01', '2025-12-31').map((entry) => entry.policyVersion)).toEqual(['2.0.0', '2.1.0']);
    expect(announcementsBetween(db, '2025-08-01', '2025-08-01')).toHaveLength(1);
    expect(announcementsBetween(db, '2026-01-01', '2026-12-31')).toEqual([]);
    resetDb();
  });
});
