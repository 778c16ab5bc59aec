import { describe, expect, it } from 'vitest';
import { freeCorner, obstaclesAmong, placeCard, placePanel } from './placement.ts';

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

  it('keeps off the panel of the window below, shortening itself rather than folding', () => {
    const anchor = { left: 100, top: 100, right: 700, bottom: 300 };
    const panelBelow = { left: 708, top: 320, right: 1008, bottom: 600 };
    const placement = placePanel(anchor, { width: 300, height: 400 }, viewport, [panelBelow]);
    expect(placement).toMatchObject({ side: 'right', top: 100 });
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(320);
  });

  it('starts below the panel of the window above when its own would run into it', () => {
    const anchor = { left: 100, top: 600, right: 700, bottom: 850 };
    const panelAbove = { left: 708, top: 300, right: 1008, bottom: 620 };
    const placement = placePanel(anchor, { width: 300, height: 400 }, viewport, [panelAbove]);
    expect(placement.side).toBe('right');
    expect(placement.top).toBeGreaterThanOrEqual(620);
    expect(placement.top + placement.maxHeight).toBeLessThanOrEqual(900 - 8);
  });

  it('skips a side full of host controls, and folds when no side is free', () => {
    const anchor = { left: 400, top: 400, right: 800, bottom: 850 };
    const controls = [
      { left: 820, top: 0, right: 900, bottom: 900 },
      { left: 550, top: 250, right: 600, bottom: 280 },
      { left: 100, top: 0, right: 150, bottom: 900 },
    ];
    expect(placePanel(anchor, panel, viewport, controls.slice(0, 1)).side).toBe('above');
    expect(placePanel(anchor, panel, viewport, controls).side).toBe('inside');
  });

  it('falls back to the inside corner of a window that fills the screen', () => {
    const placement = placePanel({ left: 0, top: 0, right: 1400, bottom: 900 }, panel, viewport);
    expect(placement).toMatchObject({ side: 'inside', left: 1400 - 300 - 8, top: 8 });
  });
});

describe('freeCorner', () => {
  it('folds into the bottom-right corner, or another one when a host control sits there', () => {
    const anchor = { left: 0, top: 0, right: 1400, bottom: 900 };
    const size = { width: 220, height: 40 };
    const [first] = freeCorner(anchor, size, viewport, []);
    expect(first).toMatchObject({ left: 1400 - 220 - 8, top: 900 - 40 - 8 });
    const discard = { left: 1300, top: 860, right: 1340, bottom: 890 };
    const [moved] = freeCorner(anchor, size, viewport, [discard]);
    expect(moved).toMatchObject({ left: 1400 - 220 - 8, top: 8 });
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

describe('obstaclesAmong', () => {
  it('gives the other windows and their placed panels, never the window itself', () => {
    const box = (left: number) => ({ left, top: 0, right: left + 10, bottom: 10 });
    const first = { box: box(0), panelBox: box(20) };
    const second = { box: box(100), panelBox: undefined };
    const hidden = { box: undefined, panelBox: undefined };
    expect(obstaclesAmong(first, [first, second, hidden])).toEqual([box(100)]);
    expect(obstaclesAmong(second, [first, second, hidden])).toEqual([box(0), box(20)]);
  });
});
