import { isWordUnit } from './fold.ts';

/**
 * A trie over UTF-16 units that finds every occurrence of many phrases in one pass over
 * folded text (see fold.ts). It stands in for a general Aho–Corasick library because those
 * segment the text into graphemes first, which costs about a millisecond per 2 KB of Chinese;
 * here the trie is walked from each position, and no phrase is longer than a few words.
 *
 * Pattern syntax, for lexicon authors:
 * - a space matches one or more spaces and line feeds (mail wraps lines inside phrases);
 * - an apostrophe may be left out in the text ("dont" matches "don't");
 * - a trailing `*` lets the last word go on ("fuck*" matches "fucking"); any other `*` is literal ("f*ck");
 * - a Latin letter or digit at either end of a pattern must be a word edge in the text, so
 *   "ass" never matches inside "class"; Chinese has no such edges (see the vetoes in the lexicon).
 */

export interface PhraseHit<T> {
  start: number;
  end: number;
  value: T;
}

interface Ending<T> {
  value: T;
  needsWordStart: boolean;
  needsWordEnd: boolean;
  wordContinues: boolean;
}

interface TrieNode<T> {
  children: Map<number, TrieNode<T>>;
  endings: Ending<T>[];
}

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const APOSTROPHE = "'";

function isBlank(code: number): boolean {
  return code === SPACE || code === LINE_FEED;
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), endings: [] };
}

/** "don't you" gives "don't you" and "dont you". */
function apostropheVariants(pattern: string): string[] {
  const at = pattern.indexOf(APOSTROPHE);
  if (at === -1) return [pattern];
  const rest = apostropheVariants(pattern.slice(at + 1));
  return rest.flatMap((tail) => [pattern.slice(0, at + 1) + tail, pattern.slice(0, at) + tail]);
}

export class PhraseMatcher<T> {
  readonly #root: TrieNode<T> = newNode();

  /** Patterns must already be folded with foldForMatching. */
  constructor(patterns: Iterable<{ pattern: string; value: T }>) {
    for (const { pattern, value } of patterns) this.#add(pattern, value);
  }

  #add(raw: string, value: T): void {
    const wordContinues = raw.length > 1 && raw.endsWith('*');
    const pattern = (wordContinues ? raw.slice(0, -1) : raw).trim().replace(/ +/g, ' ');
    if (pattern === '') return;
    const ending: Ending<T> = {
      value,
      needsWordStart: isWordUnit(pattern.charCodeAt(0)),
      needsWordEnd: !wordContinues && isWordUnit(pattern.charCodeAt(pattern.length - 1)),
      wordContinues,
    };
    for (const variant of apostropheVariants(pattern)) {
      let node = this.#root;
      for (let index = 0; index < variant.length; index += 1) {
        const code = variant.charCodeAt(index);
        let child = node.children.get(code);
        if (!child) {
          child = newNode();
          node.children.set(code, child);
        }
        node = child;
      }
      node.endings.push(ending);
    }
  }

  /** Every occurrence in `folded[from, to)`, by start and then by end. */
  findAll(folded: string, from = 0, to = folded.length): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let start = from; start < to; start += 1) {
      const first = folded.charCodeAt(start);
      // Inside a Latin word no pattern can start: those beginning with a letter need a word edge.
      if (start > from && isWordUnit(first) && isWordUnit(folded.charCodeAt(start - 1))) continue;
      let node = this.#root.children.get(first);
      let end = start + 1;
      while (node) {
        if (node.endings.length > 0) this.#record(hits, folded, start, end, to, node.endings);
        if (end >= to) break;
        const code = isBlank(folded.charCodeAt(end)) ? SPACE : folded.charCodeAt(end);
        node = node.children.get(code);
        end += 1;
        if (code === SPACE) while (end < to && isBlank(folded.charCodeAt(end))) end += 1;
      }
    }
    return hits;
  }

  #record(hits: PhraseHit<T>[], folded: string, start: number, end: number, to: number, endings: readonly Ending<T>[]): void {
    for (const ending of endings) {
      if (ending.needsWordStart && start > 0 && isWordUnit(folded.charCodeAt(start - 1))) continue;
      let hitEnd = end;
      if (ending.wordContinues) {
        while (hitEnd < to && isWordUnit(folded.charCodeAt(hitEnd))) hitEnd += 1;
      } else if (ending.needsWordEnd && end < to && isWordUnit(folded.charCodeAt(end))) {
        continue;
      }
      hits.push({ start, end: hitEnd, value: ending.value });
    }
  }
}
