import { describe, expect, it } from 'vitest';
import { createLinter, type LinterHooks } from '../engine.ts';
import { applyEdits } from '../edits.ts';
import type { Rule } from '../rule.ts';
import type { Draft, Field, Finding, Severity } from '../types.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from '../vocabulary.ts';

/**
 * Valid and invalid cases for one rule, in the manner of ESLint's RuleTester: a valid case
 * must produce no finding of the rule, an invalid one exactly the findings listed.
 */
export interface RuleCase {
  name: string;
  subject?: string;
  body?: string;
  attachmentCount?: number;
  knownRegions?: Draft['knownRegions'];
  options?: Record<string, unknown>;
  vocabulary?: Partial<Vocabulary>;
}

export interface ExpectedFinding {
  field?: Field;
  /** The exact text the finding underlines. */
  text?: string;
  line?: number;
  column?: number;
  severity?: Severity;
  /** A fragment of the English or the Chinese message. */
  message?: string;
  /** The draft after applying the finding's first fix; omit to skip, `null` for "no fix". */
  fixed?: { subject?: string; body?: string } | null;
}

export interface InvalidRuleCase extends RuleCase {
  findings: ExpectedFinding[];
}

/** How the cases of one `testRule` are linted, besides the rule and its options. */
export interface RuleTestSetting {
  /** Names the describe block, when a rule's cases come in more than one. */
  title?: string;
  /** The tone verdict the linter gives the rule (LinterHooks.toneVerdict): the shipped models', say. */
  toneVerdict?: LinterHooks['toneVerdict'];
}

function lintCase(rule: Rule, testCase: RuleCase, { toneVerdict }: RuleTestSetting): { draft: Draft; findings: Finding[] } {
  const draft: Draft = {
    subject: testCase.subject ?? 'Order 1234 refund',
    body: testCase.body ?? '',
    attachmentCount: testCase.attachmentCount,
    knownRegions: testCase.knownRegions,
  };
  const linter = createLinter([rule], {
    rules: { [rule.meta.id]: { severity: rule.meta.defaultSeverity, options: testCase.options } },
    vocabulary: { ...EMPTY_VOCABULARY, ...testCase.vocabulary },
  }, { onRuleError: (_id, error) => { throw error; }, toneVerdict });
  return { draft, findings: linter.lint(draft) };
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }, setting: RuleTestSetting = {}): void {
  describe(setting.title ? `${rule.meta.id}: ${setting.title}` : rule.meta.id, () => {
    it('has documentation in both languages', () => {
      for (const docs of [rule.meta.docs.en, rule.meta.docs.zh]) {
        expect(docs.summary.length).toBeGreaterThan(0);
        expect(docs.rationale.length).toBeGreaterThan(0);
      }
    });

    for (const testCase of cases.valid) {
      it(`valid: ${testCase.name}`, () => {
        const { draft, findings } = lintCase(rule, testCase, setting);
        expect(findings.map((finding) => describeFinding(draft, finding))).toEqual([]);
      });
    }

    for (const testCase of cases.invalid) {
      it(`invalid: ${testCase.name}`, () => {
        const { draft, findings } = lintCase(rule, testCase, setting);
        expect(findings.map((finding) => describeFinding(draft, finding))).toHaveLength(testCase.findings.length);
        testCase.findings.forEach((expected, index) => checkFinding(draft, findings[index]!, expected));
      });
    }
  });
}

function describeFinding(draft: Draft, finding: Finding): string {
  return `${finding.field} ${finding.line}:${finding.column} "${draft[finding.field].slice(finding.start, finding.end)}" ${finding.message.en}`;
}

function checkFinding(draft: Draft, finding: Finding, expected: ExpectedFinding): void {
  const label = describeFinding(draft, finding);
  expect(finding.start, label).toBeLessThanOrEqual(finding.end);
  expect(finding.message.en.length, label).toBeGreaterThan(0);
  expect(finding.message.zh.length, label).toBeGreaterThan(0);
  if (expected.field !== undefined) expect(finding.field, label).toBe(expected.field);
  if (expected.text !== undefined) expect(draft[finding.field].slice(finding.start, finding.end), label).toBe(expected.text);
  if (expected.line !== undefined) expect(finding.line, label).toBe(expected.line);
  if (expected.column !== undefined) expect(finding.column, label).toBe(expected.column);
  if (expected.severity !== undefined) expect(finding.severity, label).toBe(expected.severity);
  if (expected.message !== undefined) {
    expect(`${finding.message.en}\n${finding.message.zh}`, label).toContain(expected.message);
  }
  if (expected.fixed === null) expect(finding.fixes ?? [], label).toEqual([]);
  else if (expected.fixed !== undefined) {
    const fix = finding.fixes?.[0];
    expect(fix, `${label} should offer a fix`).toBeDefined();
    expect(fix!.title.en.length).toBeGreaterThan(0);
    expect(fix!.title.zh.length).toBeGreaterThan(0);
    const fixed = applyEdits(draft, fix!.edits);
    if (expected.fixed.subject !== undefined) expect(fixed.subject, label).toBe(expected.fixed.subject);
    if (expected.fixed.body !== undefined) expect(fixed.body, label).toBe(expected.fixed.body);
  }
}
