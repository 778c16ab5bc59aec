/**
 * A relint and redraw that took no longer than this runs again in the next frame after each
 * input: a frame late at most, the keystroke's own frame when it fits.
 */
const FRAME_BUDGET_MS = 40;
/** Otherwise typing pauses this long before a relint. */
const SLOW_LINT_PAUSE_MS = 150;

/**
 * When a compose window relints after an edit. No pause to wait out while relints are cheap: the
 * relint runs before the next frame is painted, so the underline changes in the frame that shows
 * the keystroke, and every edit made before that frame is linted once. When the last relint took
 * longer than FRAME_BUDGET_MS (a very long draft), the next waits for a pause in typing instead,
 * so that keys never queue behind relints. Only the last two relints both slow mean that: one
 * slow relint alone (a garbage collection, a paragraph with many findings) would otherwise make
 * the next keystroke's hints wait a pause on a draft that relints within a frame. Nothing is linted while an IME composition is open
 * (watchEdits reports its end).
 */
export class LintScheduler {
  private frame = 0;
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
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.composing.active) this.relint();
    });
  }

  /**
   * A relint once typing pauses, unless one runs before then (every relint cancels what is
   * pending). A relint already asked for in the next frame stays: it runs sooner, and a tone
   * verdict arriving between a keystroke and its frame must not hold that keystroke's hints back.
   */
  requestAfterPause(): void {
    if (this.composing.active || this.frame !== 0) return;
    this.cancel();
    this.timer = setTimeout(this.relint, SLOW_LINT_PAUSE_MS);
  }

  cancel(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** How long the relint and redraw just done took. */
  updated(ms: number): void {
    this.recentUpdatesMs = [this.recentUpdatesMs[1]!, ms];
  }
}
