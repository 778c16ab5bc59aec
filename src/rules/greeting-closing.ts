import { maySignInBlock, unsignedNameBlock, type BodyLine, type DraftModel } from '../core/draft.ts';
import { once } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { toTraditional, writesTraditional } from '../core/hant.ts';
import { compilePatterns, detectLanguage } from '../core/text.ts';
import { CHINESE_CLOSING_SOURCE, ENGLISH_CLOSING_SOURCE, GREETINGS } from './data/greeting-closing.ts';

/** The greetings, compiled at the first lint: they come with the rule data. */
const greetings = once(() => compilePatterns(GREETINGS));

/**
 * A closing phrase counts when it is in one of the last few lines the agent wrote, or in the
 * last few before a closing block of short lines (a signature the draft model did not know: a
 * department, a name, one phone number).
 */
const CLOSING_WINDOW_LINES = 3;
/** Most lines of a block of short lines at the end that the closing may stand above. */
const MOST_UNKNOWN_SIGNATURE_LINES = 8;

/**
 * The last CLOSING_WINDOW_LINES text lines of the agent's text and, when it ends in a block of
 * short lines, the block and the CLOSING_WINDOW_LINES before it ("感谢您的支持！" right above a
 * department, a name and five lines of contacts).
 */
function closingCandidates(lines: readonly BodyLine[]): BodyLine[] {
  const candidates: BodyLine[] = [];
  let index = lines.length - 1;
  const takeText = (count: number) => {
    for (let taken = 0; index >= 0 && taken < count; index -= 1) {
      if (lines[index]!.kind !== 'text') continue;
      candidates.push(lines[index]!);
      taken += 1;
    }
  };
  takeText(CLOSING_WINDOW_LINES);
  // The block of short lines the window fell in: find its start, and the text before it.
  let blockStart = lines.length - 1;
  while (blockStart >= 0 && lines[blockStart]!.kind !== 'text') blockStart -= 1;
  let blockLines = 0;
  // A block longer than any signature is prose wrapped by hand: the walk stops there rather than going through all of it.
  while (blockStart >= 0 && blockLines <= MOST_UNKNOWN_SIGNATURE_LINES && maySignInBlock(lines[blockStart]!)) {
    blockStart -= 1;
    blockLines += 1;
  }
  if (blockLines === 0 || blockLines > MOST_UNKNOWN_SIGNATURE_LINES || blockStart < 0) return candidates;
  // Every line of the block may hold the closing ("Kind regards / 此致" above a name and a bank), and the few before it.
  index = Math.min(index, blockStart + blockLines);
  takeText(blockLines + CLOSING_WINDOW_LINES);
  return candidates;
}

function isGreeting(line: string): boolean {
  return greetings().some((pattern) => pattern.test(line));
}

/** The closings, compiled at the first lint: they come with the rule data. */
const closings = once(() => ({ english: new RegExp(ENGLISH_CLOSING_SOURCE, 'iu'), chinese: new RegExp(CHINESE_CLOSING_SOURCE) }));

function isClosing(line: string): boolean {
  const { english, chinese } = closings();
  return english.test(line) || chinese.test(line);
}

/** The first text line after `line`, found from its own place rather than by copying every line. */
function nextTextLine(lines: readonly BodyLine[], line: BodyLine): BodyLine | undefined {
  for (let index = lines.indexOf(line) + 1; index < lines.length; index += 1) if (lines[index]!.kind === 'text') return lines[index];
  return undefined;
}

/** The end of a line's first sentence: a Chinese full stop or mark, or a Latin one before a blank. */
const FIRST_SENTENCE_END = /[。！？]+|[.!?]+(?=\s)/;

/**
 * Whether a paragraph of the mail's matter follows `line`: after a blank line, a line no
 * signature would hold. The walk stops at the first such line.
 */
function hasParagraphAfter(lines: readonly BodyLine[], line: BodyLine): boolean {
  let afterBlank = false;
  for (let index = lines.indexOf(line) + 1; index < lines.length; index += 1) {
    const next = lines[index]!;
    if (next.kind === 'blank') afterBlank = true;
    else if (afterBlank && next.kind === 'text' && !maySignInBlock(next)) return true;
  }
  return false;
}

/**
 * Whether `line` closes the mail. The first line of the body is read without its first sentence,
 * which opens the mail rather than closing it ("Thank you for your patience. The remittance…",
 * "多謝您嘅查詢。請注意…"). When that sentence is the whole line, it closes the mail only when
 * no paragraph of the matter follows it: "Thank you for setting up a direct debit." above the
 * details of the debit opens the mail, while "Thanks for your patience!" alone above the name
 * both opens and closes it.
 */
function closes(line: BodyLine, opener: BodyLine | undefined, lines: readonly BodyLine[]): boolean {
  if (line !== opener) return isClosing(line.text);
  const end = FIRST_SENTENCE_END.exec(line.text);
  const rest = end === null ? '' : line.text.slice(end.index + end[0].length);
  if (rest.trim() !== '') return isClosing(rest);
  return isClosing(line.text) && !hasParagraphAfter(lines, line);
}

