import { h, render } from 'preact';
import { isTextArea, type ComposeWindow } from '../../src/adapters/types.ts';
import type { Linter } from '../../src/core/engine.ts';
import type { DisplayLocale } from '../../src/core/localize.ts';
import type { Draft, Field, Finding, Fix, TextRange } from '../../src/core/types.ts';
import { mergeEdits, replaceInRichEditor, replaceInTextControl, type EditOutcome } from '../../src/dom/edit.ts';
import { boxOf, contains, toTopViewport, type Box } from '../../src/dom/geometry.ts';
import { buildTextMap, type TextMap } from '../../src/dom/text-map.ts';
import type { GuardedCompose } from '../../src/guard/send-guard.ts';
import type { CardController, CardOwner } from '../../src/ui/card-controller.tsx';
import { followElement } from '../../src/ui/follow.ts';
import { HighlightPainter } from '../../src/ui/highlights.ts';
import type { Translate } from '../../src/ui/i18n.ts';
import { MirrorOverlay, type OverlaySpan } from '../../src/ui/overlay.ts';
import { Panel, panelHeight } from '../../src/ui/panel.tsx';
import { placePanel, type Placement } from '../../src/ui/placement.ts';
import { createShadowHost, type ShadowHost } from '../../src/ui/shadow-host.ts';
import { PANEL_CSS } from '../../src/ui/styles.ts';

/** What every compose session shares, owned by the manager. */
export interface SessionEnvironment {
  linter(): Linter;
  locale(): DisplayLocale;
  t: Translate;
  cards: CardController;
  isLocked(ruleId: string): boolean;
  rationale(ruleId: string, locale: DisplayLocale): string | undefined;
  turnOffRule(ruleId: string): void;
  /** The other compose windows' boxes, which the panel must not cover. */
  obstaclesFor(session: ComposeSession): Box[];
  /** Asks for every window to be measured and its panel placed, once, in the next frame. */
  requestPlacement(): void;
  /** Runs before every send verdict; the e2e build uses it to simulate a broken script. */
  beforeVerdict?(): void;
  /** Hears every draft linted; the e2e build tells the page, so tests can compare it with what was typed. */
  afterLint?(draft: Draft): void;
}

/** Typing pauses this long before a relint: long enough to skip most keystrokes, short enough to feel live. */
const LINT_DELAY_MS = 150;
/**
 * Every relint and redraw is timed as a User Timing measure of this name: DevTools' Performance
 * panel shows it, and a PerformanceObserver in the page sees it (bench/extension.ts does). The
 * measure is cleared at once, so a long session keeps no entries.
 */
export const UPDATE_MEASURE = 'netiquette:update';
const PANEL_WIDTH = 300;
const COLLAPSED_PANEL_WIDTH = 220;

interface Snapshot {
  draft: Draft;
  key: string;
  bodyMap: TextMap | undefined;
}

