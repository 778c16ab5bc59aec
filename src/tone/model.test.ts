import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../core/draft.ts';
import { foldForMatching } from './fold.ts';
import { decodeUnitPairs } from '../core/pair-code.ts';
import { HANT_FOLD_CODE } from './hant-fold-table.ts';
import { decodeModel, encodeModel, modelReading, modelTone, scriptOf, SentenceSummaries, sentenceLogit, strengthOf, type ToneModel } from './model.ts';
import { DEFAULT_FEATURES, sentenceFeatures } from './model-features.ts';
import { MODEL_WEIGHTS } from './model-weights.ts';
import { shippedToneModel } from './shipped-model.ts';
import { Stance, stanceKindOf } from './stance.ts';

const model = shippedToneModel();
const verdictOf = (body: string) => modelTone(model, body, analyzeDraft({ subject: '', body }).ownRanges);

describe('the shipped tone model', () => {
  it('gives the same verdict with kept sentence summaries as without, through any sequence of edits', () => {
    const sentence = fc.constantFrom('Are you stupid?', '你是不是有病啊？', 'Thanks for waiting.', '感谢您的耐心。', 'Read my email!!!', 'Hi Jane,', '\n', '\n\n', '> quoted', 'Best,\nAlex');
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 20 }), insert: fc.array(sentence, { maxLength: 3 }).map((parts) => parts.join(' ')) });
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 12 }), fc.array(edit, { maxLength: 8 }), fc.integer({ min: 1, max: 6 }), (start, edits, capacity) => {
        // A small capacity makes the kept summaries age out as they would in a long session.
        const summaries = new SentenceSummaries(model, capacity);
        let body = start.join(' ');
        for (const { at, remove, insert } of edits) {
          const from = at % (body.length + 1);
          body = body.slice(0, from) + insert + body.slice(from + remove);
          const { ownRanges } = analyzeDraft({ subject: '', body });
          expect(modelTone(model, body, ownRanges, { summaries })).toEqual(modelTone(model, body, ownRanges));
        }
      }),
      { numRuns: 150, seed: 20261205 },
    );
  });

  it('is int8, 2^bits weights, with a calibration for each script, of a sentence and of the whole', () => {
    expect(model.weights).toBeInstanceOf(Int8Array);
    expect(model.weights.length).toBe(1 << model.features.bits);
    for (const script of ['latin', 'han'] as const) {
      for (const calibration of [model.calibration[script], model.wholeCalibration[script]]) {
        expect(Number.isFinite(calibration.hold)).toBe(true);
        expect(calibration.hint).toBeLessThan(calibration.hold);
      }
    }
  });

  it('survives encoding and decoding unchanged', () => {
    const source = encodeModel(model, 'test');
    const header = JSON.parse(source.match(/MODEL_HEADER = (".*");/)![1]!) as string;
    const weights = JSON.parse(source.match(/MODEL_WEIGHTS = (".*");/)![1]!) as string;
    const decoded: ToneModel = decodeModel(header, weights);
    expect(decoded.calibration).toEqual(model.calibration);
    expect(decoded.wholeCalibration).toEqual(model.wholeCalibration);
    expect(decoded.wholeFeatureCap).toBe(model.wholeFeatureCap);
    expect(decoded.bias).toBe(model.bias);
    expect(Buffer.from(decoded.weights.buffer).equals(Buffer.from(model.weights.buffer))).toBe(true);
  });

  it('decodes its base64 as Node does, and encodes any weights so they decode unchanged', () => {
    expect(Buffer.from(model.weights.buffer, model.weights.byteOffset, model.weights.byteLength).equals(Buffer.from(MODEL_WEIGHTS, 'base64'))).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.infiniteStream(fc.integer({ min: -128, max: 127 })), (bits, stream) => {
        const weights = Int8Array.from(stream.take(1 << bits));
        const small: ToneModel = { ...model, features: { ...model.features, bits }, weights };
        const source = encodeModel(small, 'test');
        const encoded = JSON.parse(source.match(/MODEL_WEIGHTS = (".*");/)![1]!) as string;
        expect(encoded).toBe(Buffer.from(weights.buffer).toString('base64'));
        const header = JSON.parse(source.match(/MODEL_HEADER = (".*");/)![1]!) as string;
        expect([...decodeModel(header, encoded).weights]).toEqual([...weights]);
      }),
    );
  });

  it('refuses weights that do not fit the header', () => {
    expect(() => decodeModel(JSON.stringify({ features: { ...model.features, bits: 4 }, scale: 1, bias: 0, calibration: model.calibration, wholeCalibration: model.wholeCalibration }), 'AAAA')).toThrow(/tone model/);
  });

  it('refuses a header without the calibration of the whole text, rather than never reading the whole', () => {
    const header = { features: { ...model.features, bits: 0 }, scale: 1, bias: 0, calibration: model.calibration };
    const whole = { wholeCalibration: model.wholeCalibration, wholeFeatureCap: model.wholeFeatureCap };
    expect(decodeModel(JSON.stringify({ ...header, ...whole }), 'AA==').weights.length).toBe(1);
    expect(() => decodeModel(JSON.stringify(header), 'AA==')).toThrow(/tone model: .*whole/);
    expect(() => decodeModel(JSON.stringify({ ...header, wholeCalibration: model.wholeCalibration }), 'AA==')).toThrow(/tone model: .*whole/);
  });
});

