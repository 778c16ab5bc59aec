import type { Field, Severity } from '../core/types.ts';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import { SEVERITY_COLORS } from './styles.ts';

/**
 * Underlines for an <input> or <textarea>, which have no text nodes to highlight: a mirror
 * with the control's font, padding, border and scroll position lies exactly over it, its text
 * transparent, only the underlines showing. It never takes the pointer, so clicks and typing
 * go to the control as before.
 */

export interface OverlaySpan {
  start: number;
  end: number;
  severity: Severity;
  /** Handed back by `hitTest`. */
  key: string;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** Every property that moves a glyph; the mirror must match the control on all of them. */
const COPIED_PROPERTIES = [
  'box-sizing', 'width', 'height', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-style', 'border-right-style', 'border-bottom-style', 'border-left-style',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-stretch', 'font-variant', 'font-feature-settings',
  'font-kerning', 'line-height', 'letter-spacing', 'word-spacing', 'text-indent', 'text-align', 'text-transform',
  'direction', 'tab-size', 'text-rendering', 'overflow-wrap', 'word-break',
] as const;

const OVERLAY_CSS = `
  :host { all: initial; }
  .mirror { position: absolute; overflow: hidden; color: transparent; border-color: transparent; background: transparent; pointer-events: none; margin: 0; }
  .mark { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-skip-ink: none; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
  ${(['error', 'warning', 'info'] as const).map((severity) => `.mark.${severity} { text-decoration-color: ${SEVERITY_COLORS[severity]}; }`).join('\n')}
  .mark.active { background: rgba(229, 72, 77, 0.18); }
`;

/** What the mirror copies from the control, read in one go so that writing it costs one layout. */
interface Geometry {
  rect: DOMRect;
  /** The copied properties' values, or undefined when they are the same as last time. */
  style: string[] | undefined;
  isTextArea: boolean;
  overflowWrap: string;
  /** A single-line input's text line: its height inside the padding. */
  lineHeight: number;
  paddingRight: number;
  scrollbar: number;
  scrollTop: number;
  scrollLeft: number;
}

export class MirrorOverlay {
  private readonly shadow: ShadowHost;
  private readonly mirror: HTMLDivElement;
  private styleKey = '';
  private contentKey = '';
  private marks: { element: HTMLElement; key: string }[] = [];
  private measured: Geometry | undefined;

  /** `field` is written on the host, so tests and styles can tell the subject's overlay from the body's. */
  constructor(
    private readonly control: TextControl,
    field: Field,
  ) {
    this.shadow = createShadowHost(control.ownerDocument, 'overlay', OVERLAY_CSS);
    this.shadow.host.dataset.field = field;
    // Lower than the panel and cards: the overlay only dresses the control.
    this.shadow.host.style.zIndex = '2147483645';
    this.shadow.host.style.pointerEvents = 'none';
    this.mirror = control.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.shadow.mount.append(this.mirror);
  }

  /**
   * Redraws the underlines; nothing happens when the text and spans are the same as before.
   * It reads no layout, so it returns whether it redrew: new text may need the mirror's scroll
   * position set again, which is `sync`'s business.
   */
  render(spans: readonly OverlaySpan[], activeKey: string | undefined): boolean {
    const text = this.control.value;
    const key = JSON.stringify([text, spans, activeKey]);
    if (key === this.contentKey) return false;
    this.contentKey = key;
    this.fill(text, spans, activeKey);
    return true;
  }

  /** Follows the control: position, size, font and scroll. */
  sync(): void {
    this.measure();
    this.apply();
  }

  /** The reading half of `sync`: for several overlays, measure all, then apply all. */
  measure(): void {
    const control = this.control;
    const view = control.ownerDocument.defaultView;
    const rect = control.getBoundingClientRect();
    if (!view || (rect.width === 0 && rect.height === 0)) {
      this.measured = undefined;
      return;
    }
    const computed = view.getComputedStyle(control);
    const values = COPIED_PROPERTIES.map((property) => computed.getPropertyValue(property));
    const styleKey = values.join('|');
    const changed = styleKey !== this.styleKey;
    this.styleKey = styleKey;
    this.measured = {
      rect,
      style: changed ? values : undefined,
      isTextArea: control.tagName === 'TEXTAREA',
      overflowWrap: computed.overflowWrap,
      lineHeight: control.clientHeight - parseFloat(computed.paddingTop) - parseFloat(computed.paddingBottom),
      paddingRight: parseFloat(computed.paddingRight),
      // A textarea's scrollbar narrows its text; the mirror has none, so it pads the difference.
      scrollbar: control.offsetWidth - control.clientWidth - parseFloat(computed.borderLeftWidth) - parseFloat(computed.borderRightWidth),
      scrollTop: control.scrollTop,
      scrollLeft: control.scrollLeft,
    };
  }

