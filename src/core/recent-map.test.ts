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

  it('holds what a reference model holds, never more than its capacity, through any operations', () => {
    const operation = fc.record({ kind: fc.constantFrom('set', 'get', 'delete'), key: fc.integer({ min: 0, max: 6 }), value: fc.integer() });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(operation, { maxLength: 40 }), (capacity, operations) => {
        const map = new RecentMap<number, number>(capacity);
        let model: [number, number][] = [];
        for (const { kind, key, value } of operations) {
          const found = model.find(([candidate]) => candidate === key);
          model = model.filter(([candidate]) => candidate !== key);
          if (kind === 'set') model.push([key, value]);
          else if (kind === 'get' && found) model.push(found);
          if (model.length > capacity) model = model.slice(model.length - capacity);
          if (kind === 'set') map.set(key, value);
          else if (kind === 'get') expect(map.get(key)).toBe(found?.[1]);
          else map.delete(key);
          expect(map.size).toBeLessThanOrEqual(capacity);
          expect([...map.keys()]).toEqual(model.map(([candidate]) => candidate));
        }
      }),
      { numRuns: 300, seed: 20261205 },
    );
  });
});
