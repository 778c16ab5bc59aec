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
 * The trie as the matcher reads it. The first step, where most text positions end, is a lookup
 * table; every other step is a slot of `stepTable`, an open-addressing hash table of child nodes
 * keyed by their parent and unit (`parentOf`, `unitTo`), at most half full: a step is a probe or
 * two whatever the number of children, where children searched in a list cost a bisection and a
 * scan. The patterns ending at a node are the slots endingStart[node] to endingStart[node + 1]
 * of `endingValues` and `endingFlags`: numbers in typed arrays rather than an object per node and
 * per ending, since the tone lexicons' trie has thousands of nodes and every page keeps it.
 */
interface FlatTrie<T> {
  firstStep: Int32Array;
  stepTable: Int32Array;
  /** 32 less the bits of a stepTable slot: the hash keeps its high bits. */
  stepShift: number;
  parentOf: Int32Array;
  unitTo: Uint16Array;
  /** 1 for a node with children. */
  hasChildren: Uint8Array;
  endingStart: Int32Array;
  endingValues: readonly T[];
  /** NEEDS_WORD_START, NEEDS_WORD_END, WORD_CONTINUES. */
  endingFlags: Uint8Array;
}

/** The first stepTable slot to probe for the child of `node` by `unit`. */
function stepSlot(node: number, unit: number, stepShift: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) >>> stepShift;
}

function flatten<T>({ parents, unitsTo, endings }: TrieBuilder<T>): FlatTrie<T> {
  const nodeCount = parents.length;
  const firstStep = new Int32Array(0x10000);
  const hasChildren = new Uint8Array(nodeCount);
  let slotBits = 1;
  while (1 << slotBits < 2 * nodeCount) slotBits += 1;
  const stepShift = 32 - slotBits;
  const lastSlot = (1 << slotBits) - 1;
  const stepTable = new Int32Array(lastSlot + 1);
  for (let node = 1; node < nodeCount; node += 1) {
    const parent = parents[node]!;
    hasChildren[parent] = 1;
    if (parent === ROOT) {
      firstStep[unitsTo[node]!] = node;
      continue;
    }
    let slot = stepSlot(parent, unitsTo[node]!, stepShift);
    while (stepTable[slot] !== NONE) slot = (slot + 1) & lastSlot;
    stepTable[slot] = node;
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
  return {
    firstStep,
    stepTable,
    stepShift,
    parentOf: Int32Array.from(parents),
    unitTo: Uint16Array.from(unitsTo),
    hasChildren,
    endingStart,
    endingValues,
    endingFlags: Uint8Array.from(flags),
  };
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
    const { hasChildren, endingStart, endingValues, endingFlags } = this.#trie;
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
      if (end >= length) return spaced ? hasChildren[node] === 1 : this.#child(node, SPACE) !== NONE;
      let unit = units[end]!;
      if (unit === LINE_FEED) unit = SPACE;
      node = this.#child(node, unit);
      if (node === NONE) return false;
      spaced = unit === SPACE;
      end += 1;
      if (unit === SPACE) while (end < length && (units[end] === SPACE || units[end] === LINE_FEED)) end += 1;
    }
  }

  /** The child that `unit` leads to from `node`, or NONE: probe from its slot up to its own or an empty one. */
  #child(node: number, unit: number): number {
    const { stepTable, stepShift, parentOf, unitTo } = this.#trie;
    const lastSlot = stepTable.length - 1;
    for (let slot = stepSlot(node, unit, stepShift); ; slot = (slot + 1) & lastSlot) {
      const child = stepTable[slot]!;
      if (child === NONE || (parentOf[child] === node && unitTo[child] === unit)) return child;
    }
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
