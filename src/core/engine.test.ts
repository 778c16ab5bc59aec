import { describe, expect, it } from 'vitest';
import { createLinter } from './engine.ts';
import { defineRule, text } from './rule.ts';
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
});
