import { afterEach, describe, expect, it } from 'vitest';
import { setScenario } from '../scenario';
import { complaintBand, complaintDueOn, complaintsArea, complaintStatistics, COMPLAINT_TRANSITIONS, timelineOf } from './complaints';
import { dsarArea, findDsar } from './dsars';
import { getDb, resetDb } from './index';
import { personBasics } from './people';

const TODAY = '2026-11-25';

afterEach(() => {
  setScenario('default');
  resetDb();
});

describe('complaintDueOn', () => {
  it('is one month after receipt, on the same day number or the last day of a shorter month', () => {
    expect(complaintDueOn('2026-11-10')).toBe('2026-12-10');
    expect(complaintDueOn('2026-02-28')).toBe('2026-03-30'); // 28 March is a Saturday
    expect(complaintDueOn('2027-01-31')).toBe('2027-03-01'); // 28 February 2027 is a Sunday
    expect(complaintDueOn('2028-01-31')).toBe('2028-02-29'); // leap year, a Tuesday
  });

  it('rolls past weekends and Belgian public holidays', () => {
    expect(complaintDueOn('2026-11-25')).toBe('2026-12-28'); // Christmas on a Friday, then the weekend
    expect(complaintDueOn('2026-01-31')).toBe('2026-03-02'); // Saturday 28 February
    expect(complaintDueOn('2026-03-06')).toBe('2026-04-07'); // Easter Monday 6 April 2026
    expect(complaintDueOn('2026-04-21')).toBe('2026-05-21'); // Thursday 21 May is no holiday
    expect(complaintDueOn('2026-04-14')).toBe('2026-05-15'); // Ascension Day 14 May 2026
  });
});

describe('complaintBand', () => {
  it('is overdue after the due day, due soon within a week, null once resolved', () => {
    expect(complaintBand({ responseDueOn: '2026-11-24', status: 'in_progress' }, TODAY)).toBe('overdue');
    expect(complaintBand({ responseDueOn: TODAY, status: 'new' }, TODAY)).toBe('due_soon');
    expect(complaintBand({ responseDueOn: '2026-12-02', status: 'new' }, TODAY)).toBe('due_soon');
    expect(complaintBand({ responseDueOn: '2026-12-03', status: 'new' }, TODAY)).toBe('on_track');
    expect(complaintBand({ responseDueOn: '2026-11-01', status: 'resolved' }, TODAY)).toBeNull();
    expect(COMPLAINT_TRANSITIONS.closed).toEqual([]);
  });
});

describe('the seeded complaints', () => {
  it('are coherent: references, deadlines, resolutions, escalations and linked requests', () => {
    resetDb();
    const db = getDb();
    const { complaints } = db.area(complaintsArea);
    const dsars = db.area(dsarArea);
    expect(complaints).toHaveLength(600);
    expect(new Set(complaints.map((record) => record.reference)).size).toBe(600);
    let linked = 0;
    for (const record of complaints) {
      expect(record.responseDueOn).toBe(complaintDueOn(record.receivedOn));
      expect(record.reference.slice(4, 8)).toBe(record.receivedOn.slice(0, 4));
      const resolved = record.status === 'resolved' || record.status === 'closed';
      expect(record.resolvedOn !== null).toBe(resolved);
      expect(record.resolution !== null).toBe(resolved);
      if (record.resolvedOn) expect(record.resolvedOn >= record.receivedOn && record.resolvedOn <= TODAY).toBe(true);
      if (record.closedOn) expect(record.status).toBe('closed');
      expect(personBasics(record.personIndex).registeredDay).toBeGreaterThan(0);
      if (record.escalation) {
        expect(record.escalation.authority).toBe(personBasics(record.personIndex).country === 'BE' ? 'gba' : 'ap');
        expect(record.escalation.escalatedOn >= record.receivedOn).toBe(true);
      }
      for (const id of record.linkedDsarIds) {
        linked += 1;
        const request = findDsar(dsars, id);
        expect(request?.personIndex).toBe(record.personIndex);
      }
    }
    expect(linked).toBeGreaterThan(20);
    expect(complaints.filter((record) => record.escalation && record.escalation.closedOn === null).length).toBeGreaterThan(2);
  });

  it('build a timeline from their fields, oldest first', () => {
    resetDb();
    const { complaints } = getDb().area(complaintsArea);
    for (const record of complaints.slice(0, 100)) {
      const timeline = timelineOf(record);
      expect(timeline[0]?.kind).toBe('created');
      const times = timeline.map((entry) => entry.occurredAt);
      expect(times).toEqual([...times].sort());
      expect(new Set(timeline.map((entry) => entry.id)).size).toBe(timeline.length);
    }
  });

  it('scale with the scenario', () => {
    setScenario('empty');
    resetDb();
    expect(getDb().area(complaintsArea).complaints).toEqual([]);
  });
});

describe('complaintStatistics', () => {
  it('counts what happened in a period and what was still open at its end', () => {
    resetDb();
    const db = getDb();
    const { complaints } = db.area(complaintsArea);
    const from = '2026-07-01';
    const to = '2026-09-30';
    const stats = complaintStatistics(db, from, to);
    expect(stats.received).toBe(complaints.filter((record) => record.receivedOn >= from && record.receivedOn <= to).length);
    expect(stats.resolved).toBe(complaints.filter((record) => record.resolvedOn !== null && record.resolvedOn >= from && record.resolvedOn <= to).length);
    expect(stats.received).toBeGreaterThan(30);
    expect(stats.open).toBeGreaterThan(0);
    const now = complaintStatistics(db, '2026-11-01', TODAY);
    expect(now.open).toBe(complaints.filter((record) => record.resolvedOn === null).length);
    expect(now.escalatedOpen).toBe(complaints.filter((record) => record.escalation && record.escalation.closedOn === null).length);
    expect(complaintStatistics(db, '2020-01-01', '2020-12-31')).toEqual({ received: 0, resolved: 0, escalated: 0, open: 0, escalatedOpen: 0 });
  });
});
