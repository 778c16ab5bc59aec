import { h, render } from 'preact';
import type { Linter } from '../../src/core/engine.ts';
import type { DisplayLocale } from '../../src/core/localize.ts';
import type { Draft, Finding } from '../../src/core/types.ts';
import type { Translate } from '../../src/ui/i18n.ts';
import { Panel } from '../../src/ui/panel.tsx';

/**
 * A reply that takes every rule down its main paths: both languages and both scripts, long
 * lines, capitals, a card number, a link, phrases to replace, 你, anger, a signature and quoted
 * history. Each function a lint calls is compiled on its first call: a sample that calls them
 * all leaves less of that to the first lint of a real draft.
 */
const WARM_UP_DRAFT: Draft = {
  subject: 'Re: 退款進度 refund URGENT',
  // As a page that shows no files attached: the mention of one is then checked.
  attachmentCount: 0,
  body: [
    'Hi Jane,',
    '',
    '您好，关于您的订单 #A1234，我们已经为您办理了退款，预计 3-5 个工作日到账，请您耐心等待，如有疑问请随时联系我们。',
    'Thanks for your patience! I have attached the invoice, please see the attachment. FYI the refund was sent ASAP lol :)',
    'Your card 4111 1111 1111 1111 was charged twice, please DO NOT pay again. See https://example.com/help or help@example.com.',
    '你找谁？这个不归我们管，你自己看说明书吧！！！ 我們已經處理好了，謝謝您。',
    'Are you stupid? Read my email, I TOLD YOU ALREADY!!!',
    '',
    'Best regards,',
    'Alex Chen',
    'Customer Support, Example Co.',
    '+86 21 5555 0100',
    '',
    'On Mon, 1 Dec 2025 at 10:00, Jane <jane@example.com> wrote:',
    '> Where is my refund?',
    '> 我的退款呢？',
  ].join('\n'),
};

/**
 * How many times the sample is linted, each time in a task of its own, its lines in another
 * order so that the block-local rules run again rather than reuse their results. The engine
 * compiles a function to faster code only once it has run a few times: after one lint of the
 * sample, the first lint of a 5,000-character draft took 10–30 ms in Chromium here; after four
 * or more, 7–11 ms.
 */
const ROUNDS = 8;

/** The sample with its lines turned by `round`. */
export function warmUpDraft(round: number): Draft {
  const lines = WARM_UP_DRAFT.body.split('\n');
  const turn = round % lines.length;
  return { ...WARM_UP_DRAFT, body: [...lines.slice(turn), ...lines.slice(0, turn)].join('\n') };
}

/** What the panel is drawn with. */
interface PanelText {
  t: Translate;
  locale(): DisplayLocale;
}

/** The panel of `findings`, drawn into an element that is never attached, then taken down. */
function drawAside(document: Document, findings: readonly Finding[], { t, locale }: PanelText): void {
  const aside = document.createElement('div');
  const ignore = () => {};
  render(h(Panel, { t, locale: locale(), findings, tone: undefined, lineOf: (finding: Finding) => finding.line, collapsed: false, onToggle: ignore, onSelect: ignore, onEscape: ignore }), aside);
  render(null, aside);
}

/**
 * The rules compile their automata and tables on their first lint (phrase lists, the tone
 * lexicons, the Traditional fold table): WarmUp lints WARM_UP_DRAFT (ROUNDS times, each in a
 * task of its own) as soon as the linter can run (its rule data is in), so that the first lint
 * of a compose window opened later only lints. Not when the page is idle: a webmail page that has
 * just loaded is busy for seconds, and an agent who opens a reply at once would wait for the
 * compile in their first keystrokes. While it runs (`running`), the background's tone model is
 * not to be asked about the sample: that would wake the background on every page load.
 */
export class WarmUp {
  running = false;
  private started = false;
  private linter: Linter | undefined;
  private panel: PanelText | undefined;
  /** Counts the warm-ups begun: a new linter's (the settings changed) ends the rounds of the one before. */
  private warmUps = 0;

  constructor(private readonly view: Window | null) {}

  /**
   * The linter to warm: the engine's own, not what the page's drafts go through (the e2e build
   * reports those). Warmed at once if the page has started, else when it does.
   */
  use(linter: Linter): void {
    this.linter = linter;
    if (this.started) this.soon();
  }

  /**
   * The page is ready: warms the linter. With `panel`, each round also draws the panel of the
   * sample's findings into an element never attached to the page, so that the first panel of a
   * compose window runs compiled code too (its drawing took 6–9 ms of the first lint's 23–26 on
   * the 5,000-character demo page); its first UI text makes the browser hand over the extension's
   * message catalogue, a synchronous round trip (10 ms in Chromium here) the first panel would
   * otherwise wait for.
   */
  start(panel?: PanelText): void {
    this.started = true;
    this.panel = panel;
    this.soon();
  }

  private soon(): void {
    if (!this.linter) return;
    this.warmUps += 1;
    this.round(this.linter, 0, this.warmUps);
  }

  private round(linter: Linter, round: number, warmUp: number): void {
    (this.view ?? globalThis).setTimeout(() => {
      if (warmUp !== this.warmUps) return;
      this.running = true;
      let findings: readonly Finding[];
      try {
        findings = linter.lintLazily(warmUpDraft(round)).findings;
      } finally {
        this.running = false;
      }
      if (this.panel && this.view) drawAside(this.view.document, findings, this.panel);
      if (round + 1 < ROUNDS) this.round(linter, round + 1, warmUp);
    }, 0);
  }
}
