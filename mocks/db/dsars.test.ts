import { describe, expect, it } from 'vitest';
import { REFERENCE_NOW } from '../lib/clock';
import { dueDayAfterMonths, isWorkingDay, formatDay } from '../lib/deadlines';
import { STAFF } from './core';
import { allowedTransitions, bandOf, detailsOf, dsarArea, dsarId, dsarStatistics, dueDayOf, findDsar, isClosed, timelineOf, type DsarRecord } from './dsars';
import { MockDb } from './index';
import { TODAY_DAY, personBasics } from './people';

const db = new MockDb(1);
const state = db.area(dsarArea);
const records = state.records;
const staff = (username: string) => {
  const member = STAFF.find((candidate) => candidate.username === username);
  if (!member) throw new Error(username);
  return member;
};

describe('seeded requests', () => {
  it('are as many as the world size, over the last three years, numbered per receipt year', () => {
    expect(records).toHaveLength(db.size('dsars'));
    const references = records.map((record) => record.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const reference of references) expect(reference).toMatch(/^DSAR-\d{4}-\d{5}$/);
    expect(references.filter((reference) => reference.startsWith('DSAR-2026-'))[0]).toBe('DSAR-2026-00001');
    expect(formatDay(records[0]?.receivedDay ?? 0) >= '2023-11-25').toBe(true);
    expect(records.every((record) => record.receivedMs < Date.parse(REFERENCE_NOW))).toBe(true);
  });

  it('are the same in every world', () => {
    const again = new MockDb(1).area(dsarArea).records;
    expect(again.map((record) => [record.reference, record.status, record.assigneeId, record.closedDay])).toEqual(
      records.map((record) => [record.reference, record.status, record.assigneeId, record.closedDay]),
    );
  });

  it('mix types, channels and plans; business-plan requests come with the employer', () => {
    const share = (predicate: (record: DsarRecord) => boolean) => records.filter(predicate).length / records.length;
    expect(share((record) => record.type === 'access')).toBeGreaterThan(0.35);
    expect(share((record) => record.type === 'restriction')).toBeGreaterThan(0.01);
    expect(share((record) => record.channel === 'phone')).toBeGreaterThan(0.03);
    expect(share((record) => record.plan === 'business')).toBeGreaterThan(0.1);
    for (const record of records) {
      const basics = personBasics(record.personIndex);
      expect(record.plan).toBe(basics.plan);
      expect(record.employerIndex).toBe(basics.employerIndex);
      if (record.status === 'awaiting_employer') expect(record.plan).toBe('business');
    }
  });

  it('are mostly closed, a few late, some extended and some rejected; a few hundred open in every band', () => {
    const closed = records.filter(isClosed);
    const open = records.filter((record) => !isClosed(record));
    expect(closed.length / records.length).toBeGreaterThan(0.85);
    expect(open.length).toBeGreaterThan(150);
    expect(open.length).toBeLessThan(400);
    const late = closed.filter((record) => (record.closedDay ?? 0) > dueDayOf(record));
    expect(late.length).toBeGreaterThan(0);
    expect(late.length / closed.length).toBeLessThan(0.1);
    expect(records.filter((record) => record.extensionDay !== null).length).toBeGreaterThan(50);
    expect(records.filter((record) => record.status === 'rejected').length).toBeGreaterThan(50);
    const bands = new Set(open.map((record) => bandOf(record, TODAY_DAY)));
    expect(bands).toEqual(new Set(['overdue', 'due_soon', 'on_track']));
    const statuses = new Set(open.map((record) => record.status));
    expect(statuses).toEqual(new Set(['received', 'identity_verification', 'in_progress', 'awaiting_employer']));
    expect(open.some((record) => record.assigneeId === null)).toBe(true);
    expect(open.some((record) => record.assigneeId === staff('jan.devries').id)).toBe(true);
    expect(open.some((record) => record.assigneeId === staff('els.peeters').id)).toBe(true);
  });

  it('keep legal deadlines: due dates on working days, extensions within the first month', () => {
    for (const record of records) {
      expect(record.originalDueDay).toBe(dueDayAfterMonths(record.receivedDay, 1));
      expect(isWorkingDay(formatDay(dueDayOf(record)))).toBe(true);
      if (record.extensionDay !== null) {
        expect(record.extensionDay).toBeGreaterThanOrEqual(record.receivedDay);
        expect(record.extensionDay).toBeLessThanOrEqual(record.originalDueDay + 1);
      }
      if (record.closedDay !== null) {
        expect(record.closedDay).toBeGreaterThanOrEqual(record.receivedDay);
        expect(record.closedDay).toBeLessThanOrEqual(TODAY_DAY);
      }
    }
  });

  it('get details on first read that agree with the list row', () => {
    const now = new Date(Date.parse(REFERENCE_NOW)).toISOString();
    for (const record of records.filter((_, index) => index % 7 === 0)) {
      const details = detailsOf(state, record);
      const timeline = timelineOf(state, record);
      expect(timeline[0]?.kind).toBe('created');
      const instants = timeline.map((entry) => entry.occurredAt);
      expect(instants).toEqual([...instants].sort());
      expect(instants.every((instant) => instant < now)).toBe(true);
      const last = timeline.filter((entry) => entry.kind === 'status_changed').at(-1);
      expect(last?.toStatus ?? 'received').toBe(record.status);
      if (isClosed(record)) expect(last?.occurredAt).toBe(new Date(record.closedMs ?? 0).toISOString());
      expect(details.extension !== null).toBe(record.extensionDay !== null);
      if (['in_progress', 'awaiting_employer', 'completed'].includes(record.status)) expect(details.identityVerification).not.toBeNull();
      if (record.status === 'awaiting_employer') expect(details.employerRouting?.instruction).toBeNull();
      if (record.status === 'completed' && record.plan === 'business') expect(details.employerRouting?.instruction).toBeTruthy();
      if (record.status === 'rejected') expect(record.rejection?.explanation.length).toBeGreaterThan(10);
      expect(findDsar(state, dsarId(record))).toBe(record);
    }
  });

  it('is empty in the empty world', () => {
    const empty = new MockDb(0);
    expect(empty.area(dsarArea).records).toEqual([]);
    expect(dsarStatistics(empty, '2026-01-01', '2026-12-31')).toMatchObject({ received: 0, open: 0, closed: 0, answeredInTimeShare: null, medianDaysToAnswer: null });
  });
});

