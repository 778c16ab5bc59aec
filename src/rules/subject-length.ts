import { countingOption } from '../core/options.ts';
import { defineRule, text } from '../core/rule.ts';
import { REPLY_PREFIX } from '../core/segments.ts';
import { measure } from '../core/width.ts';


export const subjectLength = defineRule({
  meta: {
    id: 'subject-length',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      max: {
        kind: 'number',
        default: 15,
        min: 1,
        max: 200,
        doc: { en: 'Longest subject, not counting Re:/Fwd: prefixes.', zh: '主题的最大长度（不含 Re:/Fwd: 等前缀）。' },
      },
      count: countingOption,
    },
    docs: {
      en: {
        summary: 'Keep the subject to 15 characters (30 Latin letters).',
        rationale: 'Inbox lists cut long subjects off; a short one tells the customer at a glance what the mail is about.',
      },
      zh: {
        summary: '主题不超过 15 个字（英文约 30 个字母）。',
        rationale: '收件箱会截断过长的主题；简短的主题让客户一眼看懂邮件要点。',
      },
    },
  },
  check({ model, options, report }) {
    const prefixLength = REPLY_PREFIX.exec(model.subject)?.[0].length ?? 0;
    const trimmedEnd = model.subject.trimEnd().length;
    const length = measure(model.subject, options.count, prefixLength, trimmedEnd);
    if (length <= options.max) return;
    const unit = options.count === 'width' ? { en: 'characters wide', zh: '字宽' } : { en: 'characters', zh: '个字符' };
    report({
      field: 'subject',
      start: prefixLength,
      end: trimmedEnd,
      message: text(
        `The subject is ${length} ${unit.en}; keep it to ${options.max} so the inbox shows all of it.`,
        `主题长 ${length} ${unit.zh}，请控制在 ${options.max} 以内，收件箱才能完整显示。`,
      ),
    });
  },
});
