import { browser } from 'wxt/browser';
import { toneRequest, type BackgroundRequest, type BackgroundResponse } from './messages.ts';
import type { AskModel } from './tone-verdicts.ts';

export function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponse>;
}

/**
 * Asks the background, where the learned tone model runs, for its verdict on a body: the content
 * script and the options page's playground both ask this way. The message leaves in a task of its
 * own, after the lint that asked has drawn its hints: posting it copies the own text, and the
 * first message of a page also sets up the messaging (about 10 ms in Chromium here).
 */
export const askToneModel: AskModel = (body, ownRanges) => {
  const request = toneRequest(body, ownRanges);
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => browser.runtime.sendMessage(request) as ReturnType<AskModel>);
};
