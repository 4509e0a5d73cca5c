import { afterEach, describe, expect, it } from 'vitest';
import { setScenario } from '../scenario';
import { complaintsArea } from './complaints';
import { checkById } from './compliance';
import { getDb, resetDb } from './index';
import { addYears, violationsArea, violationStatistics } from './violations';

afterEach(() => {
  setScenario('default');
  resetDb();
});

describe('addYears', () => {
  it('keeps the day, or the last day of February in a common year', () => {
    expect(addYears('2026-11-25', 5)).toBe('2031-11-25');
    expect(addYears('2028-02-29', 5)).toBe('2033-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('the seeded records', () => {
  it('are in reference order per year, decided when concluded, and linked to earlier incidents', () => {
    resetDb();
    const db = getDb();
    const { violations } = db.area(violationsArea);
    const { byId } = db.area(complaintsArea);
    expect(violations).toHaveLength(36);
    expect(new Set(violations.map((record) => record.reference)).size).toBe(36);
    for (const record of violations) {
      if (record.measure !== null) {
        expect(record.decidedOn).not.toBeNull();
        expect(record.decidedBy).not.toBeNull();
        expect(record.decidedOn! >= record.occurredOn).toBe(true);
      }
      if (record.status === 'closed') expect(record.retentionUntil).toBe(addYears(record.closedOn ?? '', 5));
      if (record.complaintId) {
        const complaint = byId.get(record.complaintId);
        expect(complaint).toBeDefined();
        expect(complaint!.receivedOn >= record.occurredOn).toBe(true);
      }
      if (record.checkId) expect(checkById(record.checkId)).not.toBeNull();
      expect(record.createdAt.slice(0, 10) >= record.occurredOn).toBe(true);
    }
  });

  it('is empty in the empty scenario', () => {
    setScenario('empty');
    resetDb();
    const stats = violationStatistics(getDb());
    expect(stats).toMatchObject({ total: 0, underInvestigation: 0, byQuarter: [] });
    expect(stats.bySeverity.every((entry) => entry.count === 0)).toBe(true);
  });
});

describe('violationStatistics', () => {
  it('counts records of a period, with every quarter of it, empty ones included', () => {
    resetDb();
    const db = getDb();
    const { violations } = db.area(violationsArea);
    const stats = violationStatistics(db, '2024-01-01', '2024-12-31');
    expect(stats.total).toBe(violations.filter((record) => record.occurredOn.startsWith('2024')).length);
    expect(stats.byQuarter.map((entry) => entry.key)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    const all = violationStatistics(db);
    expect(all.byQuarter[0]?.key).toBe('2022-Q4');
    expect(all.byQuarter.reduce((sum, entry) => sum + entry.count, 0)).toBe(36);
    expect(all.byDepartment.map((entry) => entry.count)).toEqual([...all.byDepartment.map((entry) => entry.count)].sort((a, b) => b - a));
  });

  it('leaves purged records out', () => {
    resetDb();
    const db = getDb();
    const { violations } = db.area(violationsArea);
    const first = violations[0]!;
    first.status = 'closed';
    first.retentionUntil = '2026-11-24';
    expect(violationStatistics(db).total).toBe(35);
  });
});
