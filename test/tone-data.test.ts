import { describe, expect, it } from 'vitest';
import { heldOutSimilarity, NEAR_COPY } from '../scripts/tone-data.ts';

describe('heldOutSimilarity (training replies kept apart from the held-out ones)', () => {
  const similarity = heldOutSimilarity(['您是第一天用智能手机吗？', 'Per my last email, the refund was issued on the 3rd.']);

  it('finds a copy through case, punctuation, blanks and Traditional characters', () => {
    expect(similarity('您是第一天用智能手機嗎')).toBe(1);
    expect(similarity('per my last email — the refund was issued on the 3rd!')).toBe(1);
  });

  it('finds a near copy, and lets a different reply through', () => {
    expect(similarity('Per my last email, the refund was issued on the 3rd. Please read the thread.')).toBeGreaterThanOrEqual(NEAR_COPY);
    expect(similarity('The refund for order 4411 is on its way; thanks for waiting.')).toBeLessThan(NEAR_COPY);
    expect(similarity('请问您需要什么帮助？')).toBeLessThan(NEAR_COPY);
  });
});
