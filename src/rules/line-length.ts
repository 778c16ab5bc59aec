import { countingOption } from '../core/options.ts';
import { defineRule, text } from '../core/rule.ts';
import { characterClasses, digitGroups, linksIn } from '../core/text.ts';
import type { TextEdit, TextRange } from '../core/types.ts';
import { lineWidth, measure, measureUpTo, offsetAtLimit, type CountMode } from '../core/width.ts';

/** Where a line may be broken: the piece before ends at `end`, the next one starts at `next`. */
interface BreakPoint {
  end: number;
  next: number;
  /** At punctuation or a space, which reads best; between Chinese characters only as a fallback. */
  natural: boolean;
}

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

/** Break points in order; `links` (sorted, not overlapping: URLs, addresses, grouped numbers) are never broken inside. */
function findBreakPoints(body: string, start: number, end: number, links: readonly TextRange[]): BreakPoint[] {
  const points: BreakPoint[] = [];
  let link = 0;
  let offset = start;
  while (offset < end) {
    const codePoint = body.codePointAt(offset)!;
    const classes = classesOf(codePoint);
    const after = offset + (codePoint > 0xffff ? 2 : 1);
    if (classes & IS_SPACE) {
      let next = after;
      while (next < end && classesOf(body.charCodeAt(next)) & IS_SPACE) next += 1;
      while (link < links.length && links[link]!.end <= offset) link += 1;
      const insideToken = link < links.length && links[link]!.start < offset;
      // Runs of spaces are taken whole, so only the indent of the line starts at `start`.
      if (offset > start && next < end && !insideToken && !(classesOf(body.charCodeAt(next)) & IS_CLOSING)) {
        points.push({ end: offset, next, natural: true });
      }
      offset = next;
      continue;
    }
    if (after < end) {
      while (link < links.length && links[link]!.end <= after) link += 1;
      const insideLink = link < links.length && links[link]!.start < after;
      const following = insideLink ? 0 : classesOf(body.codePointAt(after)!);
      if (!insideLink && !(following & (IS_SPACE | IS_CLOSING))) {
        if (classes & IS_BREAK_AFTER || (classes & IS_BREAK_BEFORE_CHINESE && following & IS_CJK)) {
          points.push({ end: after, next: after, natural: true });
        } else if (breaksBetweenCharacters(classes, following)) {
          points.push({ end: after, next: after, natural: false });
        }
      }
    }
    offset = after;
  }
  return points;
}

/** Whether some piece the edits leave is wider than `max`. */
function overflowsAPiece(body: string, start: number, end: number, edits: readonly TextEdit[], limits: WrapLimits): boolean {
  let pieceStart = start;
  for (const edit of [...edits, { start: end, end }]) {
    if (measureUpTo(body, limits.max + 1, limits.count, pieceStart, edit.start) > limits.max) return true;
    pieceStart = edit.end;
  }
  return false;
}

/**
 * Wraps the line keeping URLs, addresses and numbers written in groups whole (a card number
 * broken over two lines is no longer found by confidential-data, and goes out whole). Where a
 * group cannot be kept whole within the limit (it is wider, or glued to a word before it), the
 * line is wrapped keeping only links whole; the engine still withholds any wrap that would hide
 * a number a rule protects.
 */
function wrapKeepingTokens(model: Parameters<typeof linksIn>[0], start: number, end: number, limits: WrapLimits): { edits: TextEdit[]; overflow: number } {
  const links = linksIn(model, 'body', start, end);
  const groups = digitGroups(model.body, start, end);
  if (groups.length === 0) return wrapLine(model.body, start, end, limits, links);
  const wrapped = wrapLine(model.body, start, end, limits, unbreakableTokens(links, groups));
  if (!overflowsAPiece(model.body, start, end, wrapped.edits, limits)) return wrapped;
  return wrapLine(model.body, start, end, limits, links);
}

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
 * break leaves one, an earlier break among `points[first, beyond)` (those that fit) that leaves
 * a last piece of reasonable width is taken instead. `tailWidth` may stop counting past `cap`.
 */
function avoidOrphan(
  chosen: BreakPoint,
  points: readonly BreakPoint[],
  first: number,
  beyond: number,
  tailWidth: (point: BreakPoint, cap: number) => number,
  max: number,
): BreakPoint {
  const orphan = max / 7;
  if (tailWidth(chosen, orphan) >= orphan) return chosen;
  let lastBalanced: BreakPoint | undefined;
  for (let index = beyond - 1; index >= first; index -= 1) {
    const point = points[index]!;
    const width = tailWidth(point, max);
    if (width < orphan || width > max) continue;
    if (point.natural) return point;
    lastBalanced ??= point;
  }
  return lastBalanced ?? chosen;
}

/**
 * Greedy wrapping: each piece ends at the furthest punctuation or space that keeps it within
 * `max`, as long as that leaves it no more than (max − min) short of `min` (a sentence end at
 * 29 reads better than a cut mid-phrase at 35); otherwise between Chinese characters when that
 * reaches `min`; otherwise at whatever break fits. A token longer than `max` (a URL) gets a
 * piece of its own. Also says where the first piece overflows.
 */
function wrapLine(body: string, start: number, end: number, limits: WrapLimits, links: readonly TextRange[]): { edits: TextEdit[]; overflow: number } {
  const points = findBreakPoints(body, start, end, links);
  const shortestNatural = limits.min - (limits.max - limits.min);
  const edits: TextEdit[] = [];
  let overflow: number | undefined;
  let pieceStart = start;
  // Widths from the piece start, noted by the walk that finds the limit (in 'width' mode).
  const widths: number[] = [];
  const widthTo = (point: BreakPoint) =>
    limits.count === 'width' ? widths[point.end - pieceStart]! : measure(body, limits.count, pieceStart, point.end);
  // Only whether the rest of the line is an orphan, or would fit on one line, matters.
  const tailWidth = (point: BreakPoint, cap: number) => measureUpTo(body, cap, limits.count, point.next, end);
  // The points that fit this piece are points[first, beyond): the pieces move forward, and so do both.
  let first = 0;
  for (;;) {
    const limit = offsetAtLimit(body, limits.max, limits.count, pieceStart, end, widths);
    overflow ??= limit;
    if (limit >= end) break;
    while (first < points.length && points[first]!.end <= pieceStart) first += 1;
    let beyond = first;
    while (beyond < points.length && points[beyond]!.end <= limit) beyond += 1;
    let natural: BreakPoint | undefined;
    for (let index = beyond - 1; index >= first && !natural; index -= 1) if (points[index]!.natural) natural = points[index];
    const furthest = beyond > first ? points[beyond - 1] : undefined;
    let chosen: BreakPoint | undefined;
    if (natural && widthTo(natural) >= shortestNatural) chosen = natural;
    else if (furthest && widthTo(furthest) >= limits.min) chosen = furthest;
    else chosen = natural ?? furthest ?? points[beyond];
    if (!chosen) break;
    chosen = avoidOrphan(chosen, points, first, beyond, tailWidth, limits.max);
    edits.push({ field: 'body', start: chosen.end, end: chosen.next, text: '\n' });
    pieceStart = chosen.next;
  }
  return { edits, overflow };
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
