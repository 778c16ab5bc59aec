import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentMap } from './recent-map.ts';

describe('RecentMap', () => {
  it('forgets the least recently set or read entry first', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'c']);
    expect(map.has('b')).toBe(false);
    expect(map.oldest()).toEqual(['a', 1]);
    map.delete('a');
    expect(map.oldest()).toEqual(['c', 3]);
    expect(map.get('b')).toBeUndefined();
  });

  it('holds what a reference model holds, never more than its capacity nor its weight, through any operations', () => {
    const operation = fc.record({ kind: fc.constantFrom('set', 'get', 'delete'), key: fc.integer({ min: 0, max: 6 }), value: fc.integer() });
    // A key weighs itself; no bound at all is the plain capacity.
    const bound = fc.option(fc.integer({ min: 0, max: 12 }).map((maxWeight) => ({ weigh: (key: number) => key, maxWeight })), { nil: undefined });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), bound, fc.array(operation, { maxLength: 40 }), (capacity, weightBound, operations) => {
        const map = new RecentMap<number, number>(capacity, weightBound);
        const weightOf = (entries: [number, number][]) => entries.reduce((total, [key]) => total + key, 0);
        const overBound = (entries: [number, number][]) => entries.length > capacity || (weightBound !== undefined && weightOf(entries) > weightBound.maxWeight);
        let model: [number, number][] = [];
        for (const { kind, key, value } of operations) {
          const found = model.find(([candidate]) => candidate === key);
          model = model.filter(([candidate]) => candidate !== key);
          if (kind === 'set') model.push([key, value]);
          else if (kind === 'get' && found) model.push(found);
          if (kind === 'set') while (model.length > 1 && overBound(model)) model.shift();
          if (kind === 'set') map.set(key, value);
          else if (kind === 'get') expect(map.get(key)).toBe(found?.[1]);
          else map.delete(key);
          expect(map.size).toBeLessThanOrEqual(capacity);
          if (weightBound && model.length > 1) expect(weightOf(model)).toBeLessThanOrEqual(weightBound.maxWeight);
          expect([...map.keys()]).toEqual(model.map(([candidate]) => candidate));
        }
      }),
      { numRuns: 500, seed: 20261205 },
    );
  });

  it('keeps the most recent entry even when it alone weighs more than the bound', () => {
    const map = new RecentMap<string, number>(4, { weigh: (key) => key.length, maxWeight: 5 });
    map.set('ab', 1);
    map.set('cd', 2);
    expect([...map.keys()]).toEqual(['ab', 'cd']);
    map.set('a long key', 3);
    expect([...map.keys()]).toEqual(['a long key']);
    map.delete('a long key');
    map.set('ef', 4);
    map.set('gh', 5);
    expect([...map.keys()]).toEqual(['ef', 'gh']);
  });
});
