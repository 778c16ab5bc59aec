import type { DraftModel } from './draft.ts';
import { toTraditional, writesTraditional } from './hant.ts';
import type { Field, TextEdit } from './types.ts';

/**
 * Where the matching rules look, and how they cut text out of it. Offsets are always into
 * the whole field, so findings and edits can be reported as they are.
 */

export interface TextSegment {
  field: Field;
  /** The whole field the offsets refer to. */
  text: string;
  start: number;
  end: number;
}

/** The words of the reply and forward prefixes mail clients add ("Re:", "Fwd:", "回复："), as a pattern's alternatives. */
export const REPLY_PREFIX_WORDS = 're|fwd?|aw|wg|sv|回复|回覆|答复|转发|轉寄|转寄';
/** Those prefixes at the start of a subject, as many as there are; the writer did not choose them. */
export const REPLY_PREFIX = new RegExp(String.raw`^(?:\s*(?:${REPLY_PREFIX_WORDS})\s*(?:\[\d+\])?\s*[:：]\s*)+`, 'i');

/**
 * Whether the subject is the one a reply or a forward inherits: after its prefix come the words
 * of whoever wrote the first mail, as in the quoted history ("Re: 你们到底什么时候发货").
 */
export function isInheritedSubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}

/** The subject unless a reply inherited it, then each maximal run of the agent's own body lines: never quoted history or signature. */
export function ownSegments(model: DraftModel): TextSegment[] {
  const segments: TextSegment[] = [];
  if (model.subject !== '' && !isInheritedSubject(model.subject)) segments.push({ field: 'subject', text: model.subject, start: 0, end: model.subject.length });
  for (const range of model.ownRanges) {
    if (range.end > range.start) segments.push({ field: 'body', text: model.body, start: range.start, end: range.end });
  }
  return segments;
}

/** The text within `window` code units before and after `text[start, end)`, never reaching outside the segment. */
export function textAround(segment: TextSegment, start: number, end: number, window: number): { before: string; after: string } {
  return {
    before: segment.text.slice(Math.max(segment.start, start - window), start),
    after: segment.text.slice(end, Math.min(segment.end, end + window)),
  };
}

const SENTENCE_END = /[.!?。！？…\n]/;
const OPENING_PUNCTUATION = /[\s"'“‘(（「『]/;

/** Whether `offset` begins a sentence: only blanks and opening quotes stand between it and a full stop, a line break or the start. */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && text[index] !== '\n' && OPENING_PUNCTUATION.test(text[index]!)) index -= 1;
  return index < 0 || SENTENCE_END.test(text[index]!);
}

/** A replacement as it should read at `offset`: with a capital where it opens a sentence, or where `capital` asks for one. */
export function fitToPosition(replacement: string, text: string, offset: number, capital = false): string {
  return capital || isSentenceStart(text, offset) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
}

const INLINE_BLANK = /[ \t\u00a0\u3000]/;

/**
 * An edit deleting `text[start, end)` together with the blank before it, or, at the start of
 * a line, the blank after it, so that no double or leading space is left behind.
 */
export function deletionEdit(field: Field, text: string, start: number, end: number): TextEdit {
  let from = start;
  while (from > 0 && INLINE_BLANK.test(text[from - 1]!)) from -= 1;
  const atLineStart = from === 0 || text[from - 1] === '\n';
  let to = end;
  if (atLineStart) {
    from = start;
    while (to < text.length && INLINE_BLANK.test(text[to]!)) to += 1;
  }
  return { field, start: from, end: to, text: '' };
}

