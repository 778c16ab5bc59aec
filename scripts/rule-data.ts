import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HANT_CHARACTER_PAIRS, HANT_WORDS } from '../src/core/hant-table.ts';
import type { RuleData } from '../src/extension/rule-data.ts';
import { HANT_FOLD_CODE } from '../src/tone/hant-fold-table.ts';
import { ENGLISH } from '../src/tone/lexicon-en.ts';
import { CHINESE } from '../src/tone/lexicon-zh.ts';
import { ENGLISH_WORDS } from '../src/rules/data/english-words.ts';
import { BUILTIN_PHRASE_DATA } from '../src/rules/data/forbidden-phrase-list.ts';
import { INFORMAL_TERMS, WOOD_COMPOUND_PREFIXES } from '../src/rules/data/informal.ts';
import { BUILTIN_ACRONYMS } from '../src/rules/data/acronyms.ts';
import * as ConfidentialTables from '../src/rules/data/confidential-data.ts';
import { NO_PROMISE_AFTER, NO_PROMISE_BEFORE, PROMISE_WORDINGS } from '../src/rules/data/attachment-mention.ts';
import { CHINESE_CLOSING_SOURCE, ENGLISH_CLOSING_SOURCE, GREETINGS } from '../src/rules/data/greeting-closing.ts';
import { SIGN_OFF_WORDINGS } from '../src/core/sign-offs.ts';

/**
 * What the content script loads at run time instead of bundling (src/extension/rule-data.ts):
 * the modules it stands in for, by absolute path, and the file's contents, made from them.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const STOOD_IN_MODULES: readonly string[] = ['src/tone/lexicon-en.ts', 'src/tone/lexicon-zh.ts', 'src/tone/hant-fold-table.ts', 'src/core/hant-table.ts', 'src/rules/data/english-words.ts', 'src/rules/data/forbidden-phrase-list.ts', 'src/rules/data/informal.ts', 'src/rules/data/acronyms.ts', 'src/rules/data/confidential-data.ts', 'src/rules/data/attachment-mention.ts', 'src/rules/data/greeting-closing.ts', 'src/core/sign-offs.ts'].map((file) => path.join(ROOT, file));
export const RULE_DATA_STAND_IN = path.join(ROOT, 'src/extension/rule-data.ts');

export function ruleDataJson(): string {
  const data: RuleData = { ENGLISH, CHINESE, HANT_FOLD_CODE, HANT_CHARACTER_PAIRS, HANT_WORDS, ENGLISH_WORDS, BUILTIN_PHRASE_DATA, INFORMAL_TERMS, WOOD_COMPOUND_PREFIXES, BUILTIN_ACRONYMS, ...ConfidentialTables, PROMISE_WORDINGS, NO_PROMISE_BEFORE, NO_PROMISE_AFTER, ENGLISH_CLOSING_SOURCE, CHINESE_CLOSING_SOURCE, GREETINGS, SIGN_OFF_WORDINGS };
  return JSON.stringify(data);
}
