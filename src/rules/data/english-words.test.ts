import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { ENGLISH_WORDS_FILE, renderEnglishWords } from '../../../scripts/build-english-words.ts';
import { isEnglishWord } from './english-word-lookup.ts';
import { ENGLISH_WORDS } from './english-words.ts';

it('src/rules/data/english-words.ts matches its source', () => {
  expect(readFileSync(ENGLISH_WORDS_FILE, 'utf8') === renderEnglishWords(), 'english-words.ts is out of date: run `npx tsx scripts/build-english-words.ts`').toBe(true);
});

it('finds every listed word, and nothing between them, by binary search', () => {
  const words = ENGLISH_WORDS.split('\n');
  expect(words).toEqual([...words].sort());
  for (const word of words) expect(isEnglishWord(word), word).toBe(true);
  // A word just after each entry in sort order is never one unless the list or an ending makes it so.
  for (const word of words.slice(0, 2000)) {
    const after = `${word}zz`;
    expect(isEnglishWord(after), after).toBe(false);
  }
  for (const word of ['', 'a', 'aaa', 'zzzz', 'stormblade', 'appdata', 'huawei']) expect(isEnglishWord(word), word).toBe(false);
});

it('knows the forms a list of common words leaves out', () => {
  for (const word of ['refunded', 'cancelled', 'shipping', 'expiring', 'replies', 'tried', 'immediately']) expect(isEnglishWord(word), word).toBe(true);
});