/** The last character of a sentence's words that no punctuation closed: a letter, a digit, a closing quotation mark or bracket. */
const UNCLOSED_WORDS = /[\p{L}\p{N}”’"')）」』]$/u;
const HAN_CHARACTER = /^\p{Script=Han}/u;

/** The comma or tildes after a piece that opens a sentence ("哈哈，", "lol, "), with the blanks after them. */
const COMMA_AFTER_OPENER = /^[，,、~～]+[ \t\u00a0\u3000]*/;

/**
 * An edit deleting a piece that stood where a sentence ends or begins (an emoticon, chat
 * laughter). Where the words before it have no full stop and, after a blank, a sentence follows,
 * a full stop takes its place: "Booked :) The room…" gives "Booked. The room…", "收到啦 😊 我们…"
 * gives "收到啦。我们…". Where it opened a sentence, the comma after it goes too, and a Latin
 * sentence gets its capital: "哈哈，您说的…" gives "您说的…", "lol, that works" gives "That works";
 * between two marks, the one after it. Otherwise as deletionEdit.
 */
export function sentenceBreakDeletionEdit(field: Field, text: string, start: number, end: number): TextEdit {
  const comma = isSentenceStart(text, start) ? COMMA_AFTER_OPENER.exec(text.slice(end, end + 8)) : null;
  if (comma) {
    const next = end + comma[0].length;
    const letter = text.charAt(next);
    return /[a-z]/.test(letter) ? { field, start, end: next + 1, text: letter.toUpperCase() } : { field, start, end: next, text: '' };
  }
  const deletion = deletionEdit(field, text, start, end);
  const before = text.slice(Math.max(0, deletion.start - 2), deletion.start);
  // Between two marks ("It works, lol, thanks", "Done. :). See you") the one after goes with it.
  if (/[，,、.。!！?？;；:：]$/.test(before) && /^[，,、.。;；]/.test(text.charAt(end))) return { ...deletion, end: end + 1 };
  let blanksAfter = 0;
  while (blanksAfter < 8 && INLINE_BLANK.test(text.charAt(end + blanksAfter))) blanksAfter += 1;
  const next = text.charAt(end + blanksAfter);
  if (blanksAfter === 0 || !UNCLOSED_WORDS.test(before)) return deletion;
  if (HAN_CHARACTER.test(before.slice(-1)) && (HAN_CHARACTER.test(next) || /[A-Z]/.test(next))) return { field, start: deletion.start, end: end + blanksAfter, text: '。' };
  if (/[A-Z]/.test(next)) return { field, start: deletion.start, end, text: '.' };
  return deletion;
}

const WORD_CHARACTER = /[A-Za-z0-9_\u00c0-\u024f]/;
const TOKEN_JOINER = /[-_/.@#:+&=\\]/;

function joinsToken(neighbour: string | undefined, beyond: string | undefined): boolean {
  if (neighbour === undefined) return false;
  return WORD_CHARACTER.test(neighbour) || (TOKEN_JOINER.test(neighbour) && beyond !== undefined && WORD_CHARACTER.test(beyond));
}

/**
 * Whether `text[start, end)` is only part of a longer Latin word or code: "lol" in "lollipop",
 * "u" in "U-boat", "obviously" in "SKU-obviously-1". Only edges that are themselves word
 * characters are checked, so "喂，" or ":)" may touch anything.
 */
export function continuesToken(text: string, start: number, end: number): boolean {
  if (WORD_CHARACTER.test(text[start] ?? '') && joinsToken(text[start - 1], text[start - 2])) return true;
  return WORD_CHARACTER.test(text[end - 1] ?? '') && joinsToken(text[end], text[end + 1]);
}

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"', '《': '》', '〈': '〉' };

const NO_QUOTE = 0;

/**
 * The closing mark of each opening one of QUOTE_PAIRS, by code unit up to the highest opening
 * mark; NO_QUOTE for any other unit. The quotation test reads every unit before a match, which
 * as one-character strings cost an allocation each in Chinese text and a property lookup.
 */
const CLOSING_UNIT_OF = (() => {
  const pairs = Object.entries(QUOTE_PAIRS).map(([opening, closing]) => [opening.charCodeAt(0), closing.charCodeAt(0)] as const);
  const table = new Uint16Array(Math.max(...pairs.map(([opening]) => opening)) + 1);
  for (const [opening, closing] of pairs) table[opening] = closing;
  return table;
})();

const LINE_FEED = 0x0a;

/**
 * `text.indexOf(character, from)` for queries whose `from` mostly grows, as a rule's matches do:
 * each answer is kept and reused while it still holds, so a pass over a text costs one scan of
 * it per character asked for, not one per query (a 1 MB line without a newline would otherwise
 * be read to its end for every match on it).
 */
function nextIndexFinder(text: string): (character: string, from: number) => number {
  const known = new Map<string, { from: number; at: number }>();
  return (character, from) => {
    const cached = known.get(character);
    if (cached && cached.from <= from && (cached.at === -1 || from <= cached.at)) return cached.at;
    const at = text.indexOf(character, from);
    known.set(character, { from, at });
    return at;
  };
}

/**
 * A test of whether `text[start, end)` sits inside quotation marks or title marks on its line:
 * “都是你自己的问题” in “您说之前的客服讲‘…’” reports someone else's words rather than saying
 * them, and 《你的名字》 is the name of a film. Ask in the order of the text (as matches come) and
 * a whole pass is linear; asking out of order is still right, only slower.
 */
export function quotationTest(text: string): (start: number, end: number) => boolean {
  const nextIndex = nextIndexFinder(text);
  let scanned = 0;
  let closing = NO_QUOTE;
  return (start, end) => {
    if (start < scanned) {
      scanned = text.lastIndexOf('\n', start - 1) + 1;
      closing = NO_QUOTE;
    }
    // A line break ends any quotation, so the scan starts at the line `start` is on: a rule that
    // asks once per segment of a long draft would otherwise read the draft from its top each time.
    for (let lineBreak = nextIndex('\n', scanned); lineBreak !== -1 && lineBreak < start; lineBreak = nextIndex('\n', scanned)) {
      scanned = lineBreak + 1;
      closing = NO_QUOTE;
    }
    for (; scanned < start; scanned += 1) {
      const unit = text.charCodeAt(scanned);
      if (unit === LINE_FEED) closing = NO_QUOTE;
      else if (closing !== NO_QUOTE) {
        if (unit === closing) closing = NO_QUOTE;
      } else if (unit < CLOSING_UNIT_OF.length) closing = CLOSING_UNIT_OF[unit]!;
    }
    if (closing === NO_QUOTE) return false;
    const lineEnd = nextIndex('\n', end);
    const closed = nextIndex(String.fromCharCode(closing), end);
    return closed !== -1 && (lineEnd === -1 || closed < lineEnd);
  };
}

const LATIN_WORD_CHARACTER = /[\p{L}\p{N}_'’]/u;
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const SHORTEST_CJK_OVERLAP = 2;

/** Whether `text` may be cut between `index - 1` and `index`: not inside a Latin word, nor one Chinese character alone. */
function isCutBetweenWords(text: string, index: number): boolean {
  const before = text[index - 1];
  const after = text[index];
  if (before === undefined || after === undefined) return true;
  if (CJK_CHARACTER.test(before) || CJK_CHARACTER.test(after)) return true;
  return !(LATIN_WORD_CHARACTER.test(before) && LATIN_WORD_CHARACTER.test(after));
}

/** Whether an overlap of the words `shared` is long enough to be no coincidence: a Latin word, or two Chinese characters. */
function isWordsOverlap(shared: string): boolean {
  return /[A-Za-z0-9]/.test(shared) || shared.trim().length >= SHORTEST_CJK_OVERLAP;
}

/**
 * How many code units the replacement opens with that the text already has just before the
 * span (blanks between them aside), cut between words: the length of the opening words shared.
 */
function sharedOpening(replacement: string, text: string, start: number, floor: number): { words: number; blanks: number } {
  let blankStart = start;
  while (blankStart > floor && INLINE_BLANK.test(text[blankStart - 1]!)) blankStart -= 1;
  const blanks = start - blankStart;
  for (let length = Math.min(replacement.length, blankStart - floor); length > 0; length -= 1) {
    const shared = replacement.slice(0, length);
    if (text.slice(blankStart - length, blankStart).toLowerCase() !== shared.toLowerCase()) continue;
    // With blanks between them, the shared words must end where the replacement has a blank or ends.
    const endsWell =
      blanks === 0 ? isCutBetweenWords(replacement, length) && isCutBetweenWords(text, start) : length === replacement.length || INLINE_BLANK.test(replacement[length]!);
    if (endsWell && isCutBetweenWords(text, blankStart - length) && isWordsOverlap(shared)) return { words: length, blanks };
  }
  return { words: 0, blanks: 0 };
}

/** The same as `sharedOpening`, for the words the replacement closes with and the text has just after the span. */
function sharedClosing(replacement: string, text: string, end: number, ceiling: number): { words: number; blanks: number } {
  let blankEnd = end;
  while (blankEnd < ceiling && INLINE_BLANK.test(text[blankEnd]!)) blankEnd += 1;
  const blanks = blankEnd - end;
  for (let length = Math.min(replacement.length, ceiling - blankEnd); length > 0; length -= 1) {
    const shared = replacement.slice(replacement.length - length);
    if (text.slice(blankEnd, blankEnd + length).toLowerCase() !== shared.toLowerCase()) continue;
    const cut = replacement.length - length;
    const startsWell = blanks === 0 ? isCutBetweenWords(replacement, cut) && isCutBetweenWords(text, end) : cut === 0 || INLINE_BLANK.test(replacement[cut - 1]!);
    if (startsWell && isCutBetweenWords(text, blankEnd + length) && isWordsOverlap(shared)) return { words: length, blanks };
  }
  return { words: 0, blanks: 0 };
}

/**
 * The edit that replaces `text[start, end)` with `replacement` so that it reads right in its
 * place: words the replacement opens or closes with that already stand next to the span are not
 * written twice. "请问" + "你找谁" with "请问您找哪位" gives "请问您找哪位", not "请问请问您找哪位";
 * "as soon as ASAP" with "as soon as possible" gives "as soon as possible". `[floor, ceiling)`
 * bounds the context that may be read (a segment of the agent's own text).
 */
export function replacementEdit(
  field: Field,
  text: string,
  start: number,
  end: number,
  replacement: string,
  floor = 0,
  ceiling = text.length,
): TextEdit {
  const opening = sharedOpening(replacement, text, start, floor);
  let written = replacement.slice(opening.words);
  const closing = sharedClosing(written, text, end, ceiling);
  written = written.slice(0, written.length - closing.words);
  if (opening.words > 0) written = written.replace(/^[ \t\u00a0\u3000]+/, '');
  if (closing.words > 0) written = written.replace(/[ \t\u00a0\u3000]+$/, '');
  if (written === '') return deletionEdit(field, text, start, end);
  // The blanks around the span stay as they are: the edit covers the span alone.
  return { field, start, end, text: written };
}

/**
 * Own text on either side of a span that tells which script the agent writes in. Near text only:
 * the findings of the rules that ask depend on nothing further away (src/core/incremental.ts).
 */
const SCRIPT_CONTEXT_UNITS = 16;

/** A Chinese wording in the script the agent writes in around a span: 請 in a Traditional reply, 请 in a Simplified one. */
export function inScriptAround(wording: string, segment: TextSegment, start: number, end: number): string {
  const around = segment.text.slice(Math.max(segment.start, start - SCRIPT_CONTEXT_UNITS), Math.min(segment.end, end + SCRIPT_CONTEXT_UNITS));
  return writesTraditional(around) ? toTraditional(wording) : wording;
}
