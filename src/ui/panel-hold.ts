/**
 * When the panel may redraw. A tone verdict that arrives after a relint can change a card's
 * quoted words or add a hint, and the redraw moves the items below: a click aimed at one item
 * lands on its neighbour. So while the agent's pointer moves over the panel, it holds still, and
 * redraws once the pointer has rested or gone for PANEL_HOLD_MS. A pointer parked on the panel
 * while the agent types does not hold it: only movement does.
 */
export const PANEL_HOLD_MS = 1_000;

export class PanelHold {
  private lastMove: number | undefined;

  /** The pointer moved over the panel at `now` (milliseconds, any clock the caller keeps). */
  pointerMoved(now: number): void {
    this.lastMove = now;
  }

  /** How long a redraw asked for at `now` waits: 0 draws at once. */
  waitFor(now: number): number {
    return this.lastMove === undefined ? 0 : Math.max(0, this.lastMove + PANEL_HOLD_MS - now);
  }
}
