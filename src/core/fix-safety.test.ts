import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.ts';
import type { ModelVerdict } from '../tone/model.ts';
import { createLinter } from './engine.ts';
import { carryVerdict, rewordsCauseOf } from './fix-safety.ts';
import { createIncrementalLinter } from './incremental.ts';
import type { Finding, Fix, TextEdit, TextRange } from './types.ts';

const error = (start: number, end: number, related?: Finding['related']): Finding =>
  ({ ruleId: 'r', field: 'body', start, end, severity: 'error', message: { en: '', zh: '' }, line: 1, column: 1, related }) as Finding;
const fix = (start: number, end: number, text: string): Fix => ({ title: { en: '', zh: '' }, edits: [{ field: 'body', start, end, text }] }) as Fix;

describe('rewordsCauseOf', () => {
  const card = { subject: '', body: 'Charged to 4111 1111 1111 1111 today.' };
  it('a line break through a card number changes no word: the card error is not excused', () => {
    expect(rewordsCauseOf(card, fix(20, 21, '\n'), error(11, 30))).toBe(false);
  });
  it('rewording the words an error was drawn from excuses it, in English and Chinese', () => {
    const english = { subject: '', body: 'Per my last email, the refund is done.' };
    expect(rewordsCauseOf(english, fix(0, 17, 'As mentioned before'), error(0, 17))).toBe(true);
    const chinese = { subject: '', body: '您好，你有病吧，请看邮件。' };
    expect(rewordsCauseOf(chinese, fix(3, 7, '请稍候'), error(0, 2, [{ start: 3, end: 7 }]))).toBe(true);
  });
  it('a rewording elsewhere excuses nothing', () => {
    const text = { subject: '', body: 'pls see 4111 1111 1111 1111' };
    expect(rewordsCauseOf(text, fix(0, 3, 'please'), error(8, 27))).toBe(false);
  });
});

describe('fixes on a draft the tone model holds', () => {
  const body = '你的退款已经处理。\n\nI honestly wonder how you manage to get through the day.';
  const sentence = { start: body.indexOf('I honestly'), end: body.length };
  const wonder = body.indexOf('wonder');
  const verdict: ModelVerdict = { strength: 0.7, sentence, phrases: [{ start: wonder, end: wonder + 'wonder'.length, weight: 1 }] };
  // As in the page: the model has judged this exact text and no other.
  const toneVerdict = (text: string) => (text === body ? verdict : undefined);

  it('still offers a fix elsewhere, in the CLI linter and the incremental one alike', () => {
    for (const linter of [createLinter(builtinRules, undefined, { toneVerdict }), createIncrementalLinter(builtinRules, undefined, { toneVerdict })]) {
      const lazy = linter.lintLazily({ subject: 'Refund', body });
      expect(lazy.findings.find((finding) => finding.ruleId === 'angry-tone')?.severity).toBe('error');
      const honorific = lazy.findings.find((finding) => finding.ruleId === 'honorific')!;
      expect(lazy.fixesFor(honorific).map((fix) => fix.edits[0]!.text)).toEqual(['您']);
      expect(linter.lint({ subject: 'Refund', body }).find((finding) => finding.ruleId === 'honorific')?.fixes).toHaveLength(1);
    }
  });
});

