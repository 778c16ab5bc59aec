import { h, render } from 'preact';
import type { FieldReading, TextControl } from '../adapters/editing.ts';
import type { DisplayLocale } from '../core/localize.ts';
import type { Field, Finding, TextRange } from '../core/types.ts';
import type { TextMap } from '../dom/text-map.ts';
import { frameElementOf } from '../dom/elements.ts';
import { boxOf, contains, toTopViewport, type Box } from '../dom/geometry.ts';
import type { ToneVerdict } from '../state/lint-state.ts';
import { HighlightPainter } from './highlights.ts';
import type { Translate } from './i18n.ts';
import { displayRange, findingKey, rankAtPlace } from './marks.ts';
import { MirrorOverlay, type OverlaySpan } from './overlay.ts';
import { Panel, panelHeight } from './panel.tsx';
import { PanelHold } from './panel-hold.ts';
import { controlsUnder } from './free-space.ts';
import { boxOfPlacement, freeCorner, panelCandidates, placePanel, type Placement } from './placement.ts';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import { PANEL_CSS } from './styles.ts';

/**
 * What one compose window shows: underlines (highlights in a rich editor, a mirror overlay on
 * an <input> or <textarea>), the panel beside the window, and which finding is under the
 * pointer. It renders what it is given (findings, the tone verdict, the fields as read) and
 * decides nothing about the draft.
 */

export interface ComposeViewEnvironment {
  t: Translate;
  locale(): DisplayLocale;
  /** What the panel must not cover: other compose windows and their panels. */
  obstaclesFor(view: ComposeView): Box[];
  /** Asks for every window to be measured and its panel placed, once, in the next frame. */
  requestPlacement(): void;
  /** A finding chosen in the panel. */
  onSelect(finding: Finding): void;
  /** Escape in the panel: back to the editor. */
  onEscape(): void;
}

export interface ShownFields {
  subject: FieldReading | undefined;
  body: FieldReading;
}

/** Findings under a point, ranked (see rankAtPlace), and where the first is drawn. */
export interface Hit {
  findings: Finding[];
  box: Box;
}

const PANEL_WIDTH = 300;
const COLLAPSED_PANEL_WIDTH = 220;

/** Where the compose window was at the last measure, and the viewport it was measured in. */
interface Anchor {
  box: Box;
  viewport: { width: number; height: number };
  /** Host controls (buttons, fields, links) where the panel could go: it keeps off them. */
  controls: Box[];
}

/** A finding's underline by what it says and the text it marks, whatever offsets the finding had when drawn. */
function placeKey(finding: Finding, shown: TextRange): string {
  return `${finding.ruleId}|${finding.severity}|${shown.start}|${shown.end}|${finding.message.en}`;
}

/** Writes an inline style only when it changes, so placing a panel that did not move costs nothing. */
function setStyle(element: HTMLElement, property: 'display' | 'left' | 'top' | 'maxHeight' | 'width', value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}

