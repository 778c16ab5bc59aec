import { describe, expect, it } from 'vitest';
import { placeCard, placePanel } from './placement.ts';

const viewport = { width: 1400, height: 900 };
const panel = { width: 300, height: 260 };

describe('placePanel', () => {
  it('docks to the right of a window with room beside it', () => {
    const placement = placePanel({ left: 100, top: 100, right: 700, bottom: 800 }, panel, viewport);
    expect(placement).toMatchObject({ side: 'right', left: 708, top: 100 });
  });

  it('goes above a window docked at the bottom right edge', () => {
    const placement = placePanel({ left: 850, top: 400, right: 1400, bottom: 900 }, panel, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(400);
    expect(placement.left + panel.width).toBe(1400 - 8);
  });

  it('does not cover a neighbouring compose window', () => {
    const anchor = { left: 400, top: 100, right: 800, bottom: 900 };
    const neighbour = { left: 820, top: 100, right: 1320, bottom: 900 };
    expect(placePanel(anchor, panel, viewport, [neighbour]).side).toBe('left');
  });

  it('falls back to the inside corner of a window that fills the screen', () => {
    const placement = placePanel({ left: 0, top: 0, right: 1400, bottom: 900 }, panel, viewport);
    expect(placement).toMatchObject({ side: 'inside', left: 1400 - 300 - 8, top: 8 });
  });
});

describe('placeCard', () => {
  it('opens below the text, or above it near the bottom of the screen', () => {
    const card = { width: 340, height: 200 };
    expect(placeCard({ left: 50, top: 100, right: 90, bottom: 118 }, card, viewport)).toEqual({ left: 50, top: 122 });
    expect(placeCard({ left: 50, top: 800, right: 90, bottom: 818 }, card, viewport)).toEqual({ left: 50, top: 596 });
    expect(placeCard({ left: 1300, top: 100, right: 1340, bottom: 118 }, card, viewport).left).toBe(1400 - 340 - 8);
  });
});
