import type { Finding } from '../core/types.ts';
import { lintDraft, singlePackSettings } from '../settings/playground.ts';
import type { Pack, PackTest } from './pack.ts';

/**
 * Runs the example mails a pack carries. The pack is stacked on the built-in pack exactly as
 * `netiquette lint --pack FILE` and the options-page playground do, so a passing test means the
 * pack behaves so wherever it is used alone. Free of zod: the options page runs this too.
 */

export interface PackTestResult {
  test: PackTest;
  /** Position of the test in the pack's `tests`, for `$.tests[index]`. */
  index: number;
  /** Rule ids in `mustReport` that reported nothing. */
  missing: string[];
  /** Findings of the rules in `mustNotReport`, which should have stayed silent. */
  unexpected: Finding[];
  /** Every finding, for showing what the rules did say. */
  findings: Finding[];
  passed: boolean;
}

export function runPackTest(pack: Pack, test: PackTest, index: number): PackTestResult {
  const findings = lintDraft(singlePackSettings(pack), {
    subject: test.subject,
    body: test.body,
    ...(test.language === undefined ? {} : { language: test.language }),
  });
  const reported = new Set(findings.map((finding) => finding.ruleId));
  const missing = (test.mustReport ?? []).filter((ruleId) => !reported.has(ruleId));
  const forbidden = new Set(test.mustNotReport ?? []);
  const unexpected = findings.filter((finding) => forbidden.has(finding.ruleId));
  return { test, index, missing, unexpected, findings, passed: missing.length === 0 && unexpected.length === 0 };
}

export function runPackTests(pack: Pack): PackTestResult[] {
  return (pack.tests ?? []).map((test, index) => runPackTest(pack, test, index));
}
