import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { toDayNumber } from '../lib/dates';
import { parsePeriod, previousPeriod } from '../lib/periods';
import { HttpProblem } from '../lib/problem';
import { checksSummary } from './compliance';
import { complaintStatistics } from './complaints';
import { consentRateSummary } from './consent';
import { dsarArea, dsarStatistics } from './dsars';
import type { AreaDefinition, MockDb } from './index';
import { announcementsBetween } from './policies';
import { recipientWarningSummary } from './recipients';
import { violationStatistics } from './violations';

type Schemas = components['schemas'];

/** Reports stored as they were when frozen; reopening one returns exactly this. */
export interface ReportsState {
  frozen: Schemas['FrozenReport'][];
}

export const reportsArea: AreaDefinition<ReportsState> = { name: 'reports', create: () => ({ frozen: [] }) };

/** Rejection reasons of requests rejected (closed) within the period, counted. */
function rejectedByReason(db: MockDb, from: string, to: string): Schemas['CountByKey'][] {
  const fromDay = toDayNumber(from);
  const toDay = toDayNumber(to);
  const counts = new Map<string, number>();
  for (const record of db.area(dsarArea).records) {
    if (record.rejection && record.closedDay !== null && record.closedDay >= fromDay && record.closedDay <= toDay) {
      counts.set(record.rejection.reason, (counts.get(record.rejection.reason) ?? 0) + 1);
    }
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count);
}

/** The management compliance report for a period, computed now from every area's data. */
export async function complianceReport(db: MockDb, periodKey: string): Promise<Schemas['ComplianceReport']> {
  const period = parsePeriod(periodKey);
  const today = clock.today();
  if (period.from > today) {
    throw new HttpProblem(400, 'Invalid query parameter: period. The period has not started yet.', {
      errors: [{ pointer: '/query/period', code: 'out_of_range', detail: 'the period has not started yet' }],
    });
  }
  // A running period is reported up to today: a report never claims the future.
  const to = period.to < today ? period.to : today;
  const from = period.from;
  const previous = previousPeriod(period);
  const dsars = dsarStatistics(db, from, to);
  const complaints = complaintStatistics(db, from, to);
  const violations = violationStatistics(db, from, to);
  const [consentNow, consentBefore] = await Promise.all([consentRateSummary(db, from, to), consentRateSummary(db, previous.from, previous.to)]);
  return {
    period: { key: period.key, kind: period.kind, from: period.from, to: period.to },
    generatedAt: clock.nowIso(),
    dsars: {
      received: dsars.received,
      closed: dsars.closed,
      answeredInTime: dsars.answeredInTime,
      answeredInTimeShare: dsars.answeredInTimeShare,
      medianDaysToAnswer: dsars.medianDaysToAnswer,
      extended: dsars.extended,
      rejected: dsars.rejected,
      rejectedByReason: rejectedByReason(db, from, to),
    },
    complaints: { received: complaints.received, resolved: complaints.resolved, escalated: complaints.escalated },
    violations: { total: violations.total, bySeverity: violations.bySeverity, byMeasure: violations.byMeasure },
    consent: consentNow.map((row) => ({
      purpose: row.purpose,
      asked: row.asked,
      granted: row.granted,
      consentRate: row.consentRate,
      previousConsentRate: consentBefore.find((before) => before.purpose === row.purpose)?.consentRate ?? null,
    })),
    checks: checksSummary(db, to),
    recipients: recipientWarningSummary(db),
    announcements: announcementsBetween(db, from, to),
  };
}
