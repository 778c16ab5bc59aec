import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../core/draft.ts';
import { MOST_BRUSH_OFFS, modelTone, SentenceSummaries } from './model.ts';
import { decodePhrasingModel, encodePhrasingModel, sameFeatures } from './phrasing-model.ts';
import { PHRASING_HEADER, PHRASING_WEIGHTS } from './phrasing-weights.ts';
import { shippedPhrasingModel, shippedToneModel } from './shipped-model.ts';

const tone = shippedToneModel();
const phrasing = shippedPhrasingModel();
const brushOffsOf = (body: string) => modelTone(tone, body, analyzeDraft({ subject: '', body }).ownRanges, { phrasing }).brushOffs ?? [];
const textsOf = (body: string) => brushOffsOf(body).map((range) => body.slice(range.start, range.end));

describe('the shipped service-phrasing model', () => {
  it('reads the features the shipped tone model reads, into int8 weights of its own size', () => {
    expect(sameFeatures(phrasing.features, tone.features)).toBe(true);
    expect(phrasing.weights).toBeInstanceOf(Int8Array);
    expect(phrasing.weights.length).toBe(1 << phrasing.bits);
    expect(Number.isFinite(phrasing.threshold)).toBe(true);
  });

  it('survives encoding and decoding unchanged, and refuses weights that do not fit its header', () => {
    const encoded = encodePhrasingModel(phrasing, 'test');
    const header = /PHRASING_HEADER = (".*");/.exec(encoded)![1]!;
    const weights = /PHRASING_WEIGHTS = (".*");/.exec(encoded)![1]!;
    expect(decodePhrasingModel(JSON.parse(header) as string, JSON.parse(weights) as string)).toEqual(phrasing);
    expect(() => decodePhrasingModel(PHRASING_HEADER, PHRASING_WEIGHTS.slice(0, 400))).toThrow(/weights for 16 bits/);
  });

  it('refuses to judge beside a tone model of other features', () => {
    const other = { ...tone, features: { ...tone.features, stanceCopies: 0 } };
    expect(() => modelTone(other, 'Hello.', [{ start: 0, end: 6 }], { phrasing })).toThrow(/other features/);
  });

  it('names brush-offs in English, Simplified, Traditional and mixed, and leaves a plain update alone', () => {
    expect(textsOf('Hi Sam,\n\nThe delay is down to customs, which is not something we control.\n\nAna')).toEqual(['The delay is down to customs, which is not something we control.']);
    expect(textsOf('王先生您好：\n\n商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。\n\n客服小李')).toEqual(['商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。']);
    expect(textsOf('陳先生您好：\n\n物流慢是快遞那邊的事，我們這邊也催不動，您耐心等等吧。\n\n客服 小美')).toHaveLength(1);
    expect(textsOf('Hi Sam,\n\nYour refund was issued today and should reach your card within five working days.\n\nAna')).toEqual([]);
    expect(textsOf('王先生您好：\n\n退款已于今天原路退回，预计三个工作日内到账。\n\n客服小李')).toEqual([]);
  });

  it('gives brush-offs inside the body, in order, trimmed, never more than its cap, with their phrases inside them (property)', () => {
    const sentence = fc.constantFrom('The delay is down to customs, which is not something we control. ', '商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。', 'Thanks for waiting. ', '\n', '\n\n', '> quoted\n', '  ', 'Best,\nAlex\n');
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 60 }), (parts) => {
        const body = parts.join('');
        const found = brushOffsOf(body);
        expect(found.length).toBeLessThanOrEqual(MOST_BRUSH_OFFS);
        let end = 0;
        for (const brushOff of found) {
          expect(brushOff.start).toBeGreaterThanOrEqual(end);
          expect(brushOff.end).toBeGreaterThan(brushOff.start);
          expect(brushOff.end).toBeLessThanOrEqual(body.length);
          const text = body.slice(brushOff.start, brushOff.end);
          expect(text.trim()).toBe(text);
          for (const phrase of brushOff.phrases) expect(phrase.start >= brushOff.start && phrase.end <= brushOff.end).toBe(true);
          end = brushOff.end;
        }
      }),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it('gives the same brush-offs with kept sentence summaries as without', () => {
    const summaries = new SentenceSummaries(tone, 4, phrasing);
    const bodies = ['The delay is down to customs, which is not something we control. Thanks.', '商品是快递弄坏的，跟我们店没关系，您找快递公司去吧。谢谢。', 'Thanks for waiting.'];
    for (const body of [...bodies, ...bodies]) {
      const ownRanges = [{ start: 0, end: body.length }];
      expect(modelTone(tone, body, ownRanges, { summaries, phrasing })).toEqual(modelTone(tone, body, ownRanges, { phrasing }));
    }
    expect(() => modelTone(tone, 'Hi.', [{ start: 0, end: 3 }], { summaries })).toThrow(/other models/);
  });
});
