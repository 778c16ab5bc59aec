import { detectComposeWindows } from '../../src/adapters/index.ts';
import type { BodyEditor, SiteAdapter } from '../../src/adapters/types.ts';
import { createLinter, type LintConfig, type Linter } from '../../src/core/engine.ts';
import { displayLocale, localizeDocs, type DisplayLocale } from '../../src/core/localize.ts';
import { boxOf } from '../../src/dom/geometry.ts';
import { SendGuard, type HeldSend } from '../../src/guard/send-guard.ts';
import { builtinRules, findRule } from '../../src/rules/index.ts';
import type { EffectiveSettings } from '../../src/settings/effective.ts';
import { CardController } from '../../src/ui/card-controller.tsx';
import { GuardDialogController } from '../../src/ui/guard-dialog-controller.tsx';
import type { Translate } from '../../src/ui/i18n.ts';
import { isOwnUi } from '../../src/ui/shadow-host.ts';
import { ComposeSession } from './session.ts';

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
  beforeVerdict?(): void;
}

/** How often windows are looked for and followed when no DOM event says so (iframes, moves by CSS). */
const TICK_MS = 400;
/** Mutations arrive in bursts while a webmail renders; one scan per burst is enough. */
const SCAN_DELAY_MS = 120;

/**
 * Finds compose windows as they open and close, gives each a session, and owns what they
 * share: the settings and linter, the card, the send guard and its dialog.
 */
export class ContentManager {
  private readonly sessions = new Map<BodyEditor, ComposeSession>();
  private readonly adapterIds = new WeakMap<BodyEditor, string>();
  private settings: EffectiveSettings;
  private linter: Linter;
  /** Rules the agent turned off from a card, in force at once while the background catches up. */
  private readonly turnedOff = new Set<string>();
  private readonly cards: CardController;
  private readonly dialog: GuardDialogController;
  readonly guard: SendGuard;
  private observer: MutationObserver | undefined;
  private tickTimer: ReturnType<typeof setInterval> | undefined;
  private scanTimer: ReturnType<typeof setTimeout> | undefined;
  private syncFrame = 0;
  private readonly onViewportChange = () => this.scheduleSync();

  constructor(private readonly options: ManagerOptions) {
    this.settings = options.settings;
    this.linter = this.buildLinter();
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
    const { document } = this.options;
    const view = document.defaultView;
    if (view) {
      this.guard.watch(view);
      view.addEventListener('scroll', this.onViewportChange, true);
      view.addEventListener('resize', this.onViewportChange);
    }
    this.observer = new MutationObserver((records) => {
      // Our own hosts coming and going are no reason to look again.
      if (records.every((record) => isOwnUi(record.target) || [...record.addedNodes, ...record.removedNodes].every(isOwnUi))) return;
      this.scheduleScan();
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true });
    this.tickTimer = setInterval(() => this.tick(), TICK_MS);
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
    this.observer?.disconnect();
    clearInterval(this.tickTimer);
    clearTimeout(this.scanTimer);
    cancelAnimationFrame(this.syncFrame);
    const view = this.options.document.defaultView;
    view?.removeEventListener('scroll', this.onViewportChange, true);
    view?.removeEventListener('resize', this.onViewportChange);
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
    return createLinter(builtinRules, config);
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

  private scheduleScan(): void {
    if (this.scanTimer !== undefined) return;
    this.scanTimer = setTimeout(() => {
      this.scanTimer = undefined;
      this.scan();
    }, SCAN_DELAY_MS);
  }

  private scheduleSync(): void {
    cancelAnimationFrame(this.syncFrame);
    this.syncFrame = requestAnimationFrame(() => {
      for (const session of this.sessions.values()) session.sync();
    });
  }

  private scan(): void {
    if (!this.options.isAlive()) {
      this.destroy();
      return;
    }
    if (this.isDisabledHere()) return;
    const found = detectComposeWindows(this.options.document, this.options.adapters);
    const seen = new Set<BodyEditor>();
    for (const { adapter, window } of found) {
      this.adapterIds.set(window.body, adapter);
      seen.add(window.body);
      if (this.sessions.has(window.body) || !window.isOpen()) continue;
      const session = new ComposeSession(window, {
        linter: () => this.linter,
        locale: () => this.locale(),
        t: this.options.t,
        cards: this.cards,
        isLocked: (ruleId) => this.isLocked(ruleId),
        rationale: (ruleId, locale) => {
          const rule = findRule(ruleId);
          return rule && localizeDocs(rule.meta.docs, locale).rationale;
        },
        turnOffRule: (ruleId) => this.turnOffRule(ruleId),
        obstaclesFor: (self) => [...this.sessions.values()].filter((other) => other !== self).map((other) => boxOf(other.window.root.getBoundingClientRect())),
        beforeVerdict: this.options.beforeVerdict,
      });
      this.sessions.set(window.body, session);
      // Keys typed in an editor inside an iframe never reach the page's window.
      const editorWindow = window.body.ownerDocument.defaultView;
      if (editorWindow && editorWindow !== this.options.document.defaultView) this.guard.watch(editorWindow);
    }
    for (const [body, session] of this.sessions) {
      if (!seen.has(body) || !session.isOpen()) this.remove(body, session);
    }
  }

  private tick(): void {
    if (!this.options.isAlive()) {
      this.destroy();
      return;
    }
    for (const [body, session] of this.sessions) {
      if (session.isOpen()) session.sync();
      else this.remove(body, session);
    }
    // Editors inside iframes load without a mutation in the page: look now and then.
    this.scan();
  }

  private remove(body: BodyEditor, session: ComposeSession): void {
    session.destroy();
    this.sessions.delete(body);
  }

  private closeAll(): void {
    for (const [body, session] of this.sessions) this.remove(body, session);
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
