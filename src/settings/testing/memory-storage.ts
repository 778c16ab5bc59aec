import type { StorageArea } from '../storage.ts';

/**
 * An in-memory storage area that copies values in and out as JSON, as the browser does. With
 * `quotaBytes` it refuses a `set` that would take the stored keys and values past it, writing
 * nothing, as Chrome's `storage.local` does (the message is Chrome's).
 */
export class MemoryStorageArea implements StorageArea {
  private readonly items = new Map<string, string>();
  /** Keys written by `set`, in order; lets tests see that nothing was written. */
  readonly writes: string[] = [];

  constructor(
    initial: Record<string, unknown> = {},
    private readonly quotaBytes = Infinity,
  ) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, JSON.stringify(value));
  }

  private sizeWith(items: Record<string, string>): number {
    const merged = new Map([...this.items, ...Object.entries(items)]);
    let size = 0;
    for (const [key, value] of merged) size += key.length + value.length;
    return size;
  }

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    const wanted = keys === undefined || keys === null ? [...this.items.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const stored = this.items.get(key);
      if (stored !== undefined) result[key] = JSON.parse(stored);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    const serialized = Object.fromEntries(Object.entries(items).map(([key, value]) => [key, JSON.stringify(value)]));
    if (this.sizeWith(serialized) > this.quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
    for (const [key, value] of Object.entries(serialized)) {
      this.items.set(key, value);
      this.writes.push(key);
    }
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }
}
