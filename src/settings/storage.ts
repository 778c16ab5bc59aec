/**
 * The slice of `browser.storage.*` the settings code uses. Taking it as a parameter keeps the
 * settings logic runnable in Node tests with an in-memory area, and in the extension with the
 * real `storage.sync`, `storage.local` and `storage.managed`.
 */
export interface ReadableStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}

export interface StorageArea extends ReadableStorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** Reads one key, or undefined when the key is absent. */
export async function readKey(area: ReadableStorageArea, key: string): Promise<unknown> {
  const items = await area.get(key);
  return items[key];
}

/**
 * `storage.managed` rejects outright when no policy schema applies (Firefox without
 * policies.json, or a browser without managed storage); that simply means "no policy".
 */
export async function readManagedPolicy(area: ReadableStorageArea | undefined): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    return await area.get(null);
  } catch {
    return {};
  }
}
