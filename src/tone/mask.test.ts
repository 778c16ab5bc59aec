import { describe, expect, it } from 'vitest';
import { maskForScoring, namesAndAddresses } from './mask.ts';

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

describe('maskForScoring', () => {
  it('keeps own text, blanks names to spaces and everything else to line feeds', () => {
    const body = 'Hi Dick,\nThanks.\n> you idiot\n';
    const ownRanges = [{ start: 0, end: 16 }];
    const masked = maskForScoring(body, ownRanges);
    expect(masked).toHaveLength(body.length);
    expect(masked.slice(0, 16)).toBe('Hi     ,\nThanks.');
    expect(masked.slice(16)).toBe('\n'.repeat(body.length - 16));
  });
});
