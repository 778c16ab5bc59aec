import { RecentMap } from './recent-map.ts';
import type { LocalizedText } from './types.ts';

/**
 * Words and phrases that packs contribute on top of the rules' built-in lists.
 * It is plain data so it can cross from the background worker to the content script.
 */

export type PhraseLanguage = 'zh' | 'en';

export interface ForbiddenPhrase {
  phrase: string;
  /** The polite wording offered as a one-click fix; none when the phrase should just go. */
  replacement?: string;
  language?: PhraseLanguage;
  /** Why to avoid it, shown in the card. */
  reason?: LocalizedText;
}

export interface AngerTerm {
  term: string;
  /** Contribution to the anger score; 1 is a strong insult. */
  weight: number;
  language?: PhraseLanguage;
}

export interface Vocabulary {
  forbiddenPhrases: readonly ForbiddenPhrase[];
  /** Upper-case words that are not shouting (product codes, team jargon). */
  acronyms: readonly string[];
  angerTerms: readonly AngerTerm[];
  /** Built-in anger terms a pack wants ignored (its product is called "Killer Deal"). */
  ignoredAngerTerms: readonly string[];
}

export const EMPTY_VOCABULARY: Vocabulary = Object.freeze({
  forbiddenPhrases: [],
  acronyms: [],
  angerTerms: [],
  ignoredAngerTerms: [],
});

/** Vocabularies remembered by content: the one in use and the one before it. */
const vocabulariesByContent = new RecentMap<string, Vocabulary>(2);

/**
 * An earlier vocabulary object equal to `vocabulary`, or `vocabulary` itself. Rules compile their
 * automata once per vocabulary object (by identity), and settings arrive as fresh copies of the
 * same data (from storage, after every change): without this, each copy would be compiled and
 * kept again (0.7 MB of heap for the default pack).
 */
export function sharedVocabulary(vocabulary: Vocabulary): Vocabulary {
  const content = JSON.stringify(vocabulary);
  const shared = vocabulariesByContent.get(content);
  if (shared) return shared;
  vocabulariesByContent.set(content, vocabulary);
  return vocabulary;
}