/**
 * Where the closing a fix adds goes: above the signature when the agent's text ends in one, known
 * by its contact lines or only by its shape (a name and a team), so that it reads "Best regards,"
 * then the name, as a closing is written (a paragraph of its own above a signature whose lines are
 * paragraphs); otherwise after the last line. Also the line the finding marks: the last line of
 * the mail's matter, where it stops without a closing.
 */
function closingPlace(model: DraftModel, last: BodyLine): { marked: BodyLine; at: number; above: boolean; asParagraphs: boolean } {
  const signature = model.signature?.foundBy === 'contacts' ? model.lines[model.signature.lineIndexes[0]!] : undefined;
  if (signature) return { marked: last, at: signature.start, above: true, asParagraphs: false };
  const block = unsignedNameBlock(model.ownLines);
  if (block === undefined) return { marked: last, at: last.end, above: false, asParagraphs: false };
  let matter = block.first - 1;
  while (matter >= 0 && model.ownLines[matter]!.kind !== 'text') matter -= 1;
  return { marked: matter >= 0 ? model.ownLines[matter]! : last, at: model.ownLines[block.first]!.start, above: true, asParagraphs: block.asParagraphs };
}

/** Whether the body line before the one starting at `offset` is blank (or there is none). */
function followsBlankLine(body: string, offset: number): boolean {
  const lineBefore = body.slice(body.lastIndexOf('\n', offset - 2) + 1, Math.max(0, offset - 1));
  return offset === 0 || lineBefore.trim() === '';
}

export const greetingClosing = defineRule({
  meta: {
    id: 'greeting-closing',
    defaultSeverity: 'info',
    fixable: true,
    options: {},
    docs: {
      en: {
        summary: 'Open with a greeting and close with thanks or a sign-off.',
        rationale:
          'A greeting and a closing are the written form of saying hello and thank you on the phone; without them a reply reads curt, however helpful it is.',
      },
      zh: {
        summary: '以问候语开头，以致谢或结束语收尾。',
        rationale: '问候和结束语就像电话里的“您好”和“谢谢”；缺了它们，再有帮助的回复也会显得生硬。',
      },
    },
  },
  check({ model, report }) {
    // The first line and the last few: a draft of 200,000 short lines is not copied for them.
    const first = model.ownLines.find((line) => line.kind === 'text');
    const lastLines = closingCandidates(model.ownLines);
    const last = lastLines[0];
    if (!first || !last) return;
    // The wording a fix adds is in the draft's language and, in Chinese, its script (謝謝 in a
    // Traditional draft); worked out once, and only when there is something to fix.
    let script: 'en' | 'zh' | 'zh-Hant' | undefined;
    const wording = (zh: string, en: string) => {
      if (script === undefined) {
        // The agent's own text as it stands in the body: its blank lines and line breaks count for neither language.
        const own = model.ownRanges.map((range) => model.body.slice(range.start, range.end)).join('\n');
        script = detectLanguage(own) === 'en' ? 'en' : writesTraditional(own) ? 'zh-Hant' : 'zh';
      }
      return script === 'en' ? en : script === 'zh-Hant' ? toTraditional(zh) : zh;
    };

    if (!isGreeting(first.text)) {
      report({
        field: 'body',
        start: first.start,
        end: first.end,
        message: text(
          'Open with a greeting such as "Hello," or "Dear Ms. Li,"; going straight to business reads curt.',
          '请以问候语开头，如“您好，”或“尊敬的李女士：”；直接进入正题会显得生硬。',
        ),
        fixes: [
          {
            title: text('Add a greeting', '添加问候语'),
            edits: [{ field: 'body', start: first.start, end: first.start, text: wording('您好，\n\n', 'Hello,\n\n') }],
          },
        ],
      });
    }

    const opener = isGreeting(first.text) ? nextTextLine(model.ownLines, first) : first;
    const closed = model.signOffLine !== undefined || lastLines.some((line) => closes(line, opener, model.ownLines));
    if (!closed) {
      const { marked, at, above, asParagraphs } = closingPlace(model, last);
      const closing = wording('谢谢！', 'Best regards,');
      report({
        field: 'body',
        start: marked.start,
        end: marked.end,
        message: text(
          'End with thanks or a closing such as "Best regards," so the reply does not stop abruptly.',
          '请在结尾致谢或加上结束语，如“谢谢！”“此致 敬礼”，以免回复戛然而止。',
        ),
        fixes: [
          {
            title: text('Add a closing', '添加结束语'),
            edits: [{ field: 'body', start: at, end: at, text: above ? `${followsBlankLine(model.body, at) ? '' : '\n'}${closing}${asParagraphs ? '\n\n' : '\n'}` : `\n\n${closing}` }],
          },
        ],
      });
    }
  },
});