  /** The writing half of `sync`. */
  apply(): void {
    const geometry = this.measured;
    const mirror = this.mirror;
    mirror.style.display = geometry ? 'block' : 'none';
    if (!geometry) return;
    if (geometry.style) {
      COPIED_PROPERTIES.forEach((property, index) => mirror.style.setProperty(property, geometry.style![index]!));
      mirror.style.whiteSpace = geometry.isTextArea ? 'pre-wrap' : 'pre';
      if (geometry.isTextArea) mirror.style.overflowWrap = geometry.overflowWrap || 'break-word';
      // A single-line input centres its line vertically; the mirror does the same.
      else mirror.style.lineHeight = `${geometry.lineHeight}px`;
      geometry.style = undefined;
    }
    const { rect } = geometry;
    mirror.style.paddingRight = `${geometry.paddingRight + Math.max(0, geometry.scrollbar)}px`;
    mirror.style.boxSizing = 'border-box';
    mirror.style.width = `${rect.width}px`;
    mirror.style.height = `${rect.height}px`;
    mirror.style.left = `${rect.left}px`;
    mirror.style.top = `${rect.top}px`;
    mirror.scrollTop = geometry.scrollTop;
    mirror.scrollLeft = geometry.scrollLeft;
  }

  /** The keys of the spans under a point (viewport coordinates of the control's window). */
  hitTest(x: number, y: number): string[] {
    return this.marks
      .filter(({ element }) => [...element.getClientRects()].some((rect) => x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 4))
      .map(({ key }) => key);
  }

  /** Where a span is drawn (its first piece), for placing its card. */
  rectOf(key: string): DOMRect | undefined {
    return this.marks.find((mark) => mark.key === key)?.element.getBoundingClientRect();
  }

  /** Scrolls the control, not its caret, so that a span's first line is in view. */
  scrollIntoView(key: string): void {
    const mark = this.marks.find((candidate) => candidate.key === key)?.element;
    const control = this.control;
    if (!mark || control.tagName !== 'TEXTAREA') return;
    // The mirror lays the text out as the control does: a mark's place in it is its place in the control.
    const top = mark.offsetTop;
    if (top < control.scrollTop || top + mark.offsetHeight > control.scrollTop + control.clientHeight) {
      control.scrollTop = Math.max(0, top - control.clientHeight / 3);
    }
  }

  remove(): void {
    this.shadow.remove();
  }

  /**
   * The text cut at every span boundary; each piece is underlined as the most severe span over
   * it, and knows every span it belongs to, so overlapping findings (a long subject that also
   * shouts) can each be hovered.
   */
  private fill(text: string, spans: readonly OverlaySpan[], activeKey: string | undefined): void {
    const document = this.control.ownerDocument;
    const nodes: Node[] = [];
    this.marks = [];
    const cuts = new Set<number>([0, text.length]);
    for (const span of spans) {
      cuts.add(span.start);
      cuts.add(span.end);
    }
    const points = [...cuts].filter((point) => point <= text.length).sort((a, b) => a - b);
    // An empty field (a missing subject) still shows where the problem is.
    for (const span of spans.filter((candidate) => candidate.start === candidate.end && text.length === 0)) {
      nodes.push(this.mark('\u00a0'.repeat(6), [span], activeKey));
    }
    for (let index = 0; index < points.length - 1; index += 1) {
      const start = points[index]!;
      const end = points[index + 1]!;
      const covering = spans.filter((span) => span.start <= start && end <= span.end && span.end > span.start);
      const piece = text.slice(start, end);
      nodes.push(covering.length > 0 ? this.mark(piece, covering, activeKey) : document.createTextNode(piece));
    }
    // The trailing character keeps a final empty line of a textarea as tall as the control's.
    nodes.push(document.createTextNode('\u200b'));
    this.mirror.replaceChildren(...nodes);
  }

  private mark(text: string, covering: readonly OverlaySpan[], activeKey: string | undefined): HTMLElement {
    const element = this.control.ownerDocument.createElement('span');
    const severity = SEVERITY_ORDER.find((candidate) => covering.some((span) => span.severity === candidate))!;
    const active = covering.some((span) => span.key === activeKey);
    element.className = `mark ${severity}${active ? ' active' : ''}`;
    element.textContent = text;
    for (const span of covering) this.marks.push({ element, key: span.key });
    return element;
  }
}
