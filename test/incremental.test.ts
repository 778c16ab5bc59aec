import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter, type LazyLint } from '../src/core/engine.ts';
import { BLOCK_LOCAL_RULES, createIncrementalLinter } from '../src/core/incremental.ts';
import type { Draft, Finding } from '../src/core/types.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { BUILTIN_PHRASES } from '../src/rules/data/forbidden-phrase.ts';
import { expandPhrase, gapParts } from '../src/rules/data/phrase-pattern.ts';
import { INFORMAL_TERMS } from '../src/rules/data/informal.ts';
import { builtinRules } from '../src/rules/index.ts';
import { shippedToneVerdict } from '../src/tone/shipped-model.ts';

/**
 * Incremental results equal a full relint: after every edit of a random sequence, the findings of
 * one incremental linter kept across the edits are those of a fresh full lint of the same text.
 * The edits are made of what mails are made of, and of what every rule reacts to, so that blocks
 * appear, merge, split, move and turn into quotes, signatures and sign-offs. The linters have the
 * shipped models' verdicts, as in the CLI and the page, so the parts of rules that read the whole
 * draft through them take part too.
 */

const config = resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
/** The shipped models' verdict, as the CLI and the background give it: angry-tone's evidence and forbidden-phrase's brush-offs read the whole draft. */
const withModels = { toneVerdict: shippedToneVerdict };

const PROSE = [
  'Thank you for your patience while we looked into this.',
  '您好，感谢您的耐心等待，我们已经为您办理了退款。',
  'Your order #4471 left our warehouse on Monday and should arrive within 3 working days.',
  '请您在收到包裹后核对商品，如有问题随时联系我们。',
  'The replacement unit ships today; the tracking link is https://example.com/track/4471.',
  '我们已经把您的问题转给技术部门，他们会在两个工作日内回复您。',
  'I have attached the invoice you asked for.',
  '附件是您要的发票，请查收。',
  'This line is deliberately rather long so that the line length rule has something to say about it, and it goes on further.',
  '这一行故意写得很长很长很长很长很长很长很长很长很长很长很长很长，让行长度规则有话可说。',
  'PLEASE DO NOT REPLY TO THIS AUTOMATED MESSAGE',
  'Card: 4111 1111 1111 1111, expiry 12/29.',
  '身份证号 11010519491231002X 请勿外传。',
  'You are WRONG and this is RIDICULOUS!!!',
  '你等着吧，说了多少遍了，你自己看。',
  '“你自己看”是屏幕上的提示。',
  // Brush-offs the service-phrasing model names and the list does not.
  'The delay is down to customs, which is not something we control.',
  '物流慢是快递那边的事，我们这边也催不动，您耐心等等吧。',
];

const STRUCTURE = [
  '\n',
  '\n\n',
  '\r\n',
  'Hi Jane,\n\n',
  '尊敬的王先生：\n\n',
  '\nBest regards,\nAlex\nAcme Support\n',
  '\n此致\n敬礼\n李明\n',
  '\n-- \nAlex Chen | Acme Support | +1 555 0100\n',
  '\nOn Mon, 3 Mar 2025, Jane <jane@example.com> wrote:\n> Where is my parcel?\n> I NEED IT NOW!!!\n',
  '\n> quoted line\n',
  '\nFrom: Jane <jane@example.com>\nSent: Monday\n\nWhere is my order?\n',
  '\n在 2025年3月3日，王先生 写道：\n> 我的包裹在哪里？\n',
  'Thanks!\n',
  '谢谢\n',
];

const WORDS = [
  // A wording of every seventh phrase; of a phrase with a gap, each side, so that edits join and part them.
  ...BUILTIN_PHRASES.filter((_entry, index) => index % 7 === 0).flatMap(({ phrase }) => {
    const gap = gapParts(phrase);
    return gap ? [gap.heads[0]!, gap.tails[0]!] : [expandPhrase(phrase)[0]!];
  }),
  ...INFORMAL_TERMS.map((entry) => entry.term).filter((_term, index) => index % 3 === 0),
  ' ',
  '  ',
  '!',
  '！！',
  '"',
  '“',
  '”',
  '(',
  'ASAP',
  'lol',
  'u',
  '你',
  '您',
  '。',
  'https://example.com/a?lol=1',
];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROSE) },
  { weight: 3, arbitrary: fc.constantFrom(...STRUCTURE) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

type Edit = { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'subject'; text: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('subject' as const), text: fc.oneof(fc.constantFrom('', 'Re: your refund', 'URGENT!!! ORDER', '回复：退款进度', '你等着'), fragment) }) },
);

