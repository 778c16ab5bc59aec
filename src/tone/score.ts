import type { TextRange } from '../core/types.ts';
import type { AngerTerm } from '../core/vocabulary.ts';
import { GAP, type CueKind, type Lexicon } from './lexicon.ts';
import { ENGLISH } from './lexicon-en.ts';
import { CHINESE } from './lexicon-zh.ts';
import { RecentMap } from '../core/recent-map.ts';
import { firstNotBefore, lastStartingBy } from '../core/sorted.ts';
import { foldingTable, foldForMatching, unitsOf } from './fold.ts';
import { ownTextForScoring, type OwnText } from './mask.ts';
import { PhraseMatcher, type PhraseHit } from './phrase-matcher.ts';
import { capitalsCues, knownCapitalsWith, punctuationCues } from './typography.ts';

/**
 * The anger score of a draft: every cue (a term in context, a run of "!!!", capitals) is an
 * independent piece of evidence of strength s in 0–1, and the score is their noisy-OR,
 * 1 − ∏(1 − s). One strong insult is enough; two middling cues together are about as strong;
 * a lone "!!!" is not.
 */

export type CueSource = CueKind | 'punctuation' | 'capitals';

export interface ToneCue extends TextRange {
  source: CueSource;
  strength: number;
}

export interface ToneAnalysis {
  /** 0–1. */
  score: number;
  /** Every cue that counted (strength ≥ MIN_STRENGTH), in text order. */
  cues: ToneCue[];
}

interface GapTerm {
  kind: CueKind;
  weight: number;
}

type Role =
  | { role: 'term'; kind: CueKind; weight: number }
  | { role: 'gap-head' | 'gap-tail'; gap: GapTerm }
  | { role: 'veto' | 'negator' | 'intensifier' | 'addressee' | 'empathy' | 'cheer' };

/** The phrase matcher's hits of each role. */
type HitsOf = { [R in Role['role']]: PhraseHit<Role & { role: R }>[] };

export interface ToneDetector {
  readonly matcher: PhraseMatcher<Role>;
  readonly knownCapitals: ReadonlySet<string>;
  /** The cues of pieces of own text judged lately, by their text (see `analyzeTone`). */
  readonly pieces: RecentMap<string, PieceTone>;
}

interface PieceTone {
  /** Counted cues, relative to the piece. */
  cues: readonly ToneCue[];
  /** A phrase may run on from its end into text after blank lines (PhraseMatcher.findAll). */
  runsOn: boolean;
}

export interface DetectorAdditions {
  /** Pack terms, counted like insults. */
  angerTerms?: readonly AngerTerm[];
  /** Built-in terms to drop; each also becomes a veto, so a product called "Killer Deal" stays calm. */
  ignoredAngerTerms?: readonly string[];
  acronyms?: readonly string[];
}

/** How each kind of term reacts to its sentence. */
const KIND_RULES: Readonly<Record<CueKind, { negatable: boolean; aimedAtReader: boolean; underEmpathy: number }>> = {
  insult: { negatable: true, aimedAtReader: true, underEmpathy: 1 },
  profanity: { negatable: false, aimedAtReader: false, underEmpathy: 1 },
  hostile: { negatable: false, aimedAtReader: false, underEmpathy: 1 },
  blame: { negatable: true, aimedAtReader: false, underEmpathy: 0.4 },
  sarcasm: { negatable: false, aimedAtReader: false, underEmpathy: 1 },
  passive: { negatable: false, aimedAtReader: false, underEmpathy: 1 },
  threat: { negatable: false, aimedAtReader: false, underEmpathy: 1 },
  negative: { negatable: true, aimedAtReader: true, underEmpathy: 0.3 },
  emotion: { negatable: true, aimedAtReader: false, underEmpathy: 0.2 },
};

