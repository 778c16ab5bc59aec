import type { Lexicon } from '../tone/lexicon.ts';

/**
 * The content script's stand-in for the modules that hold the tone lexicons and the Traditional
 * fold table (src/tone/lexicon-en.ts, lexicon-zh.ts, hant-fold-table.ts): wxt.config.ts puts it in
 * their place in the content script, and only there. That data is a fifth of the script and no
 * page needs it parsed before a compose window opens, so it is written at build time from those
 * very modules to `rule-data.json` (scripts/rule-data.ts) and fetched once as the script starts.
 * Nothing may lint before `loadRuleData` has resolved (the rules read these bindings when they
 * first compile, and keep what they compiled); when it fails, nothing on the page is checked and
 * Send is never held.
 */

export interface RuleData {
  ENGLISH: Lexicon;
  CHINESE: Lexicon;
  HANT_FOLD_CODE: string;
}

/** Where the build writes the data, in the extension's root (listed in web_accessible_resources). */
export const RULE_DATA_FILE = 'rule-data.json';

export let ENGLISH: Lexicon;
export let CHINESE: Lexicon;
export let HANT_FOLD_CODE: string;

const isLexicon = (value: unknown): value is Lexicon => Array.isArray((value as Partial<Lexicon> | null)?.groups);

/** Fills the bindings above from the file at `url`; rejects, leaving them unset, when it cannot be read. */
export async function loadRuleData(url: string, fetchFile: typeof fetch = fetch): Promise<void> {
  const response = await fetchFile(url);
  if (!response.ok) throw new Error(`${RULE_DATA_FILE}: HTTP ${response.status}`);
  const data = (await response.json()) as Partial<RuleData> | null;
  if (!isLexicon(data?.ENGLISH) || !isLexicon(data.CHINESE) || typeof data.HANT_FOLD_CODE !== 'string') throw new Error(`${RULE_DATA_FILE}: not the data it should hold`);
  ({ ENGLISH, CHINESE, HANT_FOLD_CODE } = data as RuleData);
}
