/** Reading the tone data sets (eval/data/README.md), shared by scripts/eval-tone.ts and scripts/train-tone.ts. */
import { readFileSync } from 'node:fs';

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
