import { render } from 'preact';
import type { DisplayLocale } from '../core/localize.ts';
import type { Finding, Fix } from '../core/types.ts';
import type { Box } from '../dom/geometry.ts';
import type { EditOutcome } from '../dom/edit.ts';
import { Card } from './card.tsx';
import type { MessageKey, Translate } from './i18n.ts';
import { placeCard } from './placement.ts';
import { createShadowHost, type ShadowHost } from './shadow-host.ts';
import { CARD_CSS } from './styles.ts';

/** What the card needs from the compose window the finding belongs to. */
export interface CardOwner {
  /** The finding's fixes, checked now if they were not yet: only these may be offered. */
  fixesFor(finding: Finding): readonly Fix[];
  /** Settles once the editor has taken the fix (or refused it): editors may need a task or a frame. */
  applyFix(fix: Fix): Promise<EditOutcome>;
  ignore(finding: Finding): void;
  turnOffRule(ruleId: string): void;
  isLocked(ruleId: string): boolean;
  rationale(ruleId: string): string | undefined;
  /** Gives the keyboard back to the editor, where the agent was. */
  focusEditor(): void;
  /** Shades the finding's text while its card is open. */
  setActive(finding: Finding | undefined): void;
}

interface OpenCard {
  owner: CardOwner;
  finding: Finding;
  /** Every finding at the place the card opened for, the shown one among them: the card offers a choice. */
  choices: readonly Finding[];
  anchor: Box;
  takeFocus: boolean;
  problem: MessageKey | undefined;
}

/** A card about to open once the pointer has rested on its underline. */
interface PendingHover {
  owner: CardOwner;
  findings: readonly Finding[];
  anchor: Box;
  timer: ReturnType<typeof setTimeout>;
}

/** Hover must rest this long on an underline before its card opens, so passing over does nothing. */
const HOVER_DELAY_MS = 250;
/** Time to move the pointer from the text onto the card. */
const LEAVE_DELAY_MS = 350;

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.field === b.field && a.start === b.start && a.end === b.end;
}

/** The findings of a new lint that are `earlier` ones, in their order; those gone are left out. */
function sameFindingsIn(findings: readonly Finding[], earlier: readonly Finding[]): Finding[] {
  return earlier.map((choice) => findings.find((finding) => sameFinding(finding, choice))).filter((choice) => choice !== undefined);
}

/** The one card of the page: hover opens it without taking focus, the keyboard opens it focused. */
export class CardController {
  private shadow: ShadowHost | undefined;
  private open: OpenCard | undefined;
  private pendingHover: PendingHover | undefined;
  private pendingClose: ReturnType<typeof setTimeout> | undefined;
  private pointerOnCard = false;
  private applying = false;

  constructor(
    private readonly document: Document,
    private readonly t: Translate,
    private readonly locale: () => DisplayLocale,
  ) {}

  get current(): Finding | undefined {
    return this.open?.finding;
  }

  /** The pointer rests on text with findings, ranked: the first one's card opens, offering the others. */
  hover(owner: CardOwner, findings: readonly Finding[], anchor: Box): void {
    this.cancelClose();
    const open = this.open;
    if (open && open.owner === owner && findings.some((finding) => sameFinding(open.finding, finding))) return;
    this.cancelHover();
    const pending: PendingHover = {
      owner,
      findings,
      anchor,
      // Reads `pending.findings` when it fires: a relint meanwhile replaced them (see `refresh`).
      timer: setTimeout(() => {
        this.pendingHover = undefined;
        this.show(pending.owner, pending.findings[0]!, pending.anchor, false, pending.findings);
      }, HOVER_DELAY_MS),
    };
    this.pendingHover = pending;
  }

  unhover(): void {
    this.cancelHover();
    if (!this.open || this.open.takeFocus || this.pendingClose) return;
    this.pendingClose = setTimeout(() => {
      this.pendingClose = undefined;
      if (!this.pointerOnCard) this.close(false);
    }, LEAVE_DELAY_MS);
  }

  show(owner: CardOwner, finding: Finding, anchor: Box, takeFocus: boolean, choices: readonly Finding[] = [finding]): void {
    this.cancelHover();
    this.cancelClose();
    if (this.open && this.open.owner !== owner) this.open.owner.setActive(undefined);
    this.open = { owner, finding, choices, anchor, takeFocus, problem: undefined };
    owner.setActive(finding);
    this.draw();
  }

