import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LintScheduler } from '../entrypoints/content/lint-scheduler.ts';

describe('LintScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 16) as unknown as number);
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => clearTimeout(handle));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  function scheduler(): { scheduler: LintScheduler; relints: () => number } {
    let count = 0;
    const created = new LintScheduler(() => (count += 1), { active: false });
    return { scheduler: created, relints: () => count };
  }

  it.each([
    ['while relints are cheap', [5]],
    ['after one slow relint', [5, 70]],
  ])('relints in a task of its own right after the input, before the next frame, %s', (_when, updates) => {
    const { scheduler: lints, relints } = scheduler();
    for (const ms of updates) lints.updated(ms);
    lints.request();
    expect(relints()).toBe(0);
    vi.advanceTimersByTime(0);
    expect(relints()).toBe(1);
    // The frame asked for too does not relint again.
    vi.advanceTimersByTime(100);
    expect(relints()).toBe(1);
  });

  it('relints in the frame, once, when the frame comes before the task', () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => setTimeout(() => callback(performance.now()), 0) as unknown as number);
    const { scheduler: lints, relints } = scheduler();
    lints.request();
    vi.advanceTimersByTime(100);
    expect(relints()).toBe(1);
  });

  it('lints the edits made before the relint runs once', () => {
    const { scheduler: lints, relints } = scheduler();
    for (let key = 0; key < 5; key += 1) lints.request();
    vi.advanceTimersByTime(100);
    expect(relints()).toBe(1);
    lints.request();
    vi.advanceTimersByTime(100);
    expect(relints()).toBe(2);
  });

  it('waits for a pause in typing after two slow relints in a row', () => {
    const { scheduler: lints, relints } = scheduler();
    lints.updated(70);
    lints.updated(60);
    lints.request();
    vi.advanceTimersByTime(100);
    lints.request();
    vi.advanceTimersByTime(100);
    expect(relints()).toBe(0);
    vi.advanceTimersByTime(50);
    expect(relints()).toBe(1);
  });

  it('keeps a relint asked for at once when a relint after a pause is asked for', () => {
    const { scheduler: lints, relints } = scheduler();
    lints.request();
    lints.requestAfterPause();
    vi.advanceTimersByTime(0);
    expect(relints()).toBe(1);
    vi.advanceTimersByTime(1_000);
    expect(relints()).toBe(1);
  });

  it('lints nothing while an IME composition is open', () => {
    let count = 0;
    const lints = new LintScheduler(() => (count += 1), { active: true });
    lints.request();
    vi.advanceTimersByTime(1_000);
    expect(count).toBe(0);
  });

  // Whatever the order of edits, slow and fast relints, tone verdicts, relints done by hand
  // (a fix, a Send) and the passing of time: no edit is left unlinted, and no relint runs that
  // nothing asked for.
  it('lints every edit once it is asked for, and nothing more (property, random sequences)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const) }),
      fc.record({ kind: fc.constant('verdict' as const) }),
      fc.record({ kind: fc.constant('relintNow' as const) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 200 }) }),
      fc.record({ kind: fc.constant('took' as const), ms: fc.integer({ min: 1, max: 90 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let owed = false;
        // The relint is Session.lint's: it cancels whatever else is pending first.
        const lints: LintScheduler = new LintScheduler(() => {
          lints.cancel();
          expect(owed, 'a relint nothing asked for').toBe(true);
          owed = false;
        }, { active: false });
        for (const action of steps) {
          if (action.kind === 'edit') {
            owed = true;
            lints.request();
          } else if (action.kind === 'verdict') {
            owed = true;
            lints.requestAfterPause();
          } else if (action.kind === 'relintNow') {
            // As Session.lint: cancels what is pending and relints at once.
            lints.cancel();
            owed = false;
          } else if (action.kind === 'wait') {
            vi.advanceTimersByTime(action.ms);
          } else {
            lints.updated(action.ms);
          }
        }
        vi.advanceTimersByTime(1_000);
        expect(owed, 'an edit left unlinted').toBe(false);
        vi.clearAllTimers();
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
