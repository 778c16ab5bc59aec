/**
 * Aho–Corasick over UTF-16 units: every occurrence of many patterns in one pass over the text,
 * at a table lookup or two per unit. General libraries split the text into grapheme clusters
 * first, which costs far more than the matching itself on Chinese text.
 *
 * Text units go through `fold` before they are compared, so patterns written in lower case meet
 * text in any case; one unit stays one unit, so offsets are those of the text.
 */

export interface UnitHit<T> {
  start: number;
  end: number;
  value: T;
}

const ROOT = 0;
const NONE = -1;
/**
 * The transition table covers the states closest to the root (states are numbered breadth first)
 * up to this many states × symbols (128 KB): all of a small automaton, one lookup per unit; for a
 * large one (the built-in phrase families: 59,000 states, 466 symbols) the states one unit deep,
 * where the matcher spends most units, while deeper states follow failure links through their
 * trie edges until they reach one. Measured on the benchmark corpus, the phrase rule took 87 ms a
 * pass with only the root tabled, 72–75 with this table, 68–71 with eight times as much.
 */
const TABLE_LIMIT = 1 << 16;

export class UnitAutomaton<T> {
  /** Text unit → symbol of its folded form; 0 for units in no pattern. */
  readonly #symbolOf = new Uint16Array(0x10000);
  /** Symbols + 1: the width of a row of #table. */
  readonly #width: number;
  /** States [0, #tabled) have a full row in #table, state × symbol → next state. */
  readonly #tabled: number;
  readonly #table: Uint16Array | Int32Array;
  /**
   * The edges of state s are #edgeSymbols[#firstEdge[s], #firstEdge[s + 1]). Edge e leads to state
   * e + 1: states are numbered breadth first, in the order the edges are laid out, and every state
   * but the root is reached by one edge.
   */
  readonly #firstEdge: Int32Array;
  readonly #edgeSymbols: Uint16Array;
  readonly #failure: Int32Array;
  /**
   * The longest pattern that ends at state s or down its failure chain, NONE where none does.
   * Patterns are numbered by the state they end at; what a pattern is lives in the arrays below,
   * one entry per pattern rather than per state, since most states end none (the built-in phrase
   * families: 43,000 patterns over 145,000 states).
   */
  readonly #output: Int32Array;
  /** Pattern p's length in units, its value #values[#valueOfPattern[p]], and the next shorter pattern that ends with it. */
  readonly #patternLength: Uint16Array;
  readonly #valueOfPattern: Int32Array;
  readonly #nextPattern: Int32Array;
  /** Each distinct value once: many patterns (the wordings of one phrase) share theirs. */
  readonly #values: T[] = [];