  close(returnFocus: boolean): void {
    this.cancelHover();
    this.cancelClose();
    const open = this.open;
    if (!open) return;
    this.open = undefined;
    this.pointerOnCard = false;
    open.owner.setActive(undefined);
    if (this.shadow) render(null, this.shadow.mount);
    this.shadow?.remove();
    this.shadow = undefined;
    if (returnFocus) open.owner.focusEditor();
  }

  /**
   * After a relint: the card closes if its finding is gone; else it shows the finding of the new
   * lint, whose fixes were computed for the text as it is now. A card waiting for the hover delay
   * is moved on to the new lint's findings the same way: the fixes of an earlier lint's finding
   * are never offered, so a card opened with one would have none.
   */
  refresh(owner: CardOwner, findings: readonly Finding[]): void {
    const pending = this.pendingHover;
    if (pending?.owner === owner) {
      pending.findings = sameFindingsIn(findings, pending.findings);
      if (pending.findings.length === 0) this.cancelHover();
    }
    const open = this.open;
    if (!open || open.owner !== owner) return;
    const still = findings.find((finding) => sameFinding(finding, open.finding));
    if (!still) {
      this.close(false);
      return;
    }
    if (still === open.finding) return;
    open.finding = still;
    open.choices = sameFindingsIn(findings, open.choices);
    this.draw();
  }

  /** Closes the card of a compose window that went away. */
  forget(owner: CardOwner): void {
    if (this.open?.owner === owner) this.close(false);
  }

  private cancelHover(): void {
    clearTimeout(this.pendingHover?.timer);
    this.pendingHover = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.pendingClose);
    this.pendingClose = undefined;
  }

  private draw(): void {
    const open = this.open;
    if (!open) return;
    this.shadow ??= createShadowHost(this.document, 'card', CARD_CSS);
    const { owner, finding } = open;
    const locale = this.locale();
    render(
      <Card
        t={this.t}
        locale={locale}
        finding={finding}
        fixes={owner.fixesFor(finding)}
        rationale={owner.rationale(finding.ruleId)}
        locked={owner.isLocked(finding.ruleId)}
        problem={open.problem}
        choices={open.choices}
        onChoose={(chosen) => {
          open.finding = chosen;
          open.problem = undefined;
          owner.setActive(chosen);
          this.draw();
        }}
        onFix={(fix) => void this.act(() => owner.applyFix(fix))}
        onIgnore={() => {
          this.close(true);
          owner.ignore(finding);
        }}
        onTurnOff={() => {
          this.close(true);
          owner.turnOffRule(finding.ruleId);
        }}
        onClose={() => this.close(open.takeFocus)}
        onPointerEnter={() => {
          this.pointerOnCard = true;
          this.cancelClose();
        }}
        onPointerLeave={() => {
          this.pointerOnCard = false;
          this.unhover();
        }}
      />,
      this.shadow.mount,
    );
    this.position();
    // At once, not in an effect: a key pressed right after must land in the card, not in the
    // editor, where the finding's text is selected and would be typed over.
    if (open.takeFocus && !this.shadow.root.activeElement) this.shadow.root.querySelector<HTMLElement>('button[data-action]')?.focus();
  }

  private async act(apply: () => Promise<EditOutcome>): Promise<void> {
    const open = this.open;
    // One fix at a time: a second click while the editor takes the first would write it twice.
    if (!open || this.applying) return;
    this.applying = true;
    let outcome: EditOutcome;
    try {
      outcome = await apply();
    } catch {
      outcome = 'failed';
    } finally {
      this.applying = false;
    }
    // The card may have closed or moved on while the editor took the fix.
    if (this.open !== open) return;
    if (outcome === 'applied') {
      this.close(false);
      return;
    }
    open.problem = outcome === 'stale' ? 'uiCardStale' : 'uiCardFixFailed';
    this.draw();
  }

  private position(): void {
    if (!this.shadow || !this.open) return;
    const card = this.shadow.mount.firstElementChild as HTMLElement | null;
    const view = this.document.defaultView;
    if (!card || !view) return;
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { left, top } = placeCard(this.open.anchor, size, { width: view.innerWidth, height: view.innerHeight });
    this.shadow.host.style.left = `${left}px`;
    this.shadow.host.style.top = `${top}px`;
  }
}
