import { createLinter, type LintConfig } from '../core/engine.ts';
import type { Finding } from '../core/types.ts';
import { builtinRules } from '../rules/index.ts';
import { shippedToneVerdict } from '../tone/shipped-model.ts';
import { applySafeFixes, type AppliedFix } from './fix.ts';
import type { LintInput } from './input.ts';

export interface FileResult {
  input: LintInput;
  findings: readonly Finding[];
  /** With --fix or --fix-dry-run: the fixes applied (the findings are those of the fixed text) and the fixed file's text. */
  fixed?: { applied: readonly AppliedFix[]; written: boolean; output?: string };
}

const aboutKnownFields = (input: LintInput) => (finding: Finding) => input.subjectKnown || finding.field !== 'subject';

/** Lints each input; a file whose subject is unknown gets no findings about its subject. */
export function lintInputs(inputs: readonly LintInput[], config: LintConfig): FileResult[] {
  const linter = createLinter(builtinRules, config, { toneVerdict: shippedToneVerdict });
  return inputs.map((input) => ({
    input,
    findings: linter.lint(input.draft).filter(aboutKnownFields(input)),
  }));
}

/** Each input with its safe fixes applied (see `applySafeFixes`), and the fixes. */
export function fixInputs(inputs: readonly LintInput[], config: LintConfig): { input: LintInput; applied: AppliedFix[] }[] {
  const linter = createLinter(builtinRules, config, { toneVerdict: shippedToneVerdict });
  return inputs.map((input) => {
    const { draft, applied } = applySafeFixes(linter, input.draft, aboutKnownFields(input));
    return { input: { ...input, draft }, applied };
  });
}
