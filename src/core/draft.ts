import { isContactLine, isContactOnlyLine } from './contact.ts';
import { once } from './memo.ts';
import { SIGN_OFF_WORDINGS } from './sign-offs.ts';
import { lastStartingBy } from './sorted.ts';
import { wordsAndHan } from './text.ts';
import type { Draft, Field, TextRange } from './types.ts';

/**
 * The draft model: the body split into lines, with the quoted history and the signature
 * told apart from what the agent is writing now. Rules look only at the agent's own text;
 * nobody should be told off for the customer's shouting in the quote below.
 */

export type LineKind = 'text' | 'blank' | 'quote' | 'signature';

export interface BodyLine {
  index: number;
  start: number;
  /** End of the line's text, before `\r\n` or `\n`. */
  end: number;
  text: string;
  kind: LineKind;
}

export interface Signature {
  /** From the first signature line to the end of the last one. */
  range: TextRange;
  /** Indexes into `lines` of the signature's lines, the `-- ` delimiter excluded. */
  lineIndexes: readonly number[];
  /**
   * How it was recognised: the RFC 3676 `-- ` line, a sign-off such as "Best regards,", the
   * page's markup, or its lines of contact details at the end of the agent's text.
   */
  foundBy: 'delimiter' | 'sign-off' | 'page' | 'contacts';
}

export interface DraftModel {
  readonly draft: Draft;
  readonly subject: string;
  readonly body: string;
  readonly lines: readonly BodyLine[];
  /** Quoted history, in body order, not overlapping. */
  readonly quoted: readonly TextRange[];
  readonly signature: Signature | undefined;
  /** Index of the sign-off line ("Best regards," "此致") the agent closed with, if any. */
  readonly signOffLine: number | undefined;
  /** The agent's own lines: neither quoted history nor signature (blank lines included). */
  readonly ownLines: readonly BodyLine[];
  /** The agent's own text as maximal ranges, for rules that scan text rather than lines. */
  readonly ownRanges: readonly TextRange[];
  /** 1-based line and UTF-16 column of an offset in a field. */
  position(field: Field, offset: number): { line: number; column: number };
}

const REPLY_HEADER_PATTERNS: readonly RegExp[] = [
  /^\s*On\b.{4,200}\bwrote:\s*$/i,
  /^\s*-{2,}\s*(?:Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件|轉寄的郵件)\s*-{2,}\s*$/i,
  /^\s*在\s*.{2,200}(?:写道|寫道)[：:]\s*$/,
  /^\s*(?:From|发件人|寄件者|發件人)\s*[：:]\s*\S/i,
  /^\s*_{10,}\s*$/,
];

/** Gmail wraps "On …, X <x@y.z>" and "wrote:" onto two lines. */
const SPLIT_REPLY_HEADER_FIRST = /^\s*On\b.{4,200}$/i;
const SPLIT_REPLY_HEADER_SECOND = /^\s*wrote:\s*$/i;

const SIGNATURE_DELIMITER = /^-- ?$/;

/** A line that is a sign-off and nothing more; compiled at the first lint, as the wordings come with the rule data. */
const signOff = once(() => new RegExp(`^\\s*(?:${SIGN_OFF_WORDINGS.join('|')})\\s*[,，.。!！、]*\\s*$`, 'i'));

