/** Reading the tone data sets (eval/data/README.md), shared by scripts/eval-tone.ts and scripts/train-tone.ts. */
import { readFileSync } from 'node:fs';
import { foldForMatching } from '../src/tone/fold.ts';

export interface Row {
  text: string;
  label?: string;
  /** GoEmotions train: several labels per text. */
  labels?: string[];
}

export function loadJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** The project's own training replies, under eval/: written for this model (support-replies-train) and written apart from this code (support-replies-extra, support-replies-more, support-replies-tone4 to -tone13). */
export const TRAINING_REPLY_FILES = [
  'support-replies-train/en.jsonl',
  'support-replies-train/zh.jsonl',
  'support-replies-extra/replies.jsonl',
  'support-replies-more/replies.jsonl',
  'support-replies-tone4/replies.jsonl',
  'support-replies-tone5/replies.jsonl',
  'support-replies-tone6/replies.jsonl',
  'support-replies-tone7/replies.jsonl',
  'support-replies-tone8/replies.jsonl',
  'support-replies-tone9/replies.jsonl',
  'support-replies-tone10/replies.jsonl',
  'support-replies-tone11/replies.jsonl',
  'support-replies-tone12/replies.jsonl',
  'support-replies-tone13/replies.jsonl',
];

/** FNV-1a, for a split and an example order that are the same on every machine. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The Enron half read while tuning (even hash), or the held-out one. */
export function enronHalf<T extends { text: string }>(rows: readonly T[], half: 'tuning' | 'held-out'): T[] {
  return rows.filter((row) => textHash(row.text) % 2 === (half === 'tuning' ? 0 : 1));
}

/** What a near copy keeps of a text: folded (Traditional → Simplified, case, full-width), then only letters, digits and Han. */
function paraphraseKey(text: string): string {
  return foldForMatching(text).replace(/[^\p{L}\p{N}]+/gu, '');
}

function trigrams(key: string): Set<string> {
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= key.length; index += 1) grams.add(key.slice(index, index + 3));
  return grams;
}

/** The held-out reply sets under eval/, never trained or tuned on: the first, and the second written later by other writers. */
export const HELD_OUT_REPLY_FILES = ['support-replies/replies.jsonl', 'support-replies-2/replies.jsonl'];

/** The texts of every held-out reply, for heldOutSimilarity; `evalDir` is the project's eval/ directory. */
export function heldOutReplyTexts(evalDir: string): string[] {
  return HELD_OUT_REPLY_FILES.flatMap((file) => loadJsonl(`${evalDir}${file}`).map((row) => row.text));
}

/** Share of character trigrams two texts have in common (Jaccard) from which a training reply counts as a near copy of a held-out one. */
export const NEAR_COPY = 0.5;

/**
 * Finds, for a training reply, the held-out reply it is closest to: the same text once folded and
 * stripped of punctuation and blanks (similarity 1), or the largest share of shared character
 * trigrams. The held-out texts are only compared, never returned, so a caller cannot print them.
 */
export function heldOutSimilarity(heldOut: readonly string[]): (text: string) => number {
  const keys = heldOut.map(paraphraseKey);
  const exact = new Set(keys);
  const gramSets = keys.map(trigrams);
  const postings = new Map<string, number[]>();
  gramSets.forEach((grams, id) => {
    for (const gram of grams) postings.set(gram, [...(postings.get(gram) ?? []), id]);
  });
  return (text) => {
    const key = paraphraseKey(text);
    if (exact.has(key)) return 1;
    const grams = trigrams(key);
    const shared = new Map<number, number>();
    for (const gram of grams) for (const id of postings.get(gram) ?? []) shared.set(id, (shared.get(id) ?? 0) + 1);
    let best = 0;
    for (const [id, count] of shared) best = Math.max(best, count / (grams.size + gramSets[id]!.size - count));
    return best;
  };
}
