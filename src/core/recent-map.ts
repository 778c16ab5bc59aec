/**
 * A bound on what the entries of a RecentMap weigh together, such as the length of the texts they
 * are keyed by: a cache of drafts holds a few long drafts or many short ones, not as many long
 * ones as short.
 */
export interface WeightBound<K> {
  weigh(key: K): number;
  /** The entries weigh at most this much together, unless the most recent alone weighs more. */
  maxWeight: number;
}

/**
 * A map that keeps at most `capacity` entries (and within `bound`, if given), forgetting the one
 * least recently set or read (`get`) first: the bounded caches of drafts, verdicts, sentences and
 * vocabularies. Map keeps insertion order, so the oldest entry is always the first. The most
 * recent entry is always kept.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();
  private weight = 0;

  constructor(
    private readonly capacity: number,
    private readonly bound?: WeightBound<K>,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** The value, now the most recently used; undefined when absent. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value === undefined && !this.entries.has(key)) return undefined;
    this.entries.delete(key);
    this.entries.set(key, value as V);
    return value;
  }

  /** Sets the value as the most recently used, forgetting the oldest entries beyond the capacity or the bound. */
  set(key: K, value: V): void {
    this.delete(key);
    this.entries.set(key, value);
    if (this.bound) this.weight += this.bound.weigh(key);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size === 1 || !this.isOverBound()) break;
      this.delete(oldest);
    }
  }

  private isOverBound(): boolean {
    return this.entries.size > this.capacity || (this.bound !== undefined && this.weight > this.bound.maxWeight);
  }

  delete(key: K): void {
    if (this.entries.delete(key) && this.bound) this.weight -= this.bound.weigh(key);
  }

  /** The least recently used entry. */
  oldest(): [K, V] | undefined {
    const [first] = this.entries;
    return first;
  }

  /** Keys, least recently used first. */
  keys(): IterableIterator<K> {
    return this.entries.keys();
  }
}
