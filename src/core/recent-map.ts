/**
 * A map that keeps at most `capacity` entries, forgetting the one least recently set or read
 * (`get`) first: the bounded caches of drafts, verdicts, sentences and vocabularies. Map keeps
 * insertion order, so the oldest entry is always the first.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

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

  /** Sets the value as the most recently used, forgetting the oldest entries beyond the capacity. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) break;
      this.entries.delete(oldest);
    }
  }

  delete(key: K): void {
    this.entries.delete(key);
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
