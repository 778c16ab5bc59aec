import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../core/edits.ts';
import { createLinter } from '../core/engine.ts';
import { testRule } from '../core/testing/rule-tester.ts';
import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';
import { measure } from '../core/width.ts';
import { lineLength } from './line-length.ts';

const LONG_URL = 'https://support.example.com/articles/how-to-reset-your-router-to-factory-settings';

testRule(lineLength, {
  valid: [
    { name: '35 Chinese characters', body: '您好，您的订单已经发货，预计三个工作日内送达，请注意查收短信通知。' },
    { name: '70 Latin letters', body: 'Your refund for order 1234 was approved today and is on its way now.' },
    {
      name: 'a support reply full of codes, each line short',
      body:
        'Hi Anna,\n\nOrder #A-88213 (SKU-88A, IMEI 35-209900-176148-1)\nshipped via DHL, AWB 4471230098.\nCall +86 400-820-8820 or see https://ex.co/t/1.\n\nThanks,\nTom',
    },
    { name: 'a line that is only a long URL', body: `Steps:\n${LONG_URL}\nThanks` },
    { name: 'a line that is only a long e-mail address', body: 'customer.care.department.shanghai.branch@support.example.com' },
    { name: 'long quoted lines are the customer’s', body: `Done.\n\n> ${'我的订单到底什么时候能到，已经等了很久了，'.repeat(3)}` },
    {
      name: 'long signature lines are not the body',
      body: 'Done.\n\n-- \nTom Lee, Senior Customer Support Engineer, Acme Trading Company Limited, Shanghai',
    },
    { name: 'trailing spaces do not count', body: `${'您好，您的订单已经发货，预计三个工作日内送达，请注意查收短信通知。'}      ` },
    { name: 'a custom limit', body: 'Your refund was approved today, and it is already on its way.', options: { max: 40 } },
    { name: 'graphemes count Latin letters as 1', body: 'Refund approved, thanks.', options: { count: 'graphemes', max: 24 } },
  ],
  invalid: [
    {
      name: 'Chinese line wrapped after a comma',
      body: '您好，您的订单已经发货，预计三个工作日内送达，请注意查收短信通知，如有疑问请随时联系我们。',
      findings: [
        {
          text: '疑问请随时联系我们。',
          line: 1,
          column: 36,
          message: '45',
          fixed: { body: '您好，您的订单已经发货，预计三个工作日内送达，请注意查收短信通知，\n如有疑问请随时联系我们。' },
        },
      ],
    },
    {
      name: 'English line wrapped at a space, the space replaced',
      body: 'Hi,\n\nThank you for your patience. Your refund for order 1234 has been approved and will reach your card within five business days.',
      findings: [
        {
          line: 3,
          message: '62.5 characters wide',
          fixed: {
            body: 'Hi,\n\nThank you for your patience. Your refund for order 1234 has been\napproved and will reach your card within five business days.',
          },
        },
      ],
    },
    {
      name: 'Chinese without punctuation breaks between characters, not inside the order number',
      body: '您的订单A12345678已经从上海仓库发出预计三个工作日内送达请注意查收短信通知谢谢您的耐心等待',
      findings: [
        {
          text: '通知谢谢您的耐心等待',
          fixed: { body: '您的订单A12345678已经从上海仓库发出预计三个工作日内送达请注意查收短信\n通知谢谢您的耐心等待' },
        },
      ],
    },
    {
      name: 'a long URL gets a line of its own',
      body: `Please read ${LONG_URL} for the steps.`,
      findings: [{ fixed: { body: `Please read\n${LONG_URL}\nfor the steps.` } }],
    },
    {
      name: 'a URL typed straight into Chinese text stays whole',
      body: '如需帮助请访问https://support.example.com/articles/reset-router查看详细的操作步骤，谢谢您的耐心',
      findings: [{ fixed: { body: '如需帮助请访问https://support.example.com/articles/reset-router查看详\n细的操作步骤，谢谢您的耐心' } }],
    },
    {
      name: 'a sentence end a little short of the minimum beats a cut mid-phrase',
      body: '请您在收到包裹后的七天内登录账户提交退货申请（需附照片）。审核通过后我们会安排快递上门取件。',
      findings: [
        {
          fixed: { body: '请您在收到包裹后的七天内登录账户提交退货申请（需附照片）。\n审核通过后我们会安排快递上门取件。' },
        },
      ],
    },
    {
      name: 'no piece starts with closing punctuation',
      body: '请您在收到包裹后的七天内登录账户提交退货申请并附上商品照片以及订单截图，便于审核',
      findings: [{ fixed: { body: '请您在收到包裹后的七天内登录账户提交退货申请并附上商品照片以及订单截\n图，便于审核' } }],
    },
    {
      name: 'a closing bracket may end a piece',
      body: '请您在收到包裹后的七天内登录账户提交退货申请并附上商品照片和订单截图）我们会尽快审核',
      findings: [{ fixed: { body: '请您在收到包裹后的七天内登录账户提交退货申请并附上商品照片和订单截图）\n我们会尽快审核' } }],
    },
    {
      name: 'mixed Chinese and English, broken at a space rather than inside a phrase',
      body: '您好 Anna，您的 refund 已经处理完毕，款项 USD 54.00 将在三到五个工作日内退回您的 Visa 卡，请注意查收。',
      findings: [{ fixed: { body: '您好 Anna，您的 refund 已经处理完毕，款项 USD 54.00\n将在三到五个工作日内退回您的 Visa 卡，请注意查收。' } }],
    },
    {
      name: 'each long line gets its own finding',
      body: `${'很抱歉给您带来不便，我们已经为您重新安排发货，新的运单号稍后会以短信的形式发送给您。'}\n\n${'Sorry for the trouble. We have shipped a replacement today and will send you the new tracking number by text message.'}`,
      findings: [{ line: 1 }, { line: 3 }],
    },
    {
      name: 'a last piece of one or two characters is avoided by breaking earlier',
      body: '您的退款申请已经审核通过，款项将在三个工作日内退回原支付账户请注意查收谢谢。',
      findings: [{ fixed: { body: '您的退款申请已经审核通过，\n款项将在三个工作日内退回原支付账户请注意查收谢谢。' } }],
    },
    {
      name: 'an English line just over the limit does not leave one word behind',
      body: 'Your new router was shipped today by express post and arrives Monday. Thanks.',
      findings: [{ fixed: { body: 'Your new router was shipped today by express post and arrives\nMonday. Thanks.' } }],
    },
    {
      name: 'a stricter limit from the options',
      body: '退款已经批准，请注意查收。',
      options: { max: 10, min: 5 },
      findings: [{ message: '13', fixed: { body: '退款已经批准，\n请注意查收。' } }],
    },
  ],
});

