import { Stance, STANCE_KINDS, stanceKindOf, type StanceKind } from './stance.ts';

/**
 * The learned tone model's features, shared by training (scripts/train-tone.ts) and inference
 * (model.ts), so the two can never drift apart. A sentence, already folded (fold.ts: Traditional
 * to Simplified, capitals to small letters, full-width to ASCII), becomes hashed features:
 *
 * - character 1–4-grams over the sentence, digits as 0 and blanks as one space, with a space
 *   before and after, so "kill" and " kill " differ from "skill";
 * - Latin words and pairs of neighbouring Latin words;
 * - Chinese words as `Intl.Segmenter` cuts them ("是不是", "有病"), and pairs of neighbouring ones;
 * - optionally, stance features (stance.ts, addStanceFeatures): words and closed-class cues near a
 *   second-person pronoun, and which kinds of cue the sentence pairs.
 *
 * Each feature carries the span of the sentence it came from, so the card can say which words
 * drove the score.
 */

export interface FeatureSet {
  /** Hash buckets, one entry per occurrence. */
  readonly buckets: Uint32Array;
  /** Span of each occurrence in the sentence: starts[i]..ends[i]. */
  readonly starts: Uint16Array;
  readonly ends: Uint16Array;
  readonly count: number;
}

export interface FeatureOptions {
  /** log2 of the number of buckets. */
  readonly bits: number;
  /** Longest character n-gram. */
  readonly maxCharGram: number;
  readonly words: boolean;
  readonly chineseWords: boolean;
  /** How many times each stance feature counts (stance.ts, addStanceFeatures); absent or 0, as in models trained before them: none. */
  readonly stanceCopies?: number;
}

export const DEFAULT_FEATURES: FeatureOptions = { bits: 18, maxCharGram: 4, words: true, chineseWords: true };

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;
const ZERO = 0x30;
/** Sentences longer than this are cut: spans are stored in 16 bits, and anger does not need more. */
export const LONGEST_SENTENCE = 1000;

// Different seeds keep a character 2-gram "ab" apart from a word "ab".
const CHAR_SEED = FNV_OFFSET;
const WORD_SEED = 0x3c6ef372;
const PAIR_SEED = 0x9e3779b9;
const HAN_WORD_SEED = 0x5bd1e995;
const HAN_PAIR_SEED = 0x27d4eb2f;
const AFTER_READER_SEED = 0x165667b1;
const BEFORE_READER_SEED = 0xd3a2646c;
const STANCE_PAIR_SEED = 0xfd7046c5;
const KIND_AFTER_READER_SEED = 0xb55a4f09;
const KIND_BEFORE_READER_SEED = 0x7fb5d329;

