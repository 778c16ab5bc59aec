import { describe, expect, it } from 'vitest';
import { createTextlintLinter, prhDictionary } from './textlint.ts';

describe('textlint comparison setup', () => {
  it('writes the forbidden phrases as a prh dictionary', () => {
    const dictionary = JSON.parse(prhDictionary([{ phrase: '你等着', replacement: '请您稍等' }, { phrase: 'calm down' }]));
    expect(dictionary).toEqual({
      version: 1,
      rules: [
        { expected: '请您稍等', pattern: '你等着' },
        { expected: '', pattern: '/\\bcalm down\\b/i' },
      ],
    });
  });

  it('writes a phrase that stands for a family of wordings as a pattern matching them all', () => {
    const dictionary = JSON.parse(prhDictionary([{ phrase: 'as (i|we) (already |)said' }, { phrase: '(已经|早就)说过…(两|三)次' }]));
    const [english, chinese] = dictionary.rules.map((rule: { pattern: string }) => new RegExp(rule.pattern.slice(1, rule.pattern.lastIndexOf('/')), 'i'));
    expect(english.test('As we already said, the box ships today.')).toBe(true);
    expect(english.test('as I said')).toBe(true);
    expect(english.test('as they said')).toBe(false);
    expect(chinese.test('我早就说过好几遍，不止三次了')).toBe(true);
    expect(chinese.test('我早就说过。三次了')).toBe(false);
  });

  it('runs all three rules on plain text', async () => {
    const linter = createTextlintLinter({ maxLength: 35, forbiddenPhrases: [{ phrase: '你等着', replacement: '请您稍等' }, { phrase: 'calm down' }] });
    expect(await linter.lint('Thanks for writing. Is the parcel there?')).toBe(0);
    // One each: a forbidden Chinese phrase, an English one, an exclamation mark, an overlong sentence.
    expect(await linter.lint('你等着吧。')).toBe(1);
    expect(await linter.lint('Please Calm Down.')).toBe(1);
    expect(await linter.lint('Thanks!')).toBe(1);
    expect(await linter.lint('This sentence runs well past the thirty-five character limit.')).toBe(1);
  });
});
