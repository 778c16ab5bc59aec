import type { Severity } from '../core/types.ts';
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from './styles.ts';

/**
 * Underlines in a rich editor through the CSS Custom Highlight API: nothing is inserted into
 * the editor's DOM, so the page's editor model never sees us. The registry is per document,
 * and every compose window in a document shares the one Highlight per severity, so each
 * window hands its ranges in under its own key and the painter merges them.
 */

export interface PaintedRange {
  range: Range;
  severity: Severity;
}

type HighlightWindow = Window & typeof globalThis;

/**
 * Where findings overlap, the more severe underline is drawn on top ("Per my last email" is an
 * error inside a warning's span): a higher priority paints over a lower one.
 */
const PRIORITY: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const painters = new WeakMap<Document, HighlightPainter>();

export class HighlightPainter {
  /** Each owner's ranges as last painted, so a repaint touches only the ranges that changed. */
  private readonly owners = new Map<object, ReadonlyMap<Range, Severity>>();
  /** One Highlight per severity, kept while it has ranges: a repaint adds and deletes ranges in it. */
  private readonly highlights = new Map<Severity, Highlight>();
  private sheet: CSSStyleSheet | undefined;

  static for(document: Document): HighlightPainter {
    let painter = painters.get(document);
    if (!painter) {
      painter = new HighlightPainter(document);
      painters.set(document, painter);
    }
    return painter;
  }

  private constructor(private readonly document: Document) {}

  /** Highlight classes must come from the editor document's own window (an iframe has its own). */
  private get view(): HighlightWindow | undefined {
    const view = this.document.defaultView as HighlightWindow | null;
    return view && 'Highlight' in view && view.CSS && 'highlights' in view.CSS ? view : undefined;
  }

  /**
   * An owner's ranges now. A range painted before and handed in again (the same Range object,
   * with the same severity) is left where it is: on a long draft a keystroke changes a few
   * underlines of hundreds.
   */
  paint(owner: object, ranges: readonly PaintedRange[]): void {
    const view = this.view;
    const before = this.owners.get(owner) ?? new Map<Range, Severity>();
    const after = new Map(ranges.map(({ range, severity }) => [range, severity]));
    this.owners.set(owner, after);
    if (!view) return;
    this.ensureStyle(view);
    for (const [range, severity] of before) if (after.get(range) !== severity) this.highlights.get(severity)?.delete(range);
    for (const [range, severity] of after) if (before.get(range) !== severity) this.highlightFor(view, severity).add(range);
    this.unregisterEmpty(view);
  }

  /** The spans of the finding being looked at, shaded. */
  setActive(ranges: readonly Range[]): void {
    const view = this.view;
    if (!view) return;
    this.ensureStyle(view);
    if (ranges.length === 0) {
      view.CSS.highlights.delete(HIGHLIGHT_NAMES.active);
      return;
    }
    const highlight = new view.Highlight(...ranges);
    highlight.priority = 0;
    view.CSS.highlights.set(HIGHLIGHT_NAMES.active, highlight);
  }

  clear(owner: object): void {
    const painted = this.owners.get(owner);
    if (!painted) return;
    this.owners.delete(owner);
    const view = this.view;
    if (!view) return;
    for (const [range, severity] of painted) this.highlights.get(severity)?.delete(range);
    this.unregisterEmpty(view);
  }

  private highlightFor(view: HighlightWindow, severity: Severity): Highlight {
    let highlight = this.highlights.get(severity);
    if (!highlight) {
      highlight = new view.Highlight();
      highlight.priority = PRIORITY[severity];
      this.highlights.set(severity, highlight);
    }
    // Registered again if the page (or a test) took it away, as a repaint always did.
    if (view.CSS.highlights.get(HIGHLIGHT_NAMES[severity]) !== highlight) view.CSS.highlights.set(HIGHLIGHT_NAMES[severity], highlight);
    return highlight;
  }

  /** A severity without underlines has no highlight registered, as the page had before any. */
  private unregisterEmpty(view: HighlightWindow): void {
    for (const [severity, highlight] of this.highlights) {
      if (highlight.size > 0) continue;
      this.highlights.delete(severity);
      if (view.CSS.highlights.get(HIGHLIGHT_NAMES[severity]) === highlight) view.CSS.highlights.delete(HIGHLIGHT_NAMES[severity]);
    }
  }

  /**
   * A constructed sheet adopted by the document: it is document level, as `::highlight()`
   * needs, yet adds no <style> element the page could trip over or a CSP could refuse.
   */
  private ensureStyle(view: HighlightWindow): void {
    if (!this.sheet) {
      this.sheet = new view.CSSStyleSheet();
      this.sheet.replaceSync(HIGHLIGHT_CSS);
    }
    if (!this.document.adoptedStyleSheets.includes(this.sheet)) {
      this.document.adoptedStyleSheets = [...this.document.adoptedStyleSheets, this.sheet];
    }
  }
}