function step(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** A final mix, so the low bits used as the bucket depend on every unit. */
function finish(hash: number, mask: number): number {
  let value = hash;
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  value ^= value >>> 13;
  return (value >>> 0) & mask;
}

function hashRange(seed: number, text: string, start: number, end: number): number {
  let hash = seed;
  for (let index = start; index < end; index += 1) hash = step(hash, text.charCodeAt(index));
  return hash;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /^[a-z0-9'\u00c0-\u024f]+$/;

let segmenter: Intl.Segmenter | undefined;

function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

class Collector {
  buckets: Uint32Array;
  starts: Uint16Array;
  ends: Uint16Array;
  count = 0;

  constructor(capacity: number) {
    this.buckets = new Uint32Array(capacity);
    this.starts = new Uint16Array(capacity);
    this.ends = new Uint16Array(capacity);
  }

  add(bucket: number, start: number, end: number): void {
    if (this.count === this.buckets.length) {
      const grow = <T extends Uint32Array | Uint16Array>(old: T, make: (size: number) => T): T => {
        const bigger = make(old.length * 2);
        bigger.set(old);
        return bigger;
      };
      this.buckets = grow(this.buckets, (size) => new Uint32Array(size));
      this.starts = grow(this.starts, (size) => new Uint16Array(size));
      this.ends = grow(this.ends, (size) => new Uint16Array(size));
    }
    this.buckets[this.count] = bucket;
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.count += 1;
  }
}

interface Token {
  start: number;
  end: number;
  kind: StanceKind | undefined;
}

/** How many words after and before a second-person pronoun its skip-grams reach. */
const SKIP_GRAM_WORDS_AFTER = 4;
const SKIP_GRAM_WORDS_BEFORE = 2;
/** How many words on either side of a second-person pronoun count as its neighbours' kinds. */
const KIND_WORDS_AROUND = 4;

/**
 * The stance features (stance.ts) of a sentence's words, each added `copies` times:
 *
 * - each word within reach of a second-person pronoun, by side, whatever the pronoun: "you clearly
 *   didn't read" gives (you →) "clearly", "didn't", "read", so blame in words never seen next to
 *   "you" still shares features with replies that were, and 你, 您 and "you" pool what they teach;
 * - every pair of the kinds of stance cue the sentence holds ("you" with a negation, a condition
 *   with "we"), and the kind of each word near a second-person pronoun, by side: what the n-grams
 *   see only as particular words next to each other.
 *
 * They are a handful among the hundreds of n-grams of a sentence, all of which count 1/√n, so each
 * is counted several times to be heard: once, they moved the held angry replies of the untrained
 * reply sets by about a point, four times by three to four points, eight times they drowned the
 * n-grams and lost five (BENCHMARKS.md, "stance features").
 */
function addStanceFeatures(collector: Collector, sentence: string, tokens: readonly Token[], mask: number, copies: number): void {
  const add = (bucket: number, start: number, end: number) => {
    for (let copy = 0; copy < copies; copy += 1) collector.add(bucket, start, end);
  };
  const firstOfKind: (Token | undefined)[] = new Array(STANCE_KINDS);
  for (const token of tokens) if (token.kind !== undefined) firstOfKind[token.kind] ??= token;
  const questionMark = sentence.indexOf('?');
  if (questionMark >= 0) firstOfKind[Stance.Question] ??= { start: questionMark, end: questionMark + 1, kind: Stance.Question };
  for (let first = 0; first < STANCE_KINDS; first += 1) {
    const one = firstOfKind[first];
    if (!one) continue;
    for (let second = first; second < STANCE_KINDS; second += 1) {
      const other = firstOfKind[second];
      if (other) add(finish(step(step(STANCE_PAIR_SEED, first), second), mask), Math.min(one.start, other.start), Math.max(one.end, other.end));
    }
  }
  tokens.forEach((reader, at) => {
    if (reader.kind !== Stance.SecondPerson) return;
    const span = (word: Token): [number, number] => [Math.min(reader.start, word.start), Math.max(reader.end, word.end)];
    for (let other = Math.max(0, at - SKIP_GRAM_WORDS_BEFORE); other <= Math.min(tokens.length - 1, at + SKIP_GRAM_WORDS_AFTER); other += 1) {
      if (other === at) continue;
      const word = tokens[other]!;
      add(finish(hashRange(other < at ? BEFORE_READER_SEED : AFTER_READER_SEED, sentence, word.start, word.end), mask), ...span(word));
    }
    for (let other = Math.max(0, at - KIND_WORDS_AROUND); other <= Math.min(tokens.length - 1, at + KIND_WORDS_AROUND); other += 1) {
      const word = tokens[other]!;
      if (other === at || word.kind === undefined || word.kind === Stance.SecondPerson) continue;
      add(finish(step(other < at ? KIND_BEFORE_READER_SEED : KIND_AFTER_READER_SEED, word.kind), mask), ...span(word));
    }
  });
}

/** The features of one folded sentence. */
export function sentenceFeatures(folded: string, options: FeatureOptions = DEFAULT_FEATURES): FeatureSet {
  const sentence = folded.length > LONGEST_SENTENCE ? folded.slice(0, LONGEST_SENTENCE) : folded;
  const mask = (1 << options.bits) - 1;
  const collector = new Collector(sentence.length * (options.maxCharGram + 1) + 16);

  // Character n-grams over a normalised copy that remembers where each unit came from.
  const units: number[] = [SPACE];
  const origins: number[] = [0];
  for (let index = 0; index < sentence.length; index += 1) {
    let unit = sentence.charCodeAt(index);
    if (unit === 0x0a || unit === 0x09 || unit === 0x0d) unit = SPACE;
    if (unit >= ZERO && unit <= ZERO + 9) unit = ZERO;
    if (unit === SPACE && units[units.length - 1] === SPACE) continue;
    units.push(unit);
    origins.push(index);
  }
  if (units[units.length - 1] !== SPACE) {
    units.push(SPACE);
    origins.push(sentence.length);
  }
  for (let start = 0; start < units.length; start += 1) {
    let hash = CHAR_SEED;
    for (let size = 1; size <= options.maxCharGram && start + size <= units.length; size += 1) {
      hash = step(hash, units[start + size - 1]!);
      // A lone space says nothing.
      if (size === 1 && units[start] === SPACE) continue;
      const from = origins[start]!;
      const to = Math.min(sentence.length, origins[start + size - 1]! + 1);
      collector.add(finish(Math.imul(hash, size + 1), mask), from, Math.max(from + 1, to));
    }
  }

  const stance = (options.stanceCopies ?? 0) > 0;
  const tokens: Token[] = [];
  if (options.words || options.chineseWords || stance) {
    let previousLatin: { start: number; end: number } | undefined;
    let previousHan: { start: number; end: number } | undefined;
    for (const piece of wordSegmenter().segment(sentence)) {
      if (!piece.isWordLike) {
        if (piece.segment.trim() !== '') {
          previousLatin = undefined;
          previousHan = undefined;
        }
        continue;
      }
      const start = piece.index;
      const end = start + piece.segment.length;
      const han = HAN.test(piece.segment);
      if (!han && !LATIN_WORD.test(piece.segment)) continue;
      if (stance) tokens.push({ start, end, kind: stanceKindOf(piece.segment) });
      if (options.chineseWords && han) {
        collector.add(finish(hashRange(HAN_WORD_SEED, sentence, start, end), mask), start, end);
        if (previousHan) collector.add(finish(hashRange(hashRange(HAN_PAIR_SEED, sentence, previousHan.start, previousHan.end), sentence, start, end), mask), previousHan.start, end);
        previousHan = { start, end };
        previousLatin = undefined;
      } else if (options.words && !han) {
        collector.add(finish(hashRange(WORD_SEED, sentence, start, end), mask), start, end);
        if (previousLatin) collector.add(finish(hashRange(hashRange(PAIR_SEED, sentence, previousLatin.start, previousLatin.end), sentence, start, end), mask), previousLatin.start, end);
        previousLatin = { start, end };
        previousHan = undefined;
      }
    }
  }
  if (stance) addStanceFeatures(collector, sentence, tokens, mask, options.stanceCopies!);
  return { buckets: collector.buckets, starts: collector.starts, ends: collector.ends, count: collector.count };
}