/** White space as `\s` and String.prototype.trim know it. */
function isBlankUnit(unit: number): boolean {
  return (
    unit === 0x20 || (unit >= 0x09 && unit <= 0x0d) || unit === 0xa0 || unit === 0x1680 || (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 || unit === 0x2029 || unit === 0x202f || unit === 0x205f || unit === 0x3000 || unit === 0xfeff
  );
}

/**
 * The first unit of `text` that is not white space, or -1; the last one when `fromEnd`. The line
 * tests below ask it before their patterns: a draft of 200,000 short lines would otherwise run
 * every pattern on every line.
 */
function edgeUnit(text: string, fromEnd = false): number {
  const length = text.length;
  for (let step = 0; step < length; step += 1) {
    const unit = text.charCodeAt(fromEnd ? length - 1 - step : step);
    if (!isBlankUnit(unit)) return unit;
  }
  return -1;
}

/** The first non-blank unit of every line the reply-header patterns can match: O/o (On), -, 在, F/f (From), 发, 寄, 發, _. */
const REPLY_HEADER_OPENERS = new Set([0x4f, 0x6f, 0x2d, 0x5728, 0x46, 0x66, 0x53d1, 0x5bc4, 0x767c, 0x5f]);

function splitLines(body: string): BodyLine[] {
  const lines: BodyLine[] = [];
  let start = 0;
  for (let index = 0; ; index += 1) {
    const newline = body.indexOf('\n', start);
    const lineEnd = newline === -1 ? body.length : newline;
    const end = lineEnd > start && body.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const text = body.slice(start, end);
    lines.push({ index, start, end, text, kind: edgeUnit(text) === -1 ? 'blank' : 'text' });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

function overlaps(line: BodyLine, range: TextRange): boolean {
  return line.start < range.end && range.start < line.end + 1;
}

function isReplyHeader(lines: readonly BodyLine[], index: number): boolean {
  const text = lines[index]!.text;
  if (!REPLY_HEADER_OPENERS.has(edgeUnit(text))) return false;
  if (REPLY_HEADER_PATTERNS.some((pattern) => pattern.test(text))) return true;
  const next = lines[index + 1];
  return next !== undefined && SPLIT_REPLY_HEADER_FIRST.test(text) && SPLIT_REPLY_HEADER_SECOND.test(next.text);
}

/** The first line after `index` that is not blank. */
function nextNonBlank(lines: readonly BodyLine[], index: number): BodyLine | undefined {
  // Only blank lines are passed over, and a header line is not blank: all headers together read each line once.
  for (let next = index + 1; next < lines.length; next += 1) {
    if (lines[next]!.kind !== 'blank') return lines[next];
  }
  return undefined;
}

/**
 * A header directly above a quote block (`>` lines, or a block the page marks) heads only that
 * block: the agent may answer below the quote (Roundcube's default bottom posting), and that
 * text is the agent's own.
 */
function headsQuoteBlock(lines: readonly BodyLine[], index: number): boolean {
  return nextNonBlank(lines, index)?.kind === 'quote';
}

/**
 * Marks quoted history: `>` lines, and everything from a reply or forward header to the end.
 * Lines the page says are the agent's own (`own`) are never taken for quote by these heuristics.
 */
function markQuotes(lines: BodyLine[], known: readonly TextRange[] | undefined, own: readonly TextRange[] | undefined): void {
  // The page marks the agent's starting block: one or a few ranges.
  const isOwn = (line: BodyLine) => own !== undefined && own.some((range) => overlaps(line, range));
  // The page's ranges by their end, walked with one cursor as the lines move on: those behind
  // the cursor end before this line; of the rest, the earliest start says whether one reaches it.
  const ranges = known ? [...known].sort((a, b) => a.end - b.end) : [];
  const earliestStartFrom = ranges.map((range) => range.start);
  for (let index = ranges.length - 2; index >= 0; index -= 1) {
    earliestStartFrom[index] = Math.min(earliestStartFrom[index]!, earliestStartFrom[index + 1]!);
  }
  let range = 0;
  for (const line of lines) {
    while (range < ranges.length && ranges[range]!.end <= line.start) range += 1;
    if (range < ranges.length && earliestStartFrom[range]! < line.end + 1) line.kind = 'quote';
    else if (edgeUnit(line.text) === 0x3e /* > */ && !isOwn(line)) line.kind = 'quote';
  }
  const headerIndex = lines.findIndex((line, index) => line.kind !== 'quote' && !isOwn(line) && isReplyHeader(lines, index) && !headsQuoteBlock(lines, index));
  if (headerIndex !== -1) {
    for (let index = headerIndex; index < lines.length; index += 1) {
      if (!isOwn(lines[index]!)) lines[index]!.kind = 'quote';
    }
  }
  // The attribution line right above a quote block ("Jane wrote:") belongs to the quote; in a
  // paragraph editor a paragraph's margin (a blank line) may lie between them.
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = lines[index]!;
    if (line.kind !== 'text') continue;
    const last = edgeUnit(line.text, true);
    if ((last === 0x3a || last === 0xff1a) /* : ： */ && !isOwn(line) && /(?:wrote|写道|寫道)\s*[:：]\s*$/i.test(line.text) && headsQuoteBlock(lines, index)) {
      line.kind = 'quote';
    }
  }
}

function lastOwnIndex(lines: readonly BodyLine[]): number {
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    if (lines[index]!.kind === 'text') return index;
  }
  return -1;
}

const SENTENCE_END = /[.!?。！？]\s*$/;


/** The full stop of a company's or an address's abbreviation ends no sentence: "Acme Games Ltd.", "Suite 5, 1 Main St.". */
const ABBREVIATION_AT_END = /\b(?:ltd|inc|co|corp|llc|plc|gmbh|dept|st|rd|ave|blvd|jr|sr)\.\s*$/i;

/** Names, titles and phone numbers are short and rarely end like a sentence. */
function readsAsProse(text: string): boolean {
  const { words, han } = wordsAndHan(text);
  if (SENTENCE_END.test(text) && !ABBREVIATION_AT_END.test(text)) return words >= 4 || han >= 6;
  // Without a clause mark, a line of Chinese as long as a company's or an office's full name
  // is one ("滨江区市民服务中心 出入境服务窗口").
  return words >= 10 || han > MOST_NAME_HAN || (han >= 15 && CLAUSE_MARK.test(text));
}

/**
 * "Thanks!" that opens a paragraph of news is no closing: what follows a closing starts with a
 * name, and is mostly names, titles, numbers and addresses. A signature may be long and hold a
 * disclaimer, but text that is mostly sentences is still the mail.
 */
function isFollowedByProse(lines: readonly BodyLine[], signOffLine: number, lastOwn: number): boolean {
  let prose = 0;
  let other = 0;
  for (let index = signOffLine + 1; index <= lastOwn; index += 1) {
    const line = lines[index]!;
    if (line.kind !== 'text') continue;
    if (SIGNATURE_DELIMITER.test(line.text)) return false;
    const sentence = readsAsProse(line.text);
    if (prose + other === 0 && sentence) return true;
    if (sentence) prose += 1;
    else other += 1;
  }
  return prose > other;
}

/**
 * At most this many lines (name, title, company) between a sign-off known by its shape and the
 * end of the agent's text, besides lines of contact details and addresses and a closing
 * disclaimer ("Fa'afetai lava," above a name, a team, a company, an address, a phone and a site).
 */
const SHAPED_SIGN_OFF_SIGNATURE_LINES = 4;
/** A disclaimer that closes a signature, a sentence as it is: "Please consider the environment before printing this email." */
const DISCLAIMER =
  /\b(?:consider the environment before printing|this (?:e-?mail|message)(?: and any attachments?)? (?:is|may|contains?|and)\b|if you (?:have )?received this (?:e-?mail|message) in error)|(?:本|此)(?:邮件|郵件|电邮|電郵)[^。\n]{0,24}(?:保密|機密|机密|勿直接回|请勿回|請勿回)/i;
/** A short line of words ending in a comma: "With sympathy,", "Enjoy your weekend,", "祝周末愉快，". */
const VALEDICTION_SHAPE = /^\s*\p{L}[^,，.!?。！？:：;；]{0,40}[,，]\s*$/u;
const MOST_VALEDICTION_WORDS = 5;
const MOST_VALEDICTION_HAN = 10;
/** The line before a sign-off ends the mail's last sentence or is blank: after "Then:" or "Open the app," a short line with a comma is a list item. */
const ENDS_PARAGRAPH = /[.!?。！？)）]\s*$/;

