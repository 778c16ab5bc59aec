import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LintScheduler } from '../entrypoints/content/lint-scheduler.ts';
import { UpdateTiming } from '../entrypoints/content/update-timing.ts';

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

  it('draws at once while relints are cheap', () => {
    const { scheduler: lints } = scheduler();
    lints.updated(5);
    let drawn = 0;
    lints.draw(new UpdateTiming(), () => (drawn += 1));
    expect(drawn).toBe(1);
  });

  it('after a relint too long to share a frame, relints in a task only and draws in the next frame', () => {
    // The frame comes first: a relint in it would make one long task of the relint and the frame.
    let inFrame = false;
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      setTimeout(() => {
        inFrame = true;
        callback(performance.now());
        inFrame = false;
      }, 0) as unknown as number,
    );
    const happened: string[] = [];
    const lints: LintScheduler = new LintScheduler(() => {
      lints.cancel();
      happened.push(inFrame ? 'relint in a frame' : 'relint in a task');
      lints.draw(new UpdateTiming(), () => happened.push(inFrame ? 'draw in a frame' : 'draw in a task'));
    }, { active: false });
    lints.updated(25);
    lints.updated(25);
    lints.request();
    vi.advanceTimersByTime(100);
    expect(happened).toEqual(['relint in a task', 'draw in a frame']);
  });

  it('drops a draw put off when an edit comes before its frame, and does not put off the next', () => {
    const { scheduler: lints } = scheduler();
    lints.updated(25);
    lints.updated(25);
    const drawn: string[] = [];
    lints.draw(new UpdateTiming(), () => drawn.push('stale'));
    lints.request();
    vi.advanceTimersByTime(100);
    expect(drawn).toEqual([]);
    // The edit's own relint draws at once, so that a page editing every frame still gets its hints.
    lints.draw(new UpdateTiming(), () => drawn.push('current'));
    expect(drawn).toEqual(['current']);
    lints.updated(25);
    lints.updated(25);
    lints.draw(new UpdateTiming(), () => drawn.push('next'));
    expect(drawn).toEqual(['current']);
    vi.advanceTimersByTime(16);
    expect(drawn).toEqual(['current', 'next']);
  });

  it('lints nothing while an IME composition is open', () => {
    let count = 0;
    const lints = new LintScheduler(() => (count += 1), { active: true });
    lints.request();
    vi.advanceTimersByTime(1_000);
    expect(count).toBe(0);
  });

  // Whatever the order of edits, slow and fast relints, tone verdicts, relints and draws done by
  // hand (a fix, a Send) and the passing of time: no edit is left unlinted, no relint runs that
  // nothing asked for, no draw shows a reading an edit made stale, and what is drawn in the end
  // is what the last relint read.
  it('lints every edit once it is asked for, and nothing more, and draws the last relint (property, random sequences)', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const) }),
      fc.record({ kind: fc.constant('verdict' as const) }),
      fc.record({ kind: fc.constant('relintNow' as const) }),
      fc.record({ kind: fc.constant('drawNow' as const) }),
      fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 200 }) }),
      fc.record({ kind: fc.constant('took' as const), ms: fc.integer({ min: 1, max: 90 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let owed = false;
        let edits = 0;
        /** The edits the reading of the last relint saw, and those of the reading drawn. */
        let read = 0;
        let drawn = 0;
        // As Session.lint: cancels what is pending, reads, and draws what it read unless that is
        // the text last read and drawn already.
        const relint = () => {
          lints.cancel();
          owed = false;
          const reading = edits;
          if (reading === read && !lints.drawOwed) return;
          read = reading;
          lints.draw(new UpdateTiming(), () => {
            expect(edits, 'a draw of a reading an edit made stale').toBe(reading);
            drawn = reading;
          });
        };
        const lints: LintScheduler = new LintScheduler(() => {
          expect(owed, 'a relint nothing asked for').toBe(true);
          relint();
        }, { active: false });
        for (const action of steps) {
          if (action.kind === 'edit') {
            owed = true;
            edits += 1;
            lints.request();
          } else if (action.kind === 'verdict') {
            owed = true;
            lints.requestAfterPause();
          } else if (action.kind === 'relintNow') {
            relint();
          } else if (action.kind === 'drawNow') {
            // As Session.show when the agent ignores a finding: what the last relint read, drawn at once.
            if (edits === read) {
              lints.drawn();
              drawn = read;
            }
          } else if (action.kind === 'wait') {
            vi.advanceTimersByTime(action.ms);
          } else {
            lints.updated(action.ms);
          }
        }
        vi.advanceTimersByTime(1_000);
        expect(owed, 'an edit left unlinted').toBe(false);
        expect(drawn, 'the last relint left undrawn').toBe(read);
        vi.clearAllTimers();
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
