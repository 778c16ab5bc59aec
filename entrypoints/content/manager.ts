import { detectComposeWindows, watchedAttributes } from '../../src/adapters/index.ts';
import type { BodyEditor, SiteAdapter } from '../../src/adapters/types.ts';
import { obstaclesAmong } from '../../src/ui/placement.ts';
import type { LintConfig, Linter } from '../../src/core/engine.ts';
import { createIncrementalLinter } from '../../src/core/incremental.ts';
import type { Draft } from '../../src/core/types.ts';
import { displayLocale, localizeDocs, type DisplayLocale } from '../../src/core/localize.ts';
import { SendGuard, type HeldSend } from '../../src/guard/send-guard.ts';
import { builtinRules, findRule } from '../../src/rules/index.ts';
import type { EffectiveSettings } from '../../src/settings/effective.ts';
import { TONE_RULE, type LintFault } from '../../src/state/lint-state.ts';
import { CardController } from '../../src/ui/card-controller.tsx';
import { GuardDialogController } from '../../src/ui/guard-dialog-controller.tsx';
import type { Translate } from '../../src/ui/i18n.ts';
import { isOwnUi } from '../../src/ui/shadow-host.ts';
import { ToneVerdicts, type AskModel } from '../../src/extension/tone-verdicts.ts';
import { ComposeSession } from './session.ts';
import { WarmUp } from './warm-up.ts';
import { PageWatcher } from './watcher.ts';

export interface ManagerOptions {
  document: Document;
  adapters: readonly SiteAdapter[];
  t: Translate;
  uiLanguage: string;
  settings: EffectiveSettings;
  /** False once the extension was updated or removed underneath the page. */
  isAlive(): boolean;
  /** Asks the background to keep a rule off for good; the manager turns it off here at once. */
  persistRuleOff(ruleId: string): void;
  /** Keeps a fault for the options page. */
  recordFault(fault: LintFault): void;
  /** e2e build only: runs before every Send verdict, to simulate a broken script. */
  beforeVerdict?(): void;
  /** e2e build only: runs inside every lint with the draft read, to simulate a broken linter and tell the page what was read. */
  beforeLint?(draft: Draft): void;
  /** Asks the background for the learned tone model's verdict on a body (see src/extension/tone-verdicts.ts). */
  askToneModel?: AskModel;
}

/**
 * How often, while a compose window has our UI, the manager asks whether the extension is
 * still there. Nothing tells a content script that its extension was updated or removed
 * (its messaging just stops working), and the UI must not outlive it on a page left idle.
 * The check reads one property; every other change is announced by an event.
 */
const ALIVE_CHECK_MS = 3_000;

/**
 * Finds compose windows as they open and close, gives each a session, and owns what they
 * share: the settings and linter, the card, the send guard and its dialog.
 */
export class ContentManager {
  private readonly sessions = new Map<BodyEditor, ComposeSession>();
  private readonly adapterIds = new WeakMap<BodyEditor, string>();
  private settings: EffectiveSettings;
  private linter: Linter;
  /** The model's verdicts by exact body; one arriving relints, so the card and Send follow it. */
  private readonly toneVerdicts: ToneVerdicts | undefined;
  private readonly warmUp: WarmUp;
  /** Rules the agent turned off from a card, in force at once while the background catches up. */
  private readonly turnedOff = new Set<string>();
  private readonly cards: CardController;
  private readonly dialog: GuardDialogController;
  readonly guard: SendGuard;
  private readonly attributes: ReturnType<typeof watchedAttributes>;
  private watcher: PageWatcher | undefined;
  /** Nothing is linted before `start`: the rules' data may still be on its way (src/extension/rule-data.ts). */
  private started = false;
  private aliveTimer: ReturnType<typeof setInterval> | undefined;
  /** One frame does whatever changes asked for since the last: a scan, or only placing panels. */
  private frame = 0;
  private scanPending = false;
  private readonly requestPlacement = () => this.requestFrame(false);
  /** A resize can show or hide editors through media queries, so it scans as well. */
  private readonly onResize = () => this.requestFrame(true);

  constructor(private readonly options: ManagerOptions) {
    this.settings = options.settings;
    this.warmUp = new WarmUp(options.document.defaultView);
    this.toneVerdicts = options.askToneModel
      ? new ToneVerdicts(options.askToneModel, (body) => {
          for (const session of this.sessions.values()) session.toneVerdictArrived(body);
        })
      : undefined;
    this.linter = this.buildLinter();
    this.attributes = watchedAttributes(options.adapters);
    const { document, t } = options;
    this.cards = new CardController(document, t, () => this.locale());
    this.dialog = new GuardDialogController(document, t, () => this.locale(), () => Date.now());
    this.guard = new SendGuard({
      composeWindows: () => this.sessions.values(),
      isAlive: () => options.isAlive(),
      hold: (held) => this.hold(held),
      isHolding: () => this.dialog.isOpen,
      now: () => Date.now(),
    });
  }

