import { describe, expect, it } from 'vitest';
import { memoizeByIdentity, once } from './memo.ts';

describe('once', () => {
  it('works the value out at the first call, not before, and keeps it, undefined included', () => {
    let computed = 0;
    const value = once(() => {
      computed += 1;
      return undefined;
    });
    expect(computed).toBe(0);
    expect(value()).toBeUndefined();
    expect(value()).toBeUndefined();
    expect(computed).toBe(1);
  });
});

describe('memoizeByIdentity', () => {
  it('computes once per key object', () => {
    let computed = 0;
    const size = memoizeByIdentity((key: { items: number[] }) => {
      computed += 1;
      return key.items.length;
    });
    const key = { items: [1, 2] };
    expect([size(key), size(key), size({ items: [1, 2] })]).toEqual([2, 2, 2]);
    expect(computed).toBe(2);
  });
});
