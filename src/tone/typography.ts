import type { TextRange } from '../core/types.ts';
import { decodeUnits } from './fold.ts';

/**
 * Shouting without words: runs of "!!!" or "？？？" and capitals. One run of marks, or capitals
 * alone, stay below the threshold ("YAY, it works!!!", a heading in capitals); several runs in
 * one mail add up to shouting, and either kind tips a draft over when words already point that
 * way. What they can add at most is capped in score.ts.
 */

export interface TypographyCue extends TextRange {
  strength: number;
}

const EXCLAMATION = 0x21;
const QUESTION = 0x3f;

/** Runs of two or more exclamation and question marks in folded text (full-width marks are folded to ASCII). */
export function punctuationCues(folded: Uint16Array): TypographyCue[] {
  const cues: TypographyCue[] = [];
  const length = folded.length;
  // The marks are rare: the native search passes over the text between them several times faster than a loop.
  let nextExclamation = folded.indexOf(EXCLAMATION);
  let nextQuestion = folded.indexOf(QUESTION);
  while (nextExclamation !== -1 || nextQuestion !== -1) {
    const index = nextQuestion === -1 || (nextExclamation !== -1 && nextExclamation < nextQuestion) ? nextExclamation : nextQuestion;
    let end = index;
    let asks = false;
    for (; end < length && (folded[end] === EXCLAMATION || folded[end] === QUESTION); end += 1) {
      if (folded[end] === QUESTION) asks = true;
    }
    if (end - index >= 2) cues.push({ start: index, end, strength: asks || end - index >= 3 ? 0.3 : 0.15 });
    if (nextExclamation !== -1 && nextExclamation < end) nextExclamation = folded.indexOf(EXCLAMATION, end);
    if (nextQuestion !== -1 && nextQuestion < end) nextQuestion = folded.indexOf(QUESTION, end);
  }
  return cues;
}

/** Short words in capitals that are shouting rather than abbreviations. */
const SHOUTED_SHORT_WORDS = new Set([
  'NO', 'NOT', 'YOU', 'ONE', 'WHY', 'HOW', 'NOW', 'ALL', 'ARE', 'DID', 'YES', 'AND', 'THE', 'WAS', 'HAS', 'CAN', 'ANY',
  'DO', 'IS', 'ME', 'MY', 'BE', 'WE', 'GET', 'PUT', 'USE', 'OWN', 'HAD', 'OUR', 'WILL', 'DONT', "DON'T", "CAN'T",
]);

/** Capitalised words that are names of things or labels in ordinary mail. Packs add their own (vocabulary.acronyms). */
const KNOWN_CAPITALS = [
  'ASAP', 'NOTE', 'NOTICE', 'URGENT', 'IMPORTANT', 'WARNING', 'ATTENTION', 'REMINDER', 'UPDATE', 'FINAL', 'DRAFT',
  'CONFIDENTIAL', 'PRIVILEGED', 'FYI', 'HTTP', 'HTTPS', 'HTML', 'JSON', 'GDPR', 'DSAR', 'IMEI', 'SMART', 'VOLTE', 'WIFI',
  'FEDEX', 'USPS', 'NASA', 'NATO', 'FAQ', 'JPEG', 'IBAN', 'SWIFT', 'AMEX',
  'VISA', 'CORP', 'INFO', 'DATA', 'TODO', 'SERVICE', 'OKAY', 'FREE', 'SALE', 'RSVP', 'README', 'ISBN', 'UNICEF',
  'UNESCO', 'IKEA', 'LEGO', 'SONY', 'ASUS', 'ACER', 'NVIDIA', 'INTEL',
];

const SHOUTED_SENTENCE = 0.25;
const SHOUTED_WORD = 0.12;

const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;
const HYPHEN = 0x2d;
const UNDERSCORE = 0x5f;

