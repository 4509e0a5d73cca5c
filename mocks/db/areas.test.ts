import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runInSlices, SLICE_MS } from '../lib/slices';
import { complaintsArea } from './complaints';
import { dsarArea } from './dsars';
import { MockDb, runLongWorkInSlices, type AreaDefinition } from './index';
import { violationsArea } from './violations';

/** A build of `steps` steps of about `stepMs` each, counting the steps it ran. */
function slowArea(steps: number, stepMs: number) {
  const ran = { steps: 0, builds: 0 };
  const definition: AreaDefinition<string> = {
    name: `slow-${steps}-${stepMs}`,
    *build() {
      ran.builds += 1;
      for (let step = 0; step < steps; step += 1) {
        const until = performance.now() + stepMs;
        while (performance.now() < until) {
          // busy, like seeding
        }
        ran.steps += 1;
        yield;
      }
      return 'built';
    },
  };
  return { definition, ran };
}

describe('MockDb areas, built a slice at a time as in the browser', () => {
  beforeEach(() => runLongWorkInSlices(true));
  afterEach(() => runLongWorkInSlices(false));

  it('builds the same data a slice at a time as at once', async () => {
    const sliced = new MockDb(0.2);
    await sliced.ready(violationsArea);
    const atOnce = new MockDb(0.2);
    expect(JSON.stringify(sliced.area(complaintsArea).complaints)).toBe(JSON.stringify(atOnce.area(complaintsArea).complaints));
    expect(JSON.stringify(sliced.area(dsarArea).records)).toBe(JSON.stringify(atOnce.area(dsarArea).records));
  });

  it('builds what an area needs before it, once', async () => {
    const db = new MockDb(0.05);
    const violations = await db.ready(violationsArea);
    expect(violations).toBe(db.area(violationsArea));
    // Already there: the complaints the violations were linked to, not a second build.
    const complaints = db.area(complaintsArea);
    expect(await db.ready(complaintsArea)).toBe(complaints);
  });

  it('yields to the event loop between slices of at most about SLICE_MS', async () => {
    const { definition, ran } = slowArea(20, 10);
    const gaps: number[] = [];
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 0);
    await new MockDb(1).ready(definition);
    clearInterval(timer);
    expect(ran.steps).toBe(20);
    expect(gaps.length).toBeGreaterThan(3);
    // A slice ends after the step that passes SLICE_MS (the whole build takes 200 ms); leave room
    // for a busy machine.
    expect(Math.max(...gaps)).toBeLessThan(SLICE_MS + 10 + 80);
  });

  it('lets a caller that meets a build half-way finish that same build', async () => {
    const { definition, ran } = slowArea(20, 5);
    const db = new MockDb(1);
    const sliced = db.ready(definition);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(db.area(definition)).toBe('built');
    expect(await sliced).toBe('built');
    expect(ran).toEqual({ steps: 20, builds: 1 });
  });

  it('starts a failed build again on the next call', () => {
    let calls = 0;
    const flaky: AreaDefinition<number> = {
      name: 'flaky',
      create: () => {
        calls += 1;
        if (calls === 1) throw new Error('seed failed');
        return calls;
      },
    };
    const db = new MockDb(1);
    expect(() => db.area(flaky)).toThrow('seed failed');
    expect(db.area(flaky)).toBe(2);
  });
});

describe('runInSlices', () => {
  it('returns what the steps return', async () => {
    function* steps() {
      yield;
      yield;
      return 42;
    }
    expect(await runInSlices(steps())).toBe(42);
  });
});
