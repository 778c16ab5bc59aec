import { describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.ts';
import type { ModelVerdict } from '../tone/model.ts';
import { createLinter } from './engine.ts';
import { carryVerdict, rewordsCauseOf } from './fix-safety.ts';
import { createIncrementalLinter } from './incremental.ts';
import type { Finding, Fix } from './types.ts';

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
  const fix = (start: number, end: number, text: string): Fix => ({ title: { en: '', zh: '' }, edits: [{ field: 'body', start, end, text }] });

  it('moves the verdict with the text when the fix edits elsewhere', () => {
    expect(carryVerdict(verdict, fix(2, 3, '您们'))).toEqual({ strength: 0.6, sentence: { start: 11, end: 31 }, phrases: [{ start: 13, end: 17, weight: 1 }] });
    expect(carryVerdict(verdict, fix(40, 45, ''))).toEqual(verdict);
  });

  it('drops it when the fix edits the sentence the model read', () => {
    expect(carryVerdict(verdict, fix(20, 21, 'x'))).toBeUndefined();
    expect(carryVerdict(verdict, fix(10, 10, 'Hi '))).toBeUndefined();
    expect(carryVerdict(undefined, fix(2, 3, 'x'))).toBeUndefined();
  });
});
