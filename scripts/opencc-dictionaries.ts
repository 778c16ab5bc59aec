/**
 * Reading OpenCC's dictionaries as opencc-js bundles them, for the scripts that derive the small
 * conversion tables the product ships (scripts/build-hant-fold.ts, scripts/build-hant-table.ts).
 * Only scripts and tests import opencc-js; the extension carries the derived tables alone.
 */
import type { DictLike } from 'opencc-js/core';

/** OpenCC dictionaries are "key value [value…]|key value…"; the first value is the usual one. */
export function dictionaryEntries(dictionary: DictLike): [string, string][] {
  if (typeof dictionary !== 'string') return dictionary.map(([key, value]) => [key, value]);
  const entries: [string, string][] = [];
  for (const entry of dictionary.split('|')) {
    const [key, value] = entry.split(' ');
    if (key && value) entries.push([key, value]);
  }
  return entries;
}

/** One character to one character; phrases are left out. */
export function singleCharacterPairs(dictionary: DictLike): [string, string][] {
  return dictionaryEntries(dictionary).filter(([key, value]) => key.length === 1 && value.length === 1);
}

/**
 * The shipped form of a character table: one string of UTF-16 unit pairs, source then target,
 * sorted by source. Throws on a character outside the Basic Multilingual Plane, which would not
 * fit one unit.
 */
export function pairString(pairs: Iterable<readonly [string, string]>): string {
  const sorted = [...pairs].sort(([a], [b]) => a.charCodeAt(0) - b.charCodeAt(0));
  for (const [key, value] of sorted) {
    if (key.length !== 1 || value.length !== 1) throw new Error(`not a pair of single UTF-16 units: ${key} → ${value}`);
  }
  return sorted.map(([key, value]) => key + value).join('');
}
