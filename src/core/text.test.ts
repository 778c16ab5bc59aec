import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './draft.ts';
import { characterClasses, detectLanguage, findUrlsAndEmails, linksIn } from './text.ts';

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

/** The definition findUrlsAndEmails implements without a pattern that restarts at every character of every word. */
function findUrlsAndEmailsByRegex(text: string, start = 0, end = text.length): { start: number; end: number }[] {
  const pattern = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'，。、；！？）》\u3400-\u9fff]+|[\w.+*•-]+@[\w-]+(?:\.[\w-]+)+/gi;
  return [...text.slice(start, end).matchAll(pattern)].map((match) => ({
    start: start + match.index,
    end: start + match.index + match[0].replace(/[.,;:!?)\]]+$/, '').length,
  }));
}

const LINK_PIECES: readonly string[] = [
  'a', 'Z', '0', '_', '-', '+', '.', '.', '@', '@', ' ', '\n', '\r\n', ':', '/', ')', ']', '!', ',', '"', '<',
  'http://', 'HTTPS://', 'ftp://', 'www.', 'WWW.', 'x.com', 'me@x.cn', '中', '，', 'é', '*', '•',
];
const linkText = fc.array(fc.constantFrom(...LINK_PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('findUrlsAndEmails', () => {
  it.each([
    ['访问https://x.cn/help查看', ['https://x.cn/help']],
    ['Write to anna.li+help@example.co.uk.', ['anna.li+help@example.co.uk']],
    ['See www.example.com/faq, or mail me@x.cn!', ['www.example.com/faq', 'me@x.cn']],
    ['a@b, x@y.z@w.v', ['x@y.z']],
    ['(http://user@example.com)', ['http://user@example.com']],
    ['链接已发到您的邮箱 f***@example.com，或 j•••n@qq.com', ['f***@example.com', 'j•••n@qq.com']],
  ])('finds the links in %j', (text, links) => {
    expect(findUrlsAndEmails(text).map((range) => text.slice(range.start, range.end))).toEqual(links);
  });

  it('agrees with one pattern for both, read left to right, in any range of any text', () => {
    fc.assert(
      fc.property(linkText, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(findUrlsAndEmails(text, start, end)).toEqual(findUrlsAndEmailsByRegex(text, start, end));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('linksIn', () => {
  it('finds in any run of whole lines what a scan of those lines alone finds', () => {
    fc.assert(
      fc.property(linkText, fc.nat(), fc.nat(), (body, a, b) => {
        const model = analyzeDraft({ subject: body, body });
        const lines = model.lines;
        const first = lines[a % lines.length]!;
        const last = lines[Math.min(lines.length - 1, first.index + (b % 3))]!;
        expect(linksIn(model, 'body', first.start, last.end)).toEqual(findUrlsAndEmails(body, first.start, last.end));
        expect(linksIn(model, 'subject')).toEqual(findUrlsAndEmails(body));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('characterClasses', () => {
  it('answers as the tests themselves do, the first time and every time after', () => {
    const han = /\p{Script=Han}/u;
    const capital = /[A-Z]/;
    const astral = (codePoint: number) => codePoint > 0xffff;
    const classesOf = characterClasses([han, capital, astral]);
    const byTesting = (codePoint: number) =>
      (han.test(String.fromCodePoint(codePoint)) ? 1 : 0) | (capital.test(String.fromCodePoint(codePoint)) ? 2 : 0) | (astral(codePoint) ? 4 : 0);
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 0, max: 0x10ffff }), fc.constantFrom(0x41, 0x4e2d, 0x20000, 0xd83d)), (codePoint) => {
        expect(classesOf(codePoint)).toBe(byTesting(codePoint));
        expect(classesOf(codePoint)).toBe(byTesting(codePoint));
      }),
      { numRuns: 2000 },
    );
  });
});
