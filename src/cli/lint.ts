import { createLinter, type LintConfig } from '../core/engine.ts';
import type { Finding } from '../core/types.ts';
import { builtinRules } from '../rules/index.ts';
import { shippedToneVerdict } from '../tone/shipped-model.ts';
import type { LintInput } from './input.ts';

export interface FileResult {
  input: LintInput;
  findings: readonly Finding[];
}

/** Lints each input; a file whose subject is unknown gets no findings about its subject. */
export function lintInputs(inputs: readonly LintInput[], config: LintConfig): FileResult[] {
  const linter = createLinter(builtinRules, config, { toneVerdict: shippedToneVerdict });
  return inputs.map((input) => ({
    input,
    findings: linter.lint(input.draft).filter((finding) => input.subjectKnown || finding.field !== 'subject'),
  }));
}
