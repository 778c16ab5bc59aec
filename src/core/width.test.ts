import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './draft.ts';
import { isWideCodePoint, lineWidth, measure, measureUpTo, offsetAtLimit } from './width.ts';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function clusters(text: string): string[] {
  return [...segmenter.segment(text)].map((segment) => segment.segment);
}

/**
 * Pieces that exercise every branch of the width walk: the generator glues them together in
 * any order, so marks, joiners, modifiers and regional indicators also land after the "wrong" base.
 */
const PIECES: readonly string[] = [
  'a', 'Z', '7', ' ', '.', '#', '\n', '\r\n', '\t', '\u007f', '\u0085',
  '中', '文', '，', '。', '！', 'Ａ', '１', 'ｶ', '가',
  'e\u0301', '\u0301', '\u20e3', '\u0e31', '\u093f', '\u0915',
  '\u200d', '\u200b', '\u200c', '\u2060', '\ufe0f', '\ufe0e',
  '😀', '👍', '👍🏽', '🏽', '👨\u200d👩\u200d👧', '👩🏽\u200d💻', '❤', '❤️', '©', '©️', '☺',
  '🇨', '🇳', '🇨🇳', '🇯🇵', '#️⃣', '🏳️\u200d🌈',
  '\ud83d', '\ude00', '𠀀', '𝔸',
];

const mixedText = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((pieces) => pieces.join(''));

describe('measure', () => {
  it.each([
    ['', 0],
    ['hello', 2.5],
    ['Order #1234', 5.5],
    ['您好', 2],
    ['您好，Anna', 5],
    ['ＡＢＣ', 3],
    ['ｶﾀｶﾅ', 2],
    ['e\u0301', 0.5],
    ['👍', 1],
    ['👍🏽', 1],
    ['👨\u200d👩\u200d👧\u200d👦', 1],
    ['🇨🇳🇯🇵', 2],
    ['❤', 0.5],
    ['❤️', 1],
    ['#️⃣', 0.5],
    ['a\u200bb', 1],
  ])('width of %j is %d', (text, width) => {
    expect(measure(text)).toBe(width);
  });

  it('counts graphemes as 1 each in graphemes mode', () => {
    expect(measure('hello', 'graphemes')).toBe(5);
    expect(measure('您好，Anna', 'graphemes')).toBe(7);
    expect(measure('👨\u200d👩\u200d👧 🇨🇳 e\u0301', 'graphemes')).toBe(5);
    expect(measure('a\r\nb', 'graphemes')).toBe(3);
  });

  it('measures a slice without copying it', () => {
    expect(measure('xx您好xx', 'width', 2, 4)).toBe(2);
    expect(measure('xx您好xx', 'graphemes', 1, 5)).toBe(4);
  });

  it('knows the wide ranges at their edges', () => {
    expect(isWideCodePoint(0x10ff)).toBe(false);
    expect(isWideCodePoint(0x1100)).toBe(true);
    expect(isWideCodePoint(0x4e00)).toBe(true);
    expect(isWideCodePoint(0x9fff)).toBe(true);
    expect(isWideCodePoint(0xff61)).toBe(false);
    expect(isWideCodePoint(0x3fffd)).toBe(true);
    expect(isWideCodePoint(0x3fffe)).toBe(false);
  });

  it('equals the sum of the widths of its grapheme clusters, each measured alone', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        const perCluster = clusters(text).reduce((sum, cluster) => sum + measure(cluster), 0);
        expect(measure(text)).toBe(perCluster);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts one per grapheme cluster in graphemes mode', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(measure(text, 'graphemes')).toBe(clusters(text).length);
      }),
    );
  });
});