  get composeCount(): number {
    return this.sessions.size;
  }

  /** The adapter in charge of the first compose window, for the popup's status line. */
  get adapterId(): string | null {
    const [body] = this.sessions.keys();
    return body ? (this.adapterIds.get(body) ?? null) : null;
  }

  get findingCount(): number {
    let count = 0;
    for (const session of this.sessions.values()) count += session.visibleFindings.length;
    return count;
  }

  start(): void {
    this.started = true;
    this.warmUp.start({ t: this.options.t, locale: () => this.locale() });
    const { document } = this.options;
    const view = document.defaultView;
    if (view) {
      this.guard.watch(view);
      // Scrolling anything (captured: element scrolls do not bubble) can move a compose window.
      view.addEventListener('scroll', this.requestPlacement, { capture: true, passive: true });
      view.addEventListener('resize', this.onResize, { passive: true });
    }
    this.watcher = new PageWatcher({
      attributes: this.attributes.all,
      onMutations: (records) => this.onMutations(records),
      onFrameLoad: () => this.requestFrame(true),
    });
    this.scan();
  }

  setSettings(settings: EffectiveSettings): void {
    this.settings = settings;
    this.linter = this.buildLinter();
    if (this.isDisabledHere()) {
      this.closeAll();
      return;
    }
    for (const session of this.sessions.values()) session.lint(true);
    this.scan();
  }

  destroy(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    clearInterval(this.aliveTimer);
    this.aliveTimer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    const view = this.options.document.defaultView;
    view?.removeEventListener('scroll', this.requestPlacement, { capture: true });
    view?.removeEventListener('resize', this.onResize);
    this.guard.dispose();
    this.dialog.close(false);
    this.closeAll();
  }

  /** The language findings are shown in: the pack's or agent's choice, else the browser's. */
  private locale(): DisplayLocale {
    return displayLocale(this.settings.locale, this.options.uiLanguage);
  }

  private isDisabledHere(): boolean {
    return this.settings.disabledSites?.includes(this.options.document.location.hostname) ?? false;
  }

  private buildLinter(): Linter {
    const rules = { ...this.settings.lint.rules };
    for (const ruleId of this.turnedOff) {
      if (!this.isLocked(ruleId)) rules[ruleId] = { severity: 'off' };
    }
    const config: LintConfig = { ...this.settings.lint, rules };
    // Relints only the paragraphs an edit touched (findings equal to a full lint's).
    const linter = createIncrementalLinter(builtinRules, config, {
      toneVerdict: (body, ownRanges, question) => (this.warmUp.running ? undefined : this.toneVerdicts?.verdictFor(body, ownRanges, question)),
    });
    this.warmUp.use(linter);
    const beforeLint = this.options.beforeLint;
    if (!beforeLint) return linter;
    return { lint: (draft, options) => (beforeLint(draft), linter.lint(draft, options)), lintLazily: (draft, options) => (beforeLint(draft), linter.lintLazily(draft, options)) };
  }

  private isRuleActive(ruleId: string): boolean {
    const severity = this.settings.lint.rules[ruleId]?.severity ?? findRule(ruleId)?.meta.defaultSeverity;
    return severity !== undefined && severity !== 'off' && !(this.turnedOff.has(ruleId) && !this.isLocked(ruleId));
  }

  private isLocked(ruleId: string): boolean {
    return this.settings.locked?.includes(ruleId) ?? false;
  }

  private turnOffRule(ruleId: string): void {
    if (this.isLocked(ruleId)) return;
    this.turnedOff.add(ruleId);
    this.linter = this.buildLinter();
    for (const session of this.sessions.values()) session.lint(true);
    this.options.persistRuleOff(ruleId);
  }

