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
 * Automata up to this many states × symbols (half a megabyte) get a full transition table, one
 * lookup per unit; larger ones (a pack with a long phrase list) follow failure links through
 * their trie edges.
 */
const FULL_TABLE_LIMIT = 1 << 18;

export class UnitAutomaton<T> {
  /** Text unit → symbol of its folded form; 0 for units in no pattern. */
  readonly #symbolOf = new Uint16Array(0x10000);
  /** Symbol → state reached from the root. */
  readonly #fromRoot: Int32Array;
  /** The edges of state s are #edgeSymbols/#edgeTargets[#firstEdge[s], #firstEdge[s + 1]). */
  readonly #firstEdge: Int32Array;
  readonly #edgeSymbols: Uint16Array;
  readonly #edgeTargets: Int32Array;
  readonly #failure: Int32Array;
  /** The nearest state on the failure chain (the state itself included) where a pattern ends. */
  readonly #output: Int32Array;
  /** For a state where a pattern ends, the next such state down its failure chain. */
  readonly #nextOutput: Int32Array;
  readonly #depth: Int32Array;
  readonly #values: (T | undefined)[];
  /** The full transition table, state × symbol, when it is small enough (see FULL_TABLE_LIMIT). */
  readonly #transitions: Uint16Array | undefined;

  /** Patterns must be given in folded form; of patterns that are the same, the last one's value is kept. */
  constructor(patterns: Iterable<{ pattern: string; value: T }>, fold: (unit: number) => number = (unit) => unit) {
    const symbols = new Map<number, number>();
    const children: Map<number, number>[] = [new Map()];
    const depth = [0];
    const values: (T | undefined)[] = [undefined];
    for (const { pattern, value } of patterns) {
      if (pattern === '') continue;
      let state = ROOT;
      for (let index = 0; index < pattern.length; index += 1) {
        const unit = pattern.charCodeAt(index);
        let symbol = symbols.get(unit);
        if (symbol === undefined) symbols.set(unit, (symbol = symbols.size + 1));
        let next = children[state]!.get(symbol);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          depth.push(depth[state]! + 1);
          values.push(undefined);
          children[state]!.set(symbol, next);
        }
        state = next;
      }
      values[state] = value;
    }
    if (symbols.size > 0xffff) throw new RangeError('Too many distinct characters in the patterns');
    for (let unit = 0; unit < 0x10000; unit += 1) this.#symbolOf[unit] = symbols.get(fold(unit)) ?? 0;

    const states = children.length;
    this.#fromRoot = new Int32Array(symbols.size + 1);
    for (const [symbol, next] of children[ROOT]!) this.#fromRoot[symbol] = next;
    this.#firstEdge = new Int32Array(states + 1);
    this.#edgeSymbols = new Uint16Array(states - 1);
    this.#edgeTargets = new Int32Array(states - 1);
    let edge = 0;
    for (let state = 0; state < states; state += 1) {
      this.#firstEdge[state] = edge;
      for (const [symbol, next] of children[state]!) {
        this.#edgeSymbols[edge] = symbol;
        this.#edgeTargets[edge] = next;
        edge += 1;
      }
    }
    this.#firstEdge[states] = edge;

    this.#failure = new Int32Array(states);
    this.#output = new Int32Array(states).fill(NONE);
    this.#nextOutput = new Int32Array(states).fill(NONE);
    this.#depth = Int32Array.from(depth);
    this.#values = values;
    // Breadth first, so a state's failure target (which is shallower) is complete before it.
    const queue = [...children[ROOT]!.values()];
    for (const state of queue) this.#output[state] = values[state] === undefined ? NONE : state;
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head]!;
      for (const [symbol, next] of children[state]!) {
        const failure = this.#step(this.#failure[state]!, symbol);
        this.#failure[next] = failure;
        const inherited = this.#output[failure]!;
        if (values[next] === undefined) {
          this.#output[next] = inherited;
        } else {
          this.#output[next] = next;
          this.#nextOutput[next] = inherited;
        }
        queue.push(next);
      }
    }

    const width = symbols.size + 1;
    if (states > 0xffff || states * width > FULL_TABLE_LIMIT) return;
    const transitions = new Uint16Array(states * width);
    transitions.set(this.#fromRoot);
    // A state moves on as its failure target does, except where its own edges lead; breadth first
    // again, so the failure target's row is complete.
    for (const state of queue) {
      const row = state * width;
      transitions.copyWithin(row, this.#failure[state]! * width, this.#failure[state]! * width + width);
      for (const [symbol, next] of children[state]!) transitions[row + symbol] = next;
    }
    this.#transitions = transitions;
  }

  /** The move from `state` on `symbol` by the trie edges and failure links. */
  #step(state: number, symbol: number): number {
    for (let current = state; current !== ROOT; current = this.#failure[current]!) {
      for (let edge = this.#firstEdge[current]!; edge < this.#firstEdge[current + 1]!; edge += 1) {
        if (this.#edgeSymbols[edge] === symbol) return this.#edgeTargets[edge]!;
      }
    }
    return this.#fromRoot[symbol]!;
  }

  /**
   * Every occurrence of every pattern within `text[start, end)` that `accept` (if given) lets
   * through, by end and, at the same end, longest first.
   */
  findAll(text: string, start = 0, end = text.length, accept?: (start: number, end: number, value: T) => boolean): UnitHit<T>[] {
    const hits: UnitHit<T>[] = [];
    const symbolOf = this.#symbolOf;
    const transitions = this.#transitions;
    const width = this.#fromRoot.length;
    const output = this.#output;
    let state = ROOT;
    for (let index = start; index < end; index += 1) {
      const symbol = symbolOf[text.charCodeAt(index)]!;
      if (symbol === 0) {
        state = ROOT;
        continue;
      }
      state = transitions ? transitions[state * width + symbol]! : this.#step(state, symbol);
      for (let found = output[state]!; found !== NONE; found = this.#nextOutput[found]!) {
        const hitStart = index + 1 - this.#depth[found]!;
        const value = this.#values[found]!;
        if (!accept || accept(hitStart, index + 1, value)) hits.push({ start: hitStart, end: index + 1, value });
      }
    }
    return hits;
  }
}