function isValediction(text: string): boolean {
  if (!VALEDICTION_SHAPE.test(text)) return false;
  const { words, han } = wordsAndHan(text);
  return words <= MOST_VALEDICTION_WORDS && han <= MOST_VALEDICTION_HAN;
}

/** A line that may stand under a sign-off: a name, a title, a company, a number; not a sentence, nor a list item running on. */
function maySignBelow(line: BodyLine): boolean {
  const last = edgeUnit(line.text, true);
  return line.kind === 'text' && !readsAsProse(line.text) && last !== 0x2c && last !== 0xff0c /* , ， */ && last !== 0x3b /* ; */;
}

/**
 * The sign-off SIGN_OFF_WORDINGS does not know, by its place and shape: closings are many ("With
 * sympathy,", "Speak soon,", "Good luck with the climb,") but sit alike, a short line ending in a
 * comma after the mail's last paragraph, then a name and perhaps a title and a company, contact
 * details and a disclaimer, and nothing more. Undefined unless all of that holds: the line after
 * the agent's prose, one to SHAPED_SIGN_OFF_SIGNATURE_LINES short lines after it besides contact
 * details, none of them a sentence or a list item.
 */
function signOffByShape(lines: readonly BodyLine[], lastOwn: number): number | undefined {
  let end = lastOwn;
  while (end > 0 && lines[end]!.kind === 'text' && DISCLAIMER.test(lines[end]!.text)) end -= 1;
  let plainLines = 0;
  for (let index = end - 1; index >= 1 && end - index <= MOST_CONTACT_BLOCK_LINES; index -= 1) {
    const below = lines[index + 1]!;
    if (!maySignBelow(below)) return undefined;
    if (!isContactOnlyLine(below.text) && !readsAsAddress(below.text)) plainLines += 1;
    if (plainLines > SHAPED_SIGN_OFF_SIGNATURE_LINES) return undefined;
    const line = lines[index]!;
    if (line.kind === 'text' && isValediction(line.text)) return endsMailBefore(lines, index) ? index : undefined;
  }
  return undefined;
}

