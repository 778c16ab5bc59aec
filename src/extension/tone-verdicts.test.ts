import { describe, expect, it, vi } from 'vitest';
import type { ModelVerdict } from '../tone/model.ts';
import { isToneRequest, TONE_REQUEST } from './messages.ts';
import { isModelVerdict, ToneVerdicts } from './tone-verdicts.ts';

const verdict = (strength: number): ModelVerdict => ({ strength, sentence: { start: 0, end: 3 }, phrases: [{ start: 0, end: 3, weight: 1 }] });

function deferred() {
  let resolve!: (value: ModelVerdict | undefined) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<ModelVerdict | undefined>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

describe('ToneVerdicts', () => {
  it('answers nothing at first, asks once, and after the answer gives it for that exact body only', async () => {
    const answer = deferred();
    const ask = vi.fn(() => answer.promise);
    const arrived = vi.fn();
    const verdicts = new ToneVerdicts(ask, arrived);
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }])).toBeUndefined();
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }])).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(1);
    answer.resolve(verdict(0.7));
    await answer.promise;
    await Promise.resolve();
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }])?.strength).toBe(0.7);
    // One more character is another text: no verdict until the background has judged it.
    expect(verdicts.verdictFor('abc defg', [{ start: 0, end: 8 }])).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('fails open: a refused or broken answer leaves the lexicon alone and is not asked again', async () => {
    const ask = vi.fn((body: string) => (body === 'boom' ? Promise.reject(new Error('no background')) : Promise.resolve({ strength: 2, phrases: [] } as ModelVerdict)));
    const arrived = vi.fn();
    const verdicts = new ToneVerdicts(ask, arrived);
    expect(verdicts.verdictFor('boom', [])).toBeUndefined();
    expect(verdicts.verdictFor('bad', [])).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(verdicts.verdictFor('boom', [])).toBeUndefined();
    expect(verdicts.verdictFor('bad', [])).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(arrived).not.toHaveBeenCalled();
  });

  it('fails open when asking throws at once (extension context gone)', () => {
    const verdicts = new ToneVerdicts(() => {
      throw new Error('Extension context invalidated');
    }, vi.fn());
    expect(verdicts.verdictFor('text', [])).toBeUndefined();
  });

  it('forgets the oldest bodies beyond its limit', async () => {
    const ask = vi.fn(() => Promise.resolve(verdict(0.2)));
    const verdicts = new ToneVerdicts(ask, () => {});
    for (let index = 0; index < 40; index += 1) {
      verdicts.verdictFor(`body ${index}`, []);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(verdicts.verdictFor('body 39', [])).toBeDefined();
    expect(verdicts.verdictFor('body 0', [])).toBeUndefined();
  });

  it('asks one question at a time: of the keystrokes typed meanwhile, only the text as it stands is asked next', async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn(() => {
      answers.push(deferred());
      return answers[answers.length - 1]!.promise;
    });
    const verdicts = new ToneVerdicts(ask, () => {});
    const draft = 'Dear Sam, the refund went out today.';
    verdicts.verdictFor(draft, []);
    for (const typed of ['!', '!!', '!!!']) verdicts.verdictFor(`${draft}${typed}`, []);
    expect(ask).toHaveBeenCalledTimes(1);
    answers[0]!.resolve(verdict(0.1));
    await answers[0]!.promise;
    await Promise.resolve();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenLastCalledWith(`${draft}!!!`, []);
    answers[1]!.resolve(verdict(0.2));
    await answers[1]!.promise;
    await Promise.resolve();
    expect(verdicts.verdictFor(`${draft}!!!`, [])?.strength).toBe(0.2);
    // A state that was never asked about is asked when it is linted again (an undo back to it).
    expect(verdicts.verdictFor(`${draft}!`, [])).toBeUndefined();
    expect(ask).toHaveBeenLastCalledWith(`${draft}!`, []);
  });

  it('keeps a waiting draft of another compose window while one is typed in', async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn((_body: string, _ownRanges: readonly unknown[]) => {
      answers.push(deferred());
      return answers[answers.length - 1]!.promise;
    });
    const verdicts = new ToneVerdicts(ask, () => {});
    verdicts.verdictFor('first window: hello', []);
    verdicts.verdictFor('second window, another customer altogether', []);
    verdicts.verdictFor('first window: hello there', []);
    for (let index = 0; index < 2; index += 1) {
      answers[index]!.resolve(verdict(0.1));
      await answers[index]!.promise;
      await Promise.resolve();
    }
    expect(ask.mock.calls.map(([body]) => body)).toEqual(['first window: hello', 'second window, another customer altogether', 'first window: hello there']);
  });
});

describe('isModelVerdict', () => {
  it('accepts a verdict whose spans lie in the body and refuses others', () => {
    expect(isModelVerdict(verdict(0.4), 3)).toBe(true);
    expect(isModelVerdict(verdict(0.4), 2)).toBe(false);
    expect(isModelVerdict({ strength: Number.NaN, phrases: [] }, 3)).toBe(false);
    expect(isModelVerdict({ strength: 0.3 }, 3)).toBe(false);
    expect(isModelVerdict(null, 3)).toBe(false);
  });
});

describe('isToneRequest', () => {
  it('checks the body and that the own ranges are in order and inside it', () => {
    expect(isToneRequest({ type: TONE_REQUEST, body: 'hello there', ownRanges: [{ start: 0, end: 5 }, { start: 6, end: 11 }] })).toBe(true);
    expect(isToneRequest({ type: TONE_REQUEST, body: 'hello', ownRanges: [{ start: 0, end: 6 }] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, body: 'hello', ownRanges: [{ start: 3, end: 5 }, { start: 0, end: 2 }] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, body: 'hello', ownRanges: [{ start: 0.5, end: 2 }] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, body: 42, ownRanges: [] })).toBe(false);
    expect(isToneRequest({ type: 'netiquette:other', body: 'x', ownRanges: [] })).toBe(false);
  });
});
