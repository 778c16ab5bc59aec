import { readDraft, type DraftReading } from '../../src/adapters/draft-reader.ts';
import { applyFix, controlBinding, defaultBinding, watchEdits, type EditOutcome, type FieldBinding } from '../../src/adapters/editing.ts';
import type { ComposeWindow } from '../../src/adapters/types.ts';
import type { Linter } from '../../src/core/engine.ts';
import type { DisplayLocale } from '../../src/core/localize.ts';
import type { Field, Finding, Fix } from '../../src/core/types.ts';
import type { Box } from '../../src/dom/geometry.ts';
import type { GuardedCompose } from '../../src/guard/send-guard.ts';
import { LintState, type LintFault } from '../../src/state/lint-state.ts';
import type { CardController, CardOwner } from '../../src/ui/card-controller.tsx';
import { ComposeView } from '../../src/ui/compose-view.ts';
import { followElement } from '../../src/ui/follow.ts';
import { LintScheduler } from './lint-scheduler.ts';
import { UpdateTiming } from './update-timing.ts';
import type { Translate } from '../../src/ui/i18n.ts';

/** What every compose session shares, owned by the manager. */
export interface SessionEnvironment {
  linter(): Linter;
  /** Whether the lint of this body just done was lent a stand-in tone verdict (ToneVerdicts). */
  usedStandIn(body: string): boolean;
  /** Whether the angry-tone rule runs, so the panel shows a tone meter. */
  toneRuleActive(): boolean;
  locale(): DisplayLocale;
  t: Translate;
  cards: CardController;
  isLocked(ruleId: string): boolean;
  rationale(ruleId: string, locale: DisplayLocale): string | undefined;
  turnOffRule(ruleId: string): void;
  /** What this window's panel must not cover: the other windows and their panels. */
  obstaclesFor(session: ComposeSession): Box[];
  /** Asks for every window to be measured and its panel placed, once, in the next frame. */
  requestPlacement(): void;
  /** A fault of the linter or of reading the draft, for the options page. */
  recordFault(fault: LintFault): void;
  /** Runs at every Send before the verdict; the e2e build uses it to simulate a broken script. */
  beforeVerdict?(): void;
}

interface SubjectField {
  element: HTMLInputElement;
  binding: FieldBinding;
  cleanup(): void;
}

/**
 * One compose window, wired: the adapter reads the draft (DOM → Draft), the lint state lints it
 * and keeps the verdicts, the view draws what the state says, and a fix goes back through the
 * adapter only.
 */
export class ComposeSession implements GuardedCompose, CardOwner {
  private readonly body: FieldBinding;
  private subject: SubjectField | undefined;
  private readonly state: LintState;
  private readonly view: ComposeView;
  /** The reading the lint state's findings are for. */
  private reading: DraftReading | undefined;
  /** Shared by the fields' watchers: while the agent composes with an IME in one, nothing is linted. */
  private readonly composing = { active: false };
  private readonly scheduler = new LintScheduler(() => this.lint(false), this.composing);
  /** A forced relint asked for during a composition, done when it ends. */
  private lintOwed = false;
  private readonly cleanups: (() => void)[] = [];
  private hoverFrame = 0;
  private sendControlCache: readonly Element[] | undefined;
  /** The block the agent's first keystroke in the body went to: theirs, whatever the page put in it. */
  private startBlock: Element | undefined;
  /** Where the caret was when a card took the keyboard: it goes back there, with nothing selected. */
  private caretBeforeCard: { field: Field; offset: number } | undefined;

  constructor(
    readonly window: ComposeWindow,
    private readonly env: SessionEnvironment,
  ) {
    this.body = window.bodyBinding?.() ?? defaultBinding(window.body);
    this.state = new LintState({ lint: (draft, options) => env.linter().lintLazily(draft, options), usedStandIn: (draft) => env.usedStandIn(draft.body), toneRuleActive: env.toneRuleActive, onFault: env.recordFault });
    this.view = new ComposeView(window.root, this.body.element, this.body.control, {
      t: env.t,
      locale: env.locale,
      obstaclesFor: () => env.obstaclesFor(this),
      requestPlacement: env.requestPlacement,
      onSelect: (finding) => this.reveal(finding),
      onEscape: () => this.focusEditor(),
    });
    this.cleanups.push(() => this.view.destroy());
    this.cleanups.push(this.listen(this.body, 'body'));
    this.cleanups.push(followElement(window.root, env.requestPlacement));
    // A textarea carries a mirror overlay, which must follow it within the window.
    if (this.body.control) this.cleanups.push(followElement(this.body.element, env.requestPlacement));
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

  /** The verdict on the text as it is now, never on text read before; undefined (send) on any fault. */
  blockingFindings(): readonly Finding[] | undefined {
    let verdict;
    try {
      this.env.beforeVerdict?.();
      const reading = this.read();
      verdict = this.state.sendVerdict(reading.draft);
      this.show(reading);
    } catch (error) {
      this.env.recordFault({ during: 'send', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error), bodyLength: this.reading?.draft.body.length ?? 0 });
      return undefined;
    }
    return verdict.kind === 'hold' ? verdict.findings : undefined;
  }

