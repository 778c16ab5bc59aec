import { testRule } from '../core/testing/rule-tester.ts';
import { subjectLength } from './subject-length.ts';

testRule(subjectLength, {
  valid: [
    { name: '15 Chinese characters', subject: '关于您订单一二三四五的退款进度' },
    { name: '30 Latin letters', subject: 'Refund for order 1234 approved' },
    { name: 'reply prefixes do not count', subject: 'Re: Fwd: 回复：关于您订单一二三四五的退款进度' },
    { name: 'mixed within width', subject: '订单 A1234 退款' },
    { name: 'graphemes option counts letters as 1', subject: 'Refund ok', options: { count: 'graphemes', max: 9 } },
  ],
  invalid: [
    {
      name: '16 Chinese characters',
      subject: '关于您订单一二三四五的退款进度啊',
      findings: [{ field: 'subject', text: '关于您订单一二三四五的退款进度啊', message: '16' }],
    },
    {
      name: 'long English subject, range skips the prefix',
      subject: 'RE: Your refund request for order 1234 has been approved',
      findings: [{ text: 'Your refund request for order 1234 has been approved', column: 5, message: 'keep it to 15' }],
    },
    {
      name: 'custom limit',
      subject: '退款进度',
      options: { max: 3 },
      findings: [{ text: '退款进度' }],
    },
    {
      name: 'graphemes mode counts each letter',
      subject: 'Refund done',
      options: { count: 'graphemes', max: 10 },
      findings: [{ message: '11 characters' }],
    },
  ],
});
