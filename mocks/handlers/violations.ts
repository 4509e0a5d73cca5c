import type { components } from '../../src/api/schema';
import { complaintsArea } from '../db/complaints';
import { checkById } from '../db/compliance';
import {
  addYears,
  nextViolationReference,
  retained,
  RETENTION_YEARS,
  violationResponse,
  violationsArea,
  violationStatistics,
  type ViolationRecord,
  type ViolationsState,
} from '../db/violations';
import { route, HttpProblem } from '../http';
import { clock } from '../lib/clock';
import { assertIfMatch, etagFor } from '../lib/etag';
import { matchesAny, paginate, sortItems } from '../lib/list';
import { conflict, notFound, unprocessable } from '../lib/problem';

type FieldError = components['schemas']['FieldError'];

/** Violation records must never sit in a browser or proxy cache. */
const NO_STORE = { 'Cache-Control': 'no-store' } as const;

const SEVERITY_RANK = { low: 0, medium: 1, high: 2, critical: 3 } as const;
const STATUS_RANK = { reported: 0, under_investigation: 1, concluded: 2, closed: 3 } as const;

function findViolation(state: ViolationsState, id: string): ViolationRecord {
  const record = retained(state, clock.today()).find((candidate) => candidate.id === id);
  if (!record) throw notFound('violation record');
  return record;
}

