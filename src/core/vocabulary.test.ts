import { describe, expect, it } from 'vitest';
import { sharedVocabulary, type Vocabulary } from './vocabulary.ts';

const vocabulary = (phrase: string): Vocabulary => ({
  forbiddenPhrases: [{ phrase, replacement: '请稍等', language: 'zh' }],
  acronyms: ['SKU'],
  angerTerms: [{ term: 'outrageous', weight: 0.6 }],
  ignoredAngerTerms: [],
});

describe('sharedVocabulary', () => {
  it('hands back the first of equal copies, so what rules compile from it is compiled once', () => {
    const first = sharedVocabulary(vocabulary('等一下'));
    const copy = structuredClone(first);
    expect(sharedVocabulary(copy)).toBe(first);
    expect(sharedVocabulary(first)).toBe(first);
  });

  it('keeps a vocabulary with other content apart', () => {
    const first = sharedVocabulary(vocabulary('等一下'));
    const other = vocabulary('稍后再说');
    expect(sharedVocabulary(other)).toBe(other);
    expect(sharedVocabulary(structuredClone(first))).toBe(first);
  });

  it('remembers only the last two contents, so old vocabularies can be collected', () => {
    const old = sharedVocabulary(vocabulary('旧的'));
    sharedVocabulary(vocabulary('第二'));
    sharedVocabulary(vocabulary('第三'));
    const copy = vocabulary('旧的');
    expect(sharedVocabulary(copy)).toBe(copy);
    expect(copy).not.toBe(old);
  });
});