describe('allowedTransitions', () => {
  const open = (status: DsarRecord['status'], plan: DsarRecord['plan']) => {
    const record = records.find((candidate) => candidate.status === status && candidate.plan === plan);
    if (!record) throw new Error(`no ${status} ${plan}`);
    return { ...record };
  };

  it('follow the workflow for the privacy officer, with the employer step for Business plans only', () => {
    const officer = staff('els.peeters');
    expect(allowedTransitions(open('received', 'individual'), officer)).toEqual(['identity_verification', 'rejected']);
    expect(allowedTransitions(open('identity_verification', 'individual'), officer)).toEqual(['in_progress', 'rejected']);
    expect(allowedTransitions(open('in_progress', 'individual'), officer)).toEqual(['completed', 'rejected']);
    expect(allowedTransitions(open('in_progress', 'business'), officer)).toEqual(['awaiting_employer', 'completed', 'rejected']);
    expect(allowedTransitions(open('awaiting_employer', 'business'), officer)).toEqual(['in_progress', 'completed']);
    expect(allowedTransitions(open('completed', 'business'), officer)).toEqual([]);
    expect(allowedTransitions(open('rejected', 'individual'), officer)).toEqual([]);
  });

  it('let support move only what is assigned to them, and management nothing', () => {
    const jan = staff('jan.devries');
    const record = open('received', 'individual');
    expect(allowedTransitions({ ...record, assigneeId: null }, jan)).toEqual([]);
    expect(allowedTransitions({ ...record, assigneeId: staff('sofie.maes').id }, jan)).toEqual([]);
    expect(allowedTransitions({ ...record, assigneeId: jan.id }, jan)).toEqual(['identity_verification', 'rejected']);
    expect(allowedTransitions({ ...record, assigneeId: null }, staff('an.claes'))).toEqual([]);
  });
});

describe('dsarStatistics', () => {
  it('adds up: types and statuses to received, months to received and closed, bands to open', () => {
    const stats = dsarStatistics(db, '2024-01-01', '2026-11-25');
    expect(stats.byType.reduce((sum, row) => sum + row.count, 0)).toBe(stats.received);
    expect(stats.byStatus.reduce((sum, row) => sum + row.count, 0)).toBe(stats.received);
    expect(stats.byMonth).toHaveLength(35);
    expect(stats.byMonth.reduce((sum, month) => sum + month.received, 0)).toBe(stats.received);
    expect(stats.byMonth.reduce((sum, month) => sum + month.closed, 0)).toBe(stats.closed);
    expect(stats.byMonth.reduce((sum, month) => sum + month.answeredInTime, 0)).toBe(stats.answeredInTime);
    expect(stats.bandCounts.overdue + stats.bandCounts.due_soon + stats.bandCounts.on_track).toBe(stats.open);
    expect(stats.open).toBe(records.filter((record) => !isClosed(record)).length);
    expect(stats.answeredInTimeShare).toBeGreaterThan(0.88);
    expect(stats.answeredInTimeShare).toBeLessThan(0.99);
  });

  it('counts what was open at the end of a past period, with the band it had then', () => {
    const stats = dsarStatistics(db, '2025-01-01', '2025-06-30');
    const last = Date.UTC(2025, 5, 30) / 86_400_000;
    const openAtEnd = records.filter((record) => record.receivedDay <= last && (record.closedDay === null || record.closedDay > last));
    expect(stats.open).toBe(openAtEnd.length);
  });

  it('refuses a period that ends before it starts or spans more than 120 months', () => {
    expect(() => dsarStatistics(db, '2026-02-01', '2026-01-31')).toThrow(/from/);
    expect(() => dsarStatistics(db, '2016-01-01', '2026-01-31')).toThrow(/120 months/);
    expect(() => dsarStatistics(db, '2017-01-01', '2026-12-31')).not.toThrow();
  });
});