const HAN = '您好订单已经发货预计三个工作日内送达请注意查收短信通知如有疑问随时联系我们退款处理完毕谢';
const FULLWIDTH_PUNCTUATION = ['，', '。', '！', '？', '、', '；', '！？', '。）', '（', '」'];
const ASCII_PUNCTUATION = [',', '.', '!', '?', ';', ':'];

const hanWord = fc.array(fc.constantFrom(...HAN), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
const latinWord = fc.oneof(
  fc.stringMatching(/^[A-Za-z]{1,10}$/),
  fc.stringMatching(/^[0-9]{1,8}$/),
  fc.stringMatching(/^[A-Z]{1,3}-?[0-9]{2,6}$/),
  fc.constantFrom('54.00', '10:30', 'a,b'),
);
const token = fc.oneof(
  hanWord.map((text) => ({ text, han: true })),
  latinWord.map((text) => ({ text, han: false })),
);

/** Joins tokens the way people type: Latin words are always separated, Chinese words may run on. */
function joinTokens(tokens: { text: string; han: boolean }[], glue: number[]): string {
  let line = tokens[0]!.text;
  for (let index = 1; index < tokens.length; index += 1) {
    const previous = tokens[index - 1]!;
    const current = tokens[index]!;
    const choice = glue[index]! % 3;
    if (previous.han || current.han) {
      line += ['', ' ', FULLWIDTH_PUNCTUATION[glue[index]! % FULLWIDTH_PUNCTUATION.length]!][choice];
    } else {
      line += [' ', `${ASCII_PUNCTUATION[glue[index]! % ASCII_PUNCTUATION.length]!} `, '  '][choice];
    }
    line += current.text;
  }
  return line;
}

const mixedLine = fc
  .array(token, { minLength: 1, maxLength: 30 })
  .chain((tokens) => fc.array(fc.nat(), { minLength: tokens.length, maxLength: tokens.length }).map((glue) => joinTokens(tokens, glue)));

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const CLOSING = /^[，。、；：！？）」』》,.;:!?)]/;

