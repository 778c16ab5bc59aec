import type { PatternSource } from '../core/text.ts';
import type { PhraseData } from '../rules/data/forbidden-phrase-list.ts';
import type { CardPrefixRange, NumberLabel } from '../rules/data/confidential-data.ts';
import type { InformalTerm } from '../rules/data/informal.ts';
import type { Lexicon } from '../tone/lexicon.ts';

/**
 * The content script's stand-in for the modules that hold the tone lexicons, the Traditional
 * fold table, the Simplified-to-Traditional table of the product's own wording and the English
 * words of the shouting rule, the built-in forbidden phrases and the chat terms of the informal
 * rule, the acronyms of the shouting rule and the account tables and label words of the confidential-data rule, the promises of a file of
 * the attachment-mention rule and what takes such a promise back, the greetings and closings of the greeting-closing rule,
 * and the sign-offs of the draft model
 * (src/tone/lexicon-en.ts, lexicon-zh.ts, hant-fold-table.ts, src/core/hant-table.ts, src/core/sign-offs.ts,
 * src/rules/data/english-words.ts, forbidden-phrase-list.ts, informal.ts, acronyms.ts, confidential-data.ts,
 * attachment-mention.ts, greeting-closing.ts):
 * wxt.config.ts puts it in their place in the content script, and only there. That data is a
 * fifth of the script and no page needs it parsed before a compose window opens, so it is
 * written at build time from those very modules to `rule-data.json` (scripts/rule-data.ts) and fetched once as the script starts.
 * Nothing may lint before `loadRuleData` has resolved (the rules read these bindings when they
 * first compile, and keep what they compiled); when it fails, nothing on the page is checked and
 * Send is never held.
 */

export interface RuleData {
  ENGLISH: Lexicon;
  CHINESE: Lexicon;
  HANT_FOLD_CODE: string;
  HANT_CHARACTER_PAIRS: string;
  HANT_WORDS: string;
  ENGLISH_WORDS: string;
  BUILTIN_PHRASE_DATA: readonly PhraseData[];
  INFORMAL_TERMS: readonly InformalTerm[];
  WOOD_COMPOUND_PREFIXES: string;
  BUILTIN_ACRONYMS: readonly string[];
  CARD_PREFIXES: readonly CardPrefixRange[];
  IBAN_LENGTHS: Readonly<Record<string, number>>;
  RESIDENT_ID_REGIONS: readonly string[];
  NOT_A_CARD_LABEL: string;
  NATIONAL_ID_LABEL: string;
  CODE_LABEL: string;
  PASSWORD_LABEL: string;
  KEY_LABEL: string;
  NUMBER_LABELS: Readonly<Record<NumberLabel, string>>;
  PROMISE_WORDINGS: readonly string[];
  NO_PROMISE_BEFORE: readonly PatternSource[];
  NO_PROMISE_AFTER: readonly PatternSource[];
  ENGLISH_CLOSING_SOURCE: string;
  CHINESE_CLOSING_SOURCE: string;
  GREETINGS: readonly PatternSource[];
  SIGN_OFF_WORDINGS: readonly string[];
}

/** Where the build writes the data, in the extension's root (listed in web_accessible_resources). */
export const RULE_DATA_FILE = 'rule-data.json';

export let ENGLISH: Lexicon;
export let CHINESE: Lexicon;
export let HANT_FOLD_CODE: string;
export let HANT_CHARACTER_PAIRS: string;
export let HANT_WORDS: string;
export let ENGLISH_WORDS: string;
export let BUILTIN_PHRASE_DATA: readonly PhraseData[];
export let INFORMAL_TERMS: readonly InformalTerm[];
export let WOOD_COMPOUND_PREFIXES: string;
export let BUILTIN_ACRONYMS: readonly string[];
export let CARD_PREFIXES: readonly CardPrefixRange[];
export let IBAN_LENGTHS: Readonly<Record<string, number>>;
export let RESIDENT_ID_REGIONS: readonly string[];
export let NOT_A_CARD_LABEL: string;
export let NATIONAL_ID_LABEL: string;
export let CODE_LABEL: string;
export let PASSWORD_LABEL: string;
export let KEY_LABEL: string;
export let NUMBER_LABELS: Readonly<Record<NumberLabel, string>>;
export let PROMISE_WORDINGS: readonly string[];
export let NO_PROMISE_BEFORE: readonly PatternSource[];
export let NO_PROMISE_AFTER: readonly PatternSource[];
export let ENGLISH_CLOSING_SOURCE: string;
export let CHINESE_CLOSING_SOURCE: string;
export let SIGN_OFF_WORDINGS: readonly string[];
export let GREETINGS: readonly PatternSource[];

const isLexicon = (value: unknown): value is Lexicon => Array.isArray((value as Partial<Lexicon> | null)?.groups);

/** Fills the bindings above from the file at `url`; rejects, leaving them unset, when it cannot be read. */
export async function loadRuleData(url: string, fetchFile: typeof fetch = fetch): Promise<void> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${RULE_DATA_FILE}: HTTP ${response.status}`);
  const data = (await response.json()) as Partial<RuleData> | null;
  const isText = (value: unknown) => typeof value === 'string';
  if (!isLexicon(data?.ENGLISH) || !isLexicon(data.CHINESE) || !Array.isArray(data.BUILTIN_PHRASE_DATA) || !Array.isArray(data.INFORMAL_TERMS) || !Array.isArray(data.BUILTIN_ACRONYMS) || !Array.isArray(data.CARD_PREFIXES) || !Array.isArray(data.RESIDENT_ID_REGIONS) || !Array.isArray(data.PROMISE_WORDINGS) || !Array.isArray(data.NO_PROMISE_BEFORE) || !Array.isArray(data.NO_PROMISE_AFTER) || !Array.isArray(data.GREETINGS) || !Array.isArray(data.SIGN_OFF_WORDINGS) || !data.SIGN_OFF_WORDINGS.every(isText) || typeof data.IBAN_LENGTHS !== 'object' || data.IBAN_LENGTHS === null || typeof data.NUMBER_LABELS !== 'object' || data.NUMBER_LABELS === null || !Object.values(data.NUMBER_LABELS).every(isText) || ![data.HANT_FOLD_CODE, data.HANT_CHARACTER_PAIRS, data.HANT_WORDS, data.ENGLISH_WORDS, data.WOOD_COMPOUND_PREFIXES, data.NOT_A_CARD_LABEL, data.NATIONAL_ID_LABEL, data.CODE_LABEL, data.PASSWORD_LABEL, data.KEY_LABEL, data.ENGLISH_CLOSING_SOURCE, data.CHINESE_CLOSING_SOURCE].every(isText)) {
    throw new Error(`${RULE_DATA_FILE}: not the data it should hold`);
  }
  ({ ENGLISH, CHINESE, HANT_FOLD_CODE, HANT_CHARACTER_PAIRS, HANT_WORDS, ENGLISH_WORDS, BUILTIN_PHRASE_DATA, INFORMAL_TERMS, WOOD_COMPOUND_PREFIXES, BUILTIN_ACRONYMS, CARD_PREFIXES, IBAN_LENGTHS, RESIDENT_ID_REGIONS, NOT_A_CARD_LABEL, NATIONAL_ID_LABEL, CODE_LABEL, PASSWORD_LABEL, KEY_LABEL, NUMBER_LABELS, PROMISE_WORDINGS, NO_PROMISE_BEFORE, NO_PROMISE_AFTER, ENGLISH_CLOSING_SOURCE, CHINESE_CLOSING_SOURCE, GREETINGS, SIGN_OFF_WORDINGS } = data as RuleData);
}
