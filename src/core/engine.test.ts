import { describe, expect, it } from 'vitest';
import { applyEdits } from './edits.ts';
import { createLinter, MAX_FINDINGS_PER_RULE } from './engine.ts';
import { createIncrementalLinter } from './incremental.ts';
import { defineRule, text, type Rule } from './rule.ts';
import type { Severity } from './types.ts';
import { EMPTY_VOCABULARY } from './vocabulary.ts';

/** Reports every occurrence of a word in the body, at a severity it may ask for itself. */
const wordRule = (id: string, reportedSeverity?: Severity) =>
  defineRule({
    meta: {
      id,
      defaultSeverity: 'warning',
      fixable: false,
      options: { word: { kind: 'strings', default: ['bad'], doc: text('Words', '词') } },
      docs: { en: { summary: 's', rationale: 'r' }, zh: { summary: 's', rationale: 'r' } },
    },
    check({ model, options, report }) {
      for (const word of options.word) {
        for (let at = model.body.indexOf(word); at !== -1; at = model.body.indexOf(word, at + 1)) {
          report({ field: 'body', start: at, end: at + word.length, message: text(word, word), severity: reportedSeverity });
        }
      }
    },
  });

const draft = { subject: 'Hello', body: 'Hi,\nbad news and worse news\nbad again' };

describe('createLinter', () => {
  it('runs rules at their default severity with default options, adding line and column', () => {
    const findings = createLinter([wordRule('a')]).lint(draft);
    expect(findings.map(({ line, column, severity }) => ({ line, column, severity }))).toEqual([
      { line: 2, column: 1, severity: 'warning' },
      { line: 3, column: 1, severity: 'warning' },
    ]);
  });

  it('skips rules set to off and passes configured options', () => {
    const linter = createLinter([wordRule('a'), wordRule('b')], {
      rules: { a: { severity: 'off' }, b: { severity: 'error', options: { word: ['worse'] } } },
      vocabulary: EMPTY_VOCABULARY,
    });
    expect(linter.lint(draft).map((finding) => [finding.ruleId, finding.severity, finding.start])).toEqual([['b', 'error', 17]]);
  });

  it('lets a finding be milder than the configured severity, never harsher', () => {
    const config = (severity: Severity) => ({ rules: { a: { severity } }, vocabulary: EMPTY_VOCABULARY });
    expect(createLinter([wordRule('a', 'warning')], config('error')).lint(draft)[0]!.severity).toBe('warning');
    expect(createLinter([wordRule('a', 'warning')], config('info')).lint(draft)[0]!.severity).toBe('info');
  });

  it('keeps the other rules’ findings when one rule throws, and says which one failed', () => {
    const failing = { ...wordRule('broken'), check: () => { throw new Error('boom'); } };
    const failures: string[] = [];
    const findings = createLinter([failing, wordRule('a')], undefined, { onRuleError: (id) => failures.push(id) }).lint(draft);
    expect(failures).toEqual(['broken']);
    expect(findings).toHaveLength(2);
  });

  it('orders findings by field, then position, then severity', () => {
    const findings = createLinter([wordRule('a', 'info'), wordRule('b')], {
      rules: { a: { severity: 'warning' }, b: { severity: 'error' } },
      vocabulary: EMPTY_VOCABULARY,
    }).lint(draft);
    expect(findings.map((finding) => `${finding.start}:${finding.ruleId}`)).toEqual(['4:b', '4:a', '28:b', '28:a']);
  });

  it('caps each rule, summing up the rest in one finding as severe as the worst of them', () => {
    const body = 'bad '.repeat(160_000);
    let calls = 0;
    const flood = defineRule({
      ...wordRule('flood'),
      check({ model, report }) {
        for (let at = 0; at < model.body.length; at += 4) {
          calls += 1;
          // The last one is an error: past the cap it must still reach the summary.
          report({ field: 'body', start: at, end: at + 3, message: text('x', 'x'), severity: at + 4 >= model.body.length ? undefined : 'warning' });
        }
      },
    });
    const findings = createLinter([flood], { rules: { flood: { severity: 'error' } }, vocabulary: EMPTY_VOCABULARY }).lint({ subject: '', body });
    expect(calls).toBe(160_000);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const summary = findings.at(-1)!;
    expect(summary.severity).toBe('error');
    expect(summary.message.en).toContain(`${160_000 - MAX_FINDINGS_PER_RULE} more findings of this kind from here on are not listed`);
  });

  it('ends a rule once past its cap with a summary as severe as the rule may be, saying "at least"', () => {
    let calls = 0;
    const flood = defineRule({
      ...wordRule('flood'),
      check({ report }) {
        for (let at = 0; at < 10_000; at += 1) {
          calls += 1;
          report({ field: 'body', start: 0, end: 1, message: text('x', 'x') });
        }
      },
    });
    const findings = createLinter([flood], { rules: { flood: { severity: 'warning' } }, vocabulary: EMPTY_VOCABULARY }).lint({ subject: '', body: 'bad' });
    expect(calls).toBe(MAX_FINDINGS_PER_RULE + 1);
    expect(findings).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const summary = findings.at(-1)!;
    expect(summary.severity).toBe('warning');
    expect(summary.message.en).toMatch(/^At least 1 more finding of this kind from here on is not listed/);
    expect(summary.message.zh).toContain('至少还有 1 处');
  });

  it('refuses a report outside the text as a fault of that rule', () => {
    const outside = defineRule({ ...wordRule('outside'), check: ({ report }) => report({ field: 'body', start: 3, end: 999, message: text('x', 'x') }) });
    const failures: string[] = [];
    const findings = createLinter([outside, wordRule('a')], undefined, { onRuleError: (id) => failures.push(id) }).lint(draft);
    expect(failures).toEqual(['outside']);
    expect(findings.map((finding) => finding.ruleId)).toEqual(['a', 'a']);
  });

  it('never throws: a failing draft model gives no findings and reports the fault', () => {
    const faults: unknown[] = [];
    const hostile = { subject: 'x', get body(): string { throw new Error('unreadable'); } };
    expect(createLinter([wordRule('a')], undefined, { onEngineError: (error) => faults.push(error) }).lint(hostile)).toEqual([]);
    expect(faults).toHaveLength(1);
  });

  describe('fix check', () => {
    /** An error on every "secret", as long as it stands on one line. */
    const secret = defineRule({
      ...wordRule('secret'),
      check({ model, report }) {
        for (let at = model.body.indexOf('secret'); at !== -1; at = model.body.indexOf('secret', at + 1)) {
          report({ field: 'body', start: at, end: at + 6, message: text('secret', 'secret') });
        }
      },
    });
    /** Offers to "tidy" each "bad" with a fix that also does what it is told to the text around it. */
    const tidy = (edit: (body: string, at: number) => { start: number; end: number; text: string }) =>
      defineRule({
        ...wordRule('tidy'),
        check({ model, report }) {
          for (let at = model.body.indexOf('bad'); at !== -1; at = model.body.indexOf('bad', at + 1)) {
            report({ field: 'body', start: at, end: at + 3, message: text('bad', 'bad'), fixes: [{ title: text('Tidy', '整理'), edits: [{ field: 'body', ...edit(model.body, at) }] }] });
          }
        },
      });
    const config = { rules: { secret: { severity: 'error' as const } }, vocabulary: EMPTY_VOCABULARY };
    const body = 'bad secret here';

    it('offers a fix that leaves every other error standing', () => {
      const findings = createLinter([secret, tidy((_body, at) => ({ start: at, end: at + 3, text: 'good' }))], config).lint({ subject: '', body });
      const fix = findings.find((finding) => finding.ruleId === 'tidy')!.fixes![0]!;
      expect(applyEdits({ subject: '', body }, fix.edits).body).toBe('good secret here');
    });

    it('withholds a fix that would hide another error by spacing alone (a line break through it)', () => {
      const findings = createLinter([secret, tidy((_body, at) => ({ start: at + 7, end: at + 7, text: '\n' }))], config).lint({ subject: '', body });
      expect(findings.find((finding) => finding.ruleId === 'tidy')!.fixes).toBeUndefined();
      expect(findings.find((finding) => finding.ruleId === 'secret')).toBeDefined();
    });

    it('offers a fix that rewrites the very words another error stands on: what it guarded is gone', () => {
      const findings = createLinter([secret, tidy((_body, at) => ({ start: at, end: at + 10, text: 'good' }))], config).lint({ subject: '', body });
      expect(findings.find((finding) => finding.ruleId === 'tidy')!.fixes).toHaveLength(1);
    });

    it('withholds a fix whose edits lie outside the text', () => {
      const findings = createLinter([tidy(() => ({ start: 2, end: 500, text: '' }))]).lint({ subject: '', body });
      expect(findings[0]!.fixes).toBeUndefined();
    });

    it('lets a fix remove its own error', () => {
      const mask = defineRule({
        ...wordRule('mask'),
        check({ model, report }) {
          const at = model.body.indexOf('secret');
          if (at !== -1) report({ field: 'body', start: at, end: at + 6, message: text('s', 's'), fixes: [{ title: text('Mask', '遮'), edits: [{ field: 'body', start: at, end: at + 6, text: '••' }] }] });
        },
      });
      const findings = createLinter([mask], { rules: { mask: { severity: 'error' } }, vocabulary: EMPTY_VOCABULARY }).lint({ subject: '', body });
      expect(findings[0]!.fixes).toHaveLength(1);
    });
  });
});

