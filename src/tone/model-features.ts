/**
 * The learned tone model's features, shared by training (scripts/train-tone.ts) and inference
 * (model.ts), so the two can never drift apart. A sentence, already folded (fold.ts: Traditional
 * to Simplified, capitals to small letters, full-width to ASCII), becomes hashed features:
 *
 * - character 1–4-grams over the sentence, digits as 0 and blanks as one space, with a space
 *   before and after, so "kill" and " kill " differ from "skill";
 * - Latin words and pairs of neighbouring Latin words;
 * - Chinese words as `Intl.Segmenter` cuts them ("是不是", "有病"), and pairs of neighbouring ones.
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

  if (options.words || options.chineseWords) {
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
      if (options.chineseWords && HAN.test(piece.segment)) {
        collector.add(finish(hashRange(HAN_WORD_SEED, sentence, start, end), mask), start, end);
        if (previousHan) collector.add(finish(hashRange(hashRange(HAN_PAIR_SEED, sentence, previousHan.start, previousHan.end), sentence, start, end), mask), previousHan.start, end);
        previousHan = { start, end };
        previousLatin = undefined;
      } else if (options.words && LATIN_WORD.test(piece.segment)) {
        collector.add(finish(hashRange(WORD_SEED, sentence, start, end), mask), start, end);
        if (previousLatin) collector.add(finish(hashRange(hashRange(PAIR_SEED, sentence, previousLatin.start, previousLatin.end), sentence, start, end), mask), previousLatin.start, end);
        previousLatin = { start, end };
        previousHan = undefined;
      }
    }
  }
  return { buckets: collector.buckets, starts: collector.starts, ends: collector.ends, count: collector.count };
}
