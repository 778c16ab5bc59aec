import type { Linter } from '../../src/core/engine.ts';
import type { Draft } from '../../src/core/types.ts';
import type { Translate } from '../../src/ui/i18n.ts';

/**
 * A reply that takes every rule down its main paths: both languages and both scripts, long
 * lines, capitals, a card number, a link, phrases to replace, 你, anger, a signature and quoted
 * history. Each function a lint calls is compiled on its first call: a sample that calls them
 * all leaves less of that to the first lint of a real draft.
 */
const WARM_UP_DRAFT: Draft = {
  subject: 'Re: 退款進度 refund URGENT',
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
 * The rules compile their automata and tables on their first lint (phrase lists, the tone
 * lexicons, the Traditional fold table): `soon` lints WARM_UP_DRAFT in a task of its own as soon
 * as the linter can run (its rule data is in), so that the first lint of a compose window opened
 * later only lints. Not when the page is idle: a webmail page that has just loaded is busy for
 * seconds, and an agent who opens a reply at once would wait for the compile in their first
 * keystrokes. While it runs (`running`), the background's tone model is not to be asked about
 * the sample: that would wake the background on every page load.
 */
export class WarmUp {
  running = false;

  constructor(private readonly view: Window | null) {}

  /**
   * With `translate`, also asks for one UI text: the first one a page asks for makes the browser
   * hand over the extension's message catalogue, a synchronous round trip (10 ms in Chromium
   * here) that the first panel would otherwise wait for.
   */
  soon(linter: Linter, translate?: Translate): void {
    (this.view ?? globalThis).setTimeout(() => {
      this.running = true;
      try {
        linter.lintLazily(WARM_UP_DRAFT);
      } finally {
        this.running = false;
      }
      translate?.('uiPanelTitle');
    }, 0);
  }
}
