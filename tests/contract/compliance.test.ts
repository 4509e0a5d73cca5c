import { describe, expect, it } from 'vitest';
import { api, csrfHeader, unwrap, unwrapWithEtag } from '@/api/client';
import type { Schemas } from '@/api/types';
import { setScenario } from '../../mocks/scenario';
import { UNKNOWN_ID, createHeaders, failure, signInAs } from './helpers';

const KEY_A = '3c0a5d7e-2b1f-4e6a-9c8d-7f6e5d4c3b01';
const KEY_B = '3c0a5d7e-2b1f-4e6a-9c8d-7f6e5d4c3b02';


async function checkByKey(key: string): Promise<Schemas['ComplianceCheck']> {
  const list = await unwrap(api.GET('/compliance-checks', { params: { query: { pageSize: 100 } } }));
  const check = list.items.find((item) => item.key === key);
  if (!check) throw new Error(`No check ${key}`);
  return check;
}

describe('GET /compliance-checks', () => {
  it('lists the catalogue by next due date with each promise quoted from the policy', async () => {
    await signInAs('management');
    const list = await unwrap(api.GET('/compliance-checks'));
    expect(list.totalItems).toBe(12);
    const due = list.items.map((item) => item.nextDueOn);
    expect(due).toEqual([...due].sort());
    expect(list.items[0]).toMatchObject({ key: 'servers_access_restricted', overdue: true, lastOutcome: 'warning' });
    for (const check of list.items) {
      expect(check.promise.nl.length).toBeGreaterThan(20);
      expect(check.promise.en.length).toBeGreaterThan(20);
      expect(check.weight).toBeGreaterThanOrEqual(1);
      expect(check.measurement === null).toBe(check.kind === 'manual');
    }
    const tls = list.items.find((item) => item.key === 'payment_page_tls');
    expect(tls?.promise.nl).toContain('Transport Layer Security (TLS)');
  });

  it('filters by kind, outcome (pending included) and overdue, and sorts worst first', async () => {
    await signInAs('privacy_officer');
    const automatic = await unwrap(api.GET('/compliance-checks', { params: { query: { kind: ['automatic'] } } }));
    expect(automatic.items.map((item) => item.key).sort()).toEqual(['dsars_answered_in_time', 'policy_changes_announced', 'processor_agreements', 'transfers_outside_eea_safeguarded']);
    const pending = await unwrap(api.GET('/compliance-checks', { params: { query: { outcome: ['pending'] } } }));
    expect(pending.items.map((item) => item.key)).toEqual(['data_minimisation']);
    expect(pending.items[0]?.lastCheckedAt).toBeNull();
    const failing = await unwrap(api.GET('/compliance-checks', { params: { query: { outcome: ['fail'] } } }));
    expect(failing.items.map((item) => item.key).sort()).toEqual(['cookie_expiry_two_years', 'processor_agreements', 'transfers_outside_eea_safeguarded']);
    const overdue = await unwrap(api.GET('/compliance-checks', { params: { query: { overdue: true } } }));
    expect(overdue.items.map((item) => item.key)).toEqual(['servers_access_restricted']);
    const worst = await unwrap(api.GET('/compliance-checks', { params: { query: { sort: 'lastOutcome,key', pageSize: 3 } } }));
    expect(worst.items.map((item) => item.lastOutcome)).toEqual(['fail', 'fail', 'fail']);
    expect(worst.items.map((item) => item.key)).toEqual(['cookie_expiry_two_years', 'processor_agreements', 'transfers_outside_eea_safeguarded']);

    expect((await failure(api.GET('/compliance-checks', { params: { query: { sort: 'weight' } } }))).status).toBe(400);
    expect((await failure(api.GET('/compliance-checks', { params: { query: { outcome: ['maybe' as never] } } }))).status).toBe(400);
  });

  it('refuses support staff', async () => {
    await signInAs('support');
    expect((await failure(api.GET('/compliance-checks'))).status).toBe(403);
    expect((await failure(api.GET('/compliance-score'))).status).toBe(403);
    expect((await failure(api.GET('/remediation-actions'))).status).toBe(403);
  });
});

