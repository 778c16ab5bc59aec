/**
 * The index of the first of `items` for which `isBefore` is false, by binary search: `items` are
 * sorted so that it holds for some first ones and for none after them (ranges in text order,
 * asked whether they end or start before an offset). Every lookup in a sorted list goes through
 * here: ranges, line starts, sentences, hits, segments of the text map.
 */
export function firstNotBefore<T>(items: readonly T[], isBefore: (item: T) => boolean): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (isBefore(items[middle]!)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of the last of `items` that starts at or before `offset` by `startOf`, or 0 when none
 * does: the line, sentence or stretch an offset falls in.
 */
export function lastStartingBy<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  return Math.max(0, firstNotBefore(items, (item) => startOf(item) <= offset) - 1);
}