describe('strengthOf', () => {
  const calibration = { hold: 2, hint: 0.5 };
  it('is 0.5 at the hold logit and 0.35 at the hint logit, and rises with the logit', () => {
    expect(strengthOf(2, calibration)).toBeCloseTo(0.5, 10);
    expect(strengthOf(0.5, calibration)).toBeCloseTo(0.35, 10);
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (logit, step) => {
        const low = strengthOf(logit, calibration);
        const high = strengthOf(logit + step, calibration);
        return low >= 0 && high <= 1 && high >= low;
      }),
    );
  });
});

describe('modelTone', () => {
  it('scores only the agent’s own text: quoted history changes nothing', () => {
    const own = 'Thanks for your patience, the replacement ships today.';
    const quoted = `${own}\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> You useless idiots, this is the worst damn service ever!!!`;
    expect(verdictOf(quoted).strength).toBeCloseTo(verdictOf(own).strength, 10);
  });

  it('does not read the words inside quotation marks: whatever the customer is quoted as saying, the verdict is the same', () => {
    const marks = fc.constantFrom(['"', '"'], ['“', '”'], ['「', '」'], ['『', '』']);
    // Any words but quotation marks and line feeds, which would end the quotation.
    const quoted = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '!', '?', '。', '！', '你', '傻', '垃', '圾', 'idiot ', 'damn ', 'hell', '1'), minLength: 1, maxLength: 60 });
    const frames = fc.constantFrom(
      ['You asked ', ' Short answer: the bill includes last month.'],
      ['您来信说：', '我们已经为您办理了退款。'],
      ['Hi Sam,\n\nYou wrote ', ', and I understand.\n\nBest,\nAnna'],
      ['', ' 收到，已经转给技术同事处理。'],
    );
    fc.assert(
      fc.property(frames, marks, quoted, quoted, ([before, after], [open, close], one, other) => {
        const verdict = (words: string) => verdictOf(`${before}${open}${words}${close}${after}`);
        const [first, second] = [verdict(one), verdict(other)];
        expect(second.strength).toBeCloseTo(first.strength, 12);
        // The card never names a quoted word.
        const quotation = { start: before.length, end: before.length + one.length + 2 };
        for (const phrase of first.phrases) expect(phrase.end <= quotation.start + 1 || phrase.start >= quotation.end - 1).toBe(true);
      }),
      { numRuns: 200, seed: 20261206 },
    );
  });

  it('still reads a scare quote’s marks, and the words around a quotation', () => {
    const reading = modelReading('Your "urgent" issue is not our problem.\nYou said "fine" fine.', [{ start: 0, end: 61 }]);
    expect(reading.masked).toBe('Your "      " issue is not our problem.\nYou said "    " fine.');
    expect(reading.folded).toBe(reading.masked.toLowerCase());
  });

  it('never falls below its highest sentence: the whole only adds', () => {
    const sentence = fc.constantFrom('Are you even reading what I write?', 'The parcel left our warehouse today.', '您是不是傻？', '感谢您的耐心。', 'As I already explained twice, the refund is on its way.', '这个问题我们已经说过很多次了。', 'Thanks!');
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 6 }), (sentences) => {
        const whole = verdictOf(sentences.join(' ')).strength;
        for (const one of sentences) expect(whole).toBeGreaterThanOrEqual(verdictOf(one).strength - 1e-12);
      }),
      { numRuns: 100, seed: 20261207 },
    );
  });

  it('reads the whole with its own calibration, from two sentences on', () => {
    const lenient = { hold: -50, hint: -51 };
    const strict = { hold: 50, hint: 49 };
    const withWhole = (calibration: typeof lenient): ToneModel => ({ ...model, calibration: { latin: strict, han: strict }, wholeCalibration: { latin: calibration, han: calibration } });
    const tone = (candidate: ToneModel, body: string) => modelTone(candidate, body, analyzeDraft({ subject: '', body }).ownRanges).strength;
    // One sentence: its own calibration only, whatever the whole's says.
    for (const body of ['The parcel left our warehouse today.', '包裹今天已经发出。']) expect(tone(withWhole(lenient), body)).toBe(tone(withWhole(strict), body));
    // Two: the whole's calibration counts.
    for (const body of ['The parcel left today. It arrives Friday.', '包裹今天已经发出。预计周五送达。']) {
      expect(tone(withWhole(strict), body)).toBeLessThan(0.01);
      expect(tone(withWhole(lenient), body)).toBeGreaterThan(0.99);
    }
  });

  /** A model whose sentences never count and whose whole holds (strength 0.5) exactly at `hold`. */
  const wholeHoldingAt = (hold: number, wholeFeatureCap = model.wholeFeatureCap): ToneModel => {
    const never = { hold: 1e9, hint: 1e9 - 1 };
    const atHold = { hold, hint: hold - 1 };
    return { ...model, wholeFeatureCap, calibration: { latin: never, han: never }, wholeCalibration: { latin: atHold, han: atHold } };
  };
  const ownTone = (candidate: ToneModel, body: string) => modelTone(candidate, body, [{ start: 0, end: body.length }]).strength;

  it('reads the whole as its sentences’ features together', () => {
    const body = 'As I said before, the refund is on its way. Please read the email this time. 您是不是没看邮件？';
    const { folded, sentences } = modelReading(body, [{ start: 0, end: body.length }]);
    expect(sentences.length).toBeGreaterThanOrEqual(3);
    let weightSum = 0;
    let count = 0;
    for (const range of sentences) {
      const features = sentenceFeatures(folded.slice(range.start, range.end), model.features);
      for (let index = 0; index < features.count; index += 1) weightSum += model.weights[features.buckets[index]!]!;
      count += features.count;
    }
    expect(count).toBeLessThan(model.wholeFeatureCap);
    const logit = model.bias + (weightSum * model.scale) / Math.sqrt(count);
    expect(ownTone(wholeHoldingAt(logit), body)).toBeCloseTo(0.5, 10);
    expect(sentences.map((range) => sentenceLogit(model, folded.slice(range.start, range.end)))).not.toContain(logit);
  });

  it('lets the whole grow with its length only up to its feature cap: past it, more of the same text reads the same', () => {
    const paragraph = 'Click Next and sign in. Check the date and time. ';
    const capped = wholeHoldingAt(model.bias, 40);
    const uncapped = wholeHoldingAt(model.bias);
    for (const times of [2, 3, 5]) {
      expect(ownTone(capped, paragraph.repeat(times))).toBeCloseTo(ownTone(capped, paragraph), 10);
      // Uncapped, the same lean grows with every repetition, away from the bias.
      expect(Math.abs(ownTone(uncapped, paragraph.repeat(times)) - 0.5)).toBeGreaterThan(Math.abs(ownTone(uncapped, paragraph) - 0.5));
    }
  });

  it('gives Traditional text the same score as the Simplified it folds to', () => {
    const simplifiedToTraditional = new Map<string, string>();
    decodeUnitPairs(HANT_FOLD_CODE, (traditional, simplified) =>
      simplifiedToTraditional.set(String.fromCharCode(simplified), String.fromCharCode(traditional)),
    );
    const simplified = [...simplifiedToTraditional.keys()].filter((character) => /\p{Script=Han}/u.test(character));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...simplified, '你', '是', '吗', '？', '，'), { minLength: 1, maxLength: 30 }), (characters) => {
        const text = characters.join('');
        const traditional = characters.map((character) => simplifiedToTraditional.get(character) ?? character).join('');
        return sentenceLogit(model, foldForMatching(traditional)) === sentenceLogit(model, foldForMatching(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, keeps its strength in 0–1 and its spans inside the body', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', '!', '。', '你', '傻', '我', '"', '>', '\u{1F600}', '\uD800', 'é', '1') , maxLength: 300 }), (body) => {
        const verdict = verdictOf(body);
        const inside = (range: { start: number; end: number }) => range.start >= 0 && range.start <= range.end && range.end <= body.length;
        return verdict.strength >= 0 && verdict.strength <= 1 && (!verdict.sentence || inside(verdict.sentence)) && verdict.phrases.every(inside);
      }),
      { numRuns: 300 },
    );
  });

  it('names wordings, not the lone characters a Chinese word piece often is, and no two of them overlap', () => {
    for (const body of ['我们这边也不清楚，海关说了算，您只能等着。', '这个不归我们管，至于你说信用卡被扣费，你去问你的银行吧。', '這個地址是你下單的時候自己填的，不是我們這邊的問題。']) {
      const { phrases } = verdictOf(body);
      expect(phrases.length, body).toBeGreaterThan(0);
      for (const phrase of phrases) expect(phrase.end - phrase.start, body.slice(phrase.start, phrase.end)).toBeGreaterThan(1);
      const sorted = phrases.toSorted((a, b) => a.start - b.start);
      for (let index = 1; index < sorted.length; index += 1) expect(sorted[index]!.start).toBeGreaterThanOrEqual(sorted[index - 1]!.end);
    }
  });

  it('names phrases from the highest sentence, strongest first', () => {
    const body = 'The refund was issued on Monday.\n\nHonestly, are you too stupid to read an email?';
    const verdict = verdictOf(body);
    expect(verdict.sentence).toBeDefined();
    for (const phrase of verdict.phrases) {
      expect(phrase.start).toBeGreaterThanOrEqual(verdict.sentence!.start);
      expect(phrase.end).toBeLessThanOrEqual(verdict.sentence!.end);
    }
    const weights = verdict.phrases.map((phrase) => phrase.weight);
    expect([...weights].sort((a, b) => b - a)).toEqual(weights);
  });
});