describe('GET /compliance-checks/{id} and its results', () => {
  it('computes an automatic check live from the recipients register', async () => {
    await signInAs('management');
    const { id } = await checkByKey('processor_agreements');
    const check = await unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: id } } }));
    expect(check).toMatchObject({ kind: 'automatic', frequency: 'daily', lastOutcome: 'fail', measurement: { numerator: 5, denominator: 6, threshold: 1 }, openRemediationCount: 1, nextDueOn: '2026-11-26' });
    const results = await unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, query: { pageSize: 100 } } }));
    expect(results.totalItems).toBeGreaterThan(700);
    expect(results.items[0]).toMatchObject({ outcome: 'fail', recordedBy: null, checkedAt: '2026-11-25T05:00:00.000Z' });
    expect(results.items[0]?.evidence).toContain('5 van 6');
    const times = results.items.map((result) => result.checkedAt);
    expect(times).toEqual([...times].sort().reverse());
    const oldest = await unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, query: { page: Math.ceil(results.totalItems / 100), pageSize: 100 } } }));
    expect(oldest.items.at(-1)?.checkedAt.slice(0, 10)).toBe('2024-09-01');

    // Signing the agreement turns the check green on the next read.
    await signInAs('privacy_officer');
    const recipients = await unwrap(api.GET('/recipients', { params: { query: { q: 'Kempen' } } }));
    const kempen = recipients.items[0];
    if (!kempen) throw new Error('no Kempen');
    const read = await unwrapWithEtag(api.GET('/recipients/{recipientId}', { params: { path: { recipientId: kempen.id } } }));
    const { id: _id, warnings: _warnings, peopleConcerned: _people, version: _version, ...input } = read.data;
    await unwrap(
      api.PUT('/recipients/{recipientId}', {
        params: { path: { recipientId: kempen.id }, header: { ...csrfHeader, 'If-Match': read.etag } },
        body: { ...input, agreement: { status: 'signed', signedOn: '2026-11-24', expiresOn: null, reference: 'DPA-2026-009' } },
      }),
    );
    const after = await unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: id } } }));
    expect(after).toMatchObject({ lastOutcome: 'pass', measurement: { numerator: 6, denominator: 6 } });
  });

  it('shows a manual check with its history, newest first, and 404 for an unknown id', async () => {
    await signInAs('privacy_officer');
    const { id } = await checkByKey('cookie_expiry_two_years');
    const check = await unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: id } } }));
    expect(check).toMatchObject({ kind: 'manual', frequency: 'quarterly', lastOutcome: 'fail', measurement: null, nextDueOn: '2027-01-15', overdue: false, openRemediationCount: 1 });
    const results = await unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId: id } } }));
    expect(results.totalItems).toBe(9);
    expect(results.items[0]?.outcome).toBe('fail');
    expect(results.items[0]?.remediationActionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(results.items[0]?.recordedBy?.role).toBe('privacy_officer');
    expect((await failure(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: UNKNOWN_ID } } }))).status).toBe(404);
    expect((await failure(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId: UNKNOWN_ID } } }))).status).toBe(404);
  });
});