/**
 * Whether the agent's prose comes before line `index` and has ended there: the line before is
 * blank or ends a sentence, so a short line with a comma after "Then:" is a list item, and a
 * greeting and a name alone ("Hi Ben,\nOkay.") are no closing.
 */
function endsMailBefore(lines: readonly BodyLine[], index: number): boolean {
  const before = lines[index - 1]!;
  if (!(before.kind === 'blank' || (before.kind === 'text' && ENDS_PARAGRAPH.test(before.text)))) return false;
  for (let earlier = index - 1; earlier >= 0; earlier -= 1) {
    const line = lines[earlier]!;
    if (line.kind === 'text' && readsAsProse(line.text)) return true;
  }
  return false;
}

/** SENTENCE_END without the full stop, which also ends a company's name ("Acme Ltd."): no line of a signature ends so. */
const EXCLAIMS_OR_ENDS = /[!！。？?]\s*$/;
/** Most lines a signature known by its contact details may have: a longer run of short lines is some list. */
const MOST_CONTACT_BLOCK_LINES = 15;
/** A paragraph that ends in a colon introduces what follows: "You can reach us at:". */
const INTRODUCES_NEXT = /[:：]\s*$/;
/** Punctuation that ends a sentence or a clause. */
const CLAUSE_MARK = /[.!?;,。！？；，、]/;
/** A Latin word that starts in lower case, other than the small words of titles and names ("Head of Support", "Anna van Dijk"). */
const LOWER_CASE_WORD = /(?:^|[^\p{L}\p{N}@./_-])(?!(?:of|and|for|the|de|van|von|da)\b)[a-z]/u;
/** Most Chinese characters and Latin words of the line a signature opens with: a name, a title, a team ("康禾醫療體系 健康管理中心"). */
const MOST_OPENING_HAN = 18;
const MOST_OPENING_WORDS = 5;

