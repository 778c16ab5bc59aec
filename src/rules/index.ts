import type { Rule } from '../core/rule.ts';
import { angryTone } from './angry-tone.ts';
import { attachmentMention } from './attachment-mention.ts';
import { confidentialData } from './confidential-data.ts';
import { forbiddenPhrase } from './forbidden-phrase.ts';
import { greetingClosing } from './greeting-closing.ts';
import { honorific } from './honorific.ts';
import { informal } from './informal.ts';
import { lineLength } from './line-length.ts';
import { messageLength } from './message-length.ts';
import { shouting } from './shouting.ts';
import { signatureLength } from './signature-length.ts';
import { subjectLength } from './subject-length.ts';
import { subjectMissing } from './subject-missing.ts';

/** Every built-in rule, in the order the docs list them. Their ids are a public contract. */
export const builtinRules: readonly Rule[] = [
  subjectMissing,
  subjectLength,
  lineLength,
  shouting,
  signatureLength,
  angryTone,
  forbiddenPhrase,
  confidentialData,
  attachmentMention,
  informal,
  honorific,
  greetingClosing,
  messageLength,
] as unknown as readonly Rule[];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
