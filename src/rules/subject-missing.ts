import { defineRule, text } from '../core/rule.ts';

export const subjectMissing = defineRule({
  meta: {
    id: 'subject-missing',
    defaultSeverity: 'error',
    fixable: false,
    options: {},
    docs: {
      en: {
        summary: 'Give every mail a subject.',
        rationale: 'A mail without a subject is easy to miss, lands in spam more often, and cannot be found again later.',
      },
      zh: {
        summary: '每封邮件都要有主题。',
        rationale: '没有主题的邮件容易被忽略或当成垃圾邮件，日后也很难检索。',
      },
    },
  },
  check({ model, report }) {
    if (model.subject.trim() !== '') return;
    report({
      field: 'subject',
      start: 0,
      end: model.subject.length,
      message: text('The subject is empty: say in a few words what this mail is about.', '主题为空：请用几个字概括这封邮件的内容。'),
    });
  },
});
