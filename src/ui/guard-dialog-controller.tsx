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
    shadow.root.querySelector<HTMLElement>('button[data-action="review"]')?.focus();
  }

  close(restoreFocus: boolean): void {
    const shadow = this.shadow;
    if (!shadow) return;
    this.shadow = undefined;
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
