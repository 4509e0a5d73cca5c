import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDb, resetDb } from './index';
import { CHECKS, checksSummary, complianceArea, outcomeOfMeasurement, outcomesAsOf, pointsFor, weightedScore } from './compliance';
import { SECTIONS } from './violations';

const POLICY = '/work/shared/seed/privacybeleid-engcode.txt';

describe('scoring', () => {
  it('gives full weight to a pass, half to a warning, nothing to a failure, and leaves out the rest', () => {
    expect(pointsFor('pass', 3)).toBe(3);
    expect(pointsFor('warning', 3)).toBe(1.5);
    expect(pointsFor('fail', 2)).toBe(0);
    expect(pointsFor('not_applicable', 2)).toBeNull();
    expect(pointsFor('pending', 1)).toBeNull();
    expect(
      weightedScore([
        { outcome: 'pass', weight: 3 },
        { outcome: 'warning', weight: 2 },
        { outcome: 'fail', weight: 1 },
        { outcome: 'not_applicable', weight: 3 },
        { outcome: 'pending', weight: 3 },
      ]),
    ).toEqual({ score: 66.7, points: 4, possible: 6 });
    expect(weightedScore([{ outcome: 'pending', weight: 2 }])).toEqual({ score: null, points: 0, possible: 0 });
  });

  it('judges a measurement against its threshold, a near miss being a warning', () => {
    expect(outcomeOfMeasurement({ numerator: 0, denominator: 0, threshold: 1 })).toBe('not_applicable');
    expect(outcomeOfMeasurement({ numerator: 95, denominator: 100, threshold: 0.95 })).toBe('pass');
    expect(outcomeOfMeasurement({ numerator: 90, denominator: 100, threshold: 0.95 })).toBe('warning');
    expect(outcomeOfMeasurement({ numerator: 89, denominator: 100, threshold: 0.95 })).toBe('fail');
    expect(outcomeOfMeasurement({ numerator: 19, denominator: 20, threshold: 1 })).toBe('warning');
    expect(outcomeOfMeasurement({ numerator: 5, denominator: 6, threshold: 1 })).toBe('fail');
  });
});

describe('the catalogue', () => {
  it('has unique keys, weights 1-3 and a threshold on every automatic check', () => {
    expect(new Set(CHECKS.map((check) => check.key)).size).toBe(CHECKS.length);
    for (const check of CHECKS) {
      expect([1, 2, 3]).toContain(check.weight);
      expect(check.kind === 'automatic').toBe(check.threshold !== undefined);
    }
  });

  it.skipIf(!existsSync(POLICY))('quotes the policy verbatim (checks and violation sections)', () => {
    const normalise = (text: string) => text.replace(/\s+/g, ' ');
    const policy = normalise(readFileSync(POLICY, 'utf8'));
    const quotes = [...CHECKS.map((check) => check.promise.nl), ...SECTIONS.map((section) => section.quote)];
    for (const quote of quotes) {
      for (const part of quote.split('…').map((piece) => piece.trim()).filter(Boolean)) {
        expect(policy, part).toContain(normalise(part));
      }
    }
    for (const section of SECTIONS) expect(policy).toContain(section.section);
  });
});

describe('the seeded history', () => {
  it('keeps results in time order per check and every failure linked to a remediation', () => {
    resetDb();
    const state = getDb().area(complianceArea);
    for (const list of state.results.values()) {
      for (let index = 1; index < list.length; index += 1) expect(list[index]!.checkedDay).toBeGreaterThanOrEqual(list[index - 1]!.checkedDay);
    }
    const actionIds = new Set(state.actions.map((action) => action.id));
    const manualFails = [...state.results.values()].flat().filter((result) => result.outcome === 'fail' && result.recordedBy !== null);
    expect(manualFails.length).toBeGreaterThan(3);
    for (const result of manualFails) expect(actionIds.has(result.remediationActionId ?? '')).toBe(true);
    const statuses = state.actions.map((action) => action.status);
    expect(statuses).toContain('done');
    expect(statuses).toContain('open');
    expect(statuses).toContain('in_progress');
    resetDb();
  });

  it('answers as of a past day from the history and counts open remediation then', () => {
    resetDb();
    const db = getDb();
    const june = outcomesAsOf(db, '2026-06-30', '2026-11-25');
    expect(june.find((entry) => entry.check.key === 'processor_agreements')?.outcome).toBe('pass');
    expect(june.find((entry) => entry.check.key === 'data_minimisation')?.outcome).toBe('pending');
    expect(outcomesAsOf(db, '2024-08-31', '2026-11-25').every((entry) => entry.outcome === 'pending')).toBe(true);
    const past = checksSummary(db, '2026-03-31');
    const now = checksSummary(db);
    expect(now.failed).toBe(3);
    expect(now.openRemediation).toBe(4);
    expect(past.failed).toBeLessThan(now.failed);
    expect(past.score).toBeGreaterThan(now.score);
    resetDb();
  });
});
