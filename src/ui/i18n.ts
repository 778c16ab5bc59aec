import type { Locale } from '../core/types.ts';

/**
 * UI text comes from `browser.i18n` (public/_locales: en, zh_CN, zh_TW), which follows the
 * browser's language. Rule messages are {en, zh}; the zh one serves both Chinese locales.
 */

export const MESSAGE_KEYS = [
  'uiPanelTitle',
  'uiPanelCollapse',
  'uiPanelExpand',
  'uiPanelAllClear',
  'uiPanelCount',
  'uiPanelListLabel',
  'uiToneLabel',
  'uiToneCalm',
  'uiToneTense',
  'uiToneAngry',
  'uiSeverityError',
  'uiSeverityWarning',
  'uiSeverityInfo',
  'uiFieldSubject',
  'uiFieldBody',
  'uiLineNumber',
  'uiCardWhy',
  'uiCardIgnore',
  'uiCardTurnOff',
  'uiCardLocked',
  'uiCardFixFailed',
  'uiCardStale',
  'uiCardClose',
  'uiCardKeyboardHint',
  'uiGuardTitle',
  'uiGuardIntro',
  'uiGuardReview',
  'uiGuardWait',
  'uiGuardWaiting',
  'uiGuardSendNow',
  'uiGuardSendAnyway',
  'uiGuardNoSendAnyway',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

type GetMessage = (key: string, substitutions?: string[]) => string;

/** A missing translation shows the key rather than an empty button. */
export function createTranslate(getMessage: GetMessage): Translate {
  return (key, ...substitutions) => getMessage(key, substitutions.map(String)) || key;
}

/** The language findings are shown in: the pack's choice, else the browser's. */
export function findingLocale(chosen: Locale | undefined, uiLanguage: string): Locale {
  return chosen ?? (uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en');
}
