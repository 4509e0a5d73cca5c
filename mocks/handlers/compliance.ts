import type { components } from '../../src/api/schema';
import {
  actionResponse,
  CHECKS,
  checkById,
  checkResponse,
  complianceArea,
  complianceScore,
  isActionOverdue,
  newResultId,
  resultResponse,
  resultsOf,
  type ActionRecord,
  type CheckOutcomeOrPending,
  type ResultRecord,
} from '../db/compliance';
import { staffMember } from '../db/core';
import { route, HttpProblem } from '../http';
import { clock } from '../lib/clock';
import { brusselsDate, toDayNumber } from '../lib/dates';
import { assertIfMatch, etagFor } from '../lib/etag';
import { uuidFor, NS } from '../lib/ids';
import { matchesAny, paginate, sortItems } from '../lib/list';
import { conflict, notFound, unprocessable } from '../lib/problem';

type FieldError = components['schemas']['FieldError'];

/** Worst first, so `sort=lastOutcome` puts what needs attention on top. */
const OUTCOME_RANK: Record<CheckOutcomeOrPending, number> = { fail: 0, warning: 1, pending: 2, pass: 3, not_applicable: 4 };
const STATUS_RANK: Record<ActionRecord['status'], number> = { open: 0, in_progress: 1, done: 2 };

function findCheck(id: string) {
  const check = checkById(id);
  if (!check) throw notFound('compliance check');
  return check;
}

