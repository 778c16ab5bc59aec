import { toTraditional } from './hant.ts';
import type { RuleDocs } from './rule.ts';
import type { Locale, LocalizedText } from './types.ts';

/**
 * The one place that picks the words a reader sees. Rule text is written in English and
 * Simplified Chinese; readers of Traditional Chinese get the Simplified text converted. Only
 * display text goes through here: what a fix inserts into the draft stays as the rule wrote it.
 */
export type DisplayLocale = Locale | 'zh-Hant';

export function localize(text: LocalizedText, locale: DisplayLocale): string {
  return locale === 'zh-Hant' ? toTraditional(text.zh) : text[locale];
}

export function localizeDocs(docs: { en: RuleDocs; zh: RuleDocs }, locale: DisplayLocale): RuleDocs {
  if (locale !== 'zh-Hant') return docs[locale];
  return { summary: toTraditional(docs.zh.summary), rationale: toTraditional(docs.zh.rationale) };
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/**
 * The display locale for someone whose browser or system speaks `tag` (BCP 47 "zh-TW",
 * "zh-Hant-HK", or POSIX "zh_TW.UTF-8"): the language they chose, else the tag's; in Chinese, the
 * script the tag names, else the one its region writes.
 */
export function displayLocale(chosen: Locale | undefined, tag: string): DisplayLocale {
  const subtags = tag.split(/[.@]/)[0]!.toLowerCase().split(/[-_]/);
  const language = chosen ?? (subtags[0] === 'zh' ? 'zh' : 'en');
  if (language === 'en' || subtags[0] !== 'zh') return language;
  if (subtags.includes('hant')) return 'zh-Hant';
  if (subtags.includes('hans')) return 'zh';
  return subtags.some((subtag) => TRADITIONAL_REGIONS.has(subtag)) ? 'zh-Hant' : 'zh';
}
