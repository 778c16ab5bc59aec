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
  const fullHeight = Math.min(panel.height, viewport.height - 2 * MARGIN);
  const besideTop = clamp(anchor.top, MARGIN, viewport.height - fullHeight - MARGIN);
  const aboveRoom = anchor.top - 2 * MARGIN;
  const candidates: Placement[] = [
    { side: 'right', left: anchor.right + MARGIN, top: besideTop, maxHeight: fullHeight },
    {
      side: 'above',
      left: clamp(anchor.right - panel.width, MARGIN, viewport.width - panel.width - MARGIN),
      top: anchor.top - MARGIN - Math.min(panel.height, aboveRoom),
      maxHeight: Math.min(panel.height, aboveRoom),
    },
    { side: 'left', left: anchor.left - MARGIN - panel.width, top: besideTop, maxHeight: fullHeight },
  ];
  for (const candidate of candidates) {
    const box = { left: candidate.left, top: candidate.top, right: candidate.left + panel.width, bottom: candidate.top + candidate.maxHeight };
    const inViewport = box.left >= MARGIN && box.right <= viewport.width - MARGIN && box.top >= MARGIN;
    const tallEnough = candidate.maxHeight >= Math.min(panel.height, MIN_PANEL_HEIGHT);
    if (inViewport && tallEnough && !obstacles.some((obstacle) => overlaps(box, obstacle))) return candidate;
  }
  const top = clamp(anchor.top + MARGIN, MARGIN, viewport.height - MIN_PANEL_HEIGHT);
  return {
    side: 'inside',
    left: clamp(anchor.right - panel.width - MARGIN, MARGIN, viewport.width - panel.width - MARGIN),
    top,
    maxHeight: Math.max(MIN_PANEL_HEIGHT, Math.min(panel.height, Math.min(anchor.bottom, viewport.height) - top - MARGIN)),
  };
}

/** Below the underlined text, or above it when the card would run off the bottom. */
export function placeCard(anchor: Box, card: Size, viewport: Size): { left: number; top: number } {
  const left = clamp(anchor.left, MARGIN, viewport.width - card.width - MARGIN);
  const below = anchor.bottom + 4;
  if (below + card.height <= viewport.height - MARGIN || anchor.top - card.height - 4 < MARGIN) return { left, top: below };
  return { left, top: anchor.top - card.height - 4 };
}
