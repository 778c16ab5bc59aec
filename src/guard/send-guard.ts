import type { SendShortcut } from '../adapters/types.ts';
import type { Finding } from '../core/types.ts';

/**
 * The send guard. It listens in the capture phase on the window, ahead of the page, for every
 * way a mail leaves: a click on Send (and the mouse and pointer events around it, which some
 * webmails send on), Enter or Space on a focused Send control (Gmail's Tab→Enter), and the
 * Ctrl/⌘+Enter shortcut. When the draft has a blocking finding it swallows the event and asks
 * for the dialog; every other time, and whenever anything goes wrong, the event goes on to the
 * page untouched: a broken guard must never keep an agent from sending.
 */

export interface GuardedCompose {
  /**
   * The page's Send controls, asked at every event that could press one (a click, Enter or
   * Space). They may come from a cache, as long as it never hands back a control the page
   * has since replaced.
   */
  sendControls(): readonly Element[];
  /** Whether a node belongs to this compose window (its fields, toolbar, body). */
  contains(node: Node): boolean;
  readonly sendShortcuts: readonly SendShortcut[];
  /**
   * The findings that hold the mail back, from the verdict computed while typing (re-linted
   * on the spot if the text changed since). Undefined when there is no verdict yet.
   */
  blockingFindings(): readonly Finding[] | undefined;
}

export interface HeldSend {
  compose: GuardedCompose;
  findings: readonly Finding[];
  /** Milliseconds left of a cool-down the agent started, if one is running. */
  cooldownLeftMs: number | undefined;
}

export interface SendGuardHooks {
  composeWindows(): Iterable<GuardedCompose>;
  /** False once the extension was updated or removed underneath the page. */
  isAlive(): boolean;
  /** Shows the dialog; throwing here lets the send through. */
  hold(held: HeldSend): void;
  /** Whether the guard's dialog is up, in which case a second send gesture only re-focuses it. */
  isHolding(): boolean;
  now(): number;
}

const MOUSE_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
/** keypress too: some webmails (Closure-based ones) act on it rather than on keydown. */
const KEY_EVENTS = ['keydown', 'keypress', 'keyup'] as const;

interface Match {
  compose: GuardedCompose;
  /** The event that would send (click, Enter); the others around it are only swallowed. */
  sends: boolean;
}

function isElement(value: unknown): value is Element {
  return typeof value === 'object' && value !== null && (value as Node).nodeType === 1;
}

/** The innermost element the event started at, looking through open shadow roots. */
function originOf(event: Event): Element | undefined {
  const [first] = event.composedPath();
  if (isElement(first)) return first;
  return isElement(event.target) ? event.target : undefined;
}

/** Findings are told apart by what they say (which names the words), not by offsets that move as the agent types. */
function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.message.en}`;
}

export class SendGuard {
  private readonly windows = new Set<Window>();
  private readonly cooldownEnds = new WeakMap<GuardedCompose, number>();
  /** What was wrong with each draft when the agent waited its cool-down out. */
  private readonly waitedOut = new WeakMap<GuardedCompose, ReadonlySet<string>>();
  /** Set while the guard replays a send the agent confirmed, so its own events pass. */
  private replaying = false;
  private readonly listener = (event: Event) => this.handle(event);

  constructor(private readonly hooks: SendGuardHooks) {}

  /** Listens on a window: the page's, and each same-origin frame an editor lives in. */
  watch(window: Window): void {
    if (this.windows.has(window)) return;
    this.windows.add(window);
    for (const type of [...MOUSE_EVENTS, ...KEY_EVENTS]) window.addEventListener(type, this.listener, true);
  }

  dispose(): void {
    for (const window of this.windows) {
      for (const type of [...MOUSE_EVENTS, ...KEY_EVENTS]) window.removeEventListener(type, this.listener, true);
    }
    this.windows.clear();
  }

  /** Starts the cool-down the dialog's "Wait" asked for. */
  startCooldown(compose: GuardedCompose, seconds: number): number {
    const ends = this.hooks.now() + seconds * 1000;
    this.cooldownEnds.set(compose, ends);
    return ends;
  }

  cooldownLeftMs(compose: GuardedCompose): number | undefined {
    const ends = this.cooldownEnds.get(compose);
    return ends === undefined ? undefined : Math.max(0, ends - this.hooks.now());
  }

  /** Sends through the page's own Send control, as if the agent had clicked it. */
  send(compose: GuardedCompose): boolean {
    const control = compose.sendControls()[0];
    if (!control) return false;
    this.replaying = true;
    try {
      const view = control.ownerDocument.defaultView;
      for (const type of ['mousedown', 'mouseup'] as const) {
        control.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, view, button: 0 }));
      }
      (control as HTMLElement).click();
    } finally {
      this.replaying = false;
    }
    return true;
  }

  private handle(event: Event): void {
    if (this.replaying) return;
    let match: Match | undefined;
    let held: HeldSend | undefined;
    try {
      match = this.match(event);
      if (!match) return;
      if (!this.hooks.isAlive()) {
        this.dispose();
        return;
      }
      held = this.verdict(match.compose);
    } catch {
      return;
    }
    if (!held) return;
    if (match.sends && !this.hooks.isHolding()) {
      try {
        this.hooks.hold(held);
      } catch {
        return;
      }
    }
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  private verdict(compose: GuardedCompose): HeldSend | undefined {
    const findings = compose.blockingFindings();
    if (!findings || findings.length === 0) return undefined;
    let cooldownLeftMs = this.cooldownLeftMs(compose);
    // The agent waited the cool-down out: the mail may go as it stood then. Anything newly
    // wrong written afterwards (another angry line) is held again, with a fresh cool-down.
    if (cooldownLeftMs === 0 && !this.waitedOut.has(compose)) this.waitedOut.set(compose, new Set(findings.map(findingKey)));
    const waitedOut = this.waitedOut.get(compose);
    if (waitedOut) {
      if (findings.every((finding) => waitedOut.has(findingKey(finding)))) return undefined;
      this.waitedOut.delete(compose);
      this.cooldownEnds.delete(compose);
      cooldownLeftMs = undefined;
    }
    return { compose, findings, cooldownLeftMs };
  }

  private match(event: Event): Match | undefined {
    const origin = originOf(event);
    if (!origin) return undefined;
    const isMouse = (MOUSE_EVENTS as readonly string[]).includes(event.type);
    if (isMouse && (event as MouseEvent).button !== 0) return undefined;
    const keyboard = event as KeyboardEvent;
    const isKey = !isMouse;
    if (isKey && keyboard.isComposing) return undefined;

    // Only a click, or Enter or Space on a focused control, presses Send: other keys (typing) need no lookup.
    const plainKey = isKey && !keyboard.ctrlKey && !keyboard.metaKey && !keyboard.altKey;
    const canPress = isMouse || (plainKey && (keyboard.key === 'Enter' || keyboard.key === ' '));
    for (const compose of this.hooks.composeWindows()) {
      if (canPress && compose.sendControls().some((control) => control.contains(origin))) {
        return { compose, sends: event.type === (isMouse ? 'click' : 'keydown') };
      }
      if (
        isKey &&
        event.type === 'keydown' &&
        keyboard.key === 'Enter' &&
        (keyboard.ctrlKey || keyboard.metaKey) &&
        compose.sendShortcuts.includes('mod+enter') &&
        compose.contains(origin)
      ) {
        return { compose, sends: true };
      }
    }
    return undefined;
  }
}
