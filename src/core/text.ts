import type { DraftModel } from './draft.ts';
import { memoizeByIdentity } from './memo.ts';
import { firstNotBefore } from './sorted.ts';
import type { Field, TextRange } from './types.ts';

/** Small text helpers several rules share. */

const HAN = /\p{Script=Han}/u;
/** No character before the CJK radicals block belongs to the Han script. */
const FIRST_HAN = 0x2e80;

let bmpHan: Uint8Array | undefined;

/** 1 for each Han code unit of the Basic Multilingual Plane: a regex test per character is too slow for whole mails. */
function bmpHanTable(): Uint8Array {
  if (bmpHan) return bmpHan;
  bmpHan = new Uint8Array(0x10000);
  for (let code = FIRST_HAN; code < 0x10000; code += 1) {
    if (code < 0xd800 || code > 0xdfff) bmpHan[code] = HAN.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return bmpHan;
}

/**
 * "zh" when Chinese characters make up a fair share of the letters. Latin letters count
 * a third as much as a Han character, since an English word takes several of them.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const table = bmpHanTable();
  let han = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin += 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // Han extensions B and later lie beyond the BMP.
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) {
        if (HAN.test(String.fromCodePoint(codePoint))) han += 1;
        index += 1;
      }
    } else {
      han += table[code]!;
    }
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

/** A test of one character: a pattern (not global) or a predicate on its code point. */
export type CharacterTest = RegExp | ((codePoint: number) => boolean);

/**
 * A lookup of which of `tests` a character passes: bit i of the answer stands for `tests[i]`.
 * Each character is tested once, the first time it is met, and the answer kept (in a table for
 * the Basic Multilingual Plane): testing regexes on every character of a long mail is slow.
 */
export function characterClasses(tests: readonly CharacterTest[]): (codePoint: number) => number {
  if (tests.length > 15) throw new RangeError('At most 15 character classes fit in a table entry');
  const known = 1 << tests.length;
  const table = new Uint16Array(0x10000);
  const astral = new Map<number, number>();
  const classesOf = (codePoint: number) => {
    const character = String.fromCodePoint(codePoint);
    let classes = 0;
    for (let index = 0; index < tests.length; index += 1) {
      const test = tests[index]!;
      if (typeof test === 'function' ? test(codePoint) : test.test(character)) classes |= 1 << index;
    }
    return classes;
  };
  return (codePoint) => {
    if (codePoint > 0xffff) {
      let classes = astral.get(codePoint);
      if (classes === undefined) astral.set(codePoint, (classes = classesOf(codePoint)));
      return classes;
    }
    let classes = table[codePoint]!;
    if (classes === 0) table[codePoint] = classes = classesOf(codePoint) | known;
    return classes ^ known;
  };
}

/** A regular expression written as rule data, which the content script fetches: its source and flags, compiled where it is used. */
export interface PatternSource {
  source: string;
  flags: string;
}

export function compilePatterns(patterns: readonly PatternSource[]): RegExp[] {
  return patterns.map(({ source, flags }) => new RegExp(source, flags));
}

/**
 * The first match at or after `from` of `pattern`, which must be sticky, tried only where
 * `mayStart` (global, not unicode) matches: exactly what the same pattern made global finds from
 * `from`, as long as `mayStart` matches wherever `pattern` can start and, for a unicode pattern,
 * `from` does not split a surrogate pair. A pattern that opens with a lookbehind or a large class
 * is tried at every character, while one of a few literal characters skips ahead several at a time.
 */
export function execFrom(pattern: RegExp, mayStart: RegExp, text: string, from: number): RegExpExecArray | null {
  mayStart.lastIndex = from;
  for (let candidate = mayStart.exec(text); candidate !== null; candidate = mayStart.exec(text)) {
    pattern.lastIndex = candidate.index;
    const match = pattern.exec(text);
    if (match !== null) return match;
    mayStart.lastIndex = candidate.index + 1;
  }
  return null;
}

/** How long a line is in Latin words and in Chinese characters. */
export function wordsAndHan(text: string): { words: number; han: number } {
  return { words: text.match(/[A-Za-z]+/g)?.length ?? 0, han: text.match(/\p{Script=Han}/gu)?.length ?? 0 };
}

// A URL typed straight into Chinese text ends where the Chinese resumes: "访问https://x.cn/help查看".
const URL_PATTERN = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'，。、；！？）》\u3400-\u9fff]+/gi;
/** Sentence punctuation right after a URL is not part of it. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

/** [A-Za-z0-9_-]: a character of a domain label. */
function isDomainUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f || code === 0x2d;
}