function lintLine(body: string, options: Record<string, unknown> = {}) {
  const linter = createLinter([lineLength], { rules: { 'line-length': { severity: 'warning', options } }, vocabulary: EMPTY_VOCABULARY });
  const findings = linter.lint({ subject: 'x', body });
  const edits = findings.flatMap((finding) => finding.fixes?.[0]?.edits ?? []);
  return { findings, edits, fixed: applyEdits({ subject: 'x', body }, edits).body };
}

describe('line-length fix', () => {
  it('wraps any mixed line into pieces within the limit, losing nothing but the spaces it breaks at', () => {
    fc.assert(
      fc.property(mixedLine, fc.integer({ min: 12, max: 40 }), (line, max) => {
        const { findings, edits, fixed } = lintLine(line, { max, min: max - 5 });
        if (findings.length === 0) {
          expect(measure(line.trimEnd())).toBeLessThanOrEqual(max);
          return;
        }
        for (const piece of fixed.split('\n')) {
          expect(measure(piece.trimEnd())).toBeLessThanOrEqual(max);
          expect(piece).not.toMatch(CLOSING);
          expect(piece).not.toMatch(/[ \t（「“(]$/);
        }
        for (const edit of edits) {
          expect(edit.text).toBe('\n');
          expect(line.slice(edit.start, edit.end)).toMatch(/^[ \t\u3000]*$/);
          if (edit.start === edit.end) {
            const splitsWord = LATIN_OR_DIGIT.test(line[edit.start - 1] ?? '') && LATIN_OR_DIGIT.test(line[edit.start] ?? '');
            expect(splitsWord).toBe(false);
          }
        }
        expect(fixed.replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves URLs whole, alone on any line they overflow', () => {
    const withUrl = fc
      .tuple(mixedLine, mixedLine, fc.constantFrom(LONG_URL, 'https://ex.co/a', 'customer.care.department.shanghai@support.example.com'))
      .map(([before, after, url]) => `${before} ${url} ${after}`);
    fc.assert(
      fc.property(withUrl, (line) => {
        const { fixed } = lintLine(line);
        for (const piece of fixed.split('\n')) {
          if (measure(piece) > 35) expect(piece).toMatch(/^(?:https:\/\/\S+|\S+@\S+)$/);
        }
        expect(fixed.replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('fills pieces to at least the minimum when the text allows it', () => {
    const paragraph = 'We are sorry that your parcel arrived damaged. A replacement has been sent today by express post, and the tracking number will follow by e-mail within the hour. You do not need to return the damaged item.';
    const pieces = lintLine(paragraph).fixed.split('\n');
    expect(pieces.length).toBeGreaterThan(2);
    for (const piece of pieces.slice(0, -1)) expect(measure(piece)).toBeGreaterThanOrEqual(30);
  });
});

describe('line-length fix keeps grouped numbers whole', () => {
  it.each([
    ['a card number', 'We will refund the whole amount to your card 4111 1111 1111 1111 on Monday.', '4111 1111 1111 1111'],
    ['a phone number', 'If anything is still unclear, just call our hotline +86 138 0013 8000 any day.', '+86 138 0013 8000'],
    ['an IBAN', 'Please send the remaining balance to GB82 WEST 1234 5698 7654 32 by Friday.', 'GB82 WEST 1234 5698 7654 32'],
    ['a number among Chinese', '退款将原路退回您尾号为 6222 0210 0112 3456 的银行卡，预计三到五个工作日到账，请注意查收。', '6222 0210 0112 3456'],
  ])('%s', (_name, line, number) => {
    for (let max = 30; max <= 45; max += 1) {
      const { fixed } = lintLine(line, { max, min: max - 5 });
      expect(fixed.split('\n').some((piece) => piece.includes(number))).toBe(true);
    }
  });
});
