import { idleState, shouldAnnounce, warningSecondsFor } from './idle';

const start = 1_000_000;
const s = (seconds: number) => seconds * 1000;

describe('idleState', () => {
  it('is active until a minute before the timeout', () => {
    expect(idleState(start, start, 900)).toEqual({ phase: 'active', secondsLeft: 900 });
    expect(idleState(start, start + s(839), 900)).toEqual({ phase: 'active', secondsLeft: 61 });
  });

  it('warns during the last minute, counting down in whole seconds', () => {
    expect(idleState(start, start + s(840), 900)).toEqual({ phase: 'warning', secondsLeft: 60 });
    expect(idleState(start, start + s(899) + 1, 900)).toEqual({ phase: 'warning', secondsLeft: 1 });
  });

  it('expires at the timeout', () => {
    expect(idleState(start, start + s(900), 900)).toEqual({ phase: 'expired', secondsLeft: 0 });
    expect(idleState(start, start + s(5000), 900)).toEqual({ phase: 'expired', secondsLeft: 0 });
  });

  it('warns for half of a very short timeout', () => {
    expect(warningSecondsFor(60)).toBe(30);
    expect(idleState(start, start + s(29), 60).phase).toBe('active');
    expect(idleState(start, start + s(30), 60).phase).toBe('warning');
  });
});

describe('shouldAnnounce', () => {
  it('announces at 60, 30 and 10 seconds only', () => {
    expect([60, 59, 30, 11, 10, 1].map(shouldAnnounce)).toEqual([true, false, true, false, true, false]);
  });
});