  /**
   * Coalesces changes into one pass in the next frame, before it is painted: a webmail
   * rendering mutates the page many times a frame, and a window moving reports every step.
   */
  private requestFrame(scan: boolean): void {
    this.scanPending ||= scan;
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const scan = this.scanPending;
      this.scanPending = false;
      if (scan) this.scan();
      else this.placeAll();
    });
  }

  private onMutations(records: readonly MutationRecord[]): void {
    let relevant = false;
    let windows = false;
    for (const record of records) {
      if (this.isNoise(record)) continue;
      relevant = true;
      if (record.type === 'childList' || this.attributes.window.has(record.attributeName ?? '')) {
        windows = true;
        break;
      }
    }
    if (!relevant) return;
    // At once, not in the frame: a click may come before it, and must meet the Send controls as they are.
    for (const session of this.sessions.values()) session.forgetSendControls();
    if (windows) this.requestFrame(true);
  }

  /** Our own UI changing, and the agent typing in an editor, can neither open nor close a compose window. */
  private isNoise(record: MutationRecord): boolean {
    const { target } = record;
    if (isOwnUi(target)) return true;
    if (record.type === 'childList' && [...record.addedNodes, ...record.removedNodes].every(isOwnUi)) return true;
    for (const body of this.sessions.keys()) {
      // The editor's own attributes do count: the page hides a textarea it no longer uses.
      if (target === body ? record.type === 'childList' : body.contains(target)) return true;
    }
    return false;
  }

  /**
   * Measures every window, then places every panel: reads first, writes after, one layout.
   * Panels are placed in document order, each keeping off the windows and the panels placed before it.
   */
  private placeAll(): void {
    for (const session of this.sessions.values()) session.measure();
    for (const session of this.sessions.values()) session.unplace();
    for (const session of this.sessions.values()) session.place();
  }

  private scan(): void {
    if (!this.options.isAlive()) {
      this.destroy();
      return;
    }
    if (!this.started || this.isDisabledHere()) return;
    const found = detectComposeWindows(this.options.document, this.options.adapters);
    const seen = new Set<BodyEditor>();
    for (const { adapter, window } of found) {
      this.adapterIds.set(window.body, adapter);
      seen.add(window.body);
      if (this.sessions.has(window.body) || !window.isOpen()) continue;
      const session = new ComposeSession(window, {
        linter: () => this.linter,
        usedStandIn: (body) => this.toneVerdicts?.lentStandIn(body) ?? false,
        toneRuleActive: () => this.isRuleActive(TONE_RULE),
        locale: () => this.locale(),
        t: this.options.t,
        cards: this.cards,
        isLocked: (ruleId) => this.isLocked(ruleId),
        rationale: (ruleId, locale) => {
          const rule = findRule(ruleId);
          return rule && localizeDocs(rule.meta.docs, locale).rationale;
        },
        turnOffRule: (ruleId) => this.turnOffRule(ruleId),
        obstaclesFor: (self) => obstaclesAmong(self, this.sessions.values()),
        requestPlacement: this.requestPlacement,
        recordFault: this.options.recordFault,
        beforeVerdict: this.options.beforeVerdict,
      });
      this.sessions.set(window.body, session);
      // Keys typed in an editor inside an iframe never reach the page's window.
      const editorWindow = window.body.ownerDocument.defaultView;
      if (editorWindow && editorWindow !== this.options.document.defaultView) this.guard.watch(editorWindow);
    }
    for (const [body, session] of this.sessions) {
      if (!seen.has(body) || !session.isOpen()) this.remove(body, session);
      else session.refresh();
    }
    // Frames that appeared since: their documents are watched from now on.
    this.watcher?.watch(this.options.document);
    this.placeAll();
    this.checkAliveWhileShown();
  }

  private checkAliveWhileShown(): void {
    if (this.sessions.size === 0) {
      clearInterval(this.aliveTimer);
      this.aliveTimer = undefined;
    } else {
      this.aliveTimer ??= setInterval(() => {
        if (!this.options.isAlive()) this.destroy();
      }, ALIVE_CHECK_MS);
    }
  }

  private remove(body: BodyEditor, session: ComposeSession): void {
    session.destroy();
    this.sessions.delete(body);
  }

  private closeAll(): void {
    for (const [body, session] of this.sessions) this.remove(body, session);
    this.checkAliveWhileShown();
  }

  private hold(held: HeldSend): void {
    const session = held.compose as ComposeSession;
    const guardSettings = this.settings.guard;
    const cooldownLeft = held.cooldownLeftMs;
    this.cards.close(false);
    this.dialog.open({
      findings: held.findings,
      cooldownSeconds: guardSettings.cooldownSeconds,
      allowSendAnyway: guardSettings.allowSendAnyway,
      cooldownEndsAt: cooldownLeft === undefined ? undefined : Date.now() + cooldownLeft,
      onReview: () => session.reviewWorst(),
      onWait: () => this.guard.startCooldown(session, guardSettings.cooldownSeconds),
      onSend: () => this.guard.send(session),
    });
  }
}
