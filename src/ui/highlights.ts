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
  private readonly owners = new Map<object, readonly PaintedRange[]>();
  private active: readonly Range[] = [];
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

  paint(owner: object, ranges: readonly PaintedRange[]): void {
    this.owners.set(owner, ranges);
    this.flush();
  }

  /** The spans of the finding being looked at, shaded. */
  setActive(ranges: readonly Range[]): void {
    this.active = ranges;
    this.flush();
  }

  clear(owner: object): void {
    if (!this.owners.delete(owner)) return;
    this.flush();
  }

  private flush(): void {
    const view = this.view;
    if (!view) return;
    this.ensureStyle(view);
    for (const severity of ['error', 'warning', 'info'] as const) {
      const ranges: Range[] = [];
      for (const painted of this.owners.values()) {
        for (const entry of painted) if (entry.severity === severity) ranges.push(entry.range);
      }
      this.set(view, HIGHLIGHT_NAMES[severity], ranges, PRIORITY[severity]);
    }
    this.set(view, HIGHLIGHT_NAMES.active, [...this.active], 0);
  }

  private set(view: HighlightWindow, name: string, ranges: Range[], priority: number): void {
    if (ranges.length === 0) {
      view.CSS.highlights.delete(name);
      return;
    }
    const highlight = new view.Highlight(...ranges);
    highlight.priority = priority;
    view.CSS.highlights.set(name, highlight);
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
