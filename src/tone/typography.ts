import type { TextRange } from '../core/types.ts';

/**
 * Shouting without words: runs of "!!!" or "？？？" and capitals. One run of marks, or capitals
 * alone, stay below the threshold ("YAY, it works!!!", a heading in capitals); several runs in
 * one mail add up to shouting, and either kind tips a draft over when words already point that
 * way. What they can add at most is capped in score.ts.
 */

export interface TypographyCue extends TextRange {
  strength: number;
}

const PUNCTUATION_RUN = /[!?]{2,}/g;

/** Runs of exclamation and question marks in folded text (full-width marks are folded to ASCII). */
export function punctuationCues(folded: string): TypographyCue[] {
  const cues: TypographyCue[] = [];
  for (const match of folded.matchAll(PUNCTUATION_RUN)) {
    const run = match[0];
    const strength = run.includes('?') || run.length >= 3 ? 0.3 : 0.15;
    cues.push({ start: match.index, end: match.index + run.length, strength });
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

const WORD = /(?<![\w-])[A-Za-z][A-Za-z'’]*(?![\w-])/g;

export function knownCapitalsWith(extra: readonly string[]): ReadonlySet<string> {
  return new Set([...KNOWN_CAPITALS, ...extra.map((word) => word.toUpperCase())]);
}

function isShouted(word: string, text: string, end: number, known: ReadonlySet<string>): boolean {
  const letters = word.replace(/['’]/g, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || known.has(letters)) return false;
  // "NOTE:" and "MMS: OFF" are labels.
  if (text[end] === ':' || text[end] === '：') return false;
  return letters.length >= 4 || SHOUTED_SHORT_WORDS.has(word.toUpperCase());
}

/**
 * Capitals in the masked, unfolded text, sentence by sentence: a sentence mostly in capitals
 * is shouted as a whole; otherwise each shouted word adds a little.
 */
export function capitalsCues(masked: string, sentences: readonly TextRange[], known: ReadonlySet<string>): TypographyCue[] {
  const cues: TypographyCue[] = [];
  let sentenceIndex = 0;
  let words = 0;
  let shouted: TextRange[] = [];
  const closeSentence = () => {
    if (shouted.length > 0 && words >= 3 && shouted.length / words >= 0.7) {
      cues.push({ start: shouted[0]!.start, end: shouted[shouted.length - 1]!.end, strength: SHOUTED_SENTENCE });
    } else if (shouted.length > 0) {
      // Many capitals in a long sentence are a heading or a product list more often than a shout.
      const perWord = Math.min(SHOUTED_WORD, SHOUTED_SENTENCE / shouted.length);
      for (const range of shouted) cues.push({ ...range, strength: perWord });
    }
    words = 0;
    shouted = [];
  };
  for (const match of masked.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    while (sentenceIndex < sentences.length && sentences[sentenceIndex]!.end <= start) {
      closeSentence();
      sentenceIndex += 1;
    }
    words += 1;
    if (isShouted(match[0], masked, end, known)) shouted.push({ start, end });
  }
  closeSentence();
  return cues;
}
