import type { components } from '../../src/api/schema';
import { clock } from '../lib/clock';
import { toDayNumber } from '../lib/dates';
import { parsePeriod, previousPeriod, quarterOf } from '../lib/periods';
import { checksSummary } from './compliance';
import { complaintBand, complaintStatistics, complaintsArea, CLOSED_STATUSES as CLOSED_COMPLAINT } from './complaints';
import type { StaffRecord } from './core';
import { bandOf, dsarArea, dsarStatistics, isClosed } from './dsars';
import type { MockDb } from './index';
import { recipientWarningSummary } from './recipients';
import { violationStatistics } from './violations';

type Figure = components['schemas']['OverviewFigure'];
type Overview = components['schemas']['Overview'];

const OPEN_COMPLAINT = 'status=new&status=in_progress&status=waiting_for_person';

function count(value: number, key: string, link: string): Figure {
  return { key, value, unit: 'count', link };
}

function privacyOfficerFigures(db: MockDb, today: string): Figure[] {
  const todayDay = toDayNumber(today);
  const bands = { overdue: 0, due_soon: 0 };
  let unassigned = 0;
  for (const record of db.area(dsarArea).records) {
    if (isClosed(record)) continue;
    const band = bandOf(record, todayDay);
    if (band === 'overdue' || band === 'due_soon') bands[band] += 1;
    if (record.assigneeId === null) unassigned += 1;
  }
  const complaints = db.area(complaintsArea).complaints;
  const openComplaints = complaints.filter((complaint) => !CLOSED_COMPLAINT.has(complaint.status));
  const escalatedOpen = openComplaints.filter((complaint) => complaint.escalation !== null).length;
  const checks = checksSummary(db, today);
  const recipients = recipientWarningSummary(db);
  const violations = violationStatistics(db);
  return [
    count(bands.overdue, 'dsars_overdue', '/dsars?band=overdue'),
    count(bands.due_soon, 'dsars_due_soon', '/dsars?band=due_soon'),
    count(unassigned, 'dsars_unassigned', '/dsars?assignee=none&status=received&status=identity_verification&status=in_progress&status=awaiting_employer'),
    count(openComplaints.length, 'complaints_open', `/complaints?${OPEN_COMPLAINT}`),
    count(escalatedOpen, 'complaints_escalated_open', `/complaints?escalated=true&${OPEN_COMPLAINT}`),
    count(checks.failed, 'checks_failing', '/compliance?outcome=fail'),
    count(checks.openRemediation, 'remediation_open', '/compliance?view=remediation&status=open&status=in_progress'),
    count(recipients.withWarnings, 'recipients_with_warnings', '/recipients?warning=processor_without_agreement&warning=agreement_expiring&warning=transfer_without_safeguard&warning=review_overdue&warning=consent_purpose_without_consent'),
    count(violations.underInvestigation, 'violations_under_investigation', '/violations?status=reported&status=under_investigation'),
  ];
}

function supportFigures(db: MockDb, user: StaffRecord, today: string): Figure[] {
  const todayDay = toDayNumber(today);
  let mineDue = 0;
  let unassigned = 0;
  for (const record of db.area(dsarArea).records) {
    if (isClosed(record)) continue;
    const band = bandOf(record, todayDay);
    if (record.assigneeId === user.id && (band === 'overdue' || band === 'due_soon')) mineDue += 1;
    if (record.assigneeId === null) unassigned += 1;
  }
  let complaintsMineDue = 0;
  let complaintsUnassigned = 0;
  for (const complaint of db.area(complaintsArea).complaints) {
    if (CLOSED_COMPLAINT.has(complaint.status)) continue;
    const band = complaintBand(complaint, today);
    if (complaint.assigneeId === user.id && (band === 'overdue' || band === 'due_soon')) complaintsMineDue += 1;
    if (complaint.assigneeId === null) complaintsUnassigned += 1;
  }
  return [
    count(mineDue, 'my_dsars_due_soon', '/dsars?assignee=me&band=overdue&band=due_soon'),
    count(complaintsMineDue, 'my_complaints_due_soon', `/complaints?assignee=me&band=overdue&band=due_soon`),
    count(unassigned, 'dsars_unassigned', '/dsars?assignee=none&status=received&status=identity_verification&status=in_progress&status=awaiting_employer'),
    count(complaintsUnassigned, 'complaints_unassigned', `/complaints?assignee=none&${OPEN_COMPLAINT}`),
  ];
}

function managementFigures(db: MockDb, today: string): { figures: Figure[]; period: Overview['period'] } {
  const current = parsePeriod(quarterOf(today));
  const previous = previousPeriod(current);
  const to = current.to < today ? current.to : today;
  const dsarsNow = dsarStatistics(db, current.from, to);
  const dsarsBefore = dsarStatistics(db, previous.from, previous.to);
  const checksNow = checksSummary(db, today);
  const checksBefore = checksSummary(db, previous.to);
  const complaintsNow = complaintStatistics(db, current.from, to);
  const complaintsBefore = complaintStatistics(db, previous.from, previous.to);
  const violationsNow = violationStatistics(db, current.from, to);
  const violationsBefore = violationStatistics(db, previous.from, previous.to);
  const reportLink = `/reports?period=${current.key}`;
  const trend = (key: string, value: number | null, previousValue: number | null, unit: Figure['unit'], link = reportLink): Figure => ({
    key,
    value: value ?? 0,
    previousValue,
    unit,
    link,
  });
  return {
    period: { key: current.key, kind: 'quarter', from: current.from, to: current.to },
    figures: [
      trend('dsars_received', dsarsNow.received, dsarsBefore.received, 'count'),
      trend('dsars_answered_in_time', dsarsNow.answeredInTimeShare, dsarsBefore.answeredInTimeShare, 'ratio'),
      trend('dsars_median_days', dsarsNow.medianDaysToAnswer, dsarsBefore.medianDaysToAnswer, 'days'),
      trend('complaints_received', complaintsNow.received, complaintsBefore.received, 'count'),
      trend('complaints_escalated', complaintsNow.escalated, complaintsBefore.escalated, 'count'),
      trend('compliance_score', checksNow.score, checksBefore.score, 'score', '/compliance'),
      trend('checks_failing', checksNow.failed, checksBefore.failed, 'count', '/compliance?outcome=fail'),
      trend('violations_total', violationsNow.total, violationsBefore.total, 'count'),
    ],
  };
}

export function overviewFor(db: MockDb, user: StaffRecord): Overview {
  const today = clock.today();
  const asOf = clock.nowIso();
  if (user.role === 'management') {
    const { figures, period } = managementFigures(db, today);
    return { role: user.role, asOf, period, figures };
  }
  const figures = user.role === 'support' ? supportFigures(db, user, today) : privacyOfficerFigures(db, today);
  return { role: user.role, asOf, period: null, figures };
}
