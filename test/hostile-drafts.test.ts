import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter, MAX_FINDINGS_PER_RULE } from '../src/core/engine.ts';
import type { Draft } from '../src/core/types.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { AWKWARD_PIECES, hostileDraft, MEANINGFUL_PIECES, protectionsRemoved, rangeProblems, SeededRandom } from './support/hostile-drafts.ts';

/**
 * Seeded fuzzing of the whole default pack (issue: trust under hostile input). Every draft must
 * lint without a rule or the engine failing, with every range inside its field, every fix
 * applying cleanly, and no fix removing an error-level finding other than its own.
 */

const config = resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
const failures: string[] = [];
const linter = createLinter(builtinRules, config, {
  onRuleError: (ruleId, error) => failures.push(`${ruleId}: ${error instanceof Error ? error.stack : String(error)}`),
  onEngineError: (error) => failures.push(`engine: ${error instanceof Error ? error.stack : String(error)}`),
});
const lint = (draft: Draft) => linter.lint(draft);

const FUZZ_SEED = Number(process.env['NETIQUETTE_FUZZ_SEED'] ?? 20_261_204);
const FUZZ_DRAFTS = 10_000;
/** The fix check relints once per fix; on the huge drafts that is left to the engine's own check. */
const HUGE_LINE_EVERY = 500;

function problemsOf(draft: Draft, checkFixes: boolean): string[] {
  failures.length = 0;
  const findings = lint(draft);
  const problems = [...failures, ...rangeProblems(draft, findings)];
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  for (const [ruleId, count] of perRule) if (count > MAX_FINDINGS_PER_RULE + 1) problems.push(`${ruleId} reported ${count} findings`);
  if (checkFixes) problems.push(...protectionsRemoved(draft, findings, lint));
  return problems;
}

describe('hostile drafts', () => {
  it(`${FUZZ_DRAFTS.toLocaleString('en-US')} seeded drafts: no throw, ranges in bounds, fixes apply and keep every other error`, () => {
    const random = new SeededRandom(FUZZ_SEED);
    let withErrors = 0;
    let fixesChecked = 0;
    for (let serial = 0; serial < FUZZ_DRAFTS; serial += 1) {
      const draft = hostileDraft(random, serial, { hugeLineEvery: HUGE_LINE_EVERY });
      const huge = draft.body.length > 10_000;
      const problems = problemsOf(draft, !huge);
      if (problems.length > 0) {
        throw new Error(`Draft ${serial} (seed ${FUZZ_SEED}) ${JSON.stringify(draft).slice(0, 2000)}:\n${problems.slice(0, 5).join('\n')}`);
      }
      const findings = lint(draft);
      if (findings.some((finding) => finding.severity === 'error')) withErrors += 1;
      fixesChecked += findings.reduce((total, finding) => total + (finding.fixes?.length ?? 0), 0);
    }
    // The generator must keep producing drafts where a fix can meet a protection.
    expect(withErrors).toBeGreaterThan(FUZZ_DRAFTS / 4);
    expect(fixesChecked).toBeGreaterThan(FUZZ_DRAFTS);
  }, 180_000);

  it('property: applying any offered fix never removes an error-level finding other than its own', () => {
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...MEANINGFUL_PIECES) },
      { weight: 2, arbitrary: fc.constantFrom(...AWKWARD_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
    );
    const separator = fc.constantFrom(' ', '\n', '\n\n', '', '，', '. ');
    const text = fc.array(fc.tuple(piece, separator), { maxLength: 20 }).map((parts) => parts.map(([a, b]) => a + b).join(''));
    fc.assert(
      fc.property(text, text, (subject, body) => {
        const draft = { subject, body };
        const problems = problemsOf(draft, true);
        if (problems.length > 0) throw new Error(problems.join('\n'));
      }),
      { seed: 7, numRuns: 500 },
    );
  }, 120_000);

  it('a long line with a card number is wrapped around the number, and the error stays', () => {
    const draft = { subject: 'Refund', body: 'Hi,\n\nWe will refund the whole amount to your card 4111 1111 1111 1111 on Monday.\n\nBest regards,\nAnna' };
    const wrap = lint(draft).find((finding) => finding.ruleId === 'line-length')!;
    expect(wrap.fixes).toHaveLength(1);
    expect(protectionsRemoved(draft, lint(draft), lint)).toEqual([]);
  });
});