export const complianceHandlers = [
  route.get('/compliance-checks', { permission: 'checks_read', areas: [complianceArea] }, ({ response }, { db, query }) => {
    const today = clock.today();
    const all = CHECKS.map((check) => checkResponse(db, check, today));
    const filtered = all.filter(
      (check) => matchesAny(query.kind, check.kind) && matchesAny(query.outcome, check.lastOutcome) && (query.overdue === undefined || check.overdue === query.overdue),
    );
    const sorted = sortItems(
      filtered,
      query.sort,
      {
        key: (check) => check.key,
        nextDueOn: (check) => check.nextDueOn,
        lastOutcome: (check) => OUTCOME_RANK[check.lastOutcome],
        kind: (check) => check.kind,
        owner: (check) => check.owner,
      },
      { fallback: 'nextDueOn', tieBreaker: (check) => check.key },
    );
    return response(200).json(paginate(sorted, query));
  }),

  route.get('/compliance-checks/{checkId}', { permission: 'checks_read', areas: [complianceArea] }, ({ params, response }, { db }) => {
    const check = findCheck(params.checkId);
    return response(200).json(checkResponse(db, check, clock.today()));
  }),

  route.get('/compliance-checks/{checkId}/results', { permission: 'checks_read', areas: [complianceArea] }, ({ params, response }, { db, query }) => {
    const check = findCheck(params.checkId);
    return response(200).json(paginate(resultsOf(db, check, clock.today()), query, resultResponse));
  }),

  route.post('/compliance-checks/{checkId}/results', { permission: 'checks_write', areas: [complianceArea] }, ({ params, response }, { db, body, user, audit }) => {
    const check = findCheck(params.checkId);
    if (check.kind === 'automatic') {
      throw conflict('This check is automatic: the server computes its result from the data every day.', 'automatic_check');
    }
    const today = clock.today();
    const errors: FieldError[] = [];
    if (body.evidence.trim() === '') errors.push({ pointer: '/evidence', code: 'required', detail: 'Describe the evidence: what was checked and what was found.' });
    if (body.outcome === 'fail' && !body.remediation) {
      errors.push({ pointer: '/remediation', code: 'required', detail: 'A failed check needs a remediation action: what will be done, by whom and by when.' });
    }
    if (body.remediation && (body.outcome === 'pass' || body.outcome === 'not_applicable')) {
      errors.push({ pointer: '/remediation', code: 'not_allowed', detail: 'Only a failure or a warning opens a remediation action.' });
    }
    if (body.remediation) {
      if (body.remediation.dueOn < today) errors.push({ pointer: '/remediation/dueOn', code: 'in_past', detail: 'The remediation cannot be due before today.' });
      if (body.remediation.title.trim() === '') errors.push({ pointer: '/remediation/title', code: 'required', detail: 'Say what will be done.' });
      if (body.remediation.owner.trim() === '') errors.push({ pointer: '/remediation/owner', code: 'required', detail: 'Say who will do it.' });
    }
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the result are refused.');

    const state = db.area(complianceArea);
    const checkId = uuidFor(NS.check, check.index);
    const checkedAt = clock.nowIso();
    let remediationActionId: string | null = null;
    if (body.remediation && (body.outcome === 'fail' || body.outcome === 'warning')) {
      const action: ActionRecord = {
        id: db.newId(),
        checkId,
        checkKey: check.key,
        title: body.remediation.title.trim(),
        owner: body.remediation.owner.trim(),
        dueOn: body.remediation.dueOn,
        status: 'open',
        createdAt: checkedAt,
        closedAt: null,
        version: 1,
      };
      state.actions.push(action);
      remediationActionId = action.id;
      audit({ action: 'create', resourceType: 'remediation_action', resourceId: action.id, summary: `Opened a remediation action for check ${check.key}` });
    }
    const result: ResultRecord = {
      id: newResultId(state),
      checkedDay: toDayNumber(clock.today()),
      checkId,
      outcome: body.outcome,
      checkedAt,
      recordedBy: staffMember(user),
      evidence: body.evidence.trim(),
      evidenceReference: body.evidenceReference?.trim() || null,
      remediationActionId,
    };
    const list = state.results.get(checkId) ?? [];
    list.push(result);
    state.results.set(checkId, list);
    audit({ action: 'create', resourceType: 'compliance_check', resourceId: checkId, summary: `Recorded result "${result.outcome}" for check ${check.key}` });
    return response(201).json(resultResponse(result));
  }),

  route.get('/remediation-actions', { permission: 'checks_read', areas: [complianceArea] }, ({ response }, { db, query }) => {
    if (query.checkId && !checkById(query.checkId)) {
      throw new HttpProblem(400, 'Invalid query parameter: checkId.', { errors: [{ pointer: '/query/checkId', code: 'not_allowed', detail: 'no compliance check has this id' }] });
    }
    const today = clock.today();
    const { actions } = db.area(complianceArea);
    const filtered = actions.filter(
      (action) =>
        matchesAny(query.status, action.status) &&
        (!query.checkId || action.checkId === query.checkId) &&
        (query.overdue === undefined || isActionOverdue(action, today) === query.overdue),
    );
    const sorted = sortItems(
      filtered,
      query.sort,
      { dueOn: (action) => action.dueOn, status: (action) => STATUS_RANK[action.status], createdAt: (action) => action.createdAt },
      { fallback: 'dueOn', tieBreaker: (action) => action.createdAt },
    );
    return response(200).json(paginate(sorted, query, (action) => actionResponse(action, today)));
  }),

  route.get('/remediation-actions/{actionId}', { permission: 'checks_read', areas: [complianceArea] }, ({ params, response }, { db }) => {
    const action = db.area(complianceArea).actions.find((candidate) => candidate.id === params.actionId);
    if (!action) throw notFound('remediation action');
    return response(200).json(actionResponse(action, clock.today()), { headers: { ETag: etagFor(action.id, action.version) } });
  }),

  route.patch('/remediation-actions/{actionId}', { permission: 'checks_write', areas: [complianceArea] }, ({ params, request, response }, { db, body, audit }) => {
    const action = db.area(complianceArea).actions.find((candidate) => candidate.id === params.actionId);
    if (!action) throw notFound('remediation action');
    assertIfMatch(request, etagFor(action.id, action.version));
    const errors: FieldError[] = [];
    if (body.owner !== undefined && body.owner.trim() === '') errors.push({ pointer: '/owner', code: 'required', detail: 'Say who owns the action.' });
    if (body.dueOn !== undefined && body.dueOn < brusselsDate(action.createdAt)) {
      errors.push({ pointer: '/dueOn', code: 'before_created', detail: 'The action cannot be due before it was opened.' });
    }
    if (errors.length > 0) throw unprocessable(errors, 'Some fields of the action are refused.');
    const changes: string[] = [];
    if (body.owner !== undefined && body.owner.trim() !== action.owner) {
      action.owner = body.owner.trim();
      changes.push('owner');
    }
    if (body.dueOn !== undefined && body.dueOn !== action.dueOn) {
      action.dueOn = body.dueOn;
      changes.push('due date');
    }
    if (body.status !== undefined && body.status !== action.status) {
      // Done records when; reopening clears it.
      action.closedAt = body.status === 'done' ? clock.nowIso() : null;
      action.status = body.status;
      changes.push(`status ${body.status}`);
    }
    if (changes.length > 0) {
      action.version += 1;
      audit({ action: 'update', resourceType: 'remediation_action', resourceId: action.id, summary: `Changed ${changes.join(', ')} of a remediation action for check ${action.checkKey}` });
    }
    return response(200).json(actionResponse(action, clock.today()), { headers: { ETag: etagFor(action.id, action.version) } });
  }),

  route.get('/compliance-score', { permission: 'checks_read', areas: [complianceArea] }, ({ response }, { db }) => response(200).json(complianceScore(db, clock.today()))),
];
