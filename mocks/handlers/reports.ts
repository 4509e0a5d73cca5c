import { complaintsArea } from '../db/complaints';
import { complianceArea } from '../db/compliance';
import { staffMember } from '../db/core';
import { dsarArea } from '../db/dsars';
import { complianceReport, reportsArea } from '../db/reports';
import { violationsArea } from '../db/violations';
import { route } from '../http';
import { clock } from '../lib/clock';
import { paginate } from '../lib/list';
import { notFound } from '../lib/problem';

export const reportsHandlers = [
  route.get('/compliance-report', { permission: 'reports_read', areas: [dsarArea, complaintsArea, violationsArea, complianceArea] }, async ({ response }, { db, query }) =>
    response(200).json(await complianceReport(db, query.period)),
  ),

  route.get('/frozen-reports', { permission: 'reports_read' }, ({ response }, { db, query }) => {
    const { frozen } = db.area(reportsArea);
    const newestFirst = [...frozen].reverse();
    return response(200).json(
      paginate(newestFirst, query, ({ id, period, frozenAt, frozenBy, note }) => ({ id, period, frozenAt, frozenBy, note })),
    );
  }),

  route.post('/frozen-reports', { permission: 'reports_freeze', areas: [dsarArea, complaintsArea, violationsArea, complianceArea] }, async ({ response }, { db, body, user, audit }) => {
    const report = await complianceReport(db, body.period);
    const frozen = {
      id: db.newId(),
      period: report.period,
      frozenAt: clock.nowIso(),
      frozenBy: staffMember(user),
      note: body.note ?? null,
      // A deep copy: later changes to the data never reach a frozen report.
      report: structuredClone(report),
    };
    db.area(reportsArea).frozen.push(frozen);
    audit({ action: 'create', resourceType: 'report', resourceId: frozen.id, summary: `Froze the compliance report for ${report.period.key}` });
    return response(201).json(frozen);
  }),

  route.get('/frozen-reports/{reportId}', { permission: 'reports_read' }, ({ response, params }, { db }) => {
    const frozen = db.area(reportsArea).frozen.find((candidate) => candidate.id === params.reportId);
    if (!frozen) throw notFound('frozen report');
    return response(200).json(structuredClone(frozen));
  }),
];
