import { countingOption } from '../core/options.ts';
import { defineRule, text } from '../core/rule.ts';
import { findUrlsAndEmails } from '../core/text.ts';
import type { TextEdit, TextRange } from '../core/types.ts';
import { measure, offsetAtLimit, type CountMode } from '../core/width.ts';

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

function inside(ranges: readonly TextRange[], offset: number): boolean {
  return ranges.some((range) => range.start < offset && offset < range.end);
}

/** Chinese may break between any two characters, and next to a Latin word, but never inside one. */
function breaksBetweenCharacters(before: string, after: string): boolean {
  if (OPENING.test(before)) return false;
  return (CJK.test(before) && (CJK.test(after) || LATIN_OR_DIGIT.test(after))) || (LATIN_OR_DIGIT.test(before) && CJK.test(after));
}

function findBreakPoints(body: string, start: number, end: number): BreakPoint[] {
  const protectedRanges = findUrlsAndEmails(body, start, end);
  const points: BreakPoint[] = [];
  let offset = start;
  while (offset < end) {
    const character = String.fromCodePoint(body.codePointAt(offset)!);
    const after = offset + character.length;
    if (SPACE.test(character)) {
      let next = after;
      while (next < end && SPACE.test(body[next]!)) next += 1;
      // Runs of spaces are taken whole, so only the indent of the line starts at `start`.
      if (offset > start && next < end && !CLOSING.test(body[next]!)) {
        points.push({ end: offset, next, natural: true });
      }
      offset = next;
      continue;
    }
    if (after < end && !inside(protectedRanges, after)) {
      const following = String.fromCodePoint(body.codePointAt(after)!);
      if (!SPACE.test(following) && !CLOSING.test(following)) {
        if (BREAK_AFTER.test(character) || (BREAK_BEFORE_CHINESE.test(character) && CJK.test(following))) {
          points.push({ end: after, next: after, natural: true });
        } else if (breaksBetweenCharacters(character, following)) {
          points.push({ end: after, next: after, natural: false });
        }
      }
    }
    offset = after;
  }
  return points;
}

/**
 * A last piece of a character or two ("谢谢。" alone on a line) looks like a mistake; when the
 * break leaves one, an earlier break that leaves a last piece of reasonable width is taken instead.
 */
function avoidOrphan(chosen: BreakPoint, fitting: readonly BreakPoint[], tailWidth: (point: BreakPoint) => number, max: number): BreakPoint {
  const orphan = max / 7;
  if (tailWidth(chosen) >= orphan) return chosen;
  const balanced = fitting.filter((point) => tailWidth(point) >= orphan && tailWidth(point) <= max);
  return balanced.findLast((point) => point.natural) ?? balanced.at(-1) ?? chosen;
}

/**
 * Greedy wrapping: each piece ends at the furthest punctuation or space that keeps it within
 * `max`, as long as that leaves it no more than (max − min) short of `min` (a sentence end at
 * 29 reads better than a cut mid-phrase at 35); otherwise between Chinese characters when that
 * reaches `min`; otherwise at whatever break fits. A token longer than `max` (a URL) gets a
 * piece of its own.
 */
function wrapLine(body: string, start: number, end: number, limits: WrapLimits): TextEdit[] {
  const points = findBreakPoints(body, start, end);
  const shortestNatural = limits.min - (limits.max - limits.min);
  const edits: TextEdit[] = [];
  let pieceStart = start;
  const widthTo = (point: BreakPoint) => measure(body, limits.count, pieceStart, point.end);
  for (;;) {
    const limit = offsetAtLimit(body, limits.max, limits.count, pieceStart, end);
    if (limit >= end) break;
    const fitting = points.filter((point) => point.end > pieceStart && point.end <= limit);
    const natural = fitting.findLast((point) => point.natural);
    const furthest = fitting.at(-1);
    let chosen: BreakPoint | undefined;
    if (natural && widthTo(natural) >= shortestNatural) chosen = natural;
    else if (furthest && widthTo(furthest) >= limits.min) chosen = furthest;
    else chosen = natural ?? furthest ?? points.find((point) => point.end > limit);
    if (!chosen) break;
    chosen = avoidOrphan(chosen, fitting, (point) => measure(body, limits.count, point.next, end), limits.max);
    edits.push({ field: 'body', start: chosen.end, end: chosen.next, text: '\n' });
    pieceStart = chosen.next;
  }
  return edits;
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
      const width = measure(model.body, options.count, line.start, end);
      if (width <= options.max) continue;
      const edits = wrapLine(model.body, line.start, end, limits);
      // A line that cannot be broken (a lone long URL) is fine as it is.
      if (edits.length === 0) continue;
      const size =
        options.count === 'width'
          ? { en: `${width} characters wide`, zh: `宽 ${width} 个字` }
          : { en: `${width} characters long`, zh: `长 ${width} 个字符` };
      report({
        field: 'body',
        start: offsetAtLimit(model.body, options.max, options.count, line.start, end),
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
