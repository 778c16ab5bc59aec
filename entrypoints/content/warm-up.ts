import type { Linter } from '../../src/core/engine.ts';
import type { Draft } from '../../src/core/types.ts';
import type { Translate } from '../../src/ui/i18n.ts';

/** A short mail in both languages and both scripts, which makes every rule build what it caches. */
const WARM_UP_DRAFT: Draft = {
  subject: 'Re: 退款進度 refund',
  body: 'Hi Jane,\n\n您好，您的退款已經處理，我们会尽快到账。Thanks for your patience, we have sent it today!\n\nBest regards,\nAlex',
};

/**
 * The rules compile their automata and tables on their first lint (phrase lists, the tone
 * lexicons, the Traditional fold table): done on a sample in a task of its own as soon as the
 * linter can run (its rule data is in), so that the first lint of a compose window opened later
 * only lints. Not when the page is idle: a webmail page that has just loaded is busy for seconds,
 * and an agent who opens a reply at once would wait for the compile in their first keystrokes.
 * `translate`, when given, asks for one UI text in the same task: the first one the page asks for
 * makes the browser hand over the extension's message catalogue, a synchronous round trip
 * (10 ms in Chromium here) that the first panel would otherwise wait for.
 */
export function warmUpSoon(view: Window | null, linter: Linter, translate?: Translate): void {
  (view ?? globalThis).setTimeout(() => {
    linter.lintLazily(WARM_UP_DRAFT);
    translate?.('uiPanelTitle');
  }, 0);
}