const INTENSIFIED = 1.2;
const AIMED_AT_READER = 1.25;
/** "you're fed up": the reader's anger, acknowledged. */
const READERS_FEELING = 0.25;
/** Words inside quotation marks are being reported, not said. */
const QUOTED = 0.3;
/** "!!!" next to "thanks" or "good news". */
const CHEERFUL = 0.25;
const MAX_STRENGTH = 0.97;
/**
 * Cues weakened below this by their context (a quoted insult, "!!!" after "thanks") are
 * dropped: a long mail would otherwise add up dozens of them into a verdict nobody could explain.
 */
export const MIN_STRENGTH = 0.1;
/** How far before a term a negator still reaches: "not being stupid", "一点都不傻", "不会比较烂". */
const NEGATION_REACH = { han: 3, latin: 14 };
const READERS_FEELING_REACH = { han: 4, latin: 16 };
const GAP_REACH = { han: 20, latin: 40 };

const HAN = /\p{Script=Han}/u;

function reach(distances: { han: number; latin: number }, folded: Uint16Array, offset: number): number {
  return HAN.test(String.fromCharCode(folded[offset]!)) ? distances.han : distances.latin;
}

/**
 * Chinese names its reader in six ways that mean the same to the tone of a phrase: 你, polite 您,
 * 妳 (a woman, in Taiwan), each alone or plural with 们 (们 and 們 fold alike). A lexicon phrase
 * written with any of them stands for all six, so "你是不是有病" also finds "你们是不是有病" and
 * "您是不是有病"; 你好 and 您好 are greetings and stay as written.
 */
const READER_PRONOUN = /[你您妳](?!们?好)们?/gu;
const READER_PRONOUNS = ['你', '您', '妳', '你们', '您们', '妳们'];

/** Every form of a folded phrase with its reader pronouns in each of their six forms (the phrase itself among them). */
export function readerPronounVariants(phrase: string): string[] {
  const parts = phrase.split(READER_PRONOUN);
  let variants = [parts[0]!];
  for (const part of parts.slice(1)) variants = variants.flatMap((head) => READER_PRONOUNS.map((pronoun) => head + pronoun + part));
  return variants;
}

/** Terms of a group share one value, and words of a role one: the matcher keeps a value per pattern, and the lexicons have thousands. */
function addLexicon(entries: { pattern: string; value: Role }[], lexicon: Lexicon, ignored: ReadonlySet<string>): void {
  const roles = ['veto', 'negator', 'intensifier', 'addressee', 'empathy', 'cheer'] as const;
  const lists = { veto: lexicon.vetoes, negator: lexicon.negators, intensifier: lexicon.intensifiers, addressee: lexicon.addressee, empathy: lexicon.empathy, cheer: lexicon.cheer };
  const foldedTerms = lexicon.groups.map((group) => group.terms.map(foldForMatching));
  const foldedWords = roles.map((role) => lists[role].map(foldForMatching));
  // A phrase the lexicon writes out itself in a role keeps its own entry there (a term its own
  // group's weight); another phrase's form that meets it is not added to that role again.
  const writtenKey = (role: Role['role'], pattern: string) => `${role}:${pattern}`;
  const written = new Set([...foldedTerms.flat().map((term) => writtenKey('term', term)), ...roles.flatMap((role, at) => foldedWords[at]!.map((word) => writtenKey(role, word)))]);
  const add = (pattern: string, value: Role) => {
    for (const variant of readerPronounVariants(pattern)) {
      if (variant === pattern || !written.has(writtenKey(value.role, variant))) entries.push({ pattern: variant, value });
    }
  };
  lexicon.groups.forEach((group, at) => {
    const term: Role = { role: 'term', kind: group.kind, weight: group.weight };
    for (const folded of foldedTerms[at]!) {
      if (ignored.has(folded)) continue;
      const gapAt = folded.indexOf(GAP);
      if (gapAt === -1) {
        add(folded, term);
      } else {
        // Each gapped term its own: its head and tail are paired by this object.
        const gap: GapTerm = { kind: group.kind, weight: group.weight };
        add(folded.slice(0, gapAt), { role: 'gap-head', gap });
        add(folded.slice(gapAt + GAP.length), { role: 'gap-tail', gap });
      }
    }
  });
  roles.forEach((role, at) => {
    const value: Role = { role };
    for (const word of foldedWords[at]!) add(word, value);
  });
}

