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
};

export const builtinPacks: Readonly<Record<string, Pack>> = {
  [defaultPack.id]: defaultPack,
  [strictPack.id]: strictPack,
};

export const BUILTIN_PACK_IDS: readonly string[] = Object.keys(builtinPacks);

export function findBuiltinPack(id: string): Pack | undefined {
  return Object.hasOwn(builtinPacks, id) ? builtinPacks[id] : undefined;
}
