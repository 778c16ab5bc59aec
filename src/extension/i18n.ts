import { browser } from 'wxt/browser';
import { displayLocale, type DisplayLocale } from '../core/localize.ts';
import type { Locale } from '../core/types.ts';
import type messages from '../../public/_locales/en/messages.json';

/** Every key of the English catalogue; the other catalogues are tested to have the same keys. */
export type MessageKey = keyof typeof messages;

/** A UI string in the browser's language; `$1`… in the catalogue take the substitutions in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions.map(String)) || key;
}

/** The language findings and rule docs are shown in: the user's choice, else the browser's; Traditional for zh-TW and zh-HK. */
export function contentLocale(chosen: Locale | undefined): DisplayLocale {
  return displayLocale(chosen, browser.i18n.getUILanguage());
}

export function formatTime(ms: number): string {
  return new Date(ms).toLocaleString(browser.i18n.getUILanguage());
}