describe('carryVerdict', () => {
  const verdict: ModelVerdict = { strength: 0.6, sentence: { start: 10, end: 30 }, phrases: [{ start: 12, end: 16, weight: 1 }] };
  const edit = (start: number, end: number, text: string): TextEdit[] => [{ field: 'body', start, end, text }];

  it('moves the verdict with the text when the fix edits elsewhere', () => {
    expect(carryVerdict(verdict, edit(2, 3, '您们'))).toEqual({ strength: 0.6, sentence: { start: 11, end: 31 }, phrases: [{ start: 13, end: 17, weight: 1 }] });
    expect(carryVerdict(verdict, edit(40, 45, ''))).toEqual(verdict);
  });

  it('drops it when the fix edits the sentence the model read', () => {
    expect(carryVerdict(verdict, edit(20, 21, 'x'))).toBeUndefined();
    expect(carryVerdict(verdict, edit(10, 10, 'Hi '))).toBeUndefined();
    expect(carryVerdict(undefined, edit(2, 3, 'x'))).toBeUndefined();
  });

  it('moves the brush-off sentences through the edit and drops those it touches, as a fix and while typing', () => {
    const named: ModelVerdict = { ...verdict, brushOffs: [{ start: 40, end: 50, phrases: [{ start: 42, end: 45, weight: 1 }] }, { start: 60, end: 70, phrases: [] }] };
    for (const stretchSentence of [false, true]) {
      expect(carryVerdict(named, edit(2, 3, '您们'), { stretchSentence })?.brushOffs).toEqual([{ start: 41, end: 51, phrases: [{ start: 43, end: 46, weight: 1 }] }, { start: 61, end: 71, phrases: [] }]);
      expect(carryVerdict(named, edit(45, 46, ''), { stretchSentence })?.brushOffs).toEqual([{ start: 59, end: 69, phrases: [] }]);
      // Typed right after one: it keeps its own words.
      expect(carryVerdict(named, edit(50, 50, 'x'), { stretchSentence })?.brushOffs).toEqual([{ start: 40, end: 50, phrases: [{ start: 42, end: 45, weight: 1 }] }, { start: 61, end: 71, phrases: [] }]);
    }
  });

  it('while typing, an edit inside the sentence stretches it; one of its phrases, or one emptying it, leaves no verdict', () => {
    const stretch = { stretchSentence: true };
    expect(carryVerdict(verdict, edit(20, 21, 'xyz'), stretch)).toEqual({ strength: 0.6, sentence: { start: 10, end: 32 }, phrases: [{ start: 12, end: 16, weight: 1 }] });
    expect(carryVerdict(verdict, edit(30, 30, '!'), stretch)).toEqual({ strength: 0.6, sentence: { start: 10, end: 31 }, phrases: [{ start: 12, end: 16, weight: 1 }] });
    expect(carryVerdict(verdict, edit(14, 15, ''), stretch)).toBeUndefined();
    expect(carryVerdict({ ...verdict, phrases: [] }, edit(8, 32, ''), stretch)).toBeUndefined();
    // Typed right after a phrase: the phrase keeps its own words.
    expect(carryVerdict(verdict, edit(16, 16, 's'), stretch)).toEqual({ strength: 0.6, sentence: { start: 10, end: 31 }, phrases: [{ start: 12, end: 16, weight: 1 }] });
  });

  // Random text, one random edit, a verdict whose phrases lie in its sentence: what is carried
  // lies inside the new text, every phrase stands on the same words as before, inside the
  // sentence, and the sentence keeps its words on both sides of the edit; no verdict is carried
  // only when the edit changes what it rests on.
  it('carries spans onto the same words of the edited text (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '您', '。', '\n'), maxLength: 80 });
    // Sentences and phrases are never empty.
    const rangeIn = (length: number) =>
      fc
        .tuple(fc.nat(length), fc.nat(length))
        .filter(([a, b]) => a !== b || length === 0)
        .map(([a, b]): TextRange => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    const cases = text.chain((before) =>
      fc.record({
        before: fc.constant(before),
        edit: rangeIn(before.length).chain((range) => fc.record({ start: fc.constant(range.start), end: fc.constant(range.end), text: fc.string({ unit: fc.constantFrom('x', '们', ' '), maxLength: 6 }) })),
        sentence: rangeIn(before.length),
        stretchSentence: fc.boolean(),
      }).chain((drawn) => fc.record({ drawn: fc.constant(drawn), phrases: fc.array(rangeIn(drawn.sentence.end - drawn.sentence.start), { maxLength: drawn.sentence.end > drawn.sentence.start ? 4 : 0 }) })),
    );
    fc.assert(
      fc.property(cases, ({ drawn: { before, edit: change, sentence, stretchSentence }, phrases }) => {
        const inSentence = phrases.map((phrase) => ({ start: sentence.start + phrase.start, end: sentence.start + phrase.end, weight: 1 }));
        const verdict: ModelVerdict = { strength: 0.7, sentence, phrases: inSentence };
        const edits = edit(change.start, change.end, change.text);
        const after = before.slice(0, change.start) + change.text + before.slice(change.end);
        const carried = carryVerdict(verdict, edits, { stretchSentence });
        const touched = change.start < sentence.end && sentence.start < change.end + (change.start === change.end ? 1 : 0);
        const phraseEdited = inSentence.some((phrase) => change.start < phrase.end && phrase.start < change.end + (change.start === change.end ? 1 : 0));
        if (stretchSentence ? phraseEdited : touched) return carried === undefined;
        // Otherwise only a deletion of the whole sentence leaves no verdict.
        if (!carried) return sentence.start < sentence.end && change.start <= sentence.start && sentence.end <= change.end && change.text === '';
        const moved = carried.sentence!;
        if (moved.start === moved.end && sentence.start < sentence.end) return false;
        if (!(0 <= moved.start && moved.start <= moved.end && moved.end <= after.length)) return false;
        // The sentence's words on either side of the edit stay at its two ends.
        const clamp = (offset: number) => Math.min(Math.max(offset, sentence.start), sentence.end);
        const movedText = after.slice(moved.start, moved.end);
        if (!movedText.startsWith(before.slice(sentence.start, clamp(change.start))) || !movedText.endsWith(before.slice(clamp(change.end), sentence.end))) return false;
        return carried.phrases.every((phrase) => {
          const original = inSentence.find((candidate) => before.slice(candidate.start, candidate.end) === after.slice(phrase.start, phrase.end));
          return original !== undefined && moved.start <= phrase.start && phrase.end <= moved.end;
        });
      }),
      { numRuns: 500, seed: 20261206 },
    );
  });
});