export class ComposeView {
  private readonly panel: ShadowHost;
  private findings: readonly Finding[] = [];
  private tone: ToneVerdict | undefined;
  private fields: ShownFields | undefined;
  /** The agent's choice from the toggle; undefined until they make one. */
  private collapsed: boolean | undefined;
  private renderedCollapsed: boolean | undefined;
  private panelSide: Placement['side'] | undefined;
  /** The expanded panel's height, kept while it is collapsed; a guess before it was ever drawn. */
  private expandedHeight = 240;
  /** The panel's natural height as drawn now, collapsed or not. */
  private drawnHeight = 240;
  /** Heights of the panel's parts, from the ResizeObserver: the panel never measures itself. */
  private readonly panelResize: ResizeObserver;
  private readonly partHeights = new Map<Element, number>();
  /** Undefined until measured, and while the window is hidden. */
  private anchor: Anchor | undefined;
  private placedPanel: Box | undefined;
  private subjectControl: TextControl | undefined;
  private subjectOverlay: MirrorOverlay | undefined;
  private readonly bodyOverlay: MirrorOverlay | undefined;
  /** Live ranges of the body findings, so underlines follow the text between relints. */
  private bodyRanges = new Map<string, Range>();
  private activeKey: string | undefined;
  private readonly panelHold = new PanelHold();
  /** A redraw of the panel waiting for the pointer to rest (PanelHold). */
  private heldPanelDraw: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly root: HTMLElement,
    /** The rich editor's editing host, or the body's <textarea>. */
    private readonly body: HTMLElement,
    bodyControl: TextControl | undefined,
    private readonly env: ComposeViewEnvironment,
  ) {
    this.panel = createShadowHost(root.ownerDocument, 'panel', PANEL_CSS);
    // A relayout boundary: a change in the panel (its count, a line's width: on a long draft,
    // most keystrokes) lays out the panel alone rather than the whole page, which on a 300 KB
    // draft cost 3-10 ms a frame and as much again to commit. The host takes no space anyway:
    // the panel overflows it.
    this.panel.host.style.contain = 'size layout style';
    if (bodyControl) this.bodyOverlay = new MirrorOverlay(bodyControl, 'body');
    this.panel.host.addEventListener('pointermove', () => this.panelHold.pointerMoved(performance.now()));
    this.panelResize = new ResizeObserver((entries) => {
      for (const entry of entries) this.partHeights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
      this.onPanelResized();
    });
  }

  /** A new subject field (or none): its overlay is made anew. */
  setSubject(control: TextControl | undefined): void {
    this.subjectOverlay?.remove();
    this.subjectControl = control;
    this.subjectOverlay = control ? new MirrorOverlay(control, 'subject') : undefined;
    this.drawOverlays();
  }

  /** Draws what the lint state says about the fields as they were read. */
  show(fields: ShownFields, findings: readonly Finding[], tone: ToneVerdict | undefined): void {
    const map = fields.body.map;
    const kept = map ? this.rangesStillInPlace(map) : undefined;
    this.fields = fields;
    this.findings = findings;
    this.tone = tone;
    if (map) {
      this.bodyRanges = new Map();
      const painted = [];
      for (const finding of findings) {
        if (finding.field !== 'body') continue;
        const shown = displayRange(finding, map.text);
        if (!shown) continue;
        const range = kept?.get(placeKey(finding, shown)) ?? map.rangeOf(shown.start, shown.end);
        this.bodyRanges.set(findingKey(finding), range);
        painted.push({ range, severity: finding.severity });
      }
      HighlightPainter.for(this.body.ownerDocument).paint(this, painted);
    }
    this.drawOverlays();
    this.drawPanelWhenStill();
  }

  /** Draws the panel now, or once the pointer moving over it has rested (PanelHold). */
  private drawPanelWhenStill(): void {
    const wait = this.panelHold.waitFor(performance.now());
    if (wait > 0) {
      this.heldPanelDraw ??= setTimeout(() => {
        this.heldPanelDraw = undefined;
        this.drawPanelWhenStill();
      }, wait);
      return;
    }
    this.drawPanelNow();
  }

  /** Draws the panel now, and drops a redraw that was waiting. */
  private drawPanelNow(): void {
    clearTimeout(this.heldPanelDraw);
    this.heldPanelDraw = undefined;
    this.drawPanel();
  }

  /** A finding chosen in a panel drawn before the last lint: the same finding as linted now, or none if the lint dropped it. */
  private selectFromPanel(shown: Finding): void {
    const key = findingKey(shown);
    const current = this.findings.find((finding) => findingKey(finding) === key);
    if (current) {
      this.env.onSelect(current);
      return;
    }
    // What was clicked is gone: the panel shows what is there now, for the agent to choose again.
    this.drawPanelNow();
  }

  /**
   * The live ranges drawn for the last findings, by where they are in the text just read: an
   * edit elsewhere moved them along with their text, and the finding that is still there keeps
   * its range, so the painter leaves its underline alone.
   */
  private rangesStillInPlace(map: TextMap): Map<string, Range> {
    const kept = new Map<string, Range>();
    for (const finding of this.findings) {
      const range = finding.field === 'body' ? this.bodyRanges.get(findingKey(finding)) : undefined;
      if (!range) continue;
      const start = map.offsetAt(range.startContainer, range.startOffset);
      const end = map.offsetAt(range.endContainer, range.endOffset);
      if (start !== undefined && end !== undefined) kept.set(placeKey(finding, { start, end }), range);
    }
    return kept;
  }

  /** Shades a finding's text while its card is open. */
  setActive(finding: Finding | undefined): void {
    this.activeKey = finding ? findingKey(finding) : undefined;
    const range = finding && finding.field === 'body' ? this.bodyRanges.get(findingKey(finding)) : undefined;
    if (!this.bodyOverlay) HighlightPainter.for(this.body.ownerDocument).setActive(range ? [range] : []);
    this.drawOverlays();
  }

  /** Every finding drawn under a point of a field (viewport coordinates of the field's window). */
  hitTest(field: Field, x: number, y: number): Hit | undefined {
    const overlay = field === 'subject' ? this.subjectOverlay : this.bodyOverlay;
    const hits: { finding: Finding; box: Box }[] = [];
    const underOverlay = overlay ? new Set(overlay.hitTest(x, y)) : undefined;
    for (const finding of this.findings) {
      if (finding.field !== field) continue;
      const key = findingKey(finding);
      const rects = underOverlay ? (underOverlay.has(key) ? [overlay!.rectOf(key)!] : []) : [...(this.bodyRanges.get(key)?.getClientRects() ?? [])];
      // A little slack below the line: the wavy underline sits under the glyphs.
      const rect = rects.find((candidate) => contains(boxOf(candidate), x, y, 3));
      if (rect) hits.push({ finding, box: boxOf(rect) });
    }
    if (hits.length === 0) return undefined;
    const ranked = rankAtPlace(hits.map((hit) => ({ ...hit, severity: hit.finding.severity, start: hit.finding.start, end: hit.finding.end })));
    const element = field === 'subject' ? this.subjectControl : this.body;
    return { findings: ranked.map((hit) => hit.finding), box: toTopViewport(ranked[0]!.box, element!.ownerDocument) };
  }

  /**
   * Brings a finding's text into view and says where it is, in top-page coordinates, for its
   * card. The selection is left alone: the agent's caret stays where it was.
   */
  reveal(finding: Finding): Box | undefined {
    const fields = this.fields;
    if (!fields) return undefined;
    if (finding.field === 'subject' || this.bodyOverlay) {
      const control = finding.field === 'subject' ? this.subjectControl : (this.body as TextControl);
      const overlay = finding.field === 'subject' ? this.subjectOverlay : this.bodyOverlay;
      if (!control) return undefined;
      overlay?.scrollIntoView(findingKey(finding));
      overlay?.sync();
      const rect = overlay?.rectOf(findingKey(finding)) ?? control.getBoundingClientRect();
      return toTopViewport(boxOf(rect), control.ownerDocument);
    }
    const shown = displayRange(finding, fields.body.text) ?? { start: finding.start, end: finding.end };
    const live = this.bodyRanges.get(findingKey(finding)) ?? fields.body.map?.rangeOf(shown.start, shown.end);
    if (!live) return undefined;
    const start = live.startContainer;
    const element = (start.nodeType === 1 ? start : start.parentElement) as Element | null;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = live.getClientRects()[0] ?? this.body.getBoundingClientRect();
    return toTopViewport(boxOf(rect), this.body.ownerDocument);
  }

  /** Moves the keyboard into the panel's list, opening the panel if it was folded. */
  focusPanel(): void {
    if (this.panelCollapsed) {
      this.collapsed = false;
      this.drawPanel();
    }
    const root = this.panel.root;
    (root.querySelector<HTMLElement>('li button') ?? root.querySelector<HTMLElement>('button[aria-expanded]'))?.focus();
  }

  /** Reads where the window and its fields are. Every view measures before any places, so a frame lays out once. */
  measure(): void {
    const view = this.panel.host.ownerDocument.defaultView;
    const rect = this.root.getBoundingClientRect();
    const hidden = !view || (rect.width === 0 && rect.height === 0);
    if (hidden) {
      this.anchor = undefined;
    } else {
      const box = boxOf(rect);
      const viewport = { width: view.innerWidth, height: view.innerHeight };
      const size = { width: PANEL_WIDTH, height: this.expandedHeight };
      const places = [...panelCandidates(box, size, viewport).map((place) => boxOfPlacement(place, PANEL_WIDTH)), ...freeCorner(box, { width: COLLAPSED_PANEL_WIDTH, height: this.drawnHeight }, viewport, [])];
      this.anchor = { box, viewport, controls: controlsUnder(this.root.ownerDocument, places, frameElementOf(this.body.ownerDocument) ?? this.body) };
    }
    this.subjectOverlay?.measure();
    this.bodyOverlay?.measure();
  }

  /** Places the panel and overlays where the last measure found the window; it reads no layout. */
  place(): void {
    this.subjectOverlay?.apply();
    this.bodyOverlay?.apply();
    this.placePanel();
  }

  /** Where the last measure found the window, for other windows' panels to keep off. */
  get box(): Box | undefined {
    return this.anchor?.box;
  }

  /** Where the panel was last placed, for other windows' panels to keep off. */
  get panelBox(): Box | undefined {
    return this.placedPanel;
  }

  /** Forgets where the panel is, before a pass that places every panel again. */
  unplace(): void {
    this.placedPanel = undefined;
  }

  /** After a redraw of a mirror overlay, its scroll position must be set again: the next frame does. */
  syncOverlays(): void {
    this.subjectOverlay?.sync();
    this.bodyOverlay?.sync();
  }

  destroy(): void {
    clearTimeout(this.heldPanelDraw);
    this.panelResize.disconnect();
    this.subjectOverlay?.remove();
    this.bodyOverlay?.remove();
    if (!this.bodyOverlay) HighlightPainter.for(this.body.ownerDocument).clear(this);
    render(null, this.panel.mount);
    this.panel.remove();
  }

  private drawOverlays(): void {
    const fields = this.fields;
    if (!fields) return;
    const spans = (field: Field, reading: FieldReading | undefined): OverlaySpan[] =>
      reading
        ? this.findings
            .filter((finding) => finding.field === field)
            .map((finding) => ({ ...(displayRange(finding, reading.text) ?? { start: finding.start, end: finding.end }), severity: finding.severity, key: findingKey(finding) }))
        : [];
    const subjectRedrawn = this.subjectOverlay?.render(spans('subject', fields.subject), this.activeKey) ?? false;
    const bodyRedrawn = this.bodyOverlay?.render(spans('body', fields.body), this.activeKey) ?? false;
    if (subjectRedrawn || bodyRedrawn) this.env.requestPlacement();
  }

  private drawPanel(): void {
    this.renderPanel();
    this.placePanel();
  }

  /** Collapsed when the agent says so; otherwise only when it would have to sit on the editor. */
  private get panelCollapsed(): boolean {
    return this.collapsed ?? this.panelSide === 'inside';
  }

  private renderPanel(): void {
    const collapsed = this.panelCollapsed;
    this.renderedCollapsed = collapsed;
    const fields = this.fields;
    setStyle(this.panel.host, 'width', `${collapsed ? COLLAPSED_PANEL_WIDTH : PANEL_WIDTH}px`);
    render(
      h(Panel, {
        t: this.env.t,
        locale: this.env.locale(),
        findings: this.findings,
        tone: this.tone,
        lineOf: (finding: Finding) => {
          const reading = finding.field === 'subject' ? fields?.subject : fields?.body;
          return reading ? reading.lineOf(finding.start) : finding.line;
        },
        collapsed,
        onToggle: () => {
          this.collapsed = !collapsed;
          this.drawPanel();
        },
        onSelect: (finding: Finding) => this.selectFromPanel(finding),
        onEscape: () => this.env.onEscape(),
      }),
      this.panel.mount,
    );
    this.observePanelParts();
  }

  /** The ResizeObserver watches the panel, its list's scroller and the list, whichever are drawn now. */
  private observePanelParts(): void {
    const panel = this.panel.mount.firstElementChild;
    const scroller = panel?.querySelector(':scope > .findings');
    const parts = [panel, scroller, scroller?.firstElementChild].filter((part): part is Element => part != null);
    for (const part of this.partHeights.keys()) {
      if (parts.includes(part)) continue;
      this.panelResize.unobserve(part);
      this.partHeights.delete(part);
    }
    for (const part of parts) {
      if (this.partHeights.has(part)) continue;
      this.partHeights.set(part, 0);
      this.panelResize.observe(part);
    }
  }

  private onPanelResized(): void {
    const panel = this.panel.mount.firstElementChild;
    const scroller = panel?.querySelector(':scope > .findings');
    const height = panel ? this.partHeights.get(panel) : undefined;
    // Nothing to learn from a panel that is not laid out (hidden with its window).
    if (!panel || !height) return;
    const list = scroller?.firstElementChild;
    const natural = panelHeight({ panel: height, scroller: scroller ? this.partHeights.get(scroller) : undefined, list: list ? this.partHeights.get(list) : undefined });
    if (natural === this.drawnHeight) return;
    this.drawnHeight = natural;
    if (!panel.classList.contains('collapsed')) this.expandedHeight = natural;
    this.placePanel();
  }

  private placePanel(): void {
    const host = this.panel.host;
    const anchor = this.anchor;
    setStyle(host, 'display', anchor ? 'block' : 'none');
    if (!anchor) {
      this.placedPanel = undefined;
      return;
    }
    const { box, viewport } = anchor;
    const obstacles = [...this.env.obstaclesFor(this), ...anchor.controls];
    // The side is chosen for the expanded panel, so collapsing it cannot flip the choice back.
    const placement = placePanel(box, { width: PANEL_WIDTH, height: this.expandedHeight }, viewport, obstacles);
    this.panelSide = placement.side;
    if (this.panelCollapsed !== this.renderedCollapsed) this.renderPanel();
    let left = placement.left;
    let top = placement.top;
    let width = PANEL_WIDTH;
    let height = Math.min(this.drawnHeight, placement.maxHeight);
    if (placement.side === 'inside' && this.panelCollapsed) {
      // Folded into a corner of the window that covers none of the host's controls.
      const [corner] = freeCorner(box, { width: COLLAPSED_PANEL_WIDTH, height: this.drawnHeight }, viewport, obstacles);
      left = corner!.left;
      top = corner!.top;
      width = COLLAPSED_PANEL_WIDTH;
      height = this.drawnHeight;
    }
    setStyle(host, 'left', `${left}px`);
    setStyle(host, 'top', `${top}px`);
    setStyle(this.panel.mount, 'maxHeight', `${placement.maxHeight}px`);
    this.placedPanel = { left, top, right: left + width, bottom: top + height };
    if (host.dataset.side !== placement.side) host.dataset.side = placement.side;
  }
}