export const violationsHandlers = [
  route.get('/violations', { permission: 'violations_read', areas: [violationsArea] }, ({ response }, { db, query }) => {
    const state = db.area(violationsArea);
    const needle = query.q?.trim().toLowerCase() ?? '';
    // q searches the reference, department, section and description: never the employee's name.
    const filtered = retained(state, clock.today()).filter(
      (record) =>
        matchesAny(query.severity, record.severity) &&
        matchesAny(query.status, record.status) &&
        (!needle || [record.reference, record.department, record.policySection, record.description].some((text) => text.toLowerCase().includes(needle))),
    );
    const sorted = sortItems(
      filtered,
      query.sort,
      {
        reference: (record) => record.reference,
        occurredOn: (record) => record.occurredOn,
        severity: (record) => SEVERITY_RANK[record.severity],
        status: (record) => STATUS_RANK[record.status],
        department: (record) => record.department,
      },
      { fallback: '-occurredOn', tieBreaker: (record) => record.reference },
    );
    return response(200).json(paginate(sorted, query, violationResponse), { headers: NO_STORE });
  }),

  route.post('/violations', { permission: 'violations_write', areas: [violationsArea] }, ({ response }, { db, body, audit }) => {
    const state = db.area(violationsArea);
    const today = clock.today();
    const errors: FieldError[] = [];
    const required: Array<[keyof typeof body, string]> = [
      ['employeeName', 'Name the employee.'],
      ['department', 'Give the department.'],
      ['policySection', 'Name the section of the policy that was broken.'],
      ['policyQuote', 'Quote the words of the policy that were broken.'],
      ['description', 'Describe what happened.'],
      ['reportedBy', 'Say who reported it.'],
    ];
    for (const [field, detail] of required) {
      const value = body[field];
      if (typeof value === 'string' && value.trim() === '') errors.push({ pointer: `/${field}`, code: 'required', detail });
    }
    if (body.occurredOn > today) errors.push({ pointer: '/occurredOn', code: 'in_future', detail: 'An incident cannot be dated in the future.' });
    if (body.complaintId && !db.area(complaintsArea).byId.has(body.complaintId)) {
      errors.push({ pointer: '/complaintId', code: 'unknown', detail: 'No complaint has this id.' });
    }
    if (body.checkId && !checkById(body.checkId)) errors.push({ pointer: '/checkId', code: 'unknown', detail: 'No compliance check has this id.' });
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the violation record are refused.');
    const record: ViolationRecord = {
      id: db.newId(),
      reference: nextViolationReference(state, today),
      employeeName: body.employeeName.trim(),
      department: body.department.trim(),
      policySection: body.policySection.trim(),
      policyQuote: body.policyQuote.trim(),
      description: body.description.trim(),
      occurredOn: body.occurredOn,
      reportedBy: body.reportedBy.trim(),
      severity: body.severity,
      status: 'reported',
      measure: null,
      decidedOn: null,
      decidedBy: null,
      complaintId: body.complaintId ?? null,
      checkId: body.checkId ?? null,
      retentionUntil: null,
      createdAt: clock.nowIso(),
      version: 1,
      closedOn: null,
    };
    state.violations.push(record);
    audit({ action: 'create', resourceType: 'violation', resourceId: record.id, summary: `Opened violation record ${record.reference}` });
    return response(201).json(violationResponse(record), { headers: { ...NO_STORE, ETag: etagFor(record.id, record.version) } });
  }),

  route.get('/violations/{violationId}', { permission: 'violations_read', areas: [violationsArea] }, ({ params, response }, { db, audit }) => {
    const record = findViolation(db.area(violationsArea), params.violationId);
    // Reading one employee's record is itself recorded.
    audit({ action: 'read', resourceType: 'violation', resourceId: record.id, summary: `Read violation record ${record.reference}` });
    return response(200).json(violationResponse(record), { headers: { ...NO_STORE, ETag: etagFor(record.id, record.version) } });
  }),

  route.patch('/violations/{violationId}', { permission: 'violations_write', areas: [violationsArea] }, ({ params, request, response }, { db, body, audit }) => {
    const record = findViolation(db.area(violationsArea), params.violationId);
    assertIfMatch(request, etagFor(record.id, record.version));
    if (record.status === 'closed') throw conflict('This record is closed and can no longer be changed; it is kept until its retention date.', 'record_closed');
    const today = clock.today();
    const errors: FieldError[] = [];
    const measure = body.measure ?? record.measure;
    const decidedOn = body.decidedOn ?? record.decidedOn;
    const decidedBy = body.decidedBy?.trim() ?? record.decidedBy;
    if (body.measure !== undefined) {
      // A disciplinary measure is only valid with who decided it and when.
      if (!decidedOn) errors.push({ pointer: '/decidedOn', code: 'required', detail: 'A measure needs the date it was decided.' });
      if (!decidedBy) errors.push({ pointer: '/decidedBy', code: 'required', detail: 'A measure needs who decided it.' });
    }
    if ((body.decidedOn !== undefined || body.decidedBy !== undefined) && !measure) {
      errors.push({ pointer: '/measure', code: 'required', detail: 'Record the measure that was decided.' });
    }
    if (body.decidedBy !== undefined && body.decidedBy.trim() === '') errors.push({ pointer: '/decidedBy', code: 'required', detail: 'Say who decided the measure.' });
    if (body.decidedOn !== undefined) {
      if (body.decidedOn > today) errors.push({ pointer: '/decidedOn', code: 'in_future', detail: 'A decision cannot be dated in the future.' });
      else if (body.decidedOn < record.occurredOn) errors.push({ pointer: '/decidedOn', code: 'before_incident', detail: 'A decision cannot predate the incident.' });
    }
    if (body.status === 'closed' && !measure) {
      errors.push({ pointer: '/measure', code: 'required', detail: 'Record the measure (none is a measure too) before closing the record.' });
    }
    if (body.description !== undefined && body.description.trim() === '') errors.push({ pointer: '/description', code: 'required', detail: 'Describe what happened.' });
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the violation record are refused.');

    const changes: string[] = [];
    if (body.severity !== undefined && body.severity !== record.severity) {
      record.severity = body.severity;
      changes.push(`severity ${body.severity}`);
    }
    if (body.description !== undefined) {
      record.description = body.description.trim();
      changes.push('description');
    }
    if (body.measure !== undefined) {
      record.measure = body.measure;
      changes.push(`measure ${body.measure}`);
    }
    if (body.decidedOn !== undefined) record.decidedOn = body.decidedOn;
    if (body.decidedBy !== undefined) record.decidedBy = body.decidedBy.trim();
    if (body.status !== undefined && body.status !== record.status) {
      record.status = body.status;
      changes.push(`status ${body.status}`);
      if (body.status === 'closed') {
        record.closedOn = today;
        record.retentionUntil = addYears(today, RETENTION_YEARS);
      }
    }
    record.version += 1;
    audit({ action: 'update', resourceType: 'violation', resourceId: record.id, summary: `Updated violation record ${record.reference}${changes.length > 0 ? ` (${changes.join(', ')})` : ''}` });
    return response(200).json(violationResponse(record), { headers: { ...NO_STORE, ETag: etagFor(record.id, record.version) } });
  }),

  route.get('/violation-statistics', { permission: 'violation_statistics_read', areas: [violationsArea] }, ({ response }, { db, query }) => {
    if (query.from && query.to && query.from > query.to) {
      throw new HttpProblem(400, 'Invalid query parameter: from (after to).', { errors: [{ pointer: '/query/from', code: 'out_of_range', detail: 'from must not be after to' }] });
    }
    return response(200).json(violationStatistics(db, query.from, query.to));
  }),
];