/**
 * Whether a line may open a signature: a name, a title or a team ("杨帆", "客服部 李明", "Ryan Ho",
 * "《龍域》客服中心"), short and with its Latin words capitalised; "You can follow the parcel at" or
 * "重置步骤的图文说明见" start sentences.
 */
function mayOpenSignature(text: string): boolean {
  const { words, han } = wordsAndHan(text);
  return han <= MOST_OPENING_HAN && words <= MOST_OPENING_WORDS && !LOWER_CASE_WORD.test(text) && !CLAUSE_MARK.test(text.replace(/[.,]\s*$/, ''));
}
/** A signature known by its contacts has at least this many lines of them: one link under a line is as often a sentence wrapped by hand. */
const LEAST_CONTACT_LINES = 2;
/** A line that begins in lower case. */
const CONTINUES_SENTENCE = /^\s*[a-z]/;
/** A step or an item of a list: "1. Open…", "- Tel: …". */
const LIST_ITEM = /^\s*(?:[-*•·]|\d{1,2}[.)、])\s/;

/** Longest company name or address of a signature, in Chinese characters and in Latin words, with no clause in it. */
const MOST_NAME_HAN = 24;
const MOST_NAME_WORDS = 6;

/** Most Latin words of one comma-separated part of an address: "12/F", "Harbour Logistics Centre", "Kwai Chung". */
const MOST_ADDRESS_PART_WORDS = 4;
/** A part of an address opens with a capital or a number. */
const ADDRESS_PART_OPENING = /^[\p{Lu}\p{N}]/u;
/**
 * A slogan under a company's name: wholly in quotation marks ("Your island, your network",
 * “用心服务每一位客户”), or after the name and a bar ("樂享購物網｜安心買，開心享").
 */
