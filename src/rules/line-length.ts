import { countingOption } from '../core/options.ts';
import { defineRule, text } from '../core/rule.ts';
import { firstNotBefore } from '../core/sorted.ts';
import { characterClasses, digitGroups, linksIn } from '../core/text.ts';
import type { TextEdit, TextRange } from '../core/types.ts';
import { lineWidth, measure, measureUpTo, offsetAtLimit, type CountMode } from '../core/width.ts';

interface WrapLimits {
  max: number;
  min: number;
  count: CountMode;
}

const BREAK_AFTER = /[，。；、！？：）」』》〉】〕｝]/;
/** Also used inside Latin words and numbers ("54.00", "don’t"), so they only break before Chinese. */
const BREAK_BEFORE_CHINESE = /[,.;:!?”’]/;
const SPACE = /[ \t\u3000]/;
/** Marks that may not begin a line in Chinese typesetting (and look wrong at the start of any line). */
const CLOSING = /[，。、；：！？）」』》〉】〕｝”’,.;:!?)\]}…%％]/;
const OPENING = /[（「『《〈【〔｛“‘([{]/;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;

const classesOf = characterClasses([BREAK_AFTER, BREAK_BEFORE_CHINESE, SPACE, CLOSING, OPENING, CJK, LATIN_OR_DIGIT]);
const IS_BREAK_AFTER = 1;
const IS_BREAK_BEFORE_CHINESE = 2;
const IS_SPACE = 4;
const IS_CLOSING = 8;
const IS_OPENING = 16;
const IS_CJK = 32;
const IS_LATIN_OR_DIGIT = 64;

/** Chinese may break between any two characters, and next to a Latin word, but never inside one. */
function breaksBetweenCharacters(before: number, after: number): boolean {
  if (before & IS_OPENING) return false;
  return (before & IS_CJK && after & (IS_CJK | IS_LATIN_OR_DIGIT)) !== 0 || (before & IS_LATIN_OR_DIGIT && after & IS_CJK) !== 0;
}

const NO_BREAK = 0;
/** Between Chinese characters, or between Chinese and a Latin word: taken only as a fallback. */
const FALLBACK_BREAK = 1;
/** At punctuation or a space, which reads best. */
const NATURAL_BREAK = 2;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Where a line may be broken. Whether it may be at an offset depends only on the characters
 * around it, so each piece looks for breaks from its limit backwards and stops at the first that
 * will do, rather than the whole line being searched for every break, one between almost any two
 * Chinese characters. `tokens` (sorted, not overlapping: URLs, addresses, grouped numbers) are
 * never broken inside.
 */
class LineBreaks {
  constructor(
    readonly body: string,
    readonly start: number,
    readonly end: number,
    private readonly tokens: readonly TextRange[],
  ) {}

  /** The code point boundary before `offset`, which must be one and lie after `start`. */
  before(offset: number): number {
    const { body } = this;
    return offset - 2 >= this.start && isLowSurrogate(body.charCodeAt(offset - 1)) && isHighSurrogate(body.charCodeAt(offset - 2)) ? offset - 2 : offset - 1;
  }

  /** The code point boundary after `offset`, which must be one and lie before `end`. */
  after(offset: number): number {
    return offset + (this.body.codePointAt(offset)! > 0xffff ? 2 : 1);
  }

  /**
   * What kind of break the line may have at `offset`, a code point boundary inside it: the piece
   * before ends there, and the next starts at `nextPieceStart(offset)`.
   */
  kindAt(offset: number): number {
    const { body } = this;
    const following = classesOf(body.codePointAt(offset)!);
    // A run of spaces is taken whole, from its first space, so the indent of the line is never a break.
    if (following & IS_SPACE) {
      if (classesOf(body.charCodeAt(offset - 1)) & IS_SPACE) return NO_BREAK;
      const next = this.nextPieceStart(offset);
      if (next >= this.end || classesOf(body.charCodeAt(next)) & IS_CLOSING || this.insideToken(offset)) return NO_BREAK;
      return NATURAL_BREAK;
    }
    if (following & IS_CLOSING) return NO_BREAK;
    const before = classesOf(body.codePointAt(this.before(offset))!);
    if (before & IS_SPACE) return NO_BREAK;
    let kind = NO_BREAK;
    if (before & IS_BREAK_AFTER || (before & IS_BREAK_BEFORE_CHINESE && following & IS_CJK)) kind = NATURAL_BREAK;
    else if (breaksBetweenCharacters(before, following)) kind = FALLBACK_BREAK;
    return kind !== NO_BREAK && this.insideToken(offset) ? NO_BREAK : kind;
  }

  /** Where the piece after a break at `offset` starts: past the spaces broken at, if any. */
  nextPieceStart(offset: number): number {
    let next = offset;
    while (next < this.end && classesOf(this.body.charCodeAt(next)) & IS_SPACE) next += 1;
    return next;
  }

  /** The first break after `offset`, or −1 if there is none. */
  firstAfter(offset: number): number {
    for (let candidate = this.after(offset); candidate < this.end; candidate = this.after(candidate)) {
      if (this.kindAt(candidate) !== NO_BREAK) return candidate;
    }
    return -1;
  }

  private insideToken(offset: number): boolean {
    const { tokens } = this;
    const index = firstNotBefore(tokens, (token) => token.end <= offset);
    return index < tokens.length && tokens[index]!.start < offset;
  }
}

interface Wrap {
  edits: TextEdit[];
  /** Where the first piece overflows. */
  overflow: number;
  /** Whether a piece is still wider than `max`: a token, or a word glued to it, too wide to fit. */
  overflows: boolean;
}

/**
 * Wraps the line keeping URLs, addresses and numbers written in groups whole (a card number
 * broken over two lines is no longer found by confidential-data, and goes out whole). Where a
 * group cannot be kept whole within the limit (it is wider, or glued to a word before it), the
 * line is wrapped keeping only links whole; the engine still withholds any wrap that would hide
 * a number a rule protects.
 */
function wrapKeepingTokens(model: Parameters<typeof linksIn>[0], start: number, end: number, limits: WrapLimits): Wrap {
  const links = linksIn(model, 'body', start, end);
  if (!TWO_NUMBERS.test(model.body.slice(start, end))) return wrapLine(model.body, start, end, limits, links);
  const groups = digitGroups(model.body, start, end);
  if (groups.length === 0) return wrapLine(model.body, start, end, limits, links);
  const wrapped = wrapLine(model.body, start, end, limits, unbreakableTokens(links, groups));
  if (!wrapped.overflows) return wrapped;
  return wrapLine(model.body, start, end, limits, links);
}

/**
 * Two runs of digits, as every group of numbers holds: most lines hold fewer, which this tells
 * much faster than a search for groups.
 */
const TWO_NUMBERS = /[0-9][^0-9]+[0-9]/;

/** Links and number groups as one sorted list of ranges that do not overlap. */
function unbreakableTokens(links: readonly TextRange[], groups: readonly TextRange[]): TextRange[] {
  const tokens = [...links, ...groups].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const token of tokens) {
    const last = merged.at(-1);
    if (last && token.start < last.end) last.end = Math.max(last.end, token.end);
    else merged.push({ ...token });
  }
  return merged;
}

/**
 * A last piece of a character or two ("谢谢。" alone on a line) looks like a mistake; when the
 * break at `chosen` leaves one, an earlier break among those that fit the piece, in
 * (pieceStart, limit], that leaves a last piece of reasonable width is taken instead. Gives the
 * break taken.
 */
function avoidOrphan(breaks: LineBreaks, limits: WrapLimits, chosen: number, pieceStart: number, limit: number): number {
  const { body, end } = breaks;
  const orphan = limits.max / 7;
  // Only whether the rest of the line is an orphan, or would fit on one line, matters.
  if (measureUpTo(body, orphan, limits.count, breaks.nextPieceStart(chosen), end) >= orphan) return chosen;
  let lastBalanced = -1;
  for (let offset = limit; offset > pieceStart; offset = breaks.before(offset)) {
    const kind = breaks.kindAt(offset);
    if (kind === NO_BREAK) continue;
    const width = measureUpTo(body, limits.max, limits.count, breaks.nextPieceStart(offset), end);
    if (width < orphan || width > limits.max) continue;
    if (kind === NATURAL_BREAK) return offset;
    if (lastBalanced < 0) lastBalanced = offset;
  }
  return lastBalanced < 0 ? chosen : lastBalanced;
}

/** Widths from the start of the piece being wrapped, noted by the walk that finds its limit (in 'width' mode). */
const widthsFromPieceStart: number[] = [];

function widthOfPiece(body: string, count: CountMode, pieceStart: number, pieceEnd: number): number {
  return count === 'width' ? widthsFromPieceStart[pieceEnd - pieceStart]! : measure(body, count, pieceStart, pieceEnd);
}

/**
 * Greedy wrapping: each piece ends at the furthest punctuation or space that keeps it within
 * `max`, as long as that leaves it no more than (max − min) short of `min` (a sentence end at
 * 29 reads better than a cut mid-phrase at 35); otherwise between Chinese characters when that
 * reaches `min`; otherwise at whatever break fits. A token longer than `max` (a URL) gets a
 * piece of its own. Also says where the first piece overflows.
 */
function wrapLine(body: string, start: number, end: number, limits: WrapLimits, tokens: readonly TextRange[]): Wrap {
  const breaks = new LineBreaks(body, start, end, tokens);
  const shortestNatural = limits.min - (limits.max - limits.min);
  const edits: TextEdit[] = [];
  let overflow: number | undefined;
  let overflows = false;
  let pieceStart = start;
  for (;;) {
    const limit = offsetAtLimit(body, limits.max, limits.count, pieceStart, end, widthsFromPieceStart);
    overflow ??= limit;
    if (limit >= end) break;
    let furthest = -1;
    let lastNatural = -1;
    for (let offset = limit; offset > pieceStart && lastNatural < 0; offset = breaks.before(offset)) {
      const kind = breaks.kindAt(offset);
      if (kind !== NO_BREAK && furthest < 0) furthest = offset;
      if (kind === NATURAL_BREAK) lastNatural = offset;
    }
    let chosen: number;
    if (lastNatural >= 0 && widthOfPiece(body, limits.count, pieceStart, lastNatural) >= shortestNatural) chosen = lastNatural;
    else if (furthest >= 0 && widthOfPiece(body, limits.count, pieceStart, furthest) >= limits.min) chosen = furthest;
    else if (lastNatural >= 0) chosen = lastNatural;
    else if (furthest >= 0) chosen = furthest;
    else chosen = breaks.firstAfter(limit);
    if (chosen < 0) {
      overflows = true;
      break;
    }
    chosen = avoidOrphan(breaks, limits, chosen, pieceStart, limit);
    // A piece ending by `limit` fits, as the walk that found it measured; one ending past it does not.
    if (chosen > limit) overflows = true;
    pieceStart = breaks.nextPieceStart(chosen);
    edits.push({ field: 'body', start: chosen, end: pieceStart, text: '\n' });
  }
  return { edits, overflow, overflows };
}

export const lineLength = defineRule({
  meta: {
    id: 'line-length',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      max: {
        kind: 'number',
        default: 35,
        min: 10,
        max: 200,
        doc: { en: 'Widest line before Enter should be pressed.', zh: '每行的最大宽度，超过就应回车换行。' },
      },
      min: {
        kind: 'number',
        default: 30,
        min: 0,
        max: 200,
        doc: {
          en: 'Width the fix aims for at least when it wraps a line, so the pieces are not ragged.',
          zh: '自动换行时每行尽量达到的宽度，避免行长参差不齐。',
        },
      },
      count: countingOption,
    },
    docs: {
      en: {
        summary: 'Keep lines to 30–35 characters (60–70 Latin letters) and end each with Enter.',
        rationale:
          'Mail programs wrap long lines wherever their window happens to end, which can leave a word alone on a line or cut it off when the mail is quoted; short lines read the same everywhere.',
      },
      zh: {
        summary: '每行控制在 30–35 个字（英文 60–70 个字母），行末按回车换行。',
        rationale: '过长的行会被不同的邮件程序随意折行，甚至在回复引用时被截断；控制行长能让客户在任何地方看到的排版都一样。',
      },
    },
  },
  check({ model, options, report }) {
    const limits = { max: options.max, min: Math.min(options.min, options.max), count: options.count };
    for (const line of model.ownLines) {
      if (line.kind !== 'text') continue;
      const end = line.start + line.text.trimEnd().length;
      // No character is wider than 1, nor counts as more than one, so a line this short is within the limit.
      if (end - line.start <= options.max) continue;
      // Blanks join no cluster, so the width of the whole line (which other rules measure too)
      // less that of its trailing blanks alone is the width without them.
      const width =
        options.count === 'width' ? lineWidth(model, line) - measure(model.body, 'width', end, line.end) : measure(model.body, options.count, line.start, end);
      if (width <= options.max) continue;
      const { edits, overflow } = wrapKeepingTokens(model, line.start, end, limits);
      // A line that cannot be broken (a lone long URL) is fine as it is.
      if (edits.length === 0) continue;
      const size =
        options.count === 'width'
          ? { en: `${width} characters wide`, zh: `宽 ${width} 个字` }
          : { en: `${width} characters long`, zh: `长 ${width} 个字符` };
      report({
        field: 'body',
        start: overflow,
        end,
        message: text(
          `This line is ${size.en}; press Enter within ${options.max} so the customer's mail program does not wrap it at random.`,
          `此行${size.zh}，请在 ${options.max} 以内回车换行，以免客户的邮件程序随意折行。`,
        ),
        fixes: [{ title: text('Wrap this line', '将此行换行'), edits }],
      });
    }
  },
});