describe('rules that read the tone verdict', () => {
  const reader = (id: string, part: 'check' | 'checkWhole') =>
    defineRule({
      meta: { id, defaultSeverity: 'warning', fixable: false, options: {}, docs: { en: { summary: 's', rationale: 'r' }, zh: { summary: 's', rationale: 'r' } } },
      check() {},
      [part]({ toneVerdict, report }: Parameters<Rule['check']>[0]) {
        if (toneVerdict()?.brushOffs?.length) report({ field: 'body', start: 0, end: 1, message: text(id, id) });
      },
    });

  it('asks the linter’s hook once a lint, however many rules and parts read it', () => {
    let asked = 0;
    const hooks = {
      toneVerdict: () => {
        asked += 1;
        return { strength: 0, phrases: [], brushOffs: [{ start: 0, end: 1, phrases: [] }] };
      },
    };
    for (const linter of [createLinter([reader('a', 'check'), reader('b', 'checkWhole')], undefined, hooks), createIncrementalLinter([reader('a', 'check'), reader('b', 'checkWhole')], undefined, hooks)]) {
      asked = 0;
      expect(linter.lint({ subject: 's', body: 'Hello.' }).map((finding) => finding.ruleId)).toEqual(['a', 'b']);
      expect(asked).toBe(1);
    }
  });
});