describe('POST /compliance-checks/{id}/results', () => {
  it('records a failure with its remediation action, and a pass that clears the check', async () => {
    await signInAs('privacy_officer');
    const { id } = await checkByKey('unsubscribe_link');
    const body: Schemas['CheckResultCreate'] = {
      outcome: 'fail',
      evidence: 'De Black Friday-mail had geen afmeldlink.',
      evidenceReference: 'https://wiki.engcode.be/compliance/unsubscribe_link/2026-11-25',
      remediation: { title: 'Sjabloon Black Friday herstellen', owner: 'Marketing', dueOn: '2026-12-05' },
    };
    const created = await unwrap(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body }));
    expect(created).toMatchObject({ outcome: 'fail', checkId: id, recordedBy: { displayName: 'Els Peeters' } });
    expect(created.remediationActionId).toMatch(/^[0-9a-f-]{36}$/);
    const replay = await unwrap(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body }));
    expect(replay.id).toBe(created.id);

    const check = await unwrap(api.GET('/compliance-checks/{checkId}', { params: { path: { checkId: id } } }));
    expect(check).toMatchObject({ lastOutcome: 'fail', lastCheckedAt: created.checkedAt, nextDueOn: '2026-12-25', openRemediationCount: 1 });
    const results = await unwrap(api.GET('/compliance-checks/{checkId}/results', { params: { path: { checkId: id } } }));
    expect(results.items[0]?.id).toBe(created.id);
    const action = await unwrap(api.GET('/remediation-actions/{actionId}', { params: { path: { actionId: created.remediationActionId ?? '' } } }));
    expect(action).toMatchObject({ checkKey: 'unsubscribe_link', status: 'open', owner: 'Marketing', dueOn: '2026-12-05', overdue: false, closedAt: null });

    const pass = await unwrap(
      api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_B) }, body: { outcome: 'pass', evidence: 'Hersteld en opnieuw gecontroleerd.' } }),
    );
    expect(pass.remediationActionId).toBeNull();
  });

  it('answers 409 for an automatic check and 422 pointing at the refused field', async () => {
    await signInAs('privacy_officer');
    const automatic = await checkByKey('dsars_answered_in_time');
    const conflict = await failure(
      api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: automatic.id }, header: createHeaders(KEY_A) }, body: { outcome: 'pass', evidence: 'Manueel nagekeken.' } }),
    );
    expect(conflict.status).toBe(409);
    expect(conflict.problem.code).toBe('automatic_check');

    const { id } = await checkByKey('payment_page_tls');
    const noRemediation = await failure(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body: { outcome: 'fail', evidence: 'TLS 1.0 aan.' } }));
    expect(noRemediation.status).toBe(422);
    expect(noRemediation.fieldErrors.map((error) => error.pointer)).toEqual(['/remediation']);

    const blank = await failure(
      api.POST('/compliance-checks/{checkId}/results', {
        params: { path: { checkId: id }, header: createHeaders(KEY_B) },
        body: { outcome: 'pass', evidence: '   ', remediation: { title: 'x', owner: 'y', dueOn: '2026-01-01' } },
      }),
    );
    expect(blank.fieldErrors.map((error) => error.pointer)).toEqual(['/evidence', '/remediation', '/remediation/dueOn']);
    const missingEvidence = await failure(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_B) }, body: { outcome: 'pass' } as never }));
    expect(missingEvidence.status).toBe(422);
    expect(missingEvidence.fieldErrors[0]?.pointer).toBe('/evidence');
    expect((await failure(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: UNKNOWN_ID }, header: createHeaders(KEY_B) }, body: { outcome: 'pass', evidence: 'ok' } }))).status).toBe(404);
  });

  it('lets only the privacy officer record results', async () => {
    await signInAs('management');
    const { id } = await checkByKey('payment_page_tls');
    expect((await failure(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body: { outcome: 'pass', evidence: 'ok' } }))).status).toBe(403);
    await signInAs('support');
    expect((await failure(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body: { outcome: 'pass', evidence: 'ok' } }))).status).toBe(403);
  });
});

describe('remediation actions', () => {
  it('lists actions by due date with status, check and overdue filters', async () => {
    await signInAs('management');
    const all = await unwrap(api.GET('/remediation-actions', { params: { query: { pageSize: 100 } } }));
    const due = all.items.map((item) => item.dueOn);
    expect(due).toEqual([...due].sort());
    expect(all.items.filter((item) => item.status === 'done').every((item) => item.closedAt !== null)).toBe(true);
    const overdue = await unwrap(api.GET('/remediation-actions', { params: { query: { overdue: true } } }));
    expect(overdue.items.map((item) => item.checkKey).sort()).toEqual(['cookie_expiry_two_years', 'servers_access_restricted', 'transfers_outside_eea_safeguarded']);
    expect(overdue.items.every((item) => item.overdue && item.status !== 'done')).toBe(true);
    const open = await unwrap(api.GET('/remediation-actions', { params: { query: { status: ['open', 'in_progress'] } } }));
    expect(open.totalItems).toBe(4);
    const { id } = await checkByKey('payment_page_tls');
    const forCheck = await unwrap(api.GET('/remediation-actions', { params: { query: { checkId: id, sort: '-createdAt' } } }));
    expect(forCheck.items.map((item) => item.status)).toEqual(['done']);
    const bad = await failure(api.GET('/remediation-actions', { params: { query: { checkId: UNKNOWN_ID } } }));
    expect(bad.status).toBe(400);
    expect(bad.fieldErrors[0]?.pointer).toBe('/query/checkId');
  });

  it('updates an action with If-Match: done sets closedAt, reopening clears it', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/remediation-actions', { params: { query: { status: ['open'], overdue: true } } }));
    const action = list.items.find((item) => item.checkKey === 'cookie_expiry_two_years');
    if (!action) throw new Error('no open cookie action');
    const read = await unwrapWithEtag(api.GET('/remediation-actions/{actionId}', { params: { path: { actionId: action.id } } }));
    const done = await unwrapWithEtag(
      api.PATCH('/remediation-actions/{actionId}', { params: { path: { actionId: action.id }, header: { ...csrfHeader, 'If-Match': read.etag } }, body: { status: 'done' } }),
    );
    expect(done.data).toMatchObject({ status: 'done', overdue: false, version: read.data.version + 1 });
    expect(done.data.closedAt).not.toBeNull();
    const stale = await failure(api.PATCH('/remediation-actions/{actionId}', { params: { path: { actionId: action.id }, header: { ...csrfHeader, 'If-Match': read.etag } }, body: { owner: 'Sales' } }));
    expect(stale.status).toBe(412);
    const missing = await failure(api.PATCH('/remediation-actions/{actionId}', { params: { path: { actionId: action.id }, header: { ...csrfHeader } as never }, body: { owner: 'Sales' } }));
    expect(missing.status).toBe(428);
    const reopened = await unwrap(
      api.PATCH('/remediation-actions/{actionId}', {
        params: { path: { actionId: action.id }, header: { ...csrfHeader, 'If-Match': done.etag } },
        body: { status: 'in_progress', dueOn: '2026-12-31', owner: 'Engineering (Pieter)' },
      }),
    );
    expect(reopened).toMatchObject({ status: 'in_progress', closedAt: null, dueOn: '2026-12-31', owner: 'Engineering (Pieter)', overdue: false });
    const check = await checkByKey('cookie_expiry_two_years');
    expect(check.openRemediationCount).toBe(1);
  });

  it('refuses a due date before the action was opened, other roles and unknown ids', async () => {
    await signInAs('privacy_officer');
    const list = await unwrap(api.GET('/remediation-actions'));
    const action = list.items[0];
    if (!action) throw new Error('no action');
    const read = await unwrapWithEtag(api.GET('/remediation-actions/{actionId}', { params: { path: { actionId: action.id } } }));
    const early = await failure(api.PATCH('/remediation-actions/{actionId}', { params: { path: { actionId: action.id }, header: { ...csrfHeader, 'If-Match': read.etag } }, body: { dueOn: '2020-01-01' } }));
    expect(early.status).toBe(422);
    expect(early.fieldErrors.map((error) => error.pointer)).toEqual(['/dueOn']);
    expect((await failure(api.GET('/remediation-actions/{actionId}', { params: { path: { actionId: UNKNOWN_ID } } }))).status).toBe(404);
    await signInAs('management');
    expect((await failure(api.PATCH('/remediation-actions/{actionId}', { params: { path: { actionId: action.id }, header: { ...csrfHeader, 'If-Match': read.etag } }, body: { status: 'done' } }))).status).toBe(403);
  });
});

