import { hasEmail, hasPhoneNumber } from '../core/contact.ts';
import { defineRule, text } from '../core/rule.ts';
import type { LocalizedText } from '../core/types.ts';

/** Parts of a line like "张伟 | 客服专员" or "Anna Li, Customer Care". */
const LINE_PARTS = /\s*[|｜,，/·•–—\t]\s*|\s{2,}/;
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
const LATIN_NAME = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Two to four Chinese characters ("李明", "客服部 李明"), or up to four capitalised words without digits. */
function hasName(line: string): boolean {
  return line
    .split(LINE_PARTS)
    .map((part) => part.trim())
    .some((part) => HAN_NAME.test(part.replace(/\s/g, '')) || part.split(/\s+/).some((word) => HAN_NAME.test(word)) || LATIN_NAME.test(part));
}

/** "a, b and c" */
function englishList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const CONTACT_PARTS: readonly { present: (lines: readonly string[]) => boolean; label: LocalizedText }[] = [
  { present: (lines) => lines.some(hasName), label: text('your name', '姓名') },
  { present: (lines) => lines.some(hasPhoneNumber), label: text('a phone number', '电话') },
  { present: (lines) => lines.some(hasEmail), label: text('an e-mail address', '电子邮件地址') },
];

export const signatureLength = defineRule({
  meta: {
    id: 'signature-length',
    defaultSeverity: 'warning',
    fixable: false,
    options: {
      maxLines: {
        kind: 'number',
        default: 5,
        min: 1,
        max: 20,
        integer: true,
        doc: { en: 'Most non-empty lines a signature may have.', zh: '签名最多的非空行数。' },
      },
      requireContact: {
        kind: 'boolean',
        // Off unless a pack asks: most replies are signed with a name and a team, and a helpdesk
        // puts the ways to reach it in every mail's footer; a note on three replies in four
        // would teach agents to pass over the panel.
        default: false,
        doc: {
          en: 'Also point out (as info) a signature without a name, a phone number or an e-mail address.',
          zh: '签名缺少姓名、电话或电子邮件地址时也给出提示（信息级别）。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Keep the signature to four or five lines: name, title, phone, e-mail.',
        rationale:
          'A signature works like a business card: it tells the customer who answered and how to reach them. Longer ones bury that under slogans and disclaimers.',
      },
      zh: {
        summary: '签名控制在四五行以内：姓名、职位、电话、电子邮件。',
        rationale: '签名就像名片，告诉客户是谁在回复、怎样联系；过长的签名会让这些信息淹没在口号和声明里。',
      },
    },
  },
  check({ model, options, report }) {
    const signature = model.signature;
    if (!signature) return;
    const lines = signature.lineIndexes.map((index) => model.lines[index]!);

    if (lines.length > options.maxLines) {
      report({
        field: 'body',
        start: lines[options.maxLines]!.start,
        end: signature.range.end,
        message: text(
          `The signature has ${lines.length} lines; keep it to ${options.maxLines} with just your name, title and contact details.`,
          `签名有 ${lines.length} 行，请精简到 ${options.maxLines} 行以内，只保留姓名、职位和联系方式。`,
        ),
      });
    }

    if (!options.requireContact) return;
    const texts = lines.map((line) => line.text);
    const missing = CONTACT_PARTS.filter((part) => !part.present(texts)).map((part) => part.label);
    if (missing.length === 0) return;
    report({
      field: 'body',
      start: signature.range.start,
      end: signature.range.end,
      severity: 'info',
      message: text(
        `The signature is missing ${englishList(missing.map((label) => label.en))}; add it so the customer knows who wrote and can reach you directly.`,
        `签名中缺少${missing.map((label) => label.zh).join('、')}，请补上，让客户知道是谁在回复，并能直接联系您。`,
      ),
    });
  },
});
