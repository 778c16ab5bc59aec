import { TextlintKernelDescriptor } from '@textlint/kernel';
import textPlugin from '@textlint/textlint-plugin-text';
import { createLinter } from 'textlint';
import noExclamationQuestionMark from 'textlint-rule-no-exclamation-question-mark';
import prh from 'textlint-rule-prh';
import sentenceLength from 'textlint-rule-sentence-length';

/**
 * textlint set up with the nearest equivalents of our checks, for the speed comparison:
 * - sentence-length at our line limit (textlint counts UTF-16 units per sentence, we count
 *   display width per line: not the same measure, but the same kind of work);
 * - prh with our forbidden phrases as its dictionary, each phrase pointing at its polite
 *   replacement (or at nothing, when the phrase should simply go);
 * - no-exclamation-question-mark for exclamation marks only, as a stand-in for our tone
 *   checks: questions are normal in a support mail.
 */

/** The three rules, as the comparison reports them. */
export const TEXTLINT_RULE_IDS = ['sentence-length', 'prh', 'no-exclamation-question-mark'] as const;

/** CommonJS rule packages arrive as `{ default: rule }` when imported from ESM. */
function moduleDefault<T>(module: T | { default: T }): T {
  return typeof module === 'object' && module !== null && 'default' in module ? module.default : module;
}

/** What the built-in list and pack vocabularies have in common. */
export interface PhraseEntry {
  phrase: string;
  replacement?: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Our gap ("told you … times"): a few characters of the same clause, as the rule allows (GAP_REACH). */
const GAP = String.raw`[^。！？!?；;.\n]{0,32}?`;

/**
 * A built-in phrase as a regular expression's source: its `(a|b|)` groups as groups, its `…` as
 * a gap, everything else literal. prh then matches every wording the phrase stands for, as our
 * rule does, and not just the pattern's own text.
 */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/([()|…])/)
    .map((part) => (part === '(' ? '(?:' : part === ')' || part === '|' ? part : part === '…' ? GAP : escapeRegExp(part)))
    .join('');
}

/**
 * A prh dictionary in JSON, which prh reads as YAML. English phrases match case-insensitively
 * on word boundaries, Chinese ones as written, as our rule does; a phrase that stands for a
 * family of wordings is a regular expression that matches them all.
 */
export function prhDictionary(phrases: readonly PhraseEntry[]): string {
  const rules = phrases.map(({ phrase, replacement }) => {
    const isLatin = /^[\x20-\x7e…]+$/.test(phrase);
    const isFamily = /[()…]/.test(phrase);
    const expected = replacement ?? '';
    if (isLatin) return { expected, pattern: `/\\b${phrasePattern(phrase)}\\b/i` };
    return { expected, pattern: isFamily ? `/${phrasePattern(phrase)}/` : phrase };
  });
  return JSON.stringify({ version: 1, rules });
}

export interface TextlintComparisonConfig {
  /** Our line-length limit, reused as textlint's sentence limit. */
  maxLength: number;
  forbiddenPhrases: readonly PhraseEntry[];
}

export interface PlainTextLinter {
  lint(text: string): Promise<number>;
}

/** A textlint linter for plain text; `lint` resolves to the number of messages. */
export function createTextlintLinter({ maxLength, forbiddenPhrases }: TextlintComparisonConfig): PlainTextLinter {
  const descriptor = new TextlintKernelDescriptor({
    rules: [
      { ruleId: 'sentence-length', rule: moduleDefault(sentenceLength), options: { max: maxLength } },
      { ruleId: 'prh', rule: moduleDefault(prh), options: { ruleContents: [prhDictionary(forbiddenPhrases)] } },
      {
        ruleId: 'no-exclamation-question-mark',
        rule: moduleDefault(noExclamationQuestionMark),
        options: { allowHalfWidthQuestion: true, allowFullWidthQuestion: true },
      },
    ],
    plugins: [{ pluginId: 'text', plugin: moduleDefault(textPlugin) }],
    filterRules: [],
  });
  const linter = createLinter({ descriptor });
  return {
    async lint(text) {
      // The path only selects the plain-text plugin by its extension; nothing is read from disk.
      const result = await linter.lintText(text, 'mail.txt');
      return result.messages.length;
    },
  };
}
