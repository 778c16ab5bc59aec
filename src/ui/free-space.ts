import { boxOf, contains, type Box } from '../dom/geometry.ts';
import { isOwnUi } from './shadow-host.ts';

/**
 * The host page's own controls where the panel might go, found by looking at what lies under a
 * grid of points in each candidate place (`elementFromPoint`), so the page is never walked:
 * the panel keeps off them, or folds (Outlook's search and New mail, Roundcube's attachment
 * drop zone, Gmail's Discard).
 */

const CONTROL = [
  'a[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'label', 'summary',
  '[role="button"]', '[role="link"]', '[role="searchbox"]', '[role="search"]', '[role="combobox"]', '[role="menuitem"]', '[role="tab"]',
  '[contenteditable]:not([contenteditable="false"])', '[onclick]', '[draggable="true"]', '[ondrop]',
].join(', ');
/** Points this far apart: a control smaller than that in both directions may be missed. */
const STEP = 24;

/**
 * Boxes of the controls under the given places. `editor` (the compose window's body, or its
 * iframe) is not counted: the folded panel may sit on its corner, as it always has.
 */
export function controlsUnder(document: Document, places: readonly Box[], editor: Element | null): Box[] {
  const found = new Set<Element>();
  const view = document.defaultView;
  if (!view || typeof document.elementsFromPoint !== 'function') return [];
  // Inside the editor's box lies the editor, which is not counted (a control drawn over it would
  // be missed: the panel only ever folds onto its corner). These are also the dear points: a hit
  // test there goes through the lines of the draft, a third of a second in all on a 300 KB one.
  const editorBox = editor ? boxOf(editor.getBoundingClientRect()) : undefined;
  for (const place of places) {
    const left = Math.max(0, place.left);
    const right = Math.min(view.innerWidth - 1, place.right);
    const top = Math.max(0, place.top);
    const bottom = Math.min(view.innerHeight - 1, place.bottom);
    for (let y = top + STEP / 2; y < bottom; y += STEP) {
      for (let x = left + STEP / 2; x < right; x += STEP) {
        if (editorBox && contains(editorBox, x, y)) continue;
        // The topmost element, unless it is ours: then the first under it. Asking for the whole
        // stack at every point took two and a half times as long.
        const top = document.elementFromPoint(x, y);
        const element = top && isOwnUi(top) ? document.elementsFromPoint(x, y).find((candidate) => !isOwnUi(candidate)) : top;
        const control = element?.closest(CONTROL);
        if (!control || found.has(control)) continue;
        if (editor && (control === editor || control.contains(editor) || editor.contains(control))) continue;
        found.add(control);
      }
    }
  }
  return [...found].map((control) => boxOf(control.getBoundingClientRect()));
}
