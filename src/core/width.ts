import type { BodyLine, DraftModel } from './draft.ts';
import { memoizeByIdentity } from './memo.ts';
import { characterClasses } from './text.ts';

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

/** Width shares in half cells. */
const HALF = 1;
const FULL = 2;

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

const classesOf = characterClasses([ZERO_WIDTH, PICTOGRAPHIC, GRAPHEME_EXTEND, FORMAT_OR_CONTROL, PREPENDED_FORMAT, isWideCodePoint]);
const IS_ZERO_WIDTH = 1;
const IS_PICTOGRAPHIC = 2;
const IS_GRAPHEME_EXTEND = 4;
const IS_FORMAT_OR_CONTROL = 8;
const IS_PREPENDED_FORMAT = 16;
const IS_WIDE = 32;

/** Whether grapheme segmentation treats the code point as a control, which nothing after it can extend. */
function breaksCluster(codePoint: number): boolean {
  const classes = classesOf(codePoint);
  return (classes & IS_FORMAT_OR_CONTROL) !== 0 && codePoint !== ZWJ && (classes & (IS_GRAPHEME_EXTEND | IS_PREPENDED_FORMAT)) === 0;
}

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= REGIONAL_INDICATOR_FIRST && codePoint <= REGIONAL_INDICATOR_LAST;
}

const NOT_PLAIN = -1;

/**
 * The share in half cells of a code unit that takes no part in clusters, or NOT_PLAIN. ASCII,
 * Chinese characters, CJK punctuation (U+3000–U+3029: the ideographic space, 、。 and the
 * brackets; the tone marks after them are not) and full-width forms are most of any mail, and
 * none of them is a pictograph, a mark or a joiner: after one, a walk is as it was at its start.
 */
function plainHalves(code: number): number {
  if (code < 0x7f) return code >= 0x20 ? HALF : 0;
  const wide =
    (code >= 0x3400 && code <= 0x9fff && (code <= 0x4dbf || code >= 0x4e00)) || (code >= 0xff01 && code <= 0xff60) || (code >= 0x3000 && code <= 0x3029);
  return wide ? FULL : NOT_PLAIN;
}

/**
 * A walk over text code point by code point, giving each its width share. The share of a code
 * point depends on the ones before it in the walk, so a walk starts afresh for each measurement.
 */
/**
 * Called on the text rather than looked up on it: a lookup on a string notes the kind of string
 * (one piece, a slice, a short shared one …), and once a lookup has seen many kinds, every call
 * through it is slower. The walk is run on all kinds of strings by anyone who measures text.
 */
const { charCodeAt, codePointAt } = String.prototype;

class WidthWalk {
  private pendingRegionalPair = false;
  // A joiner only glues an emoji onto the one before it (the text so far ends in a pictograph
  // and its extenders), as grapheme segmentation does; after anything else it joins nothing.
  private inPictographicCluster = false;
  private afterEmojiJoiner = false;
  /** Where the code point after the one last measured starts. */
  next = 0;
  /** Whether the last share counted the VS16 after the code point, which a measurement ending before it does not see. */
  sawEmojiStyle = false;

  /** `previous`: the last code unit of the measurement before the walk starts, when `measure` summed a plain start itself. */
  constructor(
    private readonly text: string,
    private readonly end: number,
    private previous = -1,
  ) {}

  /**
   * The width share of the code point at `offset`, which must follow the one measured before, in
   * half cells (0, 1 or 2), so that the loops adding shares up add small integers.
   */
  halves(offset: number): number {
    const code = charCodeAt.call(this.text, offset);
    this.next = offset + 1;
    this.sawEmojiStyle = false;
    const plain = plainHalves(code);
    if (plain !== NOT_PLAIN) {
      this.pendingRegionalPair = false;
      this.inPictographicCluster = false;
      this.afterEmojiJoiner = false;
      this.previous = code;
      return plain;
    }
    return this.halvesOfOther(offset);
  }

