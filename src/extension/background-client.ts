import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse } from './messages.ts';

export function sendToBackground(request: BackgroundRequest): Promise<BackgroundResponse> {
  return browser.runtime.sendMessage(request) as Promise<BackgroundResponse>;
}
