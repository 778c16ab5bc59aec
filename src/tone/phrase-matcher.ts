import { isWordUnit, unitsOf, wordUnitTable } from './fold.ts';

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

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const APOSTROPHE = "'";

/** "don't you" gives "don't you" and "dont you". */
function apostropheVariants(pattern: string): string[] {
  const at = pattern.indexOf(APOSTROPHE);
  if (at === -1) return [pattern];
  const rest = apostropheVariants(pattern.slice(at + 1));
  return rest.flatMap((tail) => [pattern.slice(0, at + 1) + tail, pattern.slice(0, at) + tail]);
}

/** Node 0 is the root, which no step leads back to, so 0 also stands for "no such step". */
const ROOT = 0;
const NONE = 0;
/** Children of a node up to this many are searched one by one, more by bisection. */
const FEW_CHILDREN = 8;

/** The trie while patterns go in: nodes are numbers, each with its parent and the unit that leads to it. */
interface TrieBuilder<T> {
  parents: number[];
  unitsTo: number[];
  endings: (Ending<T>[] | undefined)[];
  /** Child of a node by `node * 0x10000 + unit`. */
  steps: Map<number, number>;
}

function addPattern<T>(trie: TrieBuilder<T>, raw: string, value: T): void {
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
    let node = ROOT;
    for (let index = 0; index < variant.length; index += 1) {
      const unit = variant.charCodeAt(index);
      const key = node * 0x10000 + unit;
      let child = trie.steps.get(key);
      if (child === undefined) {
        child = trie.parents.length;
        trie.parents.push(node);
        trie.unitsTo.push(unit);
        trie.endings.push(undefined);
        trie.steps.set(key, child);
      }
      node = child;
    }
    (trie.endings[node] ??= []).push(ending);
  }
}

const NEEDS_WORD_START = 1;
const NEEDS_WORD_END = 2;
const WORD_CONTINUES = 4;

/**
 * The trie as the matcher reads it: each node's children are a run of slots in `childUnits`
 * and `childNodes`, in order of their units where the run is long enough to bisect. The first
 * step, where most text positions end, is a lookup table. The patterns ending at a node are the
 * slots endingStart[node] to endingStart[node + 1] of `endingValues` and `endingFlags`: numbers
 * in typed arrays rather than an object per node and per ending, since the tone lexicons' trie
 * has tens of thousands of nodes and every page keeps it.
 */
interface FlatTrie<T> {
  firstStep: Int32Array;
  firstSlot: Int32Array;
  childCount: Int32Array;
  childUnits: Uint16Array;
  childNodes: Int32Array;
  endingStart: Int32Array;
  endingValues: readonly T[];
  /** NEEDS_WORD_START, NEEDS_WORD_END, WORD_CONTINUES. */
  endingFlags: Uint8Array;
}

function flatten<T>({ parents, unitsTo, endings }: TrieBuilder<T>): FlatTrie<T> {
  const nodeCount = parents.length;
  const childCount = new Int32Array(nodeCount);
  for (let node = 1; node < nodeCount; node += 1) childCount[parents[node]!]! += 1;
  const firstSlot = new Int32Array(nodeCount);
  for (let node = 1; node < nodeCount; node += 1) firstSlot[node] = firstSlot[node - 1]! + childCount[node - 1]!;
  const firstStep = new Int32Array(0x10000);
  const childUnits = new Uint16Array(nodeCount);
  const childNodes = new Int32Array(nodeCount);
  const filled = new Int32Array(nodeCount);
  for (let node = 1; node < nodeCount; node += 1) {
    const parent = parents[node]!;
    const slot = firstSlot[parent]! + filled[parent]!;
    filled[parent]! += 1;
    childUnits[slot] = unitsTo[node]!;
    childNodes[slot] = node;
    if (parent === ROOT) firstStep[unitsTo[node]!] = node;
  }
  for (let node = 0; node < nodeCount; node += 1) {
    if (childCount[node]! <= FEW_CHILDREN) continue;
    const from = firstSlot[node]!;
    const byUnit = [...childNodes.subarray(from, from + childCount[node]!)].sort((a, b) => unitsTo[a]! - unitsTo[b]!);
    byUnit.forEach((child, index) => {
      childUnits[from + index] = unitsTo[child]!;
      childNodes[from + index] = child;
    });
  }
  const endingStart = new Int32Array(nodeCount + 1);
  const endingValues: T[] = [];
  const flags: number[] = [];
  for (let node = 0; node < nodeCount; node += 1) {
    endingStart[node] = endingValues.length;
    for (const ending of endings[node] ?? []) {
      endingValues.push(ending.value);
      flags.push((ending.needsWordStart ? NEEDS_WORD_START : 0) | (ending.needsWordEnd ? NEEDS_WORD_END : 0) | (ending.wordContinues ? WORD_CONTINUES : 0));
    }
  }
  endingStart[nodeCount] = endingValues.length;
  return { firstStep, firstSlot, childCount, childUnits, childNodes, endingStart, endingValues, endingFlags: Uint8Array.from(flags) };
}

