/**
 * A relint and redraw that took no longer than this runs again at once after each input: before
 * the next frame is painted at the latest.
 */
const FRAME_BUDGET_MS = 40;
/** Otherwise typing pauses this long before a relint. */
const SLOW_LINT_PAUSE_MS = 150;

/**
 * When a compose window relints after an edit. No pause to wait out while relints are cheap: the
 * relint runs in a task of its own right after the input's (once the editor has finished with
 * its DOM: its own microtasks, its mutation observers), or in the next frame before it is
 * painted if the frame comes first, whichever is sooner; so the underline changes in the frame
 * that shows the keystroke, the relint's work is done before that frame starts when there is
 * time for it, and every edit made before then is linted once. When the last relint took
 * longer than FRAME_BUDGET_MS (a very long draft), the next waits for a pause in typing instead,
 * so that keys never queue behind relints. Only the last two relints both slow mean that: one
 * slow relint alone (a garbage collection, a paragraph with many findings) would otherwise make
 * the next keystroke's hints wait a pause on a draft that relints within a frame. Nothing is
 * linted while an IME composition is open (watchEdits reports its end).
 */
export class LintScheduler {
  /** The relint asked for as soon as may be: a frame and a task, whichever comes first. */
  private soon: { frame: number; task: ReturnType<typeof setTimeout> } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** How long the last two relints and redraws took, the latest last. */
  private recentUpdatesMs = [0, 0];

  constructor(
    private readonly relint: () => void,
    private readonly composing: { readonly active: boolean },
  ) {}

  request(): void {
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
    this.soon = { frame: requestAnimationFrame(relintSoon), task: setTimeout(relintSoon, 0) };
  }

  /**
   * A relint once typing pauses, unless one runs before then (every relint cancels what is
   * pending). A relint already asked for as soon as may be stays: it runs sooner, and a tone
   * verdict arriving between a keystroke and its relint must not hold that keystroke's hints back.
   */
  requestAfterPause(): void {
    if (this.composing.active || this.soon) return;
    this.cancel();
    this.timer = setTimeout(this.relint, SLOW_LINT_PAUSE_MS);
  }

  cancel(): void {
    this.cancelSoon();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private cancelSoon(): void {
    if (!this.soon) return;
    cancelAnimationFrame(this.soon.frame);
    clearTimeout(this.soon.task);
    this.soon = undefined;
  }

  /** How long the relint and redraw just done took. */
  updated(ms: number): void {
    this.recentUpdatesMs = [this.recentUpdatesMs[1]!, ms];
  }
}
