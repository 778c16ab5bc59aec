import { testRule } from '../core/testing/rule-tester.ts';
import { subjectMissing } from './subject-missing.ts';

testRule(subjectMissing, {
  valid: [
    { name: 'English subject', subject: 'Your refund for order 1234' },
    { name: 'Chinese subject', subject: '关于订单退款' },
    { name: 'reply prefix with content', subject: 'Re: 发票' },
  ],
  invalid: [
    { name: 'empty', subject: '', findings: [{ field: 'subject', line: 1, column: 1, message: 'subject is empty' }] },
    { name: 'only spaces', subject: '   ', findings: [{ field: 'subject', text: '   ', message: '主题为空' }] },
    { name: 'ideographic space only', subject: '\u3000', findings: [{ field: 'subject' }] },
  ],
});
