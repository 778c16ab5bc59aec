import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './text.ts';

/** The definition detectLanguage implements with a lookup table: Han characters against a third of the Latin letters. */
function detectByRegex(text: string): 'zh' | 'en' {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

const PIECES: readonly string[] = [
  'a', 'Z', 'm', '@', '[', '`', '{', ' ', '\n', '1', 'é', 'Ａ',
  '中', '文', '國', '々', '〇', '⺀', '，', '。', 'か', '가',
  '𠀀', '𪜀', '😀', '𝔸', '\ud83d', '\ude00', '\ud840',
];

describe('detectLanguage', () => {
  it.each([
    ['您好，您的订单已经发货。', 'zh'],
    ['Hello, your order has shipped.', 'en'],
    ['', 'en'],
    ['12345 !!!', 'en'],
    ['您的 order 已发货', 'zh'],
    ['Your 订单 has shipped today, please check the tracking page', 'en'],
    ['𠀀𠀁 abc', 'zh'],
  ] as const)('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('agrees with counting by regular expression on any mix of scripts', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (sample) => detectLanguage(sample) === detectByRegex(sample)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (sample) => detectLanguage(sample) === detectByRegex(sample)), { numRuns: 2000 });
  });
});
