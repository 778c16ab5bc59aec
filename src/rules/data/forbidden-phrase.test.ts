import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES, ENGLISH_BUILTIN_PHRASES, SIMPLIFIED_BUILTIN_PHRASES, toTraditional } from './forbidden-phrase.ts';
import { expandPhrase, gapParts } from './phrase-pattern.ts';

/** Every wording of each phrase; a phrase with a gap by each of its sides, marked as such. */
const wordingsOf = (phrases: readonly { phrase: string }[]) =>
  phrases.flatMap(({ phrase }) => {
    const gap = gapParts(phrase);
    return gap ? [...gap.heads.map((head) => `${head} …`), ...gap.tails.map((tail) => `… ${tail}`)] : expandPhrase(phrase);
  });

describe('built-in forbidden phrases', () => {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it('spells every Traditional twin the way a full converter does', () => {
    for (const { phrase, replacement } of SIMPLIFIED_BUILTIN_PHRASES) {
      for (const wording of wordingsOf([{ phrase }])) expect(toTraditional(wording), wording).toBe(toTaiwan(wording));
      if (replacement !== undefined) expect(toTraditional(replacement), replacement).toBe(toTaiwan(replacement));
    }
  });

  it('lists each wording once, however many phrases stand for it', () => {
    // The Traditional twins repeat the wordings that have no character to convert; the rule keeps the first.
    const seen = new Set<string>();
    // The sides of phrases with a gap may be shared ("… 三次"): only a whole wording must be one phrase's.
    const whole = wordingsOf([...SIMPLIFIED_BUILTIN_PHRASES, ...ENGLISH_BUILTIN_PHRASES]).filter((wording) => !wording.includes('…'));
    const repeated = whole.filter((wording) => seen.size === seen.add(wording.toLowerCase()).size);
    expect(repeated).toEqual([]);
  });

  it('tells the writer what to do instead of every phrase', () => {
    const silent = BUILTIN_PHRASES.filter((entry) => entry.replacement === undefined && !entry.remove && entry.suggestion === undefined);
    expect(silent.map((entry) => entry.phrase)).toEqual([]);
  });

  it('has Traditional twins for the Chinese phrases', () => {
    const phrases = new Set(wordingsOf(BUILTIN_PHRASES));
    expect(phrases.has('不歸我管')).toBe(true);
    expect(phrases.has('這都不明白')).toBe(true);
  });

  it('writes every context pattern without flags, so that its source is the whole of it', () => {
    for (const { phrase, unlessPreceded, unlessFollowed } of BUILTIN_PHRASES) {
      for (const pattern of [unlessPreceded, unlessFollowed]) expect(pattern?.flags ?? '', phrase).toBe('');
    }
  });
});