  // Kept out of `halves` so that `halves` stays small enough to be inlined into the loops that call it for every character.
  private halvesOfOther(offset: number): number {
    const codePoint = codePointAt.call(this.text, offset)!;
    if (codePoint > 0xffff) this.next = offset + 2;
    const classes = classesOf(codePoint);
    // Chinese, Japanese and Korean text sits between these bounds, where there are no pictographs.
    const pictographic = (codePoint < 0x3400 || codePoint >= 0x1f000) && (classes & IS_PICTOGRAPHIC) !== 0;
    let share: number;
    if (this.afterEmojiJoiner && pictographic) {
      share = 0; // joined into the emoji before the joiner
    } else if (isRegionalIndicator(codePoint)) {
      share = this.pendingRegionalPair ? 0 : FULL;
      this.pendingRegionalPair = !this.pendingRegionalPair;
    } else if (codePoint >= EMOJI_MODIFIER_FIRST && codePoint <= EMOJI_MODIFIER_LAST && this.previous !== -1 && !breaksCluster(this.previous)) {
      share = 0;
    } else if (codePoint === VARIATION_SELECTOR_16) {
      share = 0;
    } else if (classes & IS_WIDE) {
      share = FULL;
    } else if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      share = HALF; // a lone surrogate still shows as a replacement glyph
    } else if (classes & IS_ZERO_WIDTH) {
      share = 0;
    } else if (classes & IS_PICTOGRAPHIC && this.next < this.end && charCodeAt.call(this.text, this.next) === VARIATION_SELECTOR_16) {
      share = FULL; // "©️" or "❤️": a pictograph that is narrow as text becomes a wide emoji with VS16 after it
      this.sawEmojiStyle = true;
    } else {
      share = HALF;
    }
    if (!isRegionalIndicator(codePoint)) this.pendingRegionalPair = false;
    this.afterEmojiJoiner = this.inPictographicCluster && codePoint === ZWJ;
    this.inPictographicCluster = pictographic || (this.inPictographicCluster && (classes & IS_GRAPHEME_EXTEND) !== 0);
    this.previous = codePoint;
    return share;
  }
}

let graphemeSegmenter: Intl.Segmenter | undefined;

/** The number of grapheme clusters, or once it passes `cap`, some number above `cap`. */
function countGraphemes(text: string, start: number, end: number, cap = Infinity): number {
  const slice = text.slice(start, end);
  // ASCII has one grapheme per character except CR LF, which is one cluster.
  if (/^[\x20-\x7e]*$/.test(slice)) return slice.length;
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemeSegmenter.segment(slice)) {
    count += 1;
    if (count > cap) break;
  }
  return count;
}

/** The length of `text[start, end)` in the chosen unit. */
export function measure(text: string, mode: CountMode = 'width', start = 0, end = text.length): number {
  if (mode === 'graphemes') return countGraphemes(text, start, end);
  // Plain text needs no walk, and most lines are plain to their end: one is set up, with what
  // came before, only where other text begins.
  let halves = 0;
  let previous = -1;
  let offset = start;
  for (; offset < end; offset += 1) {
    const code = charCodeAt.call(text, offset);
    const plain = plainHalves(code);
    if (plain === NOT_PLAIN) break;
    halves += plain;
    previous = code;
  }
  if (offset < end) {
    const walk = new WidthWalk(text, end, previous);
    for (; offset < end; offset = walk.next) halves += walk.halves(offset);
  }
  return halves / 2;
}

const lineWidthsOf = memoizeByIdentity((model: DraftModel) => new Float64Array(model.lines.length).fill(Number.NaN));

/** `measure(model.body, 'width', line.start, line.end)`, measured once per draft for every rule that asks. */
export function lineWidth(model: DraftModel, line: BodyLine): number {
  const widths = lineWidthsOf(model);
  let width = widths[line.index]!;
  if (Number.isNaN(width)) widths[line.index] = width = measure(model.body, 'width', line.start, line.end);
  return width;
}

/**
 * `measure` for a caller that only needs to know the length up to `cap`: exact when it is at
 * most `cap`, and otherwise some length above `cap`, found without walking the rest of the text.
 */
export function measureUpTo(text: string, cap: number, mode: CountMode = 'width', start = 0, end = text.length): number {
  if (mode === 'graphemes') return countGraphemes(text, start, end, cap);
  const walk = new WidthWalk(text, end);
  const capHalves = cap * 2;
  let halves = 0;
  for (let offset = start; offset < end && halves <= capHalves; offset = walk.next) halves += walk.halves(offset);
  return halves / 2;
}

/**
 * The furthest offset `o` in `[start, end]` with `measure(text, mode, start, o) <= limit`,
 * never splitting a surrogate pair or separating a zero-width mark from its base.
 *
 * In 'width' mode, `widths` (when given) receives at `o − start` the value of
 * `measure(text, 'width', start, o)` for every code point boundary `o` up to the offset
 * returned, for a caller that chooses among several places to stop.
 */
export function offsetAtLimit(text: string, limit: number, mode: CountMode = 'width', start = 0, end = text.length, widths?: number[]): number {
  if (mode === 'graphemes') {
    graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    let count = 0;
    for (const segment of graphemeSegmenter.segment(text.slice(start, end))) {
      if (count + 1 > limit) return start + segment.index;
      count += 1;
    }
    return end;
  }
  const walk = new WidthWalk(text, end);
  const limitHalves = limit * 2;
  let halves = 0;
  let fits = start;
  if (widths) widths[0] = 0;
  for (let offset = start; offset < end; offset = walk.next) {
    const share = walk.halves(offset);
    if (share > 0 && halves + share > limitHalves) return offset;
    halves += share;
    fits = walk.next;
    // Measured up to here alone, the last code point has no VS16 after it.
    if (widths) widths[fits - start] = (walk.sawEmojiStyle ? halves - 1 : halves) / 2;
  }
  return fits;
}
