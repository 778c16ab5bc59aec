import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PANEL_HOLD_MS, PanelHold } from './panel-hold.ts';

describe('PanelHold', () => {
  it('draws at once until the pointer has moved over the panel', () => {
    expect(new PanelHold().waitFor(5_000)).toBe(0);
  });

  it('holds a redraw until the pointer has rested for the hold time, and never longer', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3_000 }), { minLength: 1, maxLength: 20 }), fc.nat({ max: 5_000 }), (gaps, after) => {
        const hold = new PanelHold();
        let now = 0;
        for (const gap of gaps) {
          now += gap;
          hold.pointerMoved(now);
        }
        const asked = now + after;
        const wait = hold.waitFor(asked);
        // Drawn exactly when the pointer has rested for the hold time since its last move.
        expect(asked + wait).toBe(Math.max(asked, now + PANEL_HOLD_MS));
        expect(wait).toBeLessThanOrEqual(PANEL_HOLD_MS);
      }),
    );
  });

  it('lets a pointer parked on the panel hold it no longer than the hold time', () => {
    const hold = new PanelHold();
    hold.pointerMoved(100);
    expect(hold.waitFor(600)).toBe(PANEL_HOLD_MS - 500);
    expect(hold.waitFor(100 + PANEL_HOLD_MS)).toBe(0);
    expect(hold.waitFor(60_000)).toBe(0);
  });
});
