import { render } from 'preact';
import type { DisplayLocale } from '../core/localize.ts';
import type { Finding } from '../core/types.ts';
import { sameOriginDocument } from '../dom/elements.ts';
import { GuardDialog } from './guard-dialog.tsx';
import type { Translate } from './i18n.ts';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import { DIALOG_CSS } from './styles.ts';

export interface GuardDialogRequest {
  findings: readonly Finding[];
  cooldownSeconds: number;
  allowSendAnyway: boolean;
  cooldownEndsAt: number | undefined;
  onReview(): void;
  /** Starts the cool-down; returns when it ends. */
  onWait(): number;
  onSend(): void;
}

/** Shows the send guard's dialog, one at a time, and puts focus back where it was on close. */
export class GuardDialogController {
  private shadow: ShadowHost | undefined;
  private focusBefore: Element | null = null;
  /** Ends the listeners that keep the page's keys and focus in the open dialog. */
  private modal: AbortController | undefined;

  constructor(
    private readonly document: Document,
    private readonly t: Translate,
    private readonly locale: () => DisplayLocale,
    private readonly now: () => number,
  ) {}

  get isOpen(): boolean {
    return this.shadow !== undefined;
  }

  open(request: GuardDialogRequest): void {
    this.close(false);
    this.focusBefore = deepActiveElement(this.document);
    const shadow = createShadowHost(this.document, 'guard', DIALOG_CSS);
    this.shadow = shadow;
    render(
      <GuardDialog
        t={this.t}
        locale={this.locale()}
        findings={request.findings}
        cooldownSeconds={request.cooldownSeconds}
        allowSendAnyway={request.allowSendAnyway}
        cooldownEndsAt={request.cooldownEndsAt}
        now={this.now}
        onReview={() => {
          this.close(false);
          request.onReview();
        }}
        onWait={request.onWait}
        onSend={() => {
          this.close(false);
          request.onSend();
        }}
        onClose={() => this.close(true)}
      />,
      shadow.mount,
    );
    // At once rather than in an effect, so the very next key press already lands in the dialog.
    const review = () => shadow.root.querySelector<HTMLElement>('button[data-action="review"]')?.focus();
    review();
    this.keepModal(shadow, review);
  }

  /**
   * The dialog is modal: an editor that takes focus back once the click on Send is over (Trix
   * does, a task later) must not leave the agent typing under it with Escape going nowhere. Focus
   * that lands anywhere else in the page returns to the dialog, and Escape closes it from anywhere.
   */
  private keepModal(shadow: ShadowHost, focusDialog: () => void): void {
    this.modal = new AbortController();
    const options = { capture: true, signal: this.modal.signal };
    this.document.addEventListener(
      'focusin',
      (event) => {
        if (event.target !== shadow.host) focusDialog();
      },
      options,
    );
    this.document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || event.target === shadow.host) return;
        event.preventDefault();
        event.stopPropagation();
        this.close(true);
      },
      options,
    );
  }

  close(restoreFocus: boolean): void {
    const shadow = this.shadow;
    if (!shadow) return;
    this.shadow = undefined;
    this.modal?.abort();
    this.modal = undefined;
    render(null, shadow.mount);
    shadow.remove();
    if (restoreFocus) (this.focusBefore as HTMLElement | null)?.focus?.();
    this.focusBefore = null;
  }
}

/** The focused element, looking into same-origin iframes (an editor may live in one). */
function deepActiveElement(document: Document): Element | null {
  let active = document.activeElement;
  while (active?.tagName === 'IFRAME') {
    const inner = sameOriginDocument(active as HTMLIFrameElement)?.activeElement;
    if (!inner) break;
    active = inner;
  }
  return active;
}
