/**
 * Every relint and redraw is timed as a User Timing measure of this name: DevTools' Performance
 * panel shows it, and a PerformanceObserver in the page sees it (bench/extension.ts does). The
 * measures are cleared at once, so a long session keeps no entries.
 */
export const UPDATE_MEASURE = 'netiquette:update';
/** Its three parts, measured the same way: reading the editor, linting, drawing underlines and panel. */
export const UPDATE_PARTS = { read: 'netiquette:update:read', lint: 'netiquette:update:lint', draw: 'netiquette:update:draw' } as const;

function measureOnce(name: string, start: number, end: number, detail?: UpdateDetail): void {
  performance.measure(name, { start, end, detail });
  performance.clearMeasures(name);
}

/** The whole measure's detail: how long the update took on the main thread, without the wait for a frame its draw may have had. */
export interface UpdateDetail {
  workMs: number;
}

/**
 * Times one update: created as it starts, told when the draft is read and linted, and when its
 * draw starts and ends. The draw may wait for the next frame (LintScheduler.draw): the whole
 * measure then spans that wait too, from the read to the hints drawn.
 */
export class UpdateTiming {
  private readonly started = performance.now();
  private read = this.started;
  private linted = this.started;
  private drawing = this.started;

  readDone(): void {
    this.read = performance.now();
  }

  lintDone(): void {
    this.linted = performance.now();
    this.drawing = this.linted;
  }

  drawStarts(): void {
    this.drawing = performance.now();
  }

  /** Records the measures; returns the time the update took on the main thread, without the wait for a frame. */
  drawDone(): number {
    const drawn = performance.now();
    measureOnce(UPDATE_PARTS.read, this.started, this.read);
    measureOnce(UPDATE_PARTS.lint, this.read, this.linted);
    measureOnce(UPDATE_PARTS.draw, this.drawing, drawn);
    const workMs = this.linted - this.started + (drawn - this.drawing);
    measureOnce(UPDATE_MEASURE, this.started, drawn, { workMs });
    return workMs;
  }
}
