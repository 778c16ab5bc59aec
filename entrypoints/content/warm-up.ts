import type { Linter } from '../../src/core/engine.ts';
import type { Draft } from '../../src/core/types.ts';

/** A short mail in both languages and both scripts, which makes every rule build what it caches. */
const WARM_UP_DRAFT: Draft = {
  subject: 'Re: 退款進度 refund',
  body: 'Hi Jane,\n\n您好，您的退款已經處理，我们会尽快到账。Thanks for your patience, we have sent it today!\n\nBest regards,\nAlex',
};

/** The warm-up runs by then even on a page that is never idle. */
const WARM_UP_TIMEOUT_MS = 2_000;

/**
 * The rules compile their automata and tables on their first lint (phrase lists, the tone
 * lexicons, the Traditional fold table): done on a sample while the page is idle, so that the
 * first lint of a compose window opened later only lints.
 */
export function warmUpWhenIdle(view: Window | null, linter: Linter): void {
  const warmUp = () => {
    linter.lintLazily(WARM_UP_DRAFT);
  };
  if (view?.requestIdleCallback) view.requestIdleCallback(warmUp, { timeout: WARM_UP_TIMEOUT_MS });
  else setTimeout(warmUp, 0);
}