/**
 * [A-Za-z0-9_.+*•-]: a character of the part of an address before the "@". The stars and bullets
 * are of an address masked as support mail writes one, "f***@example.com", "j•••n@qq.com".
 */
function isLocalPartUnit(code: number): boolean {
  return isDomainUnit(code) || code === 0x2e || code === 0x2b || code === 0x2a || code === 0x2022;
}

/**
 * The address around the "@" at `at`: the local part reaches back to `from` at most, the domain
 * needs two labels or more. Found from the "@" outwards, as a pattern that tries every starting
 * character of every word would take time quadratic in the length of the word.
 */
function emailAround(text: string, at: number, from: number): TextRange | undefined {
  let start = at;
  while (start > from && isLocalPartUnit(text.charCodeAt(start - 1))) start -= 1;
  if (start === at) return undefined;
  let end = at + 1;
  while (end < text.length && isDomainUnit(text.charCodeAt(end))) end += 1;
  if (end === at + 1) return undefined;
  let labels = 1;
  while (text.charCodeAt(end) === 0x2e && isDomainUnit(text.charCodeAt(end + 1))) {
    end += 2;
    while (end < text.length && isDomainUnit(text.charCodeAt(end))) end += 1;
    labels += 1;
  }
  return labels >= 2 ? { start, end } : undefined;
}

/**
 * Ranges of URLs and e-mail addresses, which no rule should rewrite, break or judge. Like one
 * pattern for both read left to right: the match that starts first wins, a URL over an address
 * starting at the same place, and the next search starts where the last match ended.
 */
export function findUrlsAndEmails(text: string, start = 0, end = text.length): TextRange[] {
  const ranges: TextRange[] = [];
  // On the slice, so that a word boundary at `start` is judged as it is at the start of a text.
  const slice = text.slice(start, end);
  let from = 0;
  let url: RegExpExecArray | null | undefined;
  let at = slice.indexOf('@');
  while (from < slice.length) {
    if (url !== null && (url === undefined || url.index < from)) {
      URL_PATTERN.lastIndex = from;
      url = URL_PATTERN.exec(slice);
    }
    let email: TextRange | undefined;
    while (at !== -1 && email === undefined) {
      if (at >= from) email = emailAround(slice, at, from);
      if (email === undefined) at = slice.indexOf('@', Math.max(at + 1, from));
    }
    if (url && (email === undefined || url.index <= email.start)) {
      const matched = url[0].replace(TRAILING_PUNCTUATION, '');
      ranges.push({ start: start + url.index, end: start + url.index + matched.length });
      from = url.index + url[0].length;
    } else if (email) {
      ranges.push({ start: start + email.start, end: start + email.end });
      from = email.end;
    } else {
      break;
    }
  }
  return ranges;
}

const NO_RANGES: readonly TextRange[] = Object.freeze([]);

interface FieldLinks {
  /** The parts of the field searched, sorted: the agent's own text of the body at first, the whole field once asked about more. */
  searched: readonly TextRange[];
  ranges: readonly TextRange[];
}

const linksOfDraft = memoizeByIdentity((_model: DraftModel): Partial<Record<Field, FieldLinks>> => ({}));

/** Whether `[start, end)` lies within one of `ranges`, which are sorted and apart. */
function liesWithin(ranges: readonly TextRange[], start: number, end: number): boolean {
  const index = firstNotBefore(ranges, (range) => range.end < end);
  return index < ranges.length && ranges[index]!.start <= start;
}

/**
 * The links of a field, searched for in as little of it as answers the question: rules ask
 * about the agent's own text, often half of a body that quotes a long thread.
 */
function fieldLinks(model: DraftModel, field: Field, start: number, end: number): readonly TextRange[] {
  const cache = linksOfDraft(model);
  let links = cache[field];
  if (links === undefined && field === 'body' && liesWithin(model.ownRanges, start, end)) {
    const searched = model.ownRanges;
    links = cache[field] = { searched, ranges: searched.flatMap((range) => findUrlsAndEmails(model.body, range.start, range.end)) };
  }
  if (links === undefined || !liesWithin(links.searched, start, end)) {
    const text = model[field];
    links = cache[field] = { searched: [{ start: 0, end: text.length }], ranges: findUrlsAndEmails(text) };
  }
  return links.ranges;
}

/**
 * `findUrlsAndEmails` over `[start, end)` of a field, from scans that every rule shares. No URL
 * or address runs over a line break, so for any run of whole lines (trailing blanks may be left
 * out) a scan of the whole field finds exactly these ranges, and so does a scan of each run of
 * the agent's own lines, which is all that is searched while no rule asks about other lines.
 */
