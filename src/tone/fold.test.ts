import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForMatching } from './fold.ts';

describe('foldForMatching', () => {
  it('lower-cases Latin letters, folds full-width ASCII and curly apostrophes', () => {
    expect(foldForMatching('WTF！！ ＳＢ don’t')).toBe("wtf!! sb don't");
  });

  it('folds Traditional and variant characters to Simplified ones', () => {
    expect(foldForMatching('你是白癡嗎？說了幾遍')).toBe('你是白痴吗?说了几遍');
    expect(foldForMatching('裡面')).toBe('里面');
  });

  it('turns tabs and carriage returns into spaces and keeps line feeds', () => {
    expect(foldForMatching('a\tb\r\nc\u3000d')).toBe('a b \nc d');
  });

  it('leaves Simplified Chinese alone', () => {
    expect(foldForMatching('您的退款已经处理')).toBe('您的退款已经处理');
  });

  it('never changes the length, so offsets carry over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(foldForMatching(text)).toHaveLength(text.length);
      }),
    );
  });
});
