import { describe, expect, it, vi } from 'vitest';
import type { ModelVerdict } from '../tone/model.ts';
import fc from 'fast-check';
import { analyzeDraft } from '../core/draft.ts';
import { createLinter } from '../core/engine.ts';
import { createIncrementalLinter } from '../core/incremental.ts';
import type { Finding, TextRange } from '../core/types.ts';
import { LintState } from '../state/lint-state.ts';
import { defaultPack } from '../packs/builtin.ts';
import { builtinRules } from '../rules/index.ts';
import { singlePackSettings } from '../settings/playground.ts';
import { HINT_STRENGTH, modelEvidence } from '../tone/combine.ts';
import { shippedToneVerdict } from '../tone/shipped-model.ts';
import { bodyOfToneRequest, isToneRequest, LONGEST_TONE_BODY, LONGEST_TONE_TEXT, TONE_REQUEST, toneRequest } from './messages.ts';
import { isModelVerdict, ToneVerdicts } from './tone-verdicts.ts';

/** As Send asks: this very text's verdict or none. */
const EXACT = { exact: true };

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
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }], EXACT)).toBeUndefined();
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }], EXACT)).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(1);
    answer.resolve(verdict(0.7));
    await answer.promise;
    await Promise.resolve();
    expect(arrived).toHaveBeenCalledTimes(1);
    expect(verdicts.verdictFor('abc def', [{ start: 0, end: 7 }], EXACT)?.strength).toBe(0.7);
    // One more character is another text: no verdict until the background has judged it.
    expect(verdicts.verdictFor('abc defg', [{ start: 0, end: 8 }], EXACT)).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('has a text relinted when its answer names a brush-off, however calm its tone', async () => {
    const arrived = vi.fn();
    const calm = { strength: 0, phrases: [] };
    const answers: Record<string, ModelVerdict> = { 'abc def': { ...calm, brushOffs: [{ start: 0, end: 3, phrases: [] }] }, 'abc xyz': { ...calm, brushOffs: [] } };
    const verdicts = new ToneVerdicts((body) => Promise.resolve(answers[body]), arrived);
    verdicts.verdictFor('abc def', [{ start: 0, end: 7 }], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    verdicts.verdictFor('abc xyz', [{ start: 0, end: 7 }], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(arrived.mock.calls).toEqual([['abc def']]);
  });

  it('fails open: a refused or broken answer leaves the lexicon alone and is not asked again', async () => {
    const ask = vi.fn((body: string) => (body === 'boom' ? Promise.reject(new Error('no background')) : Promise.resolve({ strength: 2, phrases: [] } as ModelVerdict)));
    const arrived = vi.fn();
    const verdicts = new ToneVerdicts(ask, arrived);
    expect(verdicts.verdictFor('boom', [], EXACT)).toBeUndefined();
    expect(verdicts.verdictFor('bad', [], EXACT)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(verdicts.verdictFor('boom', [], EXACT)).toBeUndefined();
    expect(verdicts.verdictFor('bad', [], EXACT)).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(arrived).not.toHaveBeenCalled();
  });

  it('fails open when asking throws at once (extension context gone)', () => {
    const verdicts = new ToneVerdicts(() => {
      throw new Error('Extension context invalidated');
    }, vi.fn());
    expect(verdicts.verdictFor('text', [], EXACT)).toBeUndefined();
  });

  it('has the text relinted only for a verdict that counts as evidence, and keeps the weaker ones too', async () => {
    const ask = vi.fn((body: string) => Promise.resolve(verdict(body === 'strong' ? HINT_STRENGTH : HINT_STRENGTH - 0.01)));
    const arrived = vi.fn();
    const verdicts = new ToneVerdicts(ask, arrived);
    verdicts.verdictFor('weak', [], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(arrived).not.toHaveBeenCalled();
    expect(verdicts.verdictFor('weak', [], EXACT)?.strength).toBe(HINT_STRENGTH - 0.01);
    verdicts.verdictFor('strong', [], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(arrived.mock.calls).toEqual([['strong']]);
    expect(ask).toHaveBeenCalledTimes(2);
  });

  it('skips no relint that mattered: a verdict too weak to count leaves every finding as without one', () => {
    const withVerdict = (weak: ModelVerdict | undefined) => createLinter(builtinRules, singlePackSettings(defaultPack).lint, { toneVerdict: () => weak });
    const plain = withVerdict(undefined);
    const line = fc.oneof(
      fc.constantFrom('Hi Jane,', '', '> you never answer', 'Are you stupid? Read my email!!!', '你是不是有病啊？', '您是不是傻？这都不会？', 'We will close this ticket.', '感谢您的耐心等待。', 'Best regards,', 'Alex'),
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.double({ min: 0, max: HINT_STRENGTH, maxExcluded: true, noNaN: true }), fc.nat(), (lines, strength, at) => {
        const body = lines.join('\n');
        const start = body.length === 0 ? 0 : at % body.length;
        const weak: ModelVerdict = { strength, sentence: { start, end: body.length }, phrases: [{ start, end: body.length, weight: 1 }] };
        const draft = { subject: 'Your order', body };
        expect(modelEvidence(strength)).toBe(0);
        expect(withVerdict(weak).lint(draft)).toEqual(plain.lint(draft));
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });

  it('forgets the oldest bodies beyond its limit', async () => {
    const ask = vi.fn(() => Promise.resolve(verdict(0.2)));
    const verdicts = new ToneVerdicts(ask, () => {});
    for (let index = 0; index < 40; index += 1) {
      verdicts.verdictFor(`body ${index}`, [], EXACT);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(verdicts.verdictFor('body 39', [], EXACT)).toBeDefined();
    expect(verdicts.verdictFor('body 0', [], EXACT)).toBeUndefined();
  });

  it('remembers long bodies by what they weigh: few states of a long draft, the latest always', async () => {
    const ask = vi.fn((body: string) => Promise.resolve(verdict(body.endsWith('!') ? 0.9 : 0.2)));
    const verdicts = new ToneVerdicts(ask, () => {});
    const long = 'Your parcel is on its way. '.repeat(1_500);
    for (const ending of ['a', 'b', 'c']) {
      verdicts.verdictFor(`${long}${ending}`, [], EXACT);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(verdicts.verdictFor(`${long}c`, [], EXACT)?.strength).toBe(0.2);
    expect(ask).toHaveBeenCalledTimes(3);
    // An undo back to a state forgotten asks the background again instead of answering from memory.
    expect(verdicts.verdictFor(`${long}a`, [], EXACT)).toBeUndefined();
    expect(ask).toHaveBeenCalledTimes(4);
  });

  it('lends the last verdict even after its body was forgotten', async () => {
    const ask = vi.fn((body: string) => Promise.resolve(body.startsWith('other') ? undefined : { strength: 0.9, sentence: { start: 0, end: 5 }, phrases: [{ start: 0, end: 5, weight: 1 }] }));
    const verdicts = new ToneVerdicts(ask, () => {});
    const long = 'Stop. '.repeat(6_000);
    verdicts.verdictFor(long, [], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Another long body, which the background could not judge, pushes the first out of memory.
    verdicts.verdictFor(`other ${long}`, [], EXACT);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(verdicts.verdictFor(`${long}x`, [], { exact: false })?.strength).toBe(0.9);
  });

  it('asks one question at a time: of the keystrokes typed meanwhile, only the text as it stands is asked next', async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn(() => {
      answers.push(deferred());
      return answers[answers.length - 1]!.promise;
    });
    const verdicts = new ToneVerdicts(ask, () => {});
    const draft = 'Dear Sam, the refund went out today.';
    verdicts.verdictFor(draft, [], EXACT);
    for (const typed of ['!', '!!', '!!!']) verdicts.verdictFor(`${draft}${typed}`, [], EXACT);
    expect(ask).toHaveBeenCalledTimes(1);
    answers[0]!.resolve(verdict(0.1));
    await answers[0]!.promise;
    await Promise.resolve();
    expect(ask).toHaveBeenCalledTimes(2);
    expect(ask).toHaveBeenLastCalledWith(`${draft}!!!`, []);
    answers[1]!.resolve(verdict(0.2));
    await answers[1]!.promise;
    await Promise.resolve();
    expect(verdicts.verdictFor(`${draft}!!!`, [], EXACT)?.strength).toBe(0.2);
    // A state that was never asked about is asked when it is linted again (an undo back to it).
    expect(verdicts.verdictFor(`${draft}!`, [], EXACT)).toBeUndefined();
    expect(ask).toHaveBeenLastCalledWith(`${draft}!`, []);
  });

  it('keeps a waiting draft of another compose window while one is typed in', async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn((_body: string, _ownRanges: readonly unknown[]) => {
      answers.push(deferred());
      return answers[answers.length - 1]!.promise;
    });
    const verdicts = new ToneVerdicts(ask, () => {});
    verdicts.verdictFor('first window: hello', [], EXACT);
    verdicts.verdictFor('second window, another customer altogether', [], EXACT);
    verdicts.verdictFor('first window: hello there', [], EXACT);
    for (let index = 0; index < 2; index += 1) {
      answers[index]!.resolve(verdict(0.1));
      await answers[index]!.promise;
      await Promise.resolve();
    }
    expect(ask.mock.calls.map(([body]) => body)).toEqual(['first window: hello', 'second window, another customer altogether', 'first window: hello there']);
  });
});

describe('ToneVerdicts: stand-ins while typing', () => {
  const LENT = { exact: false };

  it('lends the last verdict of the same draft, moved through the edit, until the text has its own', async () => {
    const answers: ReturnType<typeof deferred>[] = [];
    const ask = vi.fn(() => {
      answers.push(deferred());
      return answers[answers.length - 1]!.promise;
    });
    const arrived = vi.fn();
    const verdicts = new ToneVerdicts(ask, arrived);
    const draft = 'Hi Sam. Are you stupid? Read it.';
    verdicts.verdictFor(draft, [], LENT);
    const strong: ModelVerdict = { strength: 0.8, sentence: { start: 8, end: 23 }, phrases: [{ start: 16, end: 22, weight: 1 }] };
    answers[0]!.resolve(strong);
    await answers[0]!.promise;
    await Promise.resolve();
    const typed = `Hi Sam, ${draft.slice(7)}`.replace('Hi Sam, ', 'Hi Sam, well. ');
    expect(verdicts.verdictFor(typed, [], EXACT)).toBeUndefined();
    const standIn = verdicts.verdictFor(typed, [], LENT)!;
    expect(standIn.strength).toBe(0.8);
    expect(typed.slice(standIn.phrases[0]!.start, standIn.phrases[0]!.end)).toBe('stupid');
    expect(verdicts.lentStandIn(typed)).toBe(true);
    // Another draft altogether borrows nothing.
    expect(verdicts.verdictFor('Thanks for your order, it ships today.', [], LENT)).toBeUndefined();
    // The text's own verdict, even a calm one, has it linted again, and then stands alone.
    answers[1]!.resolve(verdict(0.05));
    await answers[1]!.promise;
    await Promise.resolve();
    expect(arrived.mock.calls.map(([body]) => body)).toEqual([draft, typed]);
    expect(verdicts.lentStandIn(typed)).toBe(false);
    expect(verdicts.verdictFor(typed, [], LENT)?.strength).toBe(0.05);
  });

  // The shipped model answers, when the test says, while a draft is edited at random and Send is
  // pressed at random moments: every Send verdict equals a lint that knows only the verdicts of
  // exactly the texts the model has judged, whatever stand-ins the findings shown meanwhile
  // rested on; and once every answer is in, what is shown equals that lint too.
  it('never decides Send on a stand-in (property, random edits, answers and Sends)', async () => {
    const config = singlePackSettings(defaultPack).lint;
    const step = fc.oneof(
      fc.record({ kind: fc.constant('type' as const), at: fc.nat(), text: fc.constantFrom('!', ' ', 'a', '傻', '?', 'stupid ', '谢谢', '\n', 'ARE YOU BLIND ') }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 4 }) }),
      fc.constant({ kind: 'answer' as const }),
      fc.constant({ kind: 'send' as const }),
    );
    const start = fc.constantFrom('Hi Jane,\n\nAre you stupid? I told you twice!!!\n\nAlex', '您好，\n\n您是不是傻？这都不会？\n\n小李', 'Hello,\n\nYour refund went out today.\n\nBest,\nAlex');
    let sends = 0;
    let sendsOverStandIn = 0;
    let holds = 0;
    await fc.assert(
      fc.asyncProperty(start, fc.array(step, { minLength: 1, maxLength: 30 }), async (initial, steps) => {
        const pending: { body: string; answer: ReturnType<typeof deferred> }[] = [];
        const judged = new Set<string>();
        const ask = (body: string, ownRanges: readonly TextRange[]) => {
          const answer = deferred();
          pending.push({ body, answer });
          return answer.promise.then(() => {
            judged.add(body);
            return shippedToneVerdict(body, ownRanges);
          });
        };
        let state!: LintState;
        const verdicts = new ToneVerdicts(ask, (body) => {
          if (state.draft?.body === body) state.invalidate();
        });
        const linter = createIncrementalLinter(builtinRules, config, { toneVerdict: (body, ownRanges, question) => verdicts.verdictFor(body, ownRanges, question) });
        state = new LintState({ lint: (draft, options) => linter.lintLazily(draft, options), usedStandIn: (draft) => verdicts.lentStandIn(draft.body), toneRuleActive: () => true });
        const reference = () => createLinter(builtinRules, config, { toneVerdict: (body, ownRanges) => (judged.has(body) ? shippedToneVerdict(body, ownRanges) : undefined) });
        const errorsOf = (findings: readonly Finding[]) => findings.filter((finding) => finding.severity === 'error');
        let body = initial;
        const draft = () => ({ subject: 'Your ticket', body });
        state.update(draft());
        for (const action of steps) {
          if (action.kind === 'type') {
            const at = action.at % (body.length + 1);
            body = body.slice(0, at) + action.text + body.slice(at);
          } else if (action.kind === 'delete') {
            const at = action.at % (body.length + 1);
            body = body.slice(0, at) + body.slice(at + action.length);
          } else if (action.kind === 'answer') {
            pending.shift()?.answer.resolve(undefined);
            await new Promise((resolve) => setTimeout(resolve, 0));
          } else {
            sends += 1;
            if (verdicts.lentStandIn(body)) sendsOverStandIn += 1;
            const decided = state.sendVerdict(draft());
            const expected = errorsOf(reference().lint(draft()));
            expect(decided.kind).toBe(expected.length > 0 ? 'hold' : 'send');
            if (decided.kind === 'hold') {
              holds += 1;
              expect(decided.findings.map(({ ruleId, start, end }) => ({ ruleId, start, end }))).toEqual(expected.map(({ ruleId, start, end }) => ({ ruleId, start, end })));
            }
            continue;
          }
          state.update(draft());
        }
        // Every question answered: what is shown rests on the text's own verdict.
        while (pending.length > 0) {
          pending.shift()!.answer.resolve(undefined);
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        state.update(draft());
        const shown = state.findings.map(({ ruleId, severity, start, end }) => ({ ruleId, severity, start, end }));
        expect(shown).toEqual(reference().lint(draft()).map(({ ruleId, severity, start, end }) => ({ ruleId, severity, start, end })));
      }),
      { numRuns: 150, seed: 20261206 },
    );
    // The property was tested where it can fail: Sends while a stand-in was lent, and Sends held.
    expect(sendsOverStandIn).toBeGreaterThan(10);
    expect(holds).toBeGreaterThan(10);
    expect(sends).toBeGreaterThan(sendsOverStandIn);
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

  it('checks the brush-off sentences and their phrases too', () => {
    const named = (brushOffs: unknown) => ({ ...verdict(0.1), brushOffs });
    expect(isModelVerdict(named([{ start: 1, end: 3, phrases: [{ start: 1, end: 2, weight: 1 }] }]), 3)).toBe(true);
    expect(isModelVerdict(named([{ start: 1, end: 4, phrases: [] }]), 3)).toBe(false);
    expect(isModelVerdict(named([{ start: 1, end: 3, phrases: [{ start: 1, end: 2 }] }]), 3)).toBe(false);
    expect(isModelVerdict(named([{ start: 1, end: 3 }]), 3)).toBe(false);
    expect(isModelVerdict(named('all of it'), 3)).toBe(false);
  });
});

describe('isToneRequest', () => {
  it('checks that the own stretches are text, in order and inside the body', () => {
    const own = (start: number, text: string) => ({ start, text });
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: 11, own: [own(0, 'hello'), own(6, 'there')] })).toBe(true);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: 5, own: [own(0, 'hello!')] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: 5, own: [own(3, 'lo'), own(0, 'he')] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: 5, own: [own(0.5, 'he')] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: 5, own: [{ start: 0, text: 42 }] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: '5', own: [] })).toBe(false);
    // The background would build a body of that length.
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: -1, own: [] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: LONGEST_TONE_BODY + 1, own: [] })).toBe(false);
    expect(isToneRequest({ type: TONE_REQUEST, bodyLength: LONGEST_TONE_TEXT + 2, own: [own(0, 'x'.repeat(LONGEST_TONE_TEXT + 1))] })).toBe(false);
    expect(isToneRequest({ type: 'netiquette:other', bodyLength: 1, own: [] })).toBe(false);
  });

  it('carries only the own text, and the model reads the body it describes as it reads the draft', () => {
    const line = fc.oneof(
      fc.constantFrom('Hi Jane,', '', '> you never answer', 'On Mon, 1 Dec 2025, Jane <j@example.com> wrote:', 'Best regards,', 'Alex', '你是不是有病啊？', 'Are you stupid? Read my email!!!', '感谢您的耐心等待。'),
      fc.string({ maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), (lines) => {
        const body = lines.join('\n');
        const { ownRanges } = analyzeDraft({ subject: '', body });
        const request = toneRequest(body, ownRanges);
        expect(isToneRequest(request)).toBe(true);
        expect(request.own.reduce((total, stretch) => total + stretch.text.length, 0)).toBe(ownRanges.reduce((total, range) => total + range.end - range.start, 0));
        const described = bodyOfToneRequest(request);
        expect(described.body.length).toBe(body.length);
        expect(shippedToneVerdict(described.body, described.ownRanges)).toEqual(shippedToneVerdict(body, ownRanges));
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
