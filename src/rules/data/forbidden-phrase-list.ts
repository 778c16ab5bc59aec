import { BUILTIN_PHRASES, type BuiltinPhrase } from './forbidden-phrase.ts';

/**
 * BUILTIN_PHRASES as plain data, each context pattern as its source (none has flags: they read
 * folded text). It is what the forbidden-phrase rule reads, so that the content script can load
 * the list from rule-data.json (src/extension/rule-data.ts) rather than carry it.
 */
export type PhraseData = Omit<BuiltinPhrase, 'unlessPreceded' | 'unlessFollowed'> & { unlessPreceded?: string; unlessFollowed?: string };

export const BUILTIN_PHRASE_DATA: readonly PhraseData[] = BUILTIN_PHRASES.map(({ unlessPreceded, unlessFollowed, ...entry }) => ({
  ...entry,
  ...(unlessPreceded ? { unlessPreceded: unlessPreceded.source } : {}),
  ...(unlessFollowed ? { unlessFollowed: unlessFollowed.source } : {}),
}));