function isAsciiLetter(unit: number): boolean {
  const lower = unit | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

function isCapital(unit: number): boolean {
  return unit >= 0x41 && unit <= 0x5a;
}

function isApostrophe(unit: number): boolean {
  return unit === APOSTROPHE || unit === RIGHT_SINGLE_QUOTE;
}

/** A unit that may not touch a word: `[\w-]` of a regular expression. */
function joinsWord(unit: number): boolean {
  return isAsciiLetter(unit) || (unit >= 0x30 && unit <= 0x39) || unit === UNDERSCORE || unit === HYPHEN;
}

export function knownCapitalsWith(extra: readonly string[]): ReadonlySet<string> {
  return new Set([...KNOWN_CAPITALS, ...extra.map((word) => word.toUpperCase())]);
}

/** Longer words are decoded natively; for the usual short ones a call into the decoder costs more than the loop. */
const DECODE_NATIVELY_FROM = 16;

function wordAt(masked: Uint16Array, start: number, end: number): string {
  if (end - start >= DECODE_NATIVELY_FROM) return decodeUnits(masked.subarray(start, end));
  let word = '';
  for (let index = start; index < end; index += 1) word += String.fromCharCode(masked[index]!);
  return word;
}

/** Whether the word at `masked[start, end)`, ASCII letters and apostrophes, is shouted. */
function isShouted(masked: Uint16Array, start: number, end: number, known: ReadonlySet<string>): boolean {
  let letterCount = 0;
  for (let index = start; index < end; index += 1) {
    const unit = masked[index]!;
    if (isApostrophe(unit)) continue;
    // A small letter.
    if (unit >= 0x61) return false;
    letterCount += 1;
  }
  if (letterCount < 2) return false;
  // "NOTE:" and "MMS: OFF" are labels.
  if (masked[end] === 0x3a /* : */ || masked[end] === 0xff1a /* ： */) return false;
  const word = wordAt(masked, start, end);
  const letters = letterCount === end - start ? word : word.replace(/['’]/g, '');
  if (known.has(letters)) return false;
  return letterCount >= 4 || SHOUTED_SHORT_WORDS.has(word);
}

/**
 * The end of the word of ASCII letters and apostrophes that starts at `start`, or -1. A word
 * touches no other letter, digit, underscore or hyphen; when one follows, the word ends at its
 * last apostrophe ("DON'T-" gives "DON"), and without one there is no word.
 */
function wordEnd(masked: Uint16Array, start: number): number {
  if (!isAsciiLetter(masked[start]!) || (start > 0 && joinsWord(masked[start - 1]!))) return -1;
  const length = masked.length;
  let end = start + 1;
  while (end < length && (isAsciiLetter(masked[end]!) || isApostrophe(masked[end]!))) end += 1;
  if (end < length && joinsWord(masked[end]!)) {
    do end -= 1;
    while (end > start && !isApostrophe(masked[end]!));
    if (end === start) return -1;
  }
  return end;
}

/**
 * Where a shouted word may start at or after `from`, or -1: a capital followed by a capital or
 * an apostrophe, as every word of two capitals or more begins. Most text has none for long stretches.
 */
function nextCapitalPair(masked: Uint16Array, from: number): number {
  const last = masked.length - 1;
  for (let index = from; index < last; index += 1) {
    if (isCapital(masked[index]!) && (isCapital(masked[index + 1]!) || isApostrophe(masked[index + 1]!))) return index;
  }
  return -1;
}

/** The cues of the words that start in `masked[from, to)`, the words of one sentence. */
function sentenceCapitals(masked: Uint16Array, from: number, to: number, known: ReadonlySet<string>, cues: TypographyCue[]): void {
  let words = 0;
  // The shouted words of the sentence, as plain numbers: a sentence of 200,000 of them is one cue.
  const shoutedStarts: number[] = [];
  const shoutedEnds: number[] = [];
  for (let start = from; start < to; start += 1) {
    const end = wordEnd(masked, start);
    if (end === -1) continue;
    words += 1;
    if (isShouted(masked, start, end, known)) {
      shoutedStarts.push(start);
      shoutedEnds.push(end);
    }
    start = end - 1;
  }
  const shouted = shoutedStarts.length;
  if (shouted > 0 && words >= 3 && shouted / words >= 0.7) {
    cues.push({ start: shoutedStarts[0]!, end: shoutedEnds[shouted - 1]!, strength: SHOUTED_SENTENCE });
  } else if (shouted > 0) {
    // Many capitals in a long sentence are a heading or a product list more often than a shout.
    const perWord = Math.min(SHOUTED_WORD, SHOUTED_SENTENCE / shouted);
    for (let index = 0; index < shouted; index += 1) cues.push({ start: shoutedStarts[index]!, end: shoutedEnds[index]!, strength: perWord });
  }
}

/**
 * Capitals in the masked, unfolded text, sentence by sentence: a sentence mostly in capitals
 * is shouted as a whole; otherwise each shouted word adds a little. A word belongs to the first
 * sentence that ends after its start. `sentences` are those of the folded text, and none ends
 * inside a word (words are letters and apostrophes, sentences end at marks and line feeds): so
 * the words of a sentence can be read from its start alone, and only the sentences in which a
 * shouted word may start are read.
 */
export function capitalsCues(masked: Uint16Array, sentences: readonly TextRange[], known: ReadonlySet<string>): TypographyCue[] {
  const cues: TypographyCue[] = [];
  let sentenceIndex = 0;
  for (let pair = nextCapitalPair(masked, 0); pair !== -1; ) {
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= pair) sentenceIndex += 1;
    const from = sentenceIndex > 0 ? sentences[sentenceIndex - 1]!.end : 0;
    const to = sentenceIndex < sentences.length ? sentences[sentenceIndex]!.end : masked.length;
    sentenceCapitals(masked, from, to, known, cues);
    pair = nextCapitalPair(masked, to);
  }
  return cues;
}
