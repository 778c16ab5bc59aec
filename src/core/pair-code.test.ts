import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUnitPairs, encodeUnitPairs } from './pair-code.ts';

function decodeAll(encoded: string): [number, number][] {
  const pairs: [number, number][] = [];
  decodeUnitPairs(encoded, (key, value) => pairs.push([key, value]));
  return pairs;
}

const unitPairs = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 0xffff })), { selector: ([key]) => key })
  .map((pairs) => pairs.sort(([a], [b]) => a - b));

describe('pair code', () => {
  it('decodes to the pairs it was given, for any table of UTF-16 units', () => {
    fc.assert(fc.property(unitPairs, (pairs) => {
        expect(decodeAll(encodeUnitPairs(pairs))).toEqual(pairs);
      }),
    );
  });

  it('writes printable ASCII that needs no escaping in a string literal', () => {
    fc.assert(fc.property(unitPairs, (pairs) => {
        expect(encodeUnitPairs(pairs)).toMatch(/^[0-9A-Za-z_-]*$/);
      }),
    );
  });

  it('refuses keys out of order and a truncated code', () => {
    expect(() => encodeUnitPairs([[5, 1], [3, 2]])).toThrow(/increase/);
    expect(() => decodeAll(encodeUnitPairs([[0x4e00, 0x4e01]]).slice(0, -1))).toThrow(/middle of a pair/);
    expect(() => decodeAll('é')).toThrow(/digit/);
  });
});
