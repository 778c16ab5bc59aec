/**
 * Every relint and redraw is timed as a User Timing measure of this name: DevTools' Performance
 * panel shows it, and a PerformanceObserver in the page sees it (bench/extension.ts does). The
 * measures are cleared at once, so a long session keeps no entries.
 */
export const UPDATE_MEASURE = 'netiquette:update';
/** Its three parts, measured the same way: reading the editor, linting, drawing underlines and panel. */
export const UPDATE_PARTS = { read: 'netiquette:update:read', lint: 'netiquette:update:lint', draw: 'netiquette:update:draw' } as const;

function measureOnce(name: string, start: number, end: number): void {
  performance.measure(name, { start, end });
  performance.clearMeasures(name);
}

/** Times one update: created as it starts, told when the draft is read and linted, finished once drawn. */
export class UpdateTiming {
  private readonly started = performance.now();
  private read = this.started;
  private linted = this.started;

  readDone(): void {
    this.read = performance.now();
  }

  lintDone(): void {
    this.linted = performance.now();
  }

  /** Records the measures; returns the whole update's duration. */
  drawDone(): number {
    const drawn = performance.now();
    measureOnce(UPDATE_PARTS.read, this.started, this.read);
    measureOnce(UPDATE_PARTS.lint, this.read, this.linted);
    measureOnce(UPDATE_PARTS.draw, this.linted, drawn);
    measureOnce(UPDATE_MEASURE, this.started, drawn);
    return drawn - this.started;
  }
}