function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.field}|${finding.start}|${finding.end}|${finding.message.en}`;
}

/** "Ignore here" remembers the rule and the words, so the choice survives edits elsewhere. */
function ignoreKey(finding: Finding, draft: Draft): string {
  return `${finding.ruleId}|${finding.field}|${draft[finding.field].slice(finding.start, finding.end)}`;
}

/** The text to underline: a finding about a point (a missing greeting) marks its whole line. */
function displayRange(finding: Finding, text: string): TextRange | undefined {
  if (finding.end > finding.start) return { start: finding.start, end: finding.end };
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const newline = text.indexOf('\n', finding.start);
  const lineEnd = newline === -1 ? text.length : newline;
  return lineEnd > lineStart ? { start: lineStart, end: lineEnd } : undefined;
}

/** Where the compose window was at the last measure, and the viewport it was measured in. */
interface Anchor {
  box: Box;
  viewport: { width: number; height: number };
}

/** Writes an inline style only when it changes, so placing a panel that did not move costs nothing. */
function setStyle(element: HTMLElement, property: 'display' | 'left' | 'top' | 'maxHeight' | 'width', value: string): void {
  if (element.style[property] !== value) element.style[property] = value;
}

/** One compose window: reads its draft, lints as the agent types, draws hints, answers the guard. */
export class ComposeSession implements GuardedCompose, CardOwner {
  private snapshot: Snapshot | undefined;
  private findings: Finding[] = [];
  private readonly ignored = new Set<string>();
  private composing = false;
  /** A forced relint asked for during a composition, owed when it ends. */
  private lintAfterComposition = false;
  private lintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private readonly panel: ShadowHost;
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
  private subjectElement: HTMLInputElement | null = null;
  private subjectCleanup: (() => void) | undefined;
  private subjectOverlay: MirrorOverlay | undefined;
  private readonly bodyOverlay: MirrorOverlay | undefined;
  /** Live ranges of the body findings, so underlines follow the text between relints. */
  private bodyRanges = new Map<string, Range>();
  private activeKey: string | undefined;
  private hoverFrame = 0;
  private sendControlCache: readonly Element[] | undefined;

  constructor(
    readonly window: ComposeWindow,
    private readonly env: SessionEnvironment,
  ) {
    const body = window.body;
    this.panel = createShadowHost(window.root.ownerDocument, 'panel', PANEL_CSS);
    if (isTextArea(body)) this.bodyOverlay = new MirrorOverlay(body, 'body');
    this.listen(body, body);
    if (!isTextArea(body)) {
      const observer = new MutationObserver(() => this.scheduleLint());
      observer.observe(body, { childList: true, subtree: true, characterData: true });
      this.cleanups.push(() => observer.disconnect());
    }
    this.cleanups.push(followElement(window.root, env.requestPlacement));
    // A textarea carries a mirror overlay, which must follow it within the window.
    if (isTextArea(body)) this.cleanups.push(followElement(body, env.requestPlacement));
    this.panelResize = new ResizeObserver((entries) => {
      for (const entry of entries) this.partHeights.set(entry.target, entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height);
      this.onPanelResized();
    });
    this.cleanups.push(() => this.panelResize.disconnect());
    this.bindSubject();
    this.lint(true);
  }

  // GuardedCompose

  get sendShortcuts() {
    return this.window.sendShortcuts;
  }

  /**
   * Cached between changes to the page: the manager drops the cache on every mutation that
   * could matter, and a control the page removed since is never handed back.
   */
  sendControls(): readonly Element[] {
    if (!this.sendControlCache?.every((control) => control.isConnected)) this.sendControlCache = this.window.sendControls();
    return this.sendControlCache;
  }

  forgetSendControls(): void {
    this.sendControlCache = undefined;
  }

  contains(node: Node): boolean {
    return this.window.root.contains(node) || this.window.body.contains(node);
  }

  blockingFindings(): readonly Finding[] | undefined {
    this.env.beforeVerdict?.();
    this.lint(false);
    if (!this.snapshot) return undefined;
    return this.findings.filter((finding) => finding.severity === 'error');
  }

  // CardOwner

  applyFix(fix: Fix): EditOutcome {
    const snapshot = this.snapshot;
    if (!snapshot) return 'stale';
    let outcome: EditOutcome = 'applied';
    for (const field of ['subject', 'body'] as const) {
      const replacement = mergeEdits(snapshot.draft[field], fix.edits.filter((edit) => edit.field === field));
      if (!replacement || outcome !== 'applied') continue;
      outcome = this.replace(field, snapshot.draft[field], replacement);
    }
    this.lint(true);
    return outcome;
  }

  ignore(finding: Finding): void {
    if (this.snapshot) this.ignored.add(ignoreKey(finding, this.snapshot.draft));
    this.lint(true);
  }

  turnOffRule(ruleId: string): void {
    this.env.turnOffRule(ruleId);
  }

  isLocked(ruleId: string): boolean {
    return this.env.isLocked(ruleId);
  }

  rationale(ruleId: string): string | undefined {
    return this.env.rationale(ruleId, this.env.locale());
  }

  focusEditor(): void {
    this.window.body.focus();
  }

  setActive(finding: Finding | undefined): void {
    this.activeKey = finding ? findingKey(finding) : undefined;
    const range = finding && finding.field === 'body' ? this.bodyRanges.get(findingKey(finding)) : undefined;
    if (!isTextArea(this.window.body)) HighlightPainter.for(this.window.body.ownerDocument).setActive(range ? [range] : []);
    this.drawOverlays();
  }

  // Life cycle

  get visibleFindings(): readonly Finding[] {
    return this.findings;
  }

  isOpen(): boolean {
    return this.window.isOpen();
  }

  /** Lints now if the text changed since the last lint (or always, when forced). */
  lint(force: boolean): void {
    clearTimeout(this.lintTimer);
    // Text inside an IME composition is not written yet: nothing may judge it, whatever asks
    // (a settings change, a rule turned off). The composition's end lints what was committed.
    if (this.composing) {
      this.lintAfterComposition ||= force;
      return;
    }
    const started = performance.now();
    const snapshot = this.read();
    if (!force && snapshot.key === this.snapshot?.key) return;
    this.snapshot = snapshot;
    this.env.afterLint?.(snapshot.draft);
    const findings = this.env
      .linter()
      .lint(snapshot.draft)
      .filter((finding) => !this.ignored.has(ignoreKey(finding, snapshot.draft)));
    this.findings = findings;
    this.env.cards.refresh(this, findings);
    this.draw();
    performance.measure(UPDATE_MEASURE, { start: started });
    performance.clearMeasures(UPDATE_MEASURE);
  }

  /**
   * Called after the page changed: notices what no input event announces, a subject field
   * drawn anew, a value set by the page's script, files attached outside the editor
   * (Roundcube's sidebar list, Gmail's chips).
   */
  refresh(): void {
    if (this.window.subject() !== this.subjectElement) this.bindSubject();
    const subjectChanged = (this.subjectElement?.value ?? '') !== this.snapshot?.draft.subject;
    const textareaChanged = isTextArea(this.window.body) && this.window.body.value !== this.snapshot?.draft.body;
    const attachmentsChanged = this.window.attachmentCount() !== this.snapshot?.draft.attachmentCount;
    if (subjectChanged || textareaChanged || attachmentsChanged) this.scheduleLint();
  }

  /** Reads where the window and its fields are. Every session measures before any places, so a frame lays out once. */
  measure(): void {
    const view = this.panel.host.ownerDocument.defaultView;
    const rect = this.window.root.getBoundingClientRect();
    const hidden = !view || !this.window.isOpen() || (rect.width === 0 && rect.height === 0);
    this.anchor = hidden ? undefined : { box: boxOf(rect), viewport: { width: view.innerWidth, height: view.innerHeight } };
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

  /** Selects a finding's text in the editor and opens its card with focus, for keyboard users. */
  reveal(finding: Finding): void {
    const anchor = this.select(finding);
    if (anchor) this.env.cards.show(this, finding, anchor, true);
  }

  /** The guard's "review": the worst finding is selected, its card open. */
  reviewWorst(): void {
    const worst = this.findings.find((finding) => finding.severity === 'error') ?? this.findings[0];
    if (worst) this.reveal(worst);
  }

  destroy(): void {
    clearTimeout(this.lintTimer);
    cancelAnimationFrame(this.hoverFrame);
    this.env.cards.forget(this);
    for (const cleanup of this.cleanups) cleanup();
    this.subjectCleanup?.();
    this.subjectOverlay?.remove();
    this.bodyOverlay?.remove();
    if (!isTextArea(this.window.body)) HighlightPainter.for(this.window.body.ownerDocument).clear(this);
    render(null, this.panel.mount);
    this.panel.remove();
  }

  // Internals

  private read(): Snapshot {
    const window = this.window;
    const subject = window.subject()?.value ?? '';
    const attachmentCount = window.attachmentCount();
    let body: string;
    let bodyMap: TextMap | undefined;
    let knownRegions: Draft['knownRegions'];
    if (isTextArea(window.body)) {
      body = window.body.value;
    } else {
      bodyMap = buildTextMap(window.body);
      body = bodyMap.text;
      const map = bodyMap;
      const quoted = window
        .quoteElements()
        .map((element) => map.rangeOfElement(element))
        .filter((range): range is TextRange => range !== undefined);
      const signatures = window
        .signatureElements()
        .map((element) => map.rangeOfElement(element))
        .filter((range): range is TextRange => range !== undefined);
      const signature = signatures.length > 0 ? { start: signatures[0]!.start, end: signatures[signatures.length - 1]!.end } : undefined;
      knownRegions = { ...(quoted.length > 0 ? { quoted } : {}), ...(signature ? { signature } : {}) };
    }
    const draft: Draft = { subject, body, ...(attachmentCount === undefined ? {} : { attachmentCount }), ...(knownRegions ? { knownRegions } : {}) };
    return { draft, key: JSON.stringify([subject, body, attachmentCount, knownRegions, this.ignored.size]), bodyMap };
  }

  private scheduleLint(): void {
    if (this.composing) return;
    clearTimeout(this.lintTimer);
    this.lintTimer = setTimeout(() => this.lint(false), LINT_DELAY_MS);
  }

  private replace(field: Field, linted: string, replacement: { start: number; end: number; text: string }): EditOutcome {
    if (field === 'subject') {
      return this.subjectElement ? replaceInTextControl(this.subjectElement, linted, replacement) : 'stale';
    }
    const body = this.window.body;
    return isTextArea(body) ? replaceInTextControl(body, linted, replacement) : replaceInRichEditor(body, linted, replacement);
  }

  private listen(target: HTMLElement, editor: HTMLElement): void {
    const on = <K extends keyof HTMLElementEventMap>(type: K, handler: (event: HTMLElementEventMap[K]) => void) => {
      target.addEventListener(type, handler as EventListener);
      this.cleanups.push(() => target.removeEventListener(type, handler as EventListener));
    };
    on('input', () => this.scheduleLint());
    on('compositionstart', () => {
      this.composing = true;
      clearTimeout(this.lintTimer);
    });
    on('compositionend', () => {
      this.composing = false;
      const force = this.lintAfterComposition;
      this.lintAfterComposition = false;
      clearTimeout(this.lintTimer);
      this.lintTimer = setTimeout(() => this.lint(force), LINT_DELAY_MS);
    });
    on('scroll', () => this.env.requestPlacement());
    on('keydown', (event) => this.onKeyDown(event, editor));
    on('mousemove', (event) => this.onPointerMove(event, editor));
    on('mouseleave', () => this.env.cards.unhover());
  }

  private bindSubject(): void {
    this.subjectCleanup?.();
    this.subjectOverlay?.remove();
    this.subjectOverlay = undefined;
    this.subjectElement = this.window.subject();
    const subject = this.subjectElement;
    if (!subject) return;
    const before = this.cleanups.length;
    this.listen(subject, subject);
    const added = this.cleanups.splice(before);
    const unfollow = followElement(subject, this.env.requestPlacement);
    this.subjectCleanup = () => {
      added.forEach((cleanup) => cleanup());
      unfollow();
    };
    this.subjectOverlay = new MirrorOverlay(subject, 'subject');
    this.drawOverlays();
    this.env.requestPlacement();
  }

  /**
   * Alt+Enter: on underlined text it opens that finding's card; anywhere else it moves to the
   * panel's list, so every finding is a few keys away. Escape there comes back.
   */
  private onKeyDown(event: KeyboardEvent, editor: HTMLElement): void {
    if (event.key === 'Escape' && this.env.cards.current) {
      this.env.cards.close(false);
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey) return;
    const field: Field = editor === this.subjectElement ? 'subject' : 'body';
    const offset = this.caretOffset(editor);
    const finding = offset === undefined ? undefined : this.narrowestAt(field, offset);
    event.preventDefault();
    event.stopPropagation();
    if (finding) this.reveal(finding);
    else this.focusPanel();
  }

  private narrowestAt(field: Field, offset: number): Finding | undefined {
    return this.findings
      .filter((candidate) => candidate.field === field && candidate.start <= offset && offset <= candidate.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  }

  private focusPanel(): void {
    if (this.panelCollapsed) {
      this.collapsed = false;
      this.drawPanel();
    }
    const root = this.panel.root;
    (root.querySelector<HTMLElement>('li button') ?? root.querySelector<HTMLElement>('button[aria-expanded]'))?.focus();
  }

  private caretOffset(editor: HTMLElement): number | undefined {
    if (editor.tagName === 'INPUT' || editor.tagName === 'TEXTAREA') return (editor as HTMLInputElement).selectionStart ?? undefined;
    const selection = editor.ownerDocument.getSelection();
    if (!selection?.focusNode || !this.snapshot?.bodyMap) return undefined;
    return this.snapshot.bodyMap.offsetAt(selection.focusNode, selection.focusOffset);
  }

  private onPointerMove(event: MouseEvent, editor: HTMLElement): void {
    const { clientX: x, clientY: y } = event;
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const hit = this.hitTest(editor, x, y);
      if (hit) this.env.cards.hover(this, hit.finding, toTopViewport(hit.box, editor.ownerDocument));
      else this.env.cards.unhover();
    });
  }

  /** The finding under the pointer; where spans nest (a word inside a flagged line) the narrowest wins. */
  private hitTest(editor: HTMLElement, x: number, y: number): { finding: Finding; box: Box } | undefined {
    const field: Field = editor === this.subjectElement ? 'subject' : 'body';
    const overlay = field === 'subject' ? this.subjectOverlay : this.bodyOverlay;
    let best: { finding: Finding; box: Box; length: number } | undefined;
    for (const finding of this.findings) {
      if (finding.field !== field) continue;
      const key = findingKey(finding);
      const rects = overlay ? (overlay.hitTest(x, y).includes(key) ? [overlay.rectOf(key)!] : []) : [...(this.bodyRanges.get(key)?.getClientRects() ?? [])];
      // A little slack below the line: the wavy underline sits under the glyphs.
      const rect = rects.find((candidate) => contains(boxOf(candidate), x, y, 3));
      const length = finding.end - finding.start;
      if (rect && (!best || length < best.length)) best = { finding, box: boxOf(rect), length };
    }
    return best;
  }

  /** Puts the selection on a finding and returns where its text is, in top-page coordinates. */
  private select(finding: Finding): Box | undefined {
    const snapshot = this.snapshot;
    if (!snapshot) return undefined;
    const range = displayRange(finding, snapshot.draft[finding.field]) ?? { start: finding.start, end: finding.end };
    const control = finding.field === 'subject' ? this.subjectElement : isTextArea(this.window.body) ? this.window.body : undefined;
    if (finding.field === 'subject' && !control) return undefined;
    if (control) {
      control.focus();
      control.setSelectionRange(range.start, range.end);
      const overlay = finding.field === 'subject' ? this.subjectOverlay : this.bodyOverlay;
      overlay?.sync();
      const rect = overlay?.rectOf(findingKey(finding)) ?? control.getBoundingClientRect();
      return toTopViewport(boxOf(rect), control.ownerDocument);
    }
    const body = this.window.body;
    const live = this.bodyRanges.get(findingKey(finding)) ?? snapshot.bodyMap?.rangeOf(range.start, range.end);
    if (!live) return undefined;
    body.focus();
    const selection = body.ownerDocument.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(live.cloneRange());
    const start = live.startContainer;
    const element = (start.nodeType === 1 ? start : start.parentElement) as Element | null;
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const rect = live.getClientRects()[0] ?? body.getBoundingClientRect();
    return toTopViewport(boxOf(rect), body.ownerDocument);
  }

  private draw(): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    if (!isTextArea(this.window.body) && snapshot.bodyMap) {
      const map = snapshot.bodyMap;
      this.bodyRanges = new Map();
      const painted = [];
      for (const finding of this.findings) {
        if (finding.field !== 'body') continue;
        const shown = displayRange(finding, map.text);
        if (!shown) continue;
        const range = map.rangeOf(shown.start, shown.end);
        this.bodyRanges.set(findingKey(finding), range);
        painted.push({ range, severity: finding.severity });
      }
      HighlightPainter.for(this.window.body.ownerDocument).paint(this, painted);
    }
    this.drawOverlays();
    this.drawPanel();
  }

  private drawOverlays(): void {
    const snapshot = this.snapshot;
    if (!snapshot) return;
    const spans = (field: Field): OverlaySpan[] =>
      this.findings
        .filter((finding) => finding.field === field)
        .map((finding) => ({ ...(displayRange(finding, snapshot.draft[field]) ?? { start: finding.start, end: finding.end }), severity: finding.severity, key: findingKey(finding) }));
    const subjectRedrawn = this.subjectOverlay?.render(spans('subject'), this.activeKey) ?? false;
    const bodyRedrawn = this.bodyOverlay?.render(spans('body'), this.activeKey) ?? false;
    // New text in a mirror needs its scroll position set again, which reads layout: next frame.
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
    const tone = this.findings.filter((finding) => finding.ruleId === 'angry-tone').reduce((max, finding) => Math.max(max, finding.score ?? 0), 0);
    const collapsed = this.panelCollapsed;
    this.renderedCollapsed = collapsed;
    setStyle(this.panel.host, 'width', `${collapsed ? COLLAPSED_PANEL_WIDTH : PANEL_WIDTH}px`);
    render(
      h(Panel, {
        t: this.env.t,
        locale: this.env.locale(),
        findings: this.findings,
        tone,
        collapsed,
        onToggle: () => {
          this.collapsed = !collapsed;
          this.drawPanel();
        },
        onSelect: (finding: Finding) => this.reveal(finding),
        onEscape: () => this.focusEditor(),
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
    if (!anchor) return;
    const { box, viewport } = anchor;
    // The side is chosen for the expanded panel, so collapsing it cannot flip the choice back.
    const placement = placePanel(box, { width: PANEL_WIDTH, height: this.expandedHeight }, viewport, this.env.obstaclesFor(this));
    this.panelSide = placement.side;
    if (this.panelCollapsed !== this.renderedCollapsed) this.renderPanel();
    if (placement.side === 'inside' && this.panelCollapsed) {
      // Folded into the window's bottom corner, clear of the text being written.
      setStyle(host, 'left', `${Math.max(0, box.right - COLLAPSED_PANEL_WIDTH - 8)}px`);
      setStyle(host, 'top', `${Math.max(0, Math.min(box.bottom, viewport.height) - this.drawnHeight - 8)}px`);
    } else {
      setStyle(host, 'left', `${placement.left}px`);
      setStyle(host, 'top', `${placement.top}px`);
    }
    setStyle(this.panel.mount, 'maxHeight', `${placement.maxHeight}px`);
    if (host.dataset.side !== placement.side) host.dataset.side = placement.side;
  }
}