/** A lazy lint as `lint` gives it: each finding with the fixes asked for in order, none when none are kept. */
function withFixesAsked({ findings, fixesFor }: LazyLint): Finding[] {
  return findings.map((finding) => {
    const fixes = fixesFor(finding);
    return fixes.length > 0 ? { ...finding, fixes: [...fixes] } : finding;
  });
}

function applyEdit(draft: Draft, change: Edit): Draft {
  if (change.kind === 'subject') return { ...draft, subject: change.text };
  const at = change.at % (draft.body.length + 1);
  if (change.kind === 'insert') return { ...draft, body: draft.body.slice(0, at) + change.text + draft.body.slice(at) };
  return { ...draft, body: draft.body.slice(0, at) + draft.body.slice(at + change.length) };
}

const startingDraft: fc.Arbitrary<Draft> = fc.record({
  subject: fc.constantFrom('', 'Your refund', '退款进度'),
  body: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
  attachmentCount: fc.constantFrom(undefined, 0, 1),
});

describe('incremental linting', () => {
  it('keeps the rules it reuses per block among those the engine runs', () => {
    const ids = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const id of BLOCK_LOCAL_RULES) expect(ids.has(id)).toBe(true);
  });

  it('gives after every edit of a random sequence the findings of a full relint of the same text', () => {
    const full = createLinter(builtinRules, config, withModels);
    fc.assert(
      fc.property(startingDraft, fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        const incremental = createIncrementalLinter(builtinRules, config, withModels);
        let draft = start;
        expect(incremental.lint(draft)).toEqual(full.lint(draft));
        for (const change of edits) {
          draft = applyEdit(draft, change);
          expect(incremental.lint(draft)).toEqual(full.lint(draft));
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('relints only the block an edit touched and the neighbours that read into it', () => {
    const incremental = createIncrementalLinter(builtinRules, config);
    const paragraphs = Array.from({ length: 40 }, (_unused, index) => `${PROSE[index % PROSE.length]} (${index})`);
    const body = `Hi Jane,\n\n${paragraphs.join('\n\n')}\n\nBest regards,\nAlex`;
    incremental.lint({ subject: 'Your refund', body });
    const before = { ...incremental.stats };
    const typed = body.replace('(20)', '(20) lol');
    expect(incremental.lint({ subject: 'Your refund', body: typed })).toEqual(createLinter(builtinRules, config).lint({ subject: 'Your refund', body: typed }));
    // Paragraph 20 itself, and its neighbours where their context reaches into it.
    const linted = incremental.stats.blocksLinted - before.blocksLinted;
    expect(linted).toBeGreaterThanOrEqual(1);
    expect(linted).toBeLessThanOrEqual(3);
    expect(linted + incremental.stats.blocksReused - before.blocksReused).toBe(before.blocksLinted);
    expect(incremental.stats.fullFallbacks).toBe(0);
  });

  it('lintLazily gives the findings of lint, each with the fixes lint gives it, checked only when asked; full and incremental alike', () => {
    const full = createLinter(builtinRules, config, withModels);
    fc.assert(
      fc.property(startingDraft, fc.array(edit, { maxLength: 10 }), (start, edits) => {
        const incremental = createIncrementalLinter(builtinRules, config, withModels);
        let draft = start;
        for (const change of [undefined, ...edits]) {
          if (change) draft = applyEdit(draft, change);
          const expected = full.lint(draft);
          const lazy = full.lintLazily(draft);
          expect(lazy.findings.every((finding) => finding.fixes === undefined)).toBe(true);
          expect(withFixesAsked(lazy)).toEqual(expected);
          expect(withFixesAsked(incremental.lintLazily(draft))).toEqual(expected);
        }
      }),
      { numRuns: 80 },
    );
  }, 120_000);
});
