/**
 * Text measurement, the unit of every length rule.
 *
 * "Width" follows what a mail client shows: a grapheme cluster whose base is East Asian
 * Wide/Fullwidth (or an emoji) takes a full cell and counts 1, any other visible cluster
 * half a cell (½), and combining or zero-width characters nothing. So a limit of 15 means
 * 15 Chinese characters or 30 Latin letters, which is what the etiquette course means by 字.
 *
 * Width is computed code point by code point rather than through Intl.Segmenter, which is
 * an order of magnitude slower; the parts of a cluster that are not its base (marks, joiners,
 * variation selectors, skin tones, the second regional indicator) are exactly the ones given
 * width 0 here, so the sum equals the per-cluster width (a property test checks this).
 */

export type CountMode = 'width' | 'graphemes';

const ZWJ = 0x200d;
const VARIATION_SELECTOR_16 = 0xfe0f;

// East Asian Wide (W) and Fullwidth (F) blocks, sorted, as [first, last] pairs.
const WIDE_RANGES: readonly number[] = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1,
  0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea,
  0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b,
  0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55, 0x2e80, 0x303e,
  0x3041, 0x33ff, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0xa000, 0xa4cf, 0xa960, 0xa97f, 0xac00, 0xd7a3,
  0xf900, 0xfaff, 0xfe10, 0xfe19, 0xfe30, 0xfe6f, 0xff00, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x18cff,
  0x1b000, 0x1b2ff, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf, 0x1f18e, 0x1f18e, 0x1f191, 0x1f19a,
  0x1f200, 0x1f251, 0x1f300, 0x1f64f, 0x1f680, 0x1f6ff, 0x1f7e0, 0x1f7eb, 0x1f90c, 0x1f9ff,
  0x1fa70, 0x1faff, 0x20000, 0x2fffd, 0x30000, 0x3fffd,
];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const GRAPHEME_EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}]/u;
const EMOJI_MODIFIER_FIRST = 0x1f3fb;
const EMOJI_MODIFIER_LAST = 0x1f3ff;
const REGIONAL_INDICATOR_FIRST = 0x1f1e6;
const REGIONAL_INDICATOR_LAST = 0x1f1ff;

export function isWideCodePoint(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  let low = 0;
  let high = WIDE_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const first = WIDE_RANGES[middle * 2]!;
    const last = WIDE_RANGES[middle * 2 + 1]!;
    if (codePoint < first) high = middle - 1;
    else if (codePoint > last) low = middle + 1;
    else return true;
  }
  return false;
}

const FORMAT_OR_CONTROL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const PREPENDED_FORMAT = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u;

/** Whether grapheme segmentation treats the code point as a control, which nothing after it can extend. */
function breaksCluster(codePoint: number): boolean {
  const character = String.fromCodePoint(codePoint);
  return (
    FORMAT_OR_CONTROL.test(character) &&
    codePoint !== ZWJ &&
    !GRAPHEME_EXTEND.test(character) &&
    !PREPENDED_FORMAT.test(character)
  );
}

/** Chinese, Japanese and Korean text sits between these bounds, where there are no pictographs. */
function isPictographic(codePoint: number): boolean {
  return (codePoint < 0x3400 || codePoint >= 0x1f000) && PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
}

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= REGIONAL_INDICATOR_FIRST && codePoint <= REGIONAL_INDICATOR_LAST;
}

/**
 * Walks `text[start, end)` and calls `visit` with each code point's offset and its width share.
 * Stops early when `visit` returns false.
 */
function walkWidths(text: string, start: number, end: number, visit: (offset: number, share: number, next: number) => boolean): void {
  let previous = -1;
  let pendingRegionalPair = false;
  // A joiner only glues an emoji onto the one before it (the text so far ends in a pictograph
  // and its extenders), as grapheme segmentation does; after anything else it joins nothing.
  let inPictographicCluster = false;
  let afterEmojiJoiner = false;
  let offset = start;
  while (offset < end) {
    const code = text.charCodeAt(offset);
    let share: number;
    let next = offset + 1;
    if (code < 0x7f) {
      share = code >= 0x20 ? 0.5 : 0;
      pendingRegionalPair = false;
      inPictographicCluster = false;
      afterEmojiJoiner = false;
      previous = code;
    } else {
      const codePoint = text.codePointAt(offset)!;
      if (codePoint > 0xffff) next = offset + 2;
      const pictographic = isPictographic(codePoint);
      if (afterEmojiJoiner && pictographic) {
        share = 0; // joined into the emoji before the joiner
      } else if (isRegionalIndicator(codePoint)) {
        share = pendingRegionalPair ? 0 : 1;
        pendingRegionalPair = !pendingRegionalPair;
      } else if (codePoint >= EMOJI_MODIFIER_FIRST && codePoint <= EMOJI_MODIFIER_LAST && previous !== -1 && !breaksCluster(previous)) {
        share = 0;
      } else if (codePoint === VARIATION_SELECTOR_16) {
        share = 0;
      } else if (isWideCodePoint(codePoint)) {
        share = 1;
      } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
        share = 0.5; // a lone surrogate still shows as a replacement glyph
      } else if (ZERO_WIDTH.test(String.fromCodePoint(codePoint))) {
        share = 0;
      } else if (isTextPictographWithEmojiStyle(text, next, end, codePoint)) {
        share = 1;
      } else {
        share = 0.5;
      }
      if (!isRegionalIndicator(codePoint)) pendingRegionalPair = false;
      afterEmojiJoiner = inPictographicCluster && codePoint === ZWJ;
      inPictographicCluster = pictographic || (inPictographicCluster && GRAPHEME_EXTEND.test(String.fromCodePoint(codePoint)));
      previous = codePoint;
    }
    if (!visit(offset, share, next)) return;
    offset = next;
  }
}

/** "©️" or "❤️": a pictograph that is narrow as text becomes a wide emoji with VS16 after it. */
function isTextPictographWithEmojiStyle(text: string, next: number, end: number, codePoint: number): boolean {
  return next < end && text.charCodeAt(next) === VARIATION_SELECTOR_16 && PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
}

let graphemeSegmenter: Intl.Segmenter | undefined;

function countGraphemes(text: string, start: number, end: number): number {
  const slice = text.slice(start, end);
  // ASCII has one grapheme per character except CR LF, which is one cluster.
  if (/^[\x20-\x7e]*$/.test(slice)) return slice.length;
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemeSegmenter.segment(slice)) count += 1;
  return count;
}

/** The length of `text[start, end)` in the chosen unit. */
export function measure(text: string, mode: CountMode = 'width', start = 0, end = text.length): number {
  if (mode === 'graphemes') return countGraphemes(text, start, end);
  let total = 0;
  walkWidths(text, start, end, (_offset, share) => {
    total += share;
    return true;
  });
  return total;
}

/**
 * The furthest offset `o` in `[start, end]` with `measure(text, mode, start, o) <= limit`,
 * never splitting a surrogate pair or separating a zero-width mark from its base.
 */
export function offsetAtLimit(text: string, limit: number, mode: CountMode = 'width', start = 0, end = text.length): number {
  if (mode === 'graphemes') {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let count = 0;
    for (const segment of graphemeSegmenter.segment(text.slice(start, end))) {
      if (count + 1 > limit) return start + segment.index;
      count += 1;
    }
    return end;
  }
  let total = 0;
  let fits = start;
  walkWidths(text, start, end, (offset, share, next) => {
    if (share > 0 && total + share > limit) {
      fits = offset;
      return false;
    }
    total += share;
    fits = next;
    return true;
  });
  return fits;
}
