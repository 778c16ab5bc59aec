import type { UpdateTiming } from './update-timing.ts';

/**
 * A relint and redraw that took no longer than this runs again at once after each input: before
 * the next frame is painted at the latest.
 */
const FRAME_BUDGET_MS = 40;
/** Otherwise typing pauses this long before a relint. */
const SLOW_LINT_PAUSE_MS = 150;
/**
 * Relints and redraws that took longer than this are too long to share a task with a frame: the
 * next relint runs in a task of its own and its draw in the next frame.
 */
const SHARES_FRAME_MS = 15;

/**
 * When a compose window relints after an edit, and when it draws what the relint found. No pause
 * to wait out while relints are cheap: the relint runs in a task of its own right after the
 * input's (once the editor has finished with its DOM: its own microtasks, its mutation
 * observers), or in the next frame before it is painted if the frame comes first, whichever is
 * sooner; so the underline changes in the frame that shows the keystroke, the relint's work is
 * done before that frame starts when there is time for it, and every edit made before then is
 * linted once. When the last relint took longer than FRAME_BUDGET_MS (a very long draft), the
 * next waits for a pause in typing instead, so that keys never queue behind relints. Only the
 * last two relints both slow mean that: one slow relint alone (a garbage collection, a paragraph
 * with many findings) would otherwise make the next keystroke's hints wait a pause on a draft
 * that relints within a frame. Nothing is linted while an IME composition is open (watchEdits
 * reports its end).
 *
 * A long draft's frame costs much to render by itself, and a relint in the frame made one task
 * of both, long enough to hold up the keys (a 300 KB draft: about 10 ms to read and lint, 10 to
 * 40 to render). So when the last two relints and redraws both took more than SHARES_FRAME_MS
 * (one alone may be a garbage collection, and the draw's wait for a frame would then hold up the
 * hints of a draft that relints well within one), the relint runs only in a task, and its draw
 * waits for the next frame: three shorter tasks (the input, the relint, the frame) instead of
 * one long. An edit before that frame drops the draw, as it made the reading of the editor stale
 * (the edit's own relint draws instead); the draw after a dropped one is not put off, so that a
 * page that edits every frame still gets its hints drawn.
 */
export class LintScheduler {
  /** The relint asked for as soon as may be: a frame (unless relints are heavy) and a task, whichever comes first. */
  private soon: { frame: number | undefined; task: ReturnType<typeof setTimeout> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The draw of the last relint, put off to the next frame. */
  private drawFrame: number | undefined;
  /** An edit dropped the last draw put off: the next is not. */
  private drawDropped = false;
  /** What the last relint found is not drawn yet: its draw is put off, or was dropped. */
  private owed = false;
  /** How long the last two relints and redraws took on the main thread, the latest last. */
  private recentUpdatesMs = [0, 0];

  constructor(
    private readonly relint: () => void,
    private readonly composing: { readonly active: boolean },
  ) {}

  /** The text changed: a relint, and no draw of a reading taken before. */
  request(): void {
    if (this.drawFrame !== undefined) {
      this.dropDraw();
      this.drawDropped = true;
    }
    if (this.composing.active) return;
    if (this.recentUpdatesMs.every((ms) => ms > FRAME_BUDGET_MS)) {
      this.requestAfterPause();
      return;
    }
    if (this.soon) return;
    const relintSoon = () => {
      this.cancelSoon();
      if (!this.composing.active) this.relint();
    };
    this.soon = { frame: this.heavy ? undefined : requestAnimationFrame(relintSoon), task: setTimeout(relintSoon, 0) };
  }

  /**
   * A relint once typing pauses, unless one runs before then (every relint cancels what is
   * pending). A relint already asked for as soon as may be stays: it runs sooner, and a tone
   * verdict arriving between a keystroke and its relint must not hold that keystroke's hints back.
   */
  requestAfterPause(): void {
    if (this.composing.active || this.soon) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(this.relint, SLOW_LINT_PAUSE_MS);
  }

  /** Cancels the relints asked for and the draw put off: a relint is about to run, or an IME composition has begun. */
  cancel(): void {
    this.cancelSoon();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dropDraw();
  }

  /**
   * Draws what a relint found, at once or in the next frame when relints are heavy (see the
   * class), and times it: `timing` is the relint's, read and linted.
   */
  draw(timing: UpdateTiming, draw: () => void): void {
    this.dropDraw();
    this.owed = true;
    const drawNow = () => {
      this.owed = false;
      timing.drawStarts();
      draw();
      this.updated(timing.drawDone());
    };
    if (!this.heavy || this.drawDropped) {
      this.drawDropped = false;
      drawNow();
      return;
    }
    this.drawFrame = requestAnimationFrame(() => {
      this.drawFrame = undefined;
      drawNow();
    });
  }

  /** Whether what the last relint found is still to be drawn: a relint of the same text must draw it then. */
  get drawOwed(): boolean {
    return this.owed;
  }

  /** The lint state was drawn (by this scheduler, a Send's verdict, a finding ignored): no draw is owed or put off. */
  drawn(): void {
    this.dropDraw();
    this.owed = false;
  }

  /** How long a relint and redraw took on the main thread. */
  updated(ms: number): void {
    this.recentUpdatesMs = [this.recentUpdatesMs[1]!, ms];
  }

  /** Forgets the draw put off, if any: the text it would draw has changed, or a relint is about to draw anew. */
  private dropDraw(): void {
    if (this.drawFrame === undefined) return;
    cancelAnimationFrame(this.drawFrame);
    this.drawFrame = undefined;
  }

  private get heavy(): boolean {
    return this.recentUpdatesMs.every((ms) => ms > SHARES_FRAME_MS);
  }

  private cancelSoon(): void {
    if (!this.soon) return;
    if (this.soon.frame !== undefined) cancelAnimationFrame(this.soon.frame);
    clearTimeout(this.soon.task);
    this.soon = undefined;
  }
}