describe('GET /compliance-score', () => {
  it('is the weighted share of passing checks, explained, with a 12-month trend', async () => {
    await signInAs('management');
    const score = await unwrap(api.GET('/compliance-score'));
    expect(score.asOf).toBe('2026-11-25');
    expect(score.parts).toHaveLength(12);
    const counted = score.parts.filter((part) => part.outcome !== 'pending' && part.outcome !== 'not_applicable');
    const expected = (counted.reduce((sum, part) => sum + part.points, 0) / counted.reduce((sum, part) => sum + part.weight, 0)) * 100;
    expect(score.score).toBeCloseTo(expected, 1);
    for (const part of score.parts) {
      const full = part.outcome === 'pass' ? part.weight : part.outcome === 'warning' ? part.weight / 2 : 0;
      expect(part.points).toBe(full);
    }
    expect(score.parts.find((part) => part.checkKey === 'data_minimisation')?.outcome).toBe('pending');
    expect(score.trend.map((point) => point.month)).toEqual(['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
    expect(score.trend.at(-1)?.score).toBe(score.score);
    expect(score.explanation.nl).toMatch(/waarschuwing voor de helft/);
    expect(score.explanation.en).toMatch(/a warning for half/);
    expect(score.explanation.en).toContain(`of 26 points`);

    await signInAs('privacy_officer');
    const { id } = await checkByKey('cookie_expiry_two_years');
    await unwrap(api.POST('/compliance-checks/{checkId}/results', { params: { path: { checkId: id }, header: createHeaders(KEY_A) }, body: { outcome: 'pass', evidence: 'Vervaltermijn aangepast.' } }));
    const after = await unwrap(api.GET('/compliance-score'));
    expect(after.score).toBeGreaterThan(score.score);
  });

  it('counts only what has data in the empty scenario (the policy versions exist there too)', async () => {
    setScenario('empty');
    await signInAs('management');
    const score = await unwrap(api.GET('/compliance-score'));
    const counted = score.parts.filter((part) => part.outcome !== 'pending' && part.outcome !== 'not_applicable');
    expect(counted.map((part) => part.checkKey)).toEqual(['policy_changes_announced']);
    expect(score.score).toBe(100);
    expect(score.trend).toEqual([{ month: '2026-11', score: 100 }]);
    const checks = await unwrap(api.GET('/compliance-checks'));
    expect(checks.totalItems).toBe(12);
    expect((await unwrap(api.GET('/remediation-actions'))).totalItems).toBe(0);
  });
});
