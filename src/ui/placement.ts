import type { Box } from '../dom/geometry.ts';

/**
 * Where the panel and the card go. Pure arithmetic on boxes, so it is tested without a browser.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The height the box may take here; it scrolls beyond it. */
  maxHeight: number;
  side: 'right' | 'above' | 'left' | 'inside';
}

const MARGIN = 8;
/** A panel squeezed below this is no use: try the next side. */
const MIN_PANEL_HEIGHT = 120;

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, Math.max(low, high)));
}

/**
 * Beside the compose window: to its right, above it (Gmail docks its windows at the bottom
 * of the screen), to its left, and inside its top-right corner when there is room nowhere
 * else. A side that would cover another compose window is skipped.
 */
export function placePanel(anchor: Box, panel: Size, viewport: Size, obstacles: readonly Box[] = []): Placement {
  for (const candidate of panelCandidates(anchor, panel, viewport)) {
    const bottomLimit = candidate.side === 'above' ? anchor.top - MARGIN : viewport.height - MARGIN;
    const fitted = fitBetween(candidate, panel.width, bottomLimit, obstacles);
    const box = boxOfPlacement(fitted, panel.width);
    const inViewport = box.left >= MARGIN && box.right <= viewport.width - MARGIN && box.top >= MARGIN;
    const tallEnough = fitted.maxHeight >= Math.min(panel.height, MIN_PANEL_HEIGHT);
    if (inViewport && tallEnough && !obstacles.some((obstacle) => overlaps(box, obstacle))) return fitted;
  }
  const top = clamp(anchor.top + MARGIN, MARGIN, viewport.height - MIN_PANEL_HEIGHT);
  return {
    side: 'inside',
    left: clamp(anchor.right - panel.width - MARGIN, MARGIN, viewport.width - panel.width - MARGIN),
    top,
    maxHeight: Math.max(MIN_PANEL_HEIGHT, Math.min(panel.height, Math.min(anchor.bottom, viewport.height) - top - MARGIN)),
  };
}

/**
 * Fits a place between what is already there (another window's panel, a host control): it
 * starts below an obstacle at its top and stops above one further down, and its list scrolls
 * inside the shorter panel, rather than cover the obstacle. `bottomLimit` is as far down as the
 * side allows (the viewport's edge beside a window, the window's top above it).
 */
function fitBetween(candidate: Placement, width: number, bottomLimit: number, obstacles: readonly Box[]): Placement {
  const inColumn = obstacles
    .filter((obstacle) => obstacle.left < candidate.left + width && candidate.left < obstacle.right)
    .sort((a, b) => a.top - b.top);
  let top = candidate.top;
  let bottom = Math.min(bottomLimit, candidate.top + candidate.maxHeight);
  for (const obstacle of inColumn) {
    if (obstacle.bottom <= top || obstacle.top >= bottom) continue;
    if (obstacle.top - top < MIN_PANEL_HEIGHT) {
      // It sits where the panel would start: start below it, as long as the side has room.
      const needed = bottom - top;
      top = obstacle.bottom + MARGIN;
      bottom = Math.min(bottomLimit, top + needed);
    } else {
      bottom = obstacle.top - MARGIN;
      break;
    }
  }
  return top === candidate.top && bottom - top === candidate.maxHeight ? candidate : { ...candidate, top, maxHeight: Math.max(0, bottom - top) };
}

export function boxOfPlacement(placement: Placement, width: number): Box {
  return { left: placement.left, top: placement.top, right: placement.left + width, bottom: placement.top + placement.maxHeight };
}

/** The places beside a window the panel may take, in order of preference (see `placePanel`). */
export function panelCandidates(anchor: Box, panel: Size, viewport: Size): Placement[] {
  const fullHeight = Math.min(panel.height, viewport.height - 2 * MARGIN);
  const besideTop = clamp(anchor.top, MARGIN, viewport.height - fullHeight - MARGIN);
  const aboveRoom = anchor.top - 2 * MARGIN;
  return [
    { side: 'right', left: anchor.right + MARGIN, top: besideTop, maxHeight: fullHeight },
    {
      side: 'above',
      left: clamp(anchor.right - panel.width, MARGIN, viewport.width - panel.width - MARGIN),
      top: anchor.top - MARGIN - Math.min(panel.height, aboveRoom),
      maxHeight: Math.min(panel.height, aboveRoom),
    },
    { side: 'left', left: anchor.left - MARGIN - panel.width, top: besideTop, maxHeight: fullHeight },
  ];
}

/**
 * Where a folded panel goes inside its window: the bottom-right corner, clear of the text being
 * written, unless it would cover a control of the host's (Gmail's Discard sits there in full
 * screen); then the other corners. Each candidate is returned as a box, the first free one
 * first; with no free corner, the bottom-right one.
 */
export function freeCorner(anchor: Box, panel: Size, viewport: Size, obstacles: readonly Box[]): Box[] {
  const right = Math.max(MARGIN, Math.min(anchor.right, viewport.width) - panel.width - MARGIN);
  const left = clamp(anchor.left + MARGIN, MARGIN, viewport.width - panel.width - MARGIN);
  const bottom = Math.max(MARGIN, Math.min(anchor.bottom, viewport.height) - panel.height - MARGIN);
  const top = clamp(anchor.top + MARGIN, MARGIN, viewport.height - panel.height - MARGIN);
  const corners = [
    { left: right, top: bottom },
    { left: right, top },
    { left, top: bottom },
    { left, top },
  ].map((corner) => ({ ...corner, right: corner.left + panel.width, bottom: corner.top + panel.height }));
  const free = corners.filter((corner) => !obstacles.some((obstacle) => overlaps(corner, obstacle)));
  return free.length > 0 ? free : corners.slice(0, 1);
}

/** Below the underlined text, or above it when the card would run off the bottom. */
export function placeCard(anchor: Box, card: Size, viewport: Size): { left: number; top: number } {
  const left = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  const below = anchor.bottom + 4;
  if (below + card.height <= viewport.height - MARGIN || anchor.top - card.height - 4 < MARGIN) return { left, top: below };
  return { left, top: anchor.top - card.height - 4 };
}

/** Where a compose window and its panel are, as far as the panels of other windows must know. */
export interface PlacedWindow {
  readonly box: Box | undefined;
  readonly panelBox: Box | undefined;
}

/** What a window's panel must not cover: every other compose window, and the other panels where they are. */
export function obstaclesAmong<T extends PlacedWindow>(self: T, windows: Iterable<T>): Box[] {
  const boxes: Box[] = [];
  for (const other of windows) {
    if (other === self) continue;
    if (other.box) boxes.push(other.box);
    if (other.panelBox) boxes.push(other.panelBox);
  }
  return boxes;
}