  // CardOwner

  readonly fixesFor = (finding: Finding): readonly Fix[] => this.state.fixesFor(finding);

  async applyFix(fix: Fix): Promise<EditOutcome> {
    const draft = this.state.draft;
    // Only a fix the card was given for this very text: it was checked, and its offsets are this text's.
    if (!draft || !this.state.offers(fix)) return 'stale';
    const outcome = await applyFix(draft, fix, { subject: this.subject?.binding, body: this.body });
    // The fix moved the text: the caret stays where the editor put it, after the fix.
    this.caretBeforeCard = undefined;
    this.lint(true);
    return outcome;
  }

  ignore(finding: Finding): void {
    this.state.ignore(finding);
    if (this.reading) this.show(this.reading);
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

  /** Back to the editor, the caret where the agent left it and nothing selected. */
  focusEditor(): void {
    const caret = this.caretBeforeCard;
    this.caretBeforeCard = undefined;
    const binding = caret?.field === 'subject' ? this.subject?.binding : this.body;
    const reading = caret?.field === 'subject' ? this.reading?.subject : this.reading?.body;
    if (caret && binding && reading) binding.placeCaret(reading, Math.min(caret.offset, reading.text.length));
    else this.body.element.focus();
  }

  setActive(finding: Finding | undefined): void {
    this.view.setActive(finding);
  }

  // Life cycle

  get visibleFindings(): readonly Finding[] {
    return this.state.findings;
  }

  isOpen(): boolean {
    return this.window.isOpen();
  }

  /** Lints now if the draft changed since the last lint (or always, when forced: the rules changed). */
  lint(force: boolean): void {
    this.scheduler.cancel();
    // Text inside an IME composition is not written yet: nothing may judge it, whatever asks
    // (a settings change, a rule turned off). The composition's end lints what was committed.
    if (this.composing.active) {
      this.lintOwed ||= force;
      return;
    }
    force ||= this.lintOwed;
    this.lintOwed = false;
    const timing = new UpdateTiming();
    const reading = this.read();
    timing.readDone();
    // The same draft as last time needs no lint, and no draw unless the last one was put off or dropped.
    if (!this.state.update(reading.draft, force) && !this.scheduler.drawOwed) return;
    timing.lintDone();
    this.reading = reading;
    this.scheduler.draw(timing, () => this.show(reading));
  }

  /**
   * The background's tone verdict on `body` arrived. Only the text last linted needs it (a text
   * typed since is linted anyway, and asks for its own), and not at once: a keystroke would
   * relint again within a frame, so it is relinted once typing pauses, or before a Send verdict.
   */
  toneVerdictArrived(body: string): void {
    if (this.state.draft?.body !== body) return;
    this.state.invalidate();
    this.scheduler.requestAfterPause();
  }

  /**
   * Called after the page changed: notices what no input event announces, a subject field
   * drawn anew, a value set by the page's script, files attached outside the editor
   * (Roundcube's sidebar list, Gmail's chips).
   */
  refresh(): void {
    if (this.window.subject() !== this.subject?.element) this.bindSubject();
    const draft = this.state.draft;
    const subjectChanged = (this.subject?.element.value ?? '') !== draft?.subject;
    const textareaChanged = this.body.control !== undefined && this.body.control.value !== draft?.body;
    const attachmentsChanged = this.window.attachmentCount() !== draft?.attachmentCount;
    if (subjectChanged || textareaChanged || attachmentsChanged) this.scheduler.request();
  }

  measure(): void {
    if (this.window.isOpen()) this.view.measure();
  }

  place(): void {
    this.view.place();
  }

  /** Where the last measure found the window, for other windows' panels to keep off. */
  get box(): Box | undefined {
    return this.view.box;
  }

  get panelBox(): Box | undefined {
    return this.view.panelBox;
  }

  unplace(): void {
    this.view.unplace();
  }

  /**
   * Opens a finding's card with focus, for keyboard users and the panel's list: the text is
   * brought into view and shaded, but not selected, so no keystroke can type over it.
   */
  reveal(finding: Finding, choices?: readonly Finding[], caret = this.caret('body')): void {
    this.caretBeforeCard = caret;
    const anchor = this.view.reveal(finding);
    if (anchor) this.env.cards.show(this, finding, anchor, true, choices);
  }

  /** The guard's "review": the worst finding's card opens. */
  reviewWorst(): void {
    const findings = this.state.findings;
    const worst = findings.find((finding) => finding.severity === 'error') ?? findings[0];
    if (worst) this.reveal(worst);
  }

  destroy(): void {
    this.scheduler.cancel();
    cancelAnimationFrame(this.hoverFrame);
    this.env.cards.forget(this);
    this.subject?.cleanup();
    for (const cleanup of this.cleanups) cleanup();
  }

  // Internals

  private read(): DraftReading {
    return readDraft(this.window, { subject: this.subject?.binding, body: this.body, startBlock: this.startBlock });
  }

  private show(reading: DraftReading): void {
    this.scheduler.drawn();
    this.reading = reading;
    const findings = this.state.findings;
    this.env.cards.refresh(this, findings);
    this.view.show({ subject: reading.subject, body: reading.body }, findings, this.state.tone);
  }

  /** Listens on a field: its edits, and the keys and pointer over it. Returns what undoes it. */
  private listen(binding: FieldBinding, field: Field): () => void {
    const controller = new AbortController();
    const options = { signal: controller.signal };
    const target = binding.element;
    target.addEventListener(
      'compositionstart',
      () => this.scheduler.cancel(),
      options,
    );
    target.addEventListener('scroll', () => this.env.requestPlacement(), options);
    target.addEventListener('keydown', (event) => this.onKeyDown(event, field), options);
    target.addEventListener('mousemove', (event) => this.onPointerMove(event, field), options);
    target.addEventListener('mouseleave', () => this.env.cards.unhover(), options);
    // Only the agent's own keystroke tells where they started: the page's own changes (a signature put in) do not.
    if (field === 'body') target.addEventListener('input', () => (this.startBlock ??= binding.blockAtCaret?.()), options);
    const stopWatching = watchEdits(binding, () => this.scheduler.request(), this.composing);
    return () => {
      controller.abort();
      stopWatching();
    };
  }

  private bindSubject(): void {
    this.subject?.cleanup();
    this.subject = undefined;
    const element = this.window.subject();
    this.view.setSubject(element ?? undefined);
    if (!element) return;
    const binding = controlBinding(element);
    const stopListening = this.listen(binding, 'subject');
    const unfollow = followElement(element, this.env.requestPlacement);
    this.subject = {
      element,
      binding,
      cleanup: () => {
        stopListening();
        unfollow();
      },
    };
    if (this.reading) this.show(this.reading);
    this.env.requestPlacement();
  }

  /**
   * Alt+Enter: on underlined text it opens that finding's card; anywhere else it moves to the
   * panel's list, so every finding is a few keys away. Escape there comes back.
   */
  private onKeyDown(event: KeyboardEvent, field: Field): void {
    if (event.key === 'Escape' && this.env.cards.current) {
      this.env.cards.close(false);
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.ctrlKey || event.metaKey) return;
    const caret = this.caret(field);
    const here = caret ? this.state.findings.filter((finding) => finding.field === field && finding.start <= caret.offset && caret.offset <= finding.end) : [];
    event.preventDefault();
    event.stopPropagation();
    if (here.length > 0) {
      // The narrowest span the caret is in first (the word inside a flagged line); the others offered beside it.
      const ranked = [...here].sort((a, b) => a.end - a.start - (b.end - b.start));
      this.reveal(ranked[0]!, ranked, caret);
    } else {
      this.caretBeforeCard = caret;
      this.view.focusPanel();
    }
  }

  private caret(field: Field): { field: Field; offset: number } | undefined {
    const binding = field === 'subject' ? this.subject?.binding : this.body;
    const reading = field === 'subject' ? this.reading?.subject : this.reading?.body;
    const offset = binding && reading ? binding.caretOffset(reading) : undefined;
    return offset === undefined ? undefined : { field, offset };
  }

  private onPointerMove(event: MouseEvent, field: Field): void {
    const { clientX: x, clientY: y } = event;
    cancelAnimationFrame(this.hoverFrame);
    this.hoverFrame = requestAnimationFrame(() => {
      const hit = this.view.hitTest(field, x, y);
      if (hit) this.env.cards.hover(this, hit.findings, hit.box);
      else this.env.cards.unhover();
    });
  }
}