export function linksIn(model: DraftModel, field: Field, start = 0, end = model[field].length): readonly TextRange[] {
  const ranges = fieldLinks(model, field, start, end);
  const low = firstNotBefore(ranges, (range) => range.start < start);
  let last = low;
  while (last < ranges.length && ranges[last]!.start < end) last += 1;
  return low === last ? NO_RANGES : ranges.slice(low, last);
}

/**
 * Whether `[start, end)` overlaps one of `ranges`, which must be sorted by start and not overlap
 * one another (as `linksIn` gives them): a binary search, since a rule asks once per word.
 */
export function rangeContains(ranges: readonly TextRange[], start: number, end = start + 1): boolean {
  const index = firstNotBefore(ranges, (range) => range.end <= start);
  return index < ranges.length && ranges[index]!.start < end;
}

/** [A-Za-z0-9]. */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

/** What may stand between the groups of one number: "4111 1111", "010-1234", "(010) 1234", "1.234.567". */
function isGroupSeparator(code: number): boolean {
  return code === 0x20 || code === 0x2d || code === 0x2e || code === 0x2f || code === 0x28 || code === 0x29;
}

/**
 * Numbers written in groups — card, account, ID, IBAN ("GB82 WEST 1234 …"), phone
 * ("+86 138 0013 8000", "(010) 1234-5678") — read as one token: breaking a line inside one hides
 * it from every rule that looks for it and from the customer who copies it. A group is a run of
 * letter-and-digit words joined by at most two of space, hyphen, dot, slash or parentheses, from
 * its first word with a digit to its last, holding two such words or more; words without a digit
 * may stand between them only in capitals, four letters at most (the bank code of an IBAN).
 * One pass over the text.
 */
export function digitGroups(text: string, start = 0, end = text.length): TextRange[] {
  const groups: TextRange[] = [];
  let groupStart = -1;
  let lastNumericEnd = -1;
  let previousWordEnd = -1;
  let numericWords = 0;
  const close = () => {
    if (numericWords >= 2) groups.push({ start: groupStart, end: lastNumericEnd });
    groupStart = -1;
    numericWords = 0;
  };
  let offset = start;
  while (offset < end) {
    if (!isAsciiAlphanumeric(text.charCodeAt(offset))) {
      offset += 1;
      continue;
    }
    const wordStart = offset;
    let digits = 0;
    let lower = 0;
    while (offset < end && isAsciiAlphanumeric(text.charCodeAt(offset))) {
      const code = text.charCodeAt(offset);
      if (code <= 0x39) digits += 1;
      else if (code >= 0x61) lower += 1;
      offset += 1;
    }
    if (groupStart !== -1 && !joinsGroup(text, previousWordEnd, wordStart)) close();
    previousWordEnd = offset;
    if (digits > 0) {
      if (groupStart === -1) groupStart = wordStart > start && text.charCodeAt(wordStart - 1) === 0x2b ? wordStart - 1 : wordStart;
      numericWords += 1;
      lastNumericEnd = offset;
    } else if (groupStart !== -1 && (lower > 0 || offset - wordStart > 4)) {
      close();
    }
  }
  close();
  return groups;
}

/** Whether only one or two separators stand between the previous word's end and this word. */
function joinsGroup(text: string, previousEnd: number, wordStart: number): boolean {
  const gap = wordStart - previousEnd;
  if (gap < 1 || gap > 2) return false;
  for (let index = previousEnd; index < wordStart; index += 1) if (!isGroupSeparator(text.charCodeAt(index))) return false;
  return true;
}

/** How much of a span a rule's message quotes. */
const QUOTE_LENGTH = 24;
const BLANK = /\s/;

/**
 * The span's words for a message, blanks collapsed and trimmed, cut short after QUOTE_LENGTH: read
 * only as far as the quote needs, since a shouted sentence may span a whole megabyte.
 */
export function quote(body: string, span: TextRange): string {
  let words = '';
  let blankBefore = false;
  for (let index = span.start; index < span.end && words.length <= QUOTE_LENGTH; index += 1) {
    const character = body[index]!;
    if (BLANK.test(character)) {
      blankBefore = words !== '';
      continue;
    }
    if (blankBefore) words += ' ';
    blankBefore = false;
    words += character;
  }
  return words.length > QUOTE_LENGTH ? `${words.slice(0, QUOTE_LENGTH - 1)}…` : words;
}