export function compileToneDetector(additions: DetectorAdditions = {}): ToneDetector {
  const ignored = new Set((additions.ignoredAngerTerms ?? []).map(foldForMatching));
  const entries: { pattern: string; value: Role }[] = [];
  addLexicon(entries, ENGLISH, ignored);
  addLexicon(entries, CHINESE, ignored);
  for (const word of ignored) entries.push({ pattern: word, value: { role: 'veto' } });
  for (const { term, weight } of additions.angerTerms ?? []) {
    entries.push({ pattern: foldForMatching(term), value: { role: 'term', kind: 'insult', weight: Math.min(Math.max(weight, 0), 1) } });
  }
  return { matcher: new PhraseMatcher(entries), knownCapitals: knownCapitalsWith(additions.acronyms ?? []), pieces: new RecentMap(KEPT_PIECES) };
}

const LINE_FEED = 0x0a;
const SPACE = 0x20;
const FULL_STOP = 0x2e;
const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

// What each UTF-16 unit is to the sentence splitter (0 for the rest), in a table so that
// the splitter pays one lookup per unit. Blanks sort below the units that stop the splitter's scan.
const IS_BLANK = 1; // white space other than a line feed, as String.prototype.trim knows it
const ENDS_SENTENCE = 2; // ! ? 。 ;
const IS_FULL_STOP = 3;
const IS_LINE_FEED = 4;
const sentenceClasses = new Uint8Array(0x10000);
for (const blank of [0x09, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) sentenceClasses[blank] = IS_BLANK;
sentenceClasses.fill(IS_BLANK, 0x2000, 0x200b);
for (const end of [EXCLAMATION, QUESTION, 0x3002, 0x3b]) sentenceClasses[end] = ENDS_SENTENCE;
sentenceClasses[FULL_STOP] = IS_FULL_STOP;
sentenceClasses[LINE_FEED] = IS_LINE_FEED;

/** Whether `units[start, end)` holds more than blanks and line feeds. */
function holdsWords(units: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const unitClass = sentenceClasses[units[index]!];
    if (unitClass !== IS_BLANK && unitClass !== IS_LINE_FEED) return true;
  }
  return false;
}

/**
 * Sentences end at ! ? 。 ; (a run of them counts as one), at a full stop before a blank,
 * and at blank lines; a single line feed is only wrapping. Blanks between sentences belong to none.
 */
export function splitSentences(folded: string | Uint16Array): TextRange[] {
  const units = typeof folded === 'string' ? unitsOf(folded) : folded;
  const length = units.length;
  const sentences: TextRange[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    // Words and blanks change nothing until a unit that may end a sentence; whether a stretch
    // held words is asked only at a blank line, by reading it from its start up to its first word.
    let unitClass = 0;
    while (index < length && (unitClass = sentenceClasses[units[index]!]!) <= IS_BLANK) index += 1;
    if (index === length) break;
    if (unitClass === ENDS_SENTENCE) {
      let end = index + 1;
      while (end < length && (units[end] === EXCLAMATION || units[end] === QUESTION)) end += 1;
      sentences.push({ start, end });
      start = end;
      index = end;
    } else if (unitClass === IS_FULL_STOP) {
      index += 1;
      if (index === length || units[index] === SPACE || units[index] === LINE_FEED) {
        sentences.push({ start, end: index });
        start = index;
      }
    } else {
      let end = index + 1;
      let blankLine = false;
      while (end < length && (units[end] === SPACE || units[end] === LINE_FEED)) {
        if (units[end] === LINE_FEED) blankLine = true;
        end += 1;
      }
      if (blankLine) {
        if (holdsWords(units, start, index)) sentences.push({ start, end: index });
        start = end;
      }
      index = end;
    }
  }
  if (holdsWords(units, start, length)) sentences.push({ start, end: length });
  return sentences;
}

function sentenceIndexAt(sentences: readonly TextRange[], offset: number): number {
  return lastStartingBy(sentences, offset, (sentence) => sentence.start);
}