  /** Patterns must be given in folded form; of patterns that are the same, the last one's value is kept. */
  constructor(patterns: Iterable<{ pattern: string; value: T }>, fold: (unit: number) => number = (unit) => unit) {
    const symbols = new Map<number, number>();
    const trie: Map<number, number>[] = [new Map()];
    const endings = new Map<number, T>();
    for (const { pattern, value } of patterns) {
      if (pattern === '') continue;
      if (pattern.length > 0xffff) throw new RangeError('A pattern is too long');
      let node = ROOT;
      for (let index = 0; index < pattern.length; index += 1) {
        const unit = pattern.charCodeAt(index);
        let symbol = symbols.get(unit);
        if (symbol === undefined) symbols.set(unit, (symbol = symbols.size + 1));
        let next = trie[node]!.get(symbol);
        if (next === undefined) {
          next = trie.length;
          trie.push(new Map());
          trie[node]!.set(symbol, next);
        }
        node = next;
      }
      endings.set(node, value);
    }
    if (symbols.size > 0xffff) throw new RangeError('Too many distinct characters in the patterns');
    for (let unit = 0; unit < 0x10000; unit += 1) this.#symbolOf[unit] = symbols.get(fold(unit)) ?? 0;

    // Number the states breadth first, so that the shallow ones, which the table covers, come first
    // and every state's failure target (which is shallower) comes before it.
    const order = [ROOT];
    for (let head = 0; head < order.length; head += 1) order.push(...trie[order[head]!]!.values());
    const states = order.length;
    this.#firstEdge = new Int32Array(states + 1);
    this.#edgeSymbols = new Uint16Array(states - 1);
    // Only while building: a pattern's length is the depth of the state it ends at.
    const depth = new Int32Array(states);
    const patternAt = new Int32Array(states).fill(NONE);
    const valueIndex = new Map<T, number>();
    const valueIndices: number[] = [];
    order.forEach((node, state) => {
      if (!endings.has(node)) return;
      const value = endings.get(node)!;
      let index = valueIndex.get(value);
      if (index === undefined) {
        index = this.#values.length;
        valueIndex.set(value, index);
        this.#values.push(value);
      }
      patternAt[state] = valueIndices.length;
      valueIndices.push(index);
    });
    this.#valueOfPattern = Int32Array.from(valueIndices);
    this.#patternLength = new Uint16Array(valueIndices.length);
    this.#nextPattern = new Int32Array(valueIndices.length).fill(NONE);
    let edge = 0;
    for (let state = 0; state < states; state += 1) {
      this.#firstEdge[state] = edge;
      for (const symbol of trie[order[state]!]!.keys()) {
        const next = edge + 1;
        this.#edgeSymbols[edge] = symbol;
        depth[next] = depth[state]! + 1;
        if (patternAt[next] !== NONE) this.#patternLength[patternAt[next]!] = depth[next]!;
        edge += 1;
      }
    }
    this.#firstEdge[states] = edge;

    const width = symbols.size + 1;
    this.#width = width;
    this.#tabled = Math.max(1, Math.min(states, Math.floor(TABLE_LIMIT / width)));
    this.#table = states <= 0x10000 ? new Uint16Array(this.#tabled * width) : new Int32Array(this.#tabled * width);
    this.#failure = new Int32Array(states);
    this.#output = new Int32Array(states).fill(NONE);
    for (let state = 0; state < states; state += 1) {
      const failure = this.#failure[state]!;
      if (state < this.#tabled) {
        // A state moves on as its failure target does, except where its own edges lead.
        const row = state * width;
        if (state !== ROOT) this.#table.copyWithin(row, failure * width, failure * width + width);
        for (let at = this.#firstEdge[state]!; at < this.#firstEdge[state + 1]!; at += 1) this.#table[row + this.#edgeSymbols[at]!] = at + 1;
      }
      for (let at = this.#firstEdge[state]!; at < this.#firstEdge[state + 1]!; at += 1) {
        const next = at + 1;
        const nextFailure = state === ROOT ? ROOT : this.#step(failure, this.#edgeSymbols[at]!);
        this.#failure[next] = nextFailure;
        const inherited = this.#output[nextFailure]!;
        const pattern = patternAt[next]!;
        if (pattern === NONE) {
          this.#output[next] = inherited;
        } else {
          this.#output[next] = pattern;
          this.#nextPattern[pattern] = inherited;
        }
      }
    }
  }

  /** The move from `state` on `symbol`: by the trie edges and failure links down to a tabled state, then by its row. */
  #step(state: number, symbol: number): number {
    let current = state;
    for (; current >= this.#tabled; current = this.#failure[current]!) {
      for (let edge = this.#firstEdge[current]!; edge < this.#firstEdge[current + 1]!; edge += 1) {
        if (this.#edgeSymbols[edge] === symbol) return edge + 1;
      }
    }
    return this.#table[current * this.#width + symbol]!;
  }

  /**
   * Every occurrence of every pattern within `text[start, end)` that `accept` (if given) lets
   * through, by end and, at the same end, longest first.
   */
  findAll(text: string, start = 0, end = text.length, accept?: (start: number, end: number, value: T) => boolean): UnitHit<T>[] {
    const hits: UnitHit<T>[] = [];
    const symbolOf = this.#symbolOf;
    const table = this.#table;
    const tabled = this.#tabled;
    const width = this.#width;
    const output = this.#output;
    let state = ROOT;
    for (let index = start; index < end; index += 1) {
      const symbol = symbolOf[text.charCodeAt(index)]!;
      if (symbol === 0) {
        state = ROOT;
        continue;
      }
      state = state < tabled ? table[state * width + symbol]! : this.#step(state, symbol);
      for (let found = output[state]!; found !== NONE; found = this.#nextPattern[found]!) {
        const hitStart = index + 1 - this.#patternLength[found]!;
        const value = this.#values[this.#valueOfPattern[found]!]!;
        if (!accept || accept(hitStart, index + 1, value)) hits.push({ start: hitStart, end: index + 1, value });
      }
    }
    return hits;
  }
}
