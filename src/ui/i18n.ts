/**
 * UI text comes from `browser.i18n` (public/_locales: en, zh_CN, zh_TW), which follows the
 * browser's language. Rule messages are {en, zh}; `displayLocale` (src/core/localize.ts) picks
 * one, converted to Traditional characters for zh-TW and zh-HK.
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
  'uiCardChoices',
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

/**
 * A missing translation shows the key rather than an empty button. Each text is asked for once:
 * the browser's language does not change under a page, and a panel of a hundred findings would
 * otherwise cross into the extension API four hundred times per redraw.
 */
export function createTranslate(getMessage: GetMessage): Translate {
  const known = new Map<string, string>();
  return (key, ...substitutions) => {
    const texts = substitutions.map(String);
    const id = [key, ...texts].join('\u0000');
    let text = known.get(id);
    if (text === undefined) {
      text = getMessage(key, texts) || key;
      known.set(id, text);
    }
    return text;
  };
}