const QUOTED_LINE = /^\s*(?:["“「『][^"”」』]+["”」』]|[^|｜\n]{1,24}[|｜][^|｜\n]+)\s*$/;

/**
 * "12/F, Harbour Logistics Centre, Kwai Chung, N.T.": a number somewhere, and short parts between
 * its commas that each open with a capital or a number, as no sentence does ("Yes, we can do that.").
 */
function readsAsAddress(text: string): boolean {
  if (!/\p{N}/u.test(text)) return false;
  const parts = text.split(/[,，]/).map((part) => part.trim());
  return parts.length >= 2 && parts.every((part) => ADDRESS_PART_OPENING.test(part) && wordsAndHan(part).words <= MOST_ADDRESS_PART_WORDS);
}

/** No line of a signature is longer: a longer one is prose, and is not read for contacts. */
const LONGEST_SIGNATURE_LINE = 200;
/** The agent's staff number or extension, which a signature gives beside the contacts: "工号：SZ10472", "Ext: 2231". */
const STAFF_LABEL_LINE = /^\s*(?:工号|工號|员工编号|員工編號|staff\s*(?:no\.?|id|number)|employee\s*(?:no\.?|id|number)|agent\s*id|ext\.?|extension|分机|分機)[^:：\n]{0,8}[:：]/i;

/**
 * A line a signature may hold: a name, a title, contact details, a staff number, a company's
 * full name or an address as long as a sentence with no clause in it, an address written with
 * commas, or a slogan in quotation marks.
 */
export function maySignInBlock(line: BodyLine): boolean {
  if (line.kind !== 'text' || line.text.length > LONGEST_SIGNATURE_LINE) return false;
  if (maySignBelow(line) || isContactOnlyLine(line.text) || STAFF_LABEL_LINE.test(line.text) || readsAsAddress(line.text)) return true;
  const { words, han } = wordsAndHan(line.text);
  if (QUOTED_LINE.test(line.text)) return han <= MOST_NAME_HAN && words <= MOST_NAME_WORDS;
  return !CLAUSE_MARK.test(line.text) && han <= MOST_NAME_HAN && words <= MOST_NAME_WORDS;
}

/**
 * The block of short lines that ends the agent's text (up to line `lastOwn`) below its last
 * paragraph, when it reads as a signature would: after a blank line or the sentence that ends the
 * mail, its first line a name, a title or a team (see mayOpenSignature), no list items, and no line
 * that goes on with a sentence in lower case. `leastLines`: the fewest lines it may have. Gives its
 * first line and how many of its other lines are contact details; whether that makes it a
 * signature is for the caller.
 */
function nameBlockAtEnd(lines: readonly BodyLine[], lastOwn: number, leastLines: number): { first: number; contacts: number } | undefined {
  let first = lastOwn;
  // A line that ends in "!" or "。" is the mail's ("Thx 再次支持！"), however short.
  while (first > 0 && lastOwn - first + 1 < MOST_CONTACT_BLOCK_LINES && maySignInBlock(lines[first - 1]!) && !EXCLAIMS_OR_ENDS.test(lines[first - 1]!.text)) first -= 1;
  // A block of its own, after a blank line or the sentence that ends the mail ("感谢您对…的支持！"
  // then the name, with no blank line between, as many agents write): a paragraph wrapped by hand
  // into short lines is no signature, and its lines open in lower case or hold no contacts.
  // Or under a closing of its own words, which its contact lines confirm ("Best of luck with the quiz,").
  const closedAbove = () => first >= 2 && VALEDICTION_SHAPE.test(lines[first - 1]!.text) && endsMailBefore(lines, first - 1);
  if (lastOwn - first + 1 < leastLines || first === 0 || !maySignInBlock(lines[first]!) || !(endsMailBefore(lines, first) || closedAbove())) return undefined;
  let paragraphEnd = first - 1;
  while (paragraphEnd > 0 && lines[paragraphEnd]!.kind === 'blank') paragraphEnd -= 1;
  const name = lines[first]!.text;
  if (INTRODUCES_NEXT.test(lines[paragraphEnd]!.text) || isContactLine(name) || LIST_ITEM.test(name) || !mayOpenSignature(name)) return undefined;
  let contacts = 0;
  for (let index = first + 1; index <= lastOwn; index += 1) {
    const line = lines[index]!;
    if (line.kind !== 'text' || LIST_ITEM.test(line.text)) return undefined;
    // An address line says where to reach the company as much as a phone number does.
    const contactOnly = isContactOnlyLine(line.text) || readsAsAddress(line.text);
    // A line that goes on in lower case continues a sentence wrapped by hand ("attached the label…").
    if (!contactOnly && CONTINUES_SENTENCE.test(line.text)) return undefined;
    if (contactOnly) contacts += 1;
  }
  return { first, contacts };
}

/**
 * The signature no sign-off introduces, known by its content: the agent's text ends in a block
 * of two or more short lines after its last paragraph ("感谢您的支持！" then a name, a title,
 * "电话：…", "地址：…") with two or more lines of contact details and little else among the rest;
 * a disclaimer may follow them. Returns the block's first line.
 */
function signatureByContacts(lines: readonly BodyLine[], lastOwn: number): number | undefined {
  const block = nameBlockAtEnd(lines, lastOwn, 2);
  return block !== undefined && block.contacts >= LEAST_CONTACT_LINES ? block.first : undefined;
}

/**
 * Where the agent's own text (`ownLines`, as the draft model gives them) ends in what reads as a
 * name and perhaps a team and a contact line, too few contacts for the model to take it as a
 * signature ("Kevin / Tier 1 Support", "李明 / 客服中心"): the index in `ownLines` of its first
 * line, above which a closing belongs, and whether its lines stand as paragraphs of their own,
 * a blank line apart, as paragraph editors (TinyMCE, ProseMirror, CKEditor) give each line typed
 * with Enter. A lone last line counts only without a digit in it: "Tom" or "客服中心", not
 * "Order A1234".
 */
export function unsignedNameBlock(ownLines: readonly BodyLine[]): { first: number; asParagraphs: boolean } | undefined {
  let lastOwn = ownLines.length - 1;
  while (lastOwn >= 0 && ownLines[lastOwn]!.kind !== 'text') lastOwn -= 1;
  // Every line of it short and with no clause: a sentence under a name is the mail's, not a signature's.
  if (lastOwn < 0 || !maySignInBlock(ownLines[lastOwn]!)) return undefined;
  const paragraphs = withoutBlanksBetweenShortLines(ownLines, lastOwn);
  const lines = paragraphs ?? ownLines;
  const last = paragraphs ? paragraphs.length - 1 : lastOwn;
  const block = nameBlockAtEnd(lines, last, 1);
  if (block === undefined || (block.first === last && /\p{N}/u.test(lines[last]!.text))) return undefined;
  return paragraphs ? { first: ownLines.indexOf(paragraphs[block.first]!), asParagraphs: true } : { first: block.first, asParagraphs: false };
}

/**
 * `lines` up to `lastOwn`, less the single blank lines between the short lines that end it
 * ("Alex Chen", blank, "Acme Support"): the lines of a signature typed in a paragraph editor.
 * Undefined when no such blank line stands between them, so that the usual case copies nothing.
 */
function withoutBlanksBetweenShortLines(lines: readonly BodyLine[], lastOwn: number): readonly BodyLine[] | undefined {
  const short = (index: number) => index >= 0 && maySignInBlock(lines[index]!) && !EXCLAIMS_OR_ENDS.test(lines[index]!.text);
  let first = lastOwn;
  while (first >= 2 && lines[first - 1]!.kind === 'blank' && short(first - 2) && first - 2 > lastOwn - 2 * MOST_CONTACT_BLOCK_LINES) first -= 2;
  if (first === lastOwn) return undefined;
  const tail: BodyLine[] = [];
  for (let index = first; index <= lastOwn; index += 2) tail.push(lines[index]!);
  return [...lines.slice(0, first), ...tail];
}

/** Finds the signature and the sign-off, marking signature lines. */
function markSignature(lines: BodyLine[], known: TextRange | undefined): { signature?: Signature; signOffLine?: number } {
  const lastOwn = lastOwnIndex(lines);
  let signOffLine: number | undefined;
  // The sign-off is searched for before the signature so that "Best regards," followed by a
  // `-- ` block is still recognised as the closing. However long the signature after it is, the
  // last closing line of the agent's text is the sign-off.
  for (let index = lastOwn; index >= 0; index -= 1) {
    const line = lines[index]!;
    if (line.kind !== 'text' || SIGNATURE_DELIMITER.test(line.text)) continue;
    if (signOff().test(line.text)) {
      signOffLine = index;
      break;
    }
  }
  if (signOffLine !== undefined && isFollowedByProse(lines, signOffLine, lastOwn)) signOffLine = undefined;
  signOffLine ??= signOffByShape(lines, lastOwn);

  let first: number | undefined;
  let last = -1;
  let foundBy: Signature['foundBy'] | undefined;
  if (known) {
    for (const line of lines) {
      if (line.kind === 'quote' || !overlaps(line, known)) continue;
      first ??= line.index;
      last = line.index;
    }
    foundBy = first === undefined ? undefined : 'page';
    // The block the page marks may open with the `-- ` delimiter (Roundcube's #_rc_sig): it is no signature line.
    if (first !== undefined && SIGNATURE_DELIMITER.test(lines[first]!.text)) {
      lines[first]!.kind = 'signature';
      first += 1;
    }
  }
  if (foundBy === undefined) {
    const delimiter = lines.findIndex((line) => line.kind === 'text' && SIGNATURE_DELIMITER.test(line.text));
    if (delimiter !== -1) {
      lines[delimiter]!.kind = 'signature';
      first = delimiter + 1;
      foundBy = 'delimiter';
    } else if (signOffLine !== undefined) {
      // "此致 / 敬礼" spans two lines: the second one belongs to the sign-off, not to the signature.
      let afterSignOff = signOffLine + 1;
      while (afterSignOff <= lastOwn && lines[afterSignOff]!.kind === 'text' && signOff().test(lines[afterSignOff]!.text)) {
        afterSignOff += 1;
      }
      if (afterSignOff <= lastOwn) {
        first = afterSignOff;
        foundBy = 'sign-off';
      }
    } else {
      first = signatureByContacts(lines, lastOwn);
      if (first !== undefined) foundBy = 'contacts';
    }
    last = lastOwn;
  }
  if (foundBy === undefined || first === undefined || first > last) return { signOffLine };

  const lineIndexes: number[] = [];
  for (let index = first; index <= last; index += 1) {
    const line = lines[index]!;
    if (line.kind === 'quote') break;
    if (line.kind === 'text') lineIndexes.push(index);
    line.kind = 'signature';
  }
  if (lineIndexes.length === 0) return { signOffLine };
  const range = { start: lines[lineIndexes[0]!]!.start, end: lines[lineIndexes[lineIndexes.length - 1]!]!.end };
  return { signature: { range, lineIndexes, foundBy }, signOffLine };
}

function rangesOf(lines: readonly BodyLine[], keep: (line: BodyLine) => boolean): TextRange[] {
  const ranges: TextRange[] = [];
  let open: TextRange | undefined;
  for (const line of lines) {
    if (keep(line)) {
      if (open) open.end = line.end;
      else open = { start: line.start, end: line.end };
    } else if (open) {
      ranges.push(open);
      open = undefined;
    }
  }
  if (open) ranges.push(open);
  return ranges;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * The same text in one piece. Engines keep a string built by concatenation ("Re: " + subject) as
 * a tree of parts, and reading such a string a character at a time is several times slower;
 * in V8 a single one passing through a loop slows that loop for every string after it. The
 * rules read the fields character by character, so the model holds copies made in one piece.
 */
function inOnePiece(text: string): string {
  return structuredClone(text);
}

/** Drafts whose fields are known to be in one piece: analyzeDraft uses them as they are. */
const madeInOnePiece = new WeakSet<Draft>();

/**
 * Marks a draft whose subject and body were made in one piece (joined by Array.prototype.join,
 * or read from a form control's value), so that analyzeDraft does not copy them: at 300 KB the
 * copy is a third of a keystroke's relint. A mark on a draft that is not is safe, only slower.
 */
export function markedInOnePiece<T extends Draft>(draft: T): T {
  madeInOnePiece.add(draft);
  return draft;
}

export function analyzeDraft(draft: Draft): DraftModel {
  const copied = !madeInOnePiece.has(draft);
  const subject = copied ? inOnePiece(draft.subject) : draft.subject;
  const body = copied ? inOnePiece(draft.body) : draft.body;
  const lines = splitLines(body);
  markQuotes(lines, draft.knownRegions?.quoted, draft.knownRegions?.own);
  const { signature, signOffLine } = markSignature(lines, draft.knownRegions?.signature);
  const ownLines = lines.filter((line) => line.kind === 'text' || line.kind === 'blank');
  const quoted = rangesOf(lines, (line) => line.kind === 'quote');
  const ownRanges = rangesOf(lines, (line) => line.kind === 'text' || line.kind === 'blank');
  const starts = { subject: lineStarts(subject), body: lines.map((line) => line.start) };

  return {
    draft,
    subject,
    body,
    lines,
    quoted,
    signature,
    signOffLine,
    ownLines,
    ownRanges,
    position(field, offset) {
      const fieldStarts = starts[field];
      const line = lastStartingBy(fieldStarts, offset, (start) => start);
      return { line: line + 1, column: offset - fieldStarts[line]! + 1 };
    },
  };
}
