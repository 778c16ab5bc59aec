/** What the model trainers (train-tone.ts, train-phrasing.ts) share: a seeded order, AdaGrad and int8 weights. */

/** Seeded generator (mulberry32), so every run trains the same model. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], next: () => number): T[] {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(next() * (index + 1));
    [items[index], items[other]] = [items[other]!, items[index]!];
  }
  return items;
}

/** One AdaGrad step on values[index]. */
export function adagrad(values: Float32Array | Float64Array, squared: Float32Array | Float64Array, index: number, gradient: number, rate: number): void {
  squared[index]! += gradient * gradient;
  values[index]! -= (rate * gradient) / Math.sqrt(squared[index]!);
}

/** int8 with one scale, clipping the rare weights beyond the 99.99th percentile of |w|. */
export function quantise(weights: Float32Array): { scale: number; quantised: Int8Array } {
  const magnitudes = Float32Array.from(weights, Math.abs).sort();
  const clip = magnitudes[Math.floor(magnitudes.length * 0.9999)]! || 1;
  const scale = clip / 127;
  return { scale, quantised: Int8Array.from(weights, (weight) => Math.max(-127, Math.min(127, Math.round(weight / scale)))) };
}
