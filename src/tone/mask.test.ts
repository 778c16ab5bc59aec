import { describe, expect, it } from 'vitest';
import { namesAndAddresses, ownTextForScoring } from './mask.ts';

function blanked(text: string): string[] {
  return namesAndAddresses(text).map((range) => text.slice(range.start, range.end));
}

describe('namesAndAddresses', () => {
  it('finds the name in an English greeting, with or without a title', () => {
    expect(blanked('Hi Dick,\nYour parcel shipped.')).toEqual(['Dick']);
    expect(new Set(blanked('Hello Mr. Hancock,\nYour parcel shipped.'))).toEqual(new Set(['Hancock']));
  });

  it('leaves a lower-case word after the greeting alone', () => {
    expect(blanked('hey idiot, read the manual.')).toEqual([]);
  });

  it('finds the name before a Chinese title', () => {
    expect(blanked('王先生您好：\n包裹已发出。')).toEqual(['王']);
    expect(blanked('陳小姐：\n包裹已發出。')).toEqual(['陳']);
  });

  it('finds titled names, URLs, addresses and placeholders anywhere', () => {
    expect(blanked('Ask Dr. Kilmore or see https://x.example/stupid, mail dumb@example.com, [NAME] said so.')).toEqual([
      'https://x.example/stupid',
      'dumb@example.com',
      'Kilmore',
      '[NAME]',
    ]);
  });
});

describe('ownTextForScoring', () => {
  const text = (units: Uint16Array) => String.fromCharCode(...units);

  it('keeps own text, blanks names, and stands one or two line feeds for each stretch of other text', () => {
    const body = '> you idiot\nHi Dick,\nThanks.\n> you idiot\n-- \nAnn';
    const thanks = body.indexOf('Thanks.') + 'Thanks.'.length;
    const own = ownTextForScoring(body, [{ start: 12, end: thanks }]);
    expect(text(own.masked)).toBe('\n\nHi     ,\nThanks.\n\n');
    expect(text(own.folded)).toBe('\n\nhi     ,\nthanks.\n\n');
  });

  it('keeps a single character between two stretches of own text as one line feed', () => {
    const own = ownTextForScoring('ab>cd', [
      { start: 0, end: 2 },
      { start: 3, end: 5 },
    ]);
    expect(text(own.masked)).toBe('ab\ncd');
  });

  it('maps offsets back to the body, ends of own stretches to their ends', () => {
    const body = '> quoted\n> more\nOwn words.\n> quoted again\nMore own.';
    const first = { start: body.indexOf('Own'), end: body.indexOf('Own') + 'Own words.'.length };
    const second = { start: body.indexOf('More own'), end: body.length };
    const own = ownTextForScoring(body, [first, second]);
    const ownText = text(own.masked);
    expect(own.bodyOffset(ownText.indexOf('Own'))).toBe(first.start);
    expect(own.bodyOffset(ownText.indexOf('Own') + 'Own words.'.length)).toBe(first.end);
    expect(own.bodyOffset(ownText.indexOf('More own'))).toBe(second.start);
    expect(own.bodyOffset(ownText.length)).toBe(body.length);
  });
});