describe('offsetAtLimit', () => {
  it('stops before the character that would pass the limit', () => {
    expect(offsetAtLimit('您好世界', 2)).toBe(2);
    expect(offsetAtLimit('hello world', 2)).toBe(4);
    expect(offsetAtLimit('hello', 10)).toBe(5);
    expect(offsetAtLimit('您好', 1.5)).toBe(1);
  });

  it('keeps marks, joiners and the second flag letter with their base', () => {
    expect(offsetAtLimit('e\u0301x', 0.5)).toBe(2);
    expect(offsetAtLimit('👨\u200d👩\u200d👧x', 1)).toBe('👨\u200d👩\u200d👧'.length);
    expect(offsetAtLimit('🇨🇳🇯🇵', 1)).toBe(4);
  });

  it('counts from start within a slice', () => {
    expect(offsetAtLimit('ab您好世界cd', 2, 'width', 2, 8)).toBe(4);
    expect(offsetAtLimit('ab您好世界cd', 3, 'graphemes', 1, 8)).toBe(4);
  });

  const sliced = mixedText.chain((text) =>
    fc.record({
      text: fc.constant(text),
      start: fc.integer({ min: 0, max: text.length }),
      limit: fc.integer({ min: 0, max: 30 }).map((halves) => halves / 2),
      mode: fc.constantFrom('width' as const, 'graphemes' as const),
    }),
  );

  it('returns the furthest offset that fits, never splitting a surrogate pair', () => {
    fc.assert(
      fc.property(sliced, ({ text, start, limit, mode }) => {
        const offset = offsetAtLimit(text, limit, mode, start);
        expect(offset).toBeGreaterThanOrEqual(start);
        expect(offset).toBeLessThanOrEqual(text.length);
        expect(measure(text, mode, start, offset)).toBeLessThanOrEqual(limit);
        const high = text.charCodeAt(offset - 1);
        const low = text.charCodeAt(offset);
        const splitsPair = offset > start && high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
        expect(splitsPair).toBe(false);
        if (offset < text.length) {
          const nextCluster = clusters(text.slice(offset))[0]!;
          expect(measure(text, mode, start, offset + nextCluster.length)).toBeGreaterThan(limit);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('notes the width from start to every code point boundary it passes, as measure gives it', () => {
    fc.assert(
      fc.property(sliced, ({ text, start, limit }) => {
        const widths: number[] = [];
        const offset = offsetAtLimit(text, limit, 'width', start, text.length, widths);
        for (let boundary = start; boundary <= offset; boundary += 1) {
          const low = text.charCodeAt(boundary);
          const insidePair = boundary > start && text.charCodeAt(boundary - 1) >= 0xd800 && text.charCodeAt(boundary - 1) <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
          if (!insidePair) expect(widths[boundary - start]).toBe(measure(text, 'width', start, boundary));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('lineWidth', () => {
  it('gives each body line its width, the same when asked again', () => {
    const model = analyzeDraft({ subject: '', body: '您好，\r\nYour order shipped. 👍\n\n> quoted' });
    const widths = model.lines.map((line) => lineWidth(model, line));
    expect(widths).toEqual([3, 11, 0, 4]);
    expect(model.lines.map((line) => lineWidth(model, line))).toEqual(widths);
  });
});

describe('measure of trailing blanks', () => {
  it('adds up with the text before them: blanks join no cluster', () => {
    const blanks = fc.array(fc.constantFrom(' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff'), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(mixedText, blanks, (text, trailing) => {
        const line = text + trailing.join('');
        const end = line.trimEnd().length;
        expect(measure(line, 'width', 0, end) + measure(line, 'width', end)).toBe(measure(line));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('measureUpTo', () => {
  it('is exact up to the cap and above it beyond', () => {
    const capped = mixedText.chain((text) =>
      fc.record({
        text: fc.constant(text),
        start: fc.integer({ min: 0, max: text.length }),
        cap: fc.integer({ min: 0, max: 20 }).map((halves) => halves / 2),
        mode: fc.constantFrom('width' as const, 'graphemes' as const),
      }),
    );
    fc.assert(
      fc.property(capped, ({ text, start, cap, mode }) => {
        const length = measure(text, mode, start);
        const upTo = measureUpTo(text, cap, mode, start);
        if (length <= cap) expect(upTo).toBe(length);
        else expect(upTo).toBeGreaterThan(cap);
      }),
      { numRuns: 2000 },
    );
  });
});
