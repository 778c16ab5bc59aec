import type { StorageArea } from '../storage.ts';

/** An in-memory storage area that copies values in and out as JSON, as the browser does. */
export class MemoryStorageArea implements StorageArea {
  private readonly items = new Map<string, string>();
  /** Keys written by `set`, in order; lets tests see that nothing was written. */
  readonly writes: string[] = [];

  constructor(initial: Record<string, unknown> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, JSON.stringify(value));
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
    for (const [key, value] of Object.entries(items)) {
      this.items.set(key, JSON.stringify(value));
      this.writes.push(key);
    }
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.items.delete(key);
  }
}