/** The mark that closes a quotation opened by each unit, or 0: “…”, "…", 「…」, 『…』, ‘…’ and '…'; a table, as every unit is looked up. */
const closingQuotes = new Uint16Array(0x10000);
for (const [opening, closing] of [
  [0x201c, 0x201d],
  [0x22, 0x22],
  [0x300c, 0x300d],
  [0x300e, 0x300f],
  [0x2018, 0x2019],
  [0x27, 0x27],
] as const) {
  closingQuotes[opening] = closing;
}

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LONGEST_QUOTATION = 120;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** LETTER_OR_DIGIT for each UTF-16 unit, learnt as units turn up: 0 not yet known, 1 no, 2 yes. */
const letterOrDigit = new Uint8Array(0x10000);

function isLetterOrDigit(unit: number): boolean {
  let known = letterOrDigit[unit]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 2 : 1;
    letterOrDigit[unit] = known;
  }
  return known === 2;
}

function isWordAt(units: Uint16Array, index: number): boolean {
  return index >= 0 && index < units.length && isLetterOrDigit(units[index]!);
}

/** A single quote opens a quotation before a word and after a non-word ('final sale'), unlike the one in "don't". */
function singleQuoteOpens(units: Uint16Array, index: number): boolean {
  return !isWordAt(units, index - 1) && isWordAt(units, index + 1);
}

function singleQuoteCloses(units: Uint16Array, index: number): boolean {
  if (isWordAt(units, index + 1) || index === 0) return false;
  const previous = units[index - 1]!;
  return isLetterOrDigit(previous) || previous === FULL_STOP || previous === EXCLAMATION || previous === QUESTION || previous === 0x2c /* , */;
}

/** Quotations on one line, up to LONGEST_QUOTATION long, marks included. */
export function quotations(masked: Uint16Array): TextRange[] {
  const length = masked.length;
  const ranges: TextRange[] = [];
  for (let index = 0; index < length; index += 1) {
    const closing = closingQuotes[masked[index]!]!;
    if (closing === 0) continue;
    const single = closing === APOSTROPHE || closing === RIGHT_SINGLE_QUOTE;
    if (single && !singleQuoteOpens(masked, index)) continue;
    const limit = Math.min(length, index + LONGEST_QUOTATION);
    for (let end = index + 1; end < limit && masked[end] !== LINE_FEED; end += 1) {
      const candidate = masked[end]!;
      const closes = single ? (candidate === APOSTROPHE || candidate === RIGHT_SINGLE_QUOTE) && singleQuoteCloses(masked, end) : candidate === closing;
      if (closes) {
        ranges.push({ start: index, end: end + 1 });
        index = end;
        break;
      }
    }
  }
  return ranges;
}

/** Whether `hit` lies within one of `ranges`, which are in text order and do not overlap (as `quotations` gives them). */
function inside(ranges: readonly TextRange[], hit: TextRange): boolean {
  // The last range starting at or before the hit is the only one that can hold it.
  const after = firstNotBefore(ranges, (range) => range.start <= hit.start);
  return after > 0 && hit.end <= ranges[after - 1]!.end;
}

/**
 * Hits of one role in text order, asked which of them lie near a place: a window of the list
 * found by bisection, so that a draft with thousands of terms and thousands of negators costs
 * the hits near each term, not all of them.
 */
export class HitsByStart<T extends TextRange> {
  readonly #hits: readonly T[];
  readonly #longest: number;

  /** `hits` must be in order of their starts, as the phrase matcher gives them. */
  constructor(hits: readonly T[]) {
    this.#hits = hits;
    this.#longest = hits.reduce((longest, hit) => Math.max(longest, hit.end - hit.start), 0);
  }

  /** The index of the first hit starting at or after `offset`. */
  #firstFrom(offset: number): number {
    return firstNotBefore(this.#hits, (hit) => hit.start < offset);
  }

