import { describe, expect, it } from 'vitest';
import { rewordsCauseOf } from './fix-safety.ts';
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