describe('model features', () => {
  it('are the same for a sentence however often it is asked, and every span lies inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (text) => {
        const folded = foldForMatching(text);
        const first = sentenceFeatures(folded);
        const second = sentenceFeatures(folded);
        for (let index = 0; index < first.count; index += 1) {
          if (first.buckets[index] !== second.buckets[index]) return false;
          if (first.starts[index]! > first.ends[index]! || first.ends[index]! > Math.max(1, folded.length)) return false;
        }
        return first.count === second.count;
      }),
      { numRuns: 200 },
    );
  });

  it('grow linearly with the sentence', () => {
    const sentence = 'Please restart the router and tell me what you see. ';
    const one = sentenceFeatures(foldForMatching(sentence)).count;
    const ten = sentenceFeatures(foldForMatching(sentence.repeat(10))).count;
    expect(ten).toBeLessThanOrEqual(one * 11);
  });

  it('with stance features, are the same features followed by the stance ones, so models trained without them read as before', () => {
    const withStance = { ...DEFAULT_FEATURES, stanceCopies: 4 };
    fc.assert(
      fc.property(fc.array(fc.constantFrom('you', 'your', '你', '您们', '妳', "didn't", 'not', '不会', 'already', '已经', 'if', '否则', 'we', '我们', 'read', '看', '?', '？', ' ', ',', 'x'), { maxLength: 40 }), (words) => {
        const folded = foldForMatching(words.join(' '));
        const plain = sentenceFeatures(folded);
        const stance = sentenceFeatures(folded, withStance);
        for (let index = 0; index < plain.count; index += 1) if (plain.buckets[index] !== stance.buckets[index]) return false;
        for (let index = 0; index < stance.count; index += 1) if (stance.starts[index]! > stance.ends[index]! || stance.ends[index]! > Math.max(1, folded.length)) return false;
        return (stance.count - plain.count) % 4 === 0;
      }),
      { numRuns: 200 },
    );
    const sentence = 'Please restart the router and tell me what you see. ';
    expect(sentenceFeatures(foldForMatching(sentence.repeat(10)), withStance).count).toBeLessThanOrEqual(sentenceFeatures(foldForMatching(sentence), withStance).count * 11);
  });

  it('with stance features, let a reader blamed in English and in Chinese share features', () => {
    const stanceOnly = (sentence: string) => {
      const folded = foldForMatching(sentence);
      const plain = sentenceFeatures(folded).count;
      const stance = sentenceFeatures(folded, { ...DEFAULT_FEATURES, stanceCopies: 1 });
      return new Set(stance.buckets.slice(plain, stance.count));
    };
    const english = stanceOnly("You didn't read it.");
    expect([...stanceOnly('你没看。')].some((bucket) => english.has(bucket))).toBe(true);
    expect([...stanceOnly('Please restart the router.')]).toEqual([]);
  });

  it('find the stance kind of folded words', () => {
    expect(stanceKindOf('you')).toBe(Stance.SecondPerson);
    expect(stanceKindOf('你们')).toBe(Stance.SecondPerson);
    expect(stanceKindOf('您好')).toBeUndefined();
    expect(stanceKindOf("didn't")).toBe(Stance.Negation);
    expect(stanceKindOf('不会')).toBe(Stance.Negation);
    expect(stanceKindOf('否则')).toBe(Stance.Condition);
    expect(stanceKindOf('我哋')).toBe(Stance.FirstPersonPlural);
    expect(stanceKindOf('router')).toBeUndefined();
  });

  it('tell Han from Latin sentences for calibration', () => {
    expect(scriptOf('您是不是傻？')).toBe('han');
    expect(scriptOf('Are you serious?')).toBe('latin');
    expect(scriptOf('您的 order 已经 refund 了')).toBe('han');
  });
});
