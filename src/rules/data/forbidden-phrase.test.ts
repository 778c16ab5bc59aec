import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PHRASES, SIMPLIFIED_BUILTIN_PHRASES, toTraditional } from './forbidden-phrase.ts';

describe('built-in forbidden phrases', () => {
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });

  it('spells every Traditional twin the way a full converter does', () => {
    for (const { phrase, replacement } of SIMPLIFIED_BUILTIN_PHRASES) {
      expect(toTraditional(phrase), phrase).toBe(toTaiwan(phrase));
      if (replacement !== undefined) expect(toTraditional(replacement), replacement).toBe(toTaiwan(replacement));
    }
  });

  it('lists each phrase once', () => {
    const phrases = BUILTIN_PHRASES.map((entry) => entry.phrase.toLowerCase());
    expect(phrases.filter((phrase, index) => phrases.indexOf(phrase) !== index)).toEqual([]);
  });

  it('tells the writer what to do instead of every phrase', () => {
    const silent = BUILTIN_PHRASES.filter((entry) => entry.replacement === undefined && !entry.remove && entry.suggestion === undefined);
    expect(silent.map((entry) => entry.phrase)).toEqual([]);
  });

  it('has Traditional twins for the Chinese phrases', () => {
    const phrases = new Set(BUILTIN_PHRASES.map((entry) => entry.phrase));
    expect(phrases.has('不歸我管')).toBe(true);
    expect(phrases.has('這都不明白')).toBe(true);
  });

  it('writes every context pattern without flags, so that its source is the whole of it', () => {
    for (const { phrase, unlessPreceded, unlessFollowed } of BUILTIN_PHRASES) {
      for (const pattern of [unlessPreceded, unlessFollowed]) expect(pattern?.flags ?? '', phrase).toBe('');
    }
  });
});