  /** Whether `test` holds for a hit that starts at or after `from` and overlaps or ends before `to`: it starts before `to`. */
  someStartingIn(from: number, to: number, test: (hit: T) => boolean): boolean {
    for (let index = this.#firstFrom(from); index < this.#hits.length && this.#hits[index]!.start < to; index += 1) {
      if (test(this.#hits[index]!)) return true;
    }
    return false;
  }

  /** Whether `test` holds for a hit that starts at or after `floor` and ends within `[endFrom, endTo]`. */
  someEndingIn(floor: number, endFrom: number, endTo: number, test: (hit: T) => boolean): boolean {
    return this.someStartingIn(Math.max(floor, endFrom - this.#longest), endTo, (hit) => hit.end >= endFrom && hit.end <= endTo && test(hit));
  }

  /** Whether `test` holds for a hit that overlaps `[start, end)`. */
  someOverlapping(start: number, end: number, test: (hit: T) => boolean): boolean {
    return this.someStartingIn(start - this.#longest + 1, end, (hit) => hit.end > start && test(hit));
  }

  /** The first hit, in text order, that starts at or after `from` and before `to` and passes `test`. */
  firstStartingIn(from: number, to: number, test: (hit: T) => boolean): T | undefined {
    for (let index = this.#firstFrom(from); index < this.#hits.length && this.#hits[index]!.start < to; index += 1) {
      if (test(this.#hits[index]!)) return this.#hits[index];
    }
    return undefined;
  }
}

interface TermHit extends TextRange {
  kind: CueKind;
  weight: number;
}

/** "难道…吗": a head followed by its tail in the same sentence, near enough. */
function joinGaps(heads: HitsOf['gap-head'], tails: HitsByStart<HitsOf['gap-tail'][number]>, folded: Uint16Array, sentences: readonly TextRange[]): TermHit[] {
  const joined: TermHit[] = [];
  for (const head of heads) {
    const gap = head.value.gap;
    const sentence = sentences[sentenceIndexAt(sentences, head.start)]!;
    const limit = Math.min(sentence.end, head.end + reach(GAP_REACH, folded, head.start));
    // A tail ending by the limit starts before it.
    const tail = tails.firstStartingIn(head.end, limit, (hit) => hit.value.gap === gap && hit.end <= limit);
    if (tail) joined.push({ start: head.start, end: tail.end, kind: gap.kind, weight: gap.weight });
  }
  return joined;
}

/**
 * Drops terms that an innocent word overlaps ("可靠" over 靠), then settles overlaps between
 * terms: the heavier stays, and of two equally heavy ones the longer ("他妈的" over "妈的"),
 * measured in the body, since a phrase may run over quoted text that the own text shortens.
 */
function settleTerms(terms: TermHit[], vetoes: HitsByStart<TextRange>, own: OwnText): TermHit[] {
  const unvetoed = terms.filter((term) => !vetoes.someOverlapping(term.start, term.end, (veto) => !(term.start <= veto.start && veto.end <= term.end)));
  const lengthInBody = (term: TermHit) => own.bodyOffset(term.end) - own.bodyOffset(term.start);
  unvetoed.sort((a, b) => b.weight - a.weight || lengthInBody(b) - lengthInBody(a) || a.start - b.start);
  // Units covered by a kept term: a term overlaps a kept one exactly when it covers one of them
  // (terms are never empty), at a cost of its length rather than of every term kept so far.
  const covered = new Uint8Array(unvetoed.length === 0 ? 0 : own.folded.length);
  const kept: TermHit[] = [];
  for (const term of unvetoed) {
    if (covered.subarray(term.start, term.end).includes(1)) continue;
    covered.fill(1, term.start, term.end);
    kept.push(term);
  }
  return kept;
}

/**
 * The most that capitals, or exclamation and question marks, can add however many there
 * are: a mail with two headings in capitals is not angry, and neither is one full of "!!!".
 */
const TYPOGRAPHY_CEILING: Partial<Record<CueSource, number>> = { capitals: 0.4, punctuation: 0.45 };
/**
 * And the most both together can add, under the hold line: "THIS MUST BE DONE BY JANUARY 15!!!"
 * is shouting, which its own rule reports, not anger. With a word of anger beside them they add
 * to it all the same.
 */
const TYPOGRAPHY_TOGETHER_CEILING = 0.45;

function combine(cues: readonly ToneCue[]): number {
  const calmBySource = new Map<CueSource, number>();
  for (const cue of cues) calmBySource.set(cue.source, (calmBySource.get(cue.source) ?? 1) * (1 - cue.strength));
  let wordsCalm = 1;
  let typographyCalm = 1;
  for (const [source, sourceCalm] of calmBySource) {
    const ceiling = TYPOGRAPHY_CEILING[source];
    if (ceiling === undefined) wordsCalm *= sourceCalm;
    else typographyCalm *= 1 - Math.min(1 - sourceCalm, ceiling);
  }
  return 1 - wordsCalm * (1 - Math.min(1 - typographyCalm, TYPOGRAPHY_TOGETHER_CEILING));
}

function hasPauseBetween(folded: Uint16Array, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) {
    const unit = folded[index];
    if (unit === 0x2c /* , */ || unit === 0xff0c /* ， */ || unit === 0x3001 /* 、 */) return true;
  }
  return false;
}

/** Own text from this long on is judged in pieces, each piece's cues kept for the next lint. */
const PIECES_FROM = 16_384;
/** Pieces kept per detector: those of a draft of about 4 MB of own text, or of several drafts. */
const KEPT_PIECES = 2048;
/** A piece ends after about one paragraph in PIECE_ODDS, which one its length and last words decide. */
const PIECE_ODDS = 8;
/** And after this many code units at the most. */
const LONGEST_PIECE = 16_384;
/** The code units at the end of a paragraph that, with its length, decide whether a piece ends there. */
const ENDING_UNITS = 8;

/**
 * The lexicon's score of the agent's own text (`ownRanges` of the body) and the cues it rests on.
 *
 * Every cue depends only on its sentence and its line, and sentences end at blank lines, so a
 * long draft being typed (`inPieces`) is judged in pieces: runs of paragraphs (own text lines
 * between blank lines), the cues of a piece met before reused. Where a piece ends is decided by
 * the length and last words of its last paragraph rather than by where it starts, so an edit
 * changes its own piece (and perhaps the next) and every other piece is met again: typing into a
 * 300 KB draft judges a few KB. A one-off lint would only pay for keeping pieces (a quarter more
 * on long text), so it judges whole. The result is the one of judging the text whole (property
 * test); where it might not be, the text is judged whole: own ranges less than two units apart
 * (they would read on), or a phrase that could run on from one piece into the next (the
 * lexicon's spaces match blank lines).
 */
export function analyzeTone(detector: ToneDetector, body: string, ownRanges: readonly TextRange[], { inPieces = false } = {}): ToneAnalysis {
  const ownLength = ownRanges.reduce((total, range) => total + range.end - range.start, 0);
  return (inPieces && ownLength >= PIECES_FROM ? analyzeToneInPieces(detector, body, ownRanges) : undefined) ?? analyzeToneWhole(detector, body, ownRanges);
}

/** The analysis of the own text judged whole. */
export function analyzeToneWhole(detector: ToneDetector, body: string, ownRanges: readonly TextRange[]): ToneAnalysis {
  const cues = cuesOf(detector, ownTextForScoring(body, ownRanges));
  return { score: combine(cues), cues };
}

/** The analysis of the own text judged in pieces; undefined where that might differ from judging it whole. */
export function analyzeToneInPieces(detector: ToneDetector, body: string, ownRanges: readonly TextRange[], odds = PIECE_ODDS): ToneAnalysis | undefined {
  const pieces = piecesOf(body, ownRanges, odds);
  const cues = pieces && cuesByPiece(detector, body, pieces);
  return cues && { score: combine(cues), cues };
}

interface Piece extends TextRange {
  /** It starts an own range, where a greeting may name the customer (mask.ts). */
  opensOwnText: boolean;
}

/** Whether a piece ends with the paragraph ending at `paragraphEnd`: by a hash of its length and its last units. */
function endsPiece(body: string, paragraphStart: number, paragraphEnd: number, odds: number): boolean {
  let hash = paragraphEnd - paragraphStart;
  for (let index = Math.max(0, paragraphEnd - ENDING_UNITS); index < paragraphEnd; index += 1) hash = (Math.imul(hash, 31) + body.charCodeAt(index)) | 0;
  return (hash >>> 0) % odds === 0;
}

/**
 * Pieces of the own text, each a run of whole paragraphs within one own range (blank lines as
 * the sentence splitter reads them, once folded); undefined when own ranges lie too close.
 */
function piecesOf(body: string, ownRanges: readonly TextRange[], odds: number): Piece[] | undefined {
  const fold = foldingTable();
  const isBlank = (start: number, end: number) => {
    for (let index = start; index < end; index += 1) if (fold[body.charCodeAt(index)] !== SPACE) return false;
    return true;
  };
  const pieces: Piece[] = [];
  for (let index = 0; index < ownRanges.length; index += 1) {
    const range = ownRanges[index]!;
    // The other text between two own ranges stands as at most two line feeds (mask.ts): fewer do not end a sentence.
    if (index > 0 && range.start - ownRanges[index - 1]!.end < 2) return undefined;
    let open: Piece | undefined;
    /** The paragraph being read, while its lines go on. */
    let paragraph: TextRange | undefined;
    const endParagraph = () => {
      if (!paragraph || !open) return;
      if (endsPiece(body, paragraph.start, paragraph.end, odds) || paragraph.end - open.start >= LONGEST_PIECE) {
        pieces.push(open);
        open = undefined;
      }
      paragraph = undefined;
    };
    for (let lineStart = range.start; lineStart < range.end; ) {
      const newline = body.indexOf('\n', lineStart);
      const lineEnd = newline === -1 || newline >= range.end ? range.end : newline;
      if (isBlank(lineStart, lineEnd)) {
        endParagraph();
      } else {
        open ??= { start: lineStart, end: lineEnd, opensOwnText: lineStart === range.start };
        open.end = lineEnd;
        paragraph ??= { start: lineStart, end: lineEnd };
        paragraph.end = lineEnd;
      }
      lineStart = lineEnd + 1;
    }
    if (open) pieces.push(open);
  }
  return pieces;
}

function cuesByPiece(detector: ToneDetector, body: string, pieces: readonly Piece[]): ToneCue[] | undefined {
  const cues: ToneCue[] = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index]!;
    const text = body.slice(piece.start, piece.end);
    const key = `${piece.opensOwnText ? 1 : 0}${text}`;
    let tone = detector.pieces.get(key);
    if (!tone) {
      const end = { runsOn: false };
      tone = { cues: cuesOf(detector, ownTextForScoring(text, [{ start: 0, end: text.length }], piece.opensOwnText), end), runsOn: end.runsOn };
      detector.pieces.set(key, tone);
    }
    if (tone.runsOn && index < pieces.length - 1) return undefined;
    for (const cue of tone.cues) cues.push({ ...cue, start: cue.start + piece.start, end: cue.end + piece.start });
  }
  return cues;
}

// What a sentence holds, as bits of sentenceMarks.
const EMPATHY = 1;
const CHEER = 2;
const ADDRESSED = 4;

/**
 * The hits of each role, in text order, and the marks of each sentence: one pass over the hits,
 * which come in order of their starts, following the sentences along.
 */
function hitsByRole(hits: readonly PhraseHit<Role>[], sentences: readonly TextRange[], folded: Uint16Array): { byRole: HitsOf; sentenceMarks: Uint8Array } {
  const byRole: HitsOf = { term: [], 'gap-head': [], 'gap-tail': [], veto: [], negator: [], intensifier: [], addressee: [], empathy: [], cheer: [] };
  const sentenceMarks = new Uint8Array(sentences.length);
  /** The sentence of the last hit looked at, as sentenceIndexAt gives it. */
  let sentenceIndex = 0;
  /** Where the last negator ended: "not our fault", "唔係我哋嘅錯" deny the fault rather than own it. */
  let negatorEnd = -1;
  for (const hit of hits) {
    const role = hit.value.role;
    (byRole[role] as PhraseHit<Role>[]).push(hit);
    if (role === 'negator') negatorEnd = hit.end;
    const denied = role === 'empathy' && negatorEnd >= 0 && negatorEnd <= hit.start && hit.start - negatorEnd <= reach(NEGATION_REACH, folded, hit.start) && !hasPauseBetween(folded, negatorEnd, hit.start);
    const mark = role === 'empathy' && !denied ? EMPATHY : role === 'cheer' ? CHEER : role === 'addressee' ? ADDRESSED : 0;
    if (mark === 0) continue;
    while (sentenceIndex + 1 < sentences.length && sentences[sentenceIndex + 1]!.start <= hit.start) sentenceIndex += 1;
    sentenceMarks[sentenceIndex]! |= mark;
  }
  return { byRole, sentenceMarks };
}

/** The counted cues of the own text, in text order, at body offsets. */
function cuesOf(detector: ToneDetector, own: OwnText, end?: { runsOn: boolean }): ToneCue[] {
  const { masked, folded } = own;
  const sentences = splitSentences(folded);
  const hits = detector.matcher.findAll(folded, end);
  const quoted = quotations(masked);

  const { byRole, sentenceMarks } = hitsByRole(hits, sentences, folded);
  const vetoes = new HitsByStart(byRole.veto);
  const negators = new HitsByStart(byRole.negator);
  const intensifiers = new HitsByStart(byRole.intensifier);
  const addressees = new HitsByStart(byRole.addressee);
  const marked = (sentenceIndex: number, mark: number) => (sentenceMarks[sentenceIndex]! & mark) !== 0;

  const terms: TermHit[] = joinGaps(byRole['gap-head'], new HitsByStart(byRole['gap-tail']), folded, sentences);
  for (const hit of byRole.term) terms.push({ start: hit.start, end: hit.end, kind: hit.value.kind, weight: hit.value.weight });

  const cues: ToneCue[] = [];
  for (const term of settleTerms(terms, vetoes, own)) {
    const rules = KIND_RULES[term.kind];
    const sentenceIndex = sentenceIndexAt(sentences, term.start);
    const sentenceStart = sentences[sentenceIndex]!.start;
    // A hit of `hits` in the term's sentence that ends at most `reachChars` before it, with no pause between.
    const before = (hits: HitsByStart<TextRange>, reachChars: number) =>
      hits.someEndingIn(sentenceStart, term.start - reachChars, term.start, (hit) => !hasPauseBetween(folded, hit.end, term.start));
    if (rules.negatable && before(negators, reach(NEGATION_REACH, folded, term.start))) continue;
    let strength = term.weight;
    if (before(intensifiers, 1)) strength *= INTENSIFIED;
    if (rules.aimedAtReader && marked(sentenceIndex, ADDRESSED)) strength *= AIMED_AT_READER;
    if (marked(sentenceIndex, EMPATHY)) strength *= rules.underEmpathy;
    if (term.kind === 'emotion' && before(addressees, reach(READERS_FEELING_REACH, folded, term.start))) strength *= READERS_FEELING;
    if (inside(quoted, term)) strength *= QUOTED;
    cues.push({ start: term.start, end: term.end, source: term.kind, strength: Math.min(strength, MAX_STRENGTH) });
  }

  for (const run of punctuationCues(folded)) {
    const cheerful = marked(sentenceIndexAt(sentences, run.start), CHEER);
    cues.push({ start: run.start, end: run.end, strength: run.strength * (cheerful ? CHEERFUL : 1), source: 'punctuation' });
  }
  for (const shout of capitalsCues(masked, sentences, detector.knownCapitals)) {
    const factor = (marked(sentenceIndexAt(sentences, shout.start), CHEER) ? CHEERFUL : 1) * (inside(quoted, shout) ? QUOTED : 1);
    cues.push({ start: shout.start, end: shout.end, strength: shout.strength * factor, source: 'capitals' });
  }

  const counted = cues.filter((cue) => cue.strength >= MIN_STRENGTH).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const cue of counted) {
    cue.start = own.bodyOffset(cue.start);
    cue.end = own.bodyOffset(cue.end);
  }
  return counted;
}
