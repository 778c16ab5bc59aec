import { analyzeDraft } from './draft.ts';
import { resolveOptions, type OptionsOf, type OptionsSpec } from './options.ts';
import type { Rule } from './rule.ts';
import type { ModelVerdict } from '../tone/model.ts';
import type { Draft, Finding, Severity, SeverityOrOff, TextRange } from './types.ts';
import { EMPTY_VOCABULARY, type Vocabulary } from './vocabulary.ts';

export interface RuleSetting {
  severity: SeverityOrOff;
  /** Already validated against the rule's option spec (see src/packs). */
  options?: Readonly<Record<string, unknown>>;
}

export interface LintConfig {
  /** Rules left out run at their default severity with default options. */
  rules: Readonly<Record<string, RuleSetting>>;
  vocabulary: Vocabulary;
}

export interface Linter {
  lint(draft: Draft): Finding[];
}

export interface LinterHooks {
  /** A rule that throws loses its findings for this draft; the others still report. */
  onRuleError?(ruleId: string, error: unknown): void;
  /**
   * The learned tone model's verdict on this exact body, if one is at hand: the CLI computes it,
   * the content script looks up the one the background worked out for the same text. Without
   * it, `angry-tone` judges by its lexicon alone.
   */
  toneVerdict?(body: string, ownRanges: readonly TextRange[]): ModelVerdict | undefined;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function milder(requested: Severity | undefined, configured: Severity): Severity {
  return requested !== undefined && SEVERITY_ORDER[requested] > SEVERITY_ORDER[configured] ? requested : configured;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: OptionsOf<OptionsSpec>;
}

/**
 * Options are resolved once here, so every lint of the same linter hands each rule the very
 * same options and vocabulary objects: rules cache what they compile from them by identity.
 */
export function createLinter(rules: readonly Rule[], config: LintConfig = { rules: {}, vocabulary: EMPTY_VOCABULARY }, hooks: LinterHooks = {}): Linter {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    active.push({ rule, severity, options: resolveOptions(rule.meta.options, setting?.options) });
  }

  return {
    lint(draft) {
      const model = analyzeDraft(draft);
      const findings: Finding[] = [];
      for (const { rule, severity, options } of active) {
        const reported: Finding[] = [];
        try {
          rule.check({
            model,
            options,
            vocabulary: config.vocabulary,
            toneVerdict: () => hooks.toneVerdict?.(model.body, model.ownRanges),
            report(report) {
              const { line, column } = model.position(report.field, report.start);
              reported.push({ ruleId: rule.meta.id, ...report, severity: milder(report.severity, severity), line, column });
            },
          });
        } catch (error) {
          hooks.onRuleError?.(rule.meta.id, error);
          continue;
        }
        findings.push(...reported);
      }
      return findings.sort(
        (a, b) =>
          (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) ||
          a.start - b.start ||
          SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
          a.ruleId.localeCompare(b.ruleId),
      );
    },
  };
}
