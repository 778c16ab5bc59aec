import type { Linter } from '../../src/core/engine.ts';
import type { Draft } from '../../src/core/types.ts';

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
 */
export function warmUpSoon(view: Window | null, linter: Linter): void {
  (view ?? globalThis).setTimeout(() => {
    linter.lintLazily(WARM_UP_DRAFT);
  }, 0);
}