export class PhraseMatcher<T> {
  readonly #trie: FlatTrie<T>;

  /** Patterns must already be folded with foldForMatching. */
  constructor(patterns: Iterable<{ pattern: string; value: T }>) {
    const trie: TrieBuilder<T> = { parents: [NONE], unitsTo: [0], endings: [undefined], steps: new Map() };
    for (const { pattern, value } of patterns) addPattern(trie, pattern, value);
    this.#trie = flatten(trie);
  }

  /**
   * Every occurrence in the folded text, by start and then by end. `end.runsOn` is set when a
   * pattern could still go on past the end of the text (some walk reached its last unit on a
   * node with steps left): text after it, such as more text after blank lines, could then
   * complete a match that began inside.
   */
  findAll(folded: string | Uint16Array, end?: { runsOn: boolean }): PhraseHit<T>[] {
    const units = typeof folded === 'string' ? unitsOf(folded) : folded;
    const { firstStep } = this.#trie;
    const word = wordUnitTable();
    const length = units.length;
    const hits: PhraseHit<T>[] = [];
    for (let start = 0; start < length; start += 1) {
      const first = units[start]!;
      const node = firstStep[first]!;
      if (word[first] === 1) {
        // Inside a Latin word no pattern can start: those beginning with a letter need a word edge.
        let wordEnd = start + 1;
        while (wordEnd < length && word[units[wordEnd]!] === 1) wordEnd += 1;
        if (node !== NONE && this.#walk(hits, units, start, node, word) && end) end.runsOn = true;
        start = wordEnd - 1;
      } else if (node !== NONE && this.#walk(hits, units, start, node, word) && end) {
        end.runsOn = true;
      }
    }
    return hits;
  }

  /**
   * Follows the trie from `node`, reached by the unit at `start`, and records every pattern that
   * ends on the way. Returns whether the text ended before the trie did.
   */
  #walk(hits: PhraseHit<T>[], units: Uint16Array, start: number, node: number, word: Uint8Array): boolean {
    const { childCount, endingStart, endingValues, endingFlags } = this.#trie;
    const length = units.length;
    let end = start + 1;
    /** Whether the last step was a pattern's space, which took every blank after it. */
    let spaced = false;
    for (;;) {
      const firstEnding = endingStart[node]!;
      const endingsEnd = endingStart[node + 1]!;
      for (let slot = firstEnding; slot < endingsEnd; slot += 1) {
        const hitEnd = hitEndOf(units, start, end, endingFlags[slot]!, word);
        if (hitEnd !== NO_HIT) hits.push({ start, end: hitEnd, value: endingValues[slot]! });
      }
      // What may follow the text is blank lines, then more text: a pattern's space would take the
      // blanks, and after a space any step could go on.
      if (end >= length) return spaced ? childCount[node]! > 0 : this.#child(node, SPACE) !== NONE;
      let unit = units[end]!;
      if (unit === LINE_FEED) unit = SPACE;
      node = this.#child(node, unit);
      if (node === NONE) return false;
      spaced = unit === SPACE;
      end += 1;
      if (unit === SPACE) while (end < length && (units[end] === SPACE || units[end] === LINE_FEED)) end += 1;
    }
  }

  /** The child that `unit` leads to from `node`, or NONE: bisect a long run of children, then look through the rest. */
  #child(node: number, unit: number): number {
    const { firstSlot, childCount, childUnits, childNodes } = this.#trie;
    let low = firstSlot[node]!;
    let high = low + childCount[node]!;
    while (high - low > FEW_CHILDREN) {
      const middle = (low + high) >> 1;
      if (childUnits[middle]! <= unit) low = middle;
      else high = middle;
    }
    for (let slot = low; slot < high; slot += 1) if (childUnits[slot] === unit) return childNodes[slot]!;
    return NONE;
  }
}

const NO_HIT = -1;

/** Where a pattern with these word-edge flags, reached from `start` at `end`, ends in the text; NO_HIT when the text lacks its word edges. */
function hitEndOf(units: Uint16Array, start: number, end: number, flags: number, word: Uint8Array): number {
  if (flags & NEEDS_WORD_START && start > 0 && word[units[start - 1]!] === 1) return NO_HIT;
  const length = units.length;
  let hitEnd = end;
  if (flags & WORD_CONTINUES) {
    while (hitEnd < length && word[units[hitEnd]!] === 1) hitEnd += 1;
  } else if (flags & NEEDS_WORD_END && end < length && word[units[end]!] === 1) {
    return NO_HIT;
  }
  return hitEnd;
}
