/**
 * Caches what a rule compiles from an options or vocabulary object. The engine hands the
 * same objects to every lint, so a phrase automaton is built once per configuration.
 */
export function memoizeByIdentity<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/**
 * `compute`'s value, worked out at the first call and kept, undefined included: a pattern made
 * from rule data the content script receives after its modules load, or a verdict asked for once.
 */
export function once<T>(compute: () => T): () => T {
  let kept: { value: T } | undefined;
  return () => (kept ??= { value: compute() }).value;
}
