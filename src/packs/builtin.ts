import type { Pack } from './pack.ts';

/**
 * The packs that ship with the product, as plain data so the content script can carry them
 * without zod. A test runs each one through the pack schema.
 *
 * The numbers come from the customer-service email course: a subject of at most 15 characters,
 * lines of 30–35 characters, a signature of four or five lines, and a mail that fits on one
 * screen (taken as 25 lines).
 */

export const defaultPack: Pack = {
  schema: 1,
  id: 'default',
  name: 'Netiquette default',
  version: '1.0.0',
  description:
    'Email etiquette for customer support in Chinese and English: short subjects and lines, a compact signature, one screen per mail, a calm and polite tone. ' +
    '客服邮件礼仪（中英文）：主题与每行简短，签名精炼，一封邮件一屏读完，语气平和礼貌。',
  rules: {
    'subject-missing': 'error',
    'subject-length': ['warning', { max: 15 }],
    'line-length': ['warning', { max: 35, min: 30 }],
    shouting: 'warning',
    'signature-length': ['warning', { maxLines: 5 }],
    'angry-tone': 'error',
    'forbidden-phrase': 'warning',
    'confidential-data': 'error',
    'attachment-mention': 'warning',
    informal: 'warning',
    honorific: 'warning',
    'greeting-closing': 'info',
    'message-length': ['info', { maxLines: 25 }],
  },
  tests: [
    {
      name: 'A calm Chinese reply raises no tone or wording finding',
      language: 'zh',
      subject: '退款进度',
      body: '王先生您好：\n\n您的退款已于今日退回原支付账户，预计三个工作日内到账。\n\n如有疑问请随时联系我们。\n\n此致\n客服部 李明',
      mustNotReport: ['angry-tone', 'shouting', 'forbidden-phrase', 'honorific', 'informal', 'subject-missing'],
    },
    {
      name: 'An angry Chinese reply is blocked and its rude phrases flagged',
      language: 'zh',
      subject: '退款',
      body: '你自己看说明书！这种问题还要问？我已经说过三遍了，你到底有没有脑子！！',
      mustReport: ['angry-tone', 'honorific', 'forbidden-phrase'],
    },
    {
      name: 'A calm English reply raises no tone or wording finding',
      language: 'en',
      subject: 'Your refund',
      body: 'Hi Anna,\n\nYour refund was sent today and should arrive within 3 business days.\n\nBest regards,\nSam',
      mustNotReport: ['angry-tone', 'shouting', 'informal', 'confidential-data'],
    },
    {
      name: 'Capitals and insults in English are shouting and anger',
      language: 'en',
      subject: 'Your refund',
      body: 'Hi Anna,\n\nAS I SAID BEFORE, READ THE MANUAL. This is ridiculous, are you stupid?\n\nSam',
      mustReport: ['shouting', 'angry-tone'],
    },
    {
      name: 'A card number in the body is confidential',
      language: 'en',
      subject: 'Card check',
      body: 'Hi Anna,\n\nPlease confirm your card 4111 1111 1111 1111 for the refund.\n\nBest regards,\nSam',
      mustReport: ['confidential-data'],
    },
    {
      name: 'Chat shorthand without a subject',
      language: 'en',
      subject: '',
      body: 'Hi Anna,\n\nthx, gonna fix it asap lol\n\nSam',
      mustReport: ['subject-missing', 'informal'],
    },
  ],
};

/** For teams that want every finding to block: all rules are errors and "send anyway" is gone. */
export const strictPack: Pack = {
  schema: 1,
  id: 'strict',
  name: 'Netiquette strict',
  version: '1.0.0',
  description:
    'The default pack with every rule raised to an error and no "send anyway" in the send guard. ' +
    '在默认规则包基础上，所有规则均按错误处理，发送拦截不提供“仍然发送”。',
  extends: 'default',
  rules: {
    'subject-missing': 'error',
    'subject-length': 'error',
    'line-length': 'error',
    shouting: 'error',
    'signature-length': 'error',
    'angry-tone': 'error',
    'forbidden-phrase': 'error',
    'confidential-data': 'error',
    'attachment-mention': 'error',
    informal: 'error',
    honorific: 'error',
    'greeting-closing': 'error',
    'message-length': 'error',
  },
  guard: { cooldownSeconds: 30, allowSendAnyway: false },
  tests: [
    {
      name: 'A mail without greeting or closing is reported',
      language: 'en',
      subject: 'Order 1042',
      body: 'Your order ships tomorrow.',
      mustReport: ['greeting-closing'],
      mustNotReport: ['angry-tone', 'shouting'],
    },
    {
      name: '语气生硬、不用敬称的回复会被拦下',
      language: 'zh',
      subject: '退款',
      body: '你自己看说明书！这种问题还要问？我已经说过三遍了，你到底有没有脑子！！',
      mustReport: ['angry-tone', 'honorific', 'greeting-closing'],
    },
  ],
};

export const builtinPacks: Readonly<Record<string, Pack>> = {
  [defaultPack.id]: defaultPack,
  [strictPack.id]: strictPack,
};

export const BUILTIN_PACK_IDS: readonly string[] = Object.keys(builtinPacks);

export function findBuiltinPack(id: string): Pack | undefined {
  return Object.hasOwn(builtinPacks, id) ? builtinPacks[id] : undefined;
}
