import { applyEdits } from '../../src/core/edits.ts';
import { Random } from '../../bench/corpus.ts';
import { rewordsCauseOf } from '../../src/core/fix-safety.ts';
import type { Draft, Finding, Fix } from '../../src/core/types.ts';

/**
 * Drafts built to break the engine: real protected data (cards, IDs, IBANs, phones, addresses,
 * links), the words rules look for, quote headers and closings, next to random Unicode (lone
 * surrogates, right-to-left text, ZWJ emoji, combining and zero-width marks) and now and then a
 * huge line. Deterministic for a seed, so a failure can be replayed.
 */

/** The benchmark corpus's seeded generator, with the one draw the hostile drafts add. */
export class SeededRandom extends Random {
  below(limit: number): number {
    return Math.floor(this.next() * limit);
  }
}

/** Pieces the rules protect or look for, so that fixes meet protections often. */
export const MEANINGFUL_PIECES: readonly string[] = [
  'card 4111 1111 1111 1111',
  '5500-0000-0000-0004',
  '4111111111111111',
  'IBAN GB82 WEST 1234 5698 7654 32',
  '身份证 11010519491231002X',
  '+86 138 0013 8000',
  '(010) 1234-5678',
  'anna.li@example.com',
  'https://example.com/orders/1234?x=1',
  'www.example.cn/help',
  '验证码 482913',
  'password: hunter2',
  'PLEASE READ THIS',
  'I TOLD YOU ALREADY!!!',
  'Are you stupid?',
  'this is ridiculous',
  '你找谁',
  '请问你找谁？',
  '你等一下',
  '不归我管',
  '你自己看',
  'per my last email',
  'calm down',
  'as soon as ASAP',
  'lol',
  'pls',
  'thx u',
  ':)',
  '亲，',
  'hhhh',
  'Best regards,',
  'Kind regards,',
  'Thanks,',
  '此致\n敬礼',
  '顺颂商祺',
  '謝謝！',
  '敬祝 商祺',
  '-- ',
  'On Mon, Jan 5, 2026, Jane <jane@example.com> wrote:',
  '> Where is my order?',
  '在 2026年1月5日，王先生 写道：',
  'From: Jane',
  'Hi Anna,',
  '您好，',
  'see attached',
  '附件',
  '“都是你自己的问题”',
  '《你的名字》',
  'Order 1234 refund',
  '退款已经到账，请您查收。',
  'Your refund is on its way and should reach your account within five working days.',
];

/** Characters that trip up code written for well-formed text. */
export const AWKWARD_PIECES: readonly string[] = [
  '\ud83d',
  '\ude00',
  '😀',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇨🇳',
  '👍🏽',
  'مرحبا بك في متجرنا',
  'שלום עולם',
  '\u202e',
  '\u200f',
  '\u200b',
  '\u200d',
  '\ufeff',
  'e\u0301',
  '\u0301\u0301',
  '\t',
  '\r\n',
  '\r',
  '\u00a0',
  '\u3000',
  '\u2028',
  '𠀀𠀁',
  'ＡＢＣ！！',
  'ſ',
  'K',
  'İ',
];

function randomCodePoints(random: SeededRandom, count: number): string {
  let text = '';
  for (let index = 0; index < count; index += 1) {
    const plane = random.below(10);
    // Mostly the Basic Multilingual Plane, lone surrogates included; sometimes beyond it.
    const code = plane < 8 ? random.below(0x10000) : 0x10000 + random.below(0x10ffff - 0x10000);
    text += String.fromCodePoint(code);
  }
  return text;
}

function randomText(random: SeededRandom, pieces: number): string {
  let text = '';
  for (let index = 0; index < pieces; index += 1) {
    const kind = random.below(10);
    if (kind < 5) text += random.pick(MEANINGFUL_PIECES);
    else if (kind < 7) text += random.pick(AWKWARD_PIECES);
    else if (kind < 8) text += randomCodePoints(random, 1 + random.below(6));
    text += random.pick([' ', ' ', '\n', '\n\n', '', '，', '. ', '!']);
  }
  return text;
}

export interface HostileDraftOptions {
  /** One draft in this many gets a huge line (tens of KB without a break). */
  hugeLineEvery?: number;
}

export function hostileDraft(random: SeededRandom, serial: number, { hugeLineEvery = 0 }: HostileDraftOptions = {}): Draft {
  const subject = random.below(4) === 0 ? '' : randomText(random, random.below(4));
  let body = randomText(random, random.below(24));
  if (hugeLineEvery > 0 && serial % hugeLineEvery === hugeLineEvery - 1) {
    const piece = random.pick(['PLEASE READ THIS NOW ', '您说之前的客服讲“都是你自己的问题”，', 'lol ', '4111 1111 1111 1111 ', '“你', 'a@', 'Hi!\n']);
    body += piece.repeat(Math.ceil((20_000 + random.below(40_000)) / piece.length));
  }
  return { subject, body };
}

/** Every problem with `findings` for `draft`: ranges outside their field, fixes that do not apply. */
export function rangeProblems(draft: Draft, findings: readonly Finding[]): string[] {
  const problems: string[] = [];
  for (const finding of findings) {
    const length = draft[finding.field].length;
    if (!(Number.isInteger(finding.start) && finding.start >= 0 && finding.start <= finding.end && finding.end <= length)) {
      problems.push(`${finding.ruleId} ${finding.field} ${finding.start}-${finding.end} outside 0-${length}`);
    }
    if (finding.line < 1 || finding.column < 1) problems.push(`${finding.ruleId} at line ${finding.line} column ${finding.column}`);
    for (const fix of finding.fixes ?? []) {
      try {
        applyEdits(draft, fix.edits);
      } catch (error) {
        problems.push(`${finding.ruleId} fix "${fix.title.en}" does not apply: ${String(error)}`);
      }
    }
  }
  return problems;
}

function errorCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) if (finding.severity === 'error') counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
  return counts;
}

/**
 * The fixes that remove an error-level finding other than their own, judged by counting: after
 * the fix, every rule must report at least as many errors as before, less the fix's own finding.
 * Independent of how the engine checks the same thing.
 */
export function protectionsRemoved(draft: Draft, findings: readonly Finding[], lint: (draft: Draft, ruleIds: ReadonlySet<string>) => Finding[]): string[] {
  const before = errorCounts(findings);
  if (before.size === 0) return [];
  const ruleIds = new Set(before.keys());
  const removed: string[] = [];
  for (const finding of findings) {
    for (const fix of finding.fixes ?? ([] as Fix[])) {
      const after = errorCounts(lint(applyEdits(draft, fix.edits), ruleIds));
      for (const [ruleId, count] of before) {
        // Its own finding may go, and so may an error whose words the fix rewrites (a calmer phrase lowers the tone).
        const excused = findings.filter((error) => error.severity === 'error' && error.ruleId === ruleId && (error === finding || rewordsCauseOf(draft, fix, error))).length;
        const allowed = count - excused;
        if ((after.get(ruleId) ?? 0) < allowed) removed.push(`${finding.ruleId} fix "${fix.title.en}" removes a ${ruleId} error`);
      }
    }
  }
  return removed;
}
