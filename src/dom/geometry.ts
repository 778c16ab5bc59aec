import { frameElementOf } from './elements.ts';

/** Plain rectangles, so placement can be computed and tested without a layout engine. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function boxOf(rect: { left: number; top: number; right: number; bottom: number }): Box {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

/**
 * A rectangle measured in a (possibly nested, same-origin) iframe, in the top page's
 * viewport: the UI lives in the top document even when the editor does not.
 */
export function toTopViewport(box: Box, document: Document): Box {
  let { left, top, right, bottom } = box;
  for (let frame = frameElementOf(document); frame; frame = frameElementOf(frame.ownerDocument)) {
    const frameBox = frame.getBoundingClientRect();
    const dx = frameBox.left + frame.clientLeft;
    const dy = frameBox.top + frame.clientTop;
    left += dx;
    right += dx;
    top += dy;
    bottom += dy;
  }
  return { left, top, right, bottom };
}

export function contains(box: Box, x: number, y: number, slack = 0): boolean {
  return x >= box.left - slack && x <= box.right + slack && y >= box.top - slack && y <= box.bottom + slack;
}
