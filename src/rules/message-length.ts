import { defineRule, text } from '../core/rule.ts';
import { lineWidth } from '../core/width.ts';

export const messageLength = defineRule({
  meta: {
    id: 'message-length',
    defaultSeverity: 'info',
    fixable: false,
    options: {
      maxLines: {
        kind: 'number',
        default: 25,
        min: 5,
        max: 500,
        integer: true,
        doc: { en: 'Screen lines the customer sees at once.', zh: '客户一屏能看到的行数。' },
      },
      lineWidth: {
        kind: 'number',
        default: 35,
        min: 10,
        max: 200,
        doc: {
          en: 'Width of a screen line; a longer line wraps and counts as several.',
          zh: '一行屏幕的宽度；更长的行会折行，按多行计算。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Keep the mail to one screen (about 25 lines), quoted history and signature aside.',
        rationale:
          'Customers rarely read a long mail to the end at once. If it cannot be shorter, put the main point first or send separate mails per topic.',
      },
      zh: {
        summary: '邮件正文控制在一屏（约 25 行）以内，不含引用的原文和签名。',
        rationale: '客户很少会一口气读完一封长邮件。实在无法精简时，请把最重要的内容放在最前面，或按话题分成几封邮件。',
      },
    },
  },
  check({ model, options, report }) {
    const lastText = model.ownLines.findLastIndex((line) => line.kind === 'text');
    if (lastText === -1) return;
    const lines = model.ownLines.slice(0, lastText + 1);
    let screenLines = 0;
    // One hint on the first line past the screen, not an underline under the whole rest of the mail.
    let firstOver: (typeof lines)[number] | undefined;
    for (const line of lines) {
      const width = line.kind === 'blank' ? 0 : lineWidth(model, line);
      screenLines += Math.max(1, Math.ceil(width / options.lineWidth));
      if (firstOver === undefined && screenLines > options.maxLines && line.kind === 'text') firstOver = line;
    }
    if (firstOver === undefined) return;
    report({
      field: 'body',
      start: firstOver.start,
      end: firstOver.end,
      message: text(
        `This mail takes about ${screenLines} screen lines, more than the ${options.maxLines} a customer sees at once; put the main point first, or split it into separate mails.`,
        `这封邮件约有 ${screenLines} 行，超出一屏的 ${options.maxLines} 行；请把要点放在最前面，或拆成几封邮件分别发送。`,
      ),
    });
  },
});
