import { analyzeDraft, type DraftModel } from './draft.ts';
import { once } from './memo.ts';
import { resolveOptions, type OptionsOf, type OptionsSpec } from './options.ts';
import { carryVerdict, createFixCheck, withholdUnsafeFixes, type FixCheckInput } from './fix-safety.ts';
import type { Rule } from './rule.ts';
import type { ModelVerdict } from '../tone/model.ts';
import type { Draft, Finding, Fix, Severity, SeverityOrOff, TextRange } from './types.ts';
import { EMPTY_VOCABULARY, sharedVocabulary, type Vocabulary } from './vocabulary.ts';

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

/** What a lint asks `LinterHooks.toneVerdict` for. */
export interface ToneQuestion {
  /** Only this very text's verdict (for Send); otherwise a stand-in may be lent while it is awaited. */
  exact: boolean;
}

/** How a lint is asked for. */
export interface LintOptions {
  /**
   * Judge with the tone verdict of exactly this text or none, never a stand-in lent while it is
   * awaited (see LinterHooks.toneVerdict): what Send is decided on.
   */
  exact?: boolean;
}

export interface Linter {
  lint(draft: Draft, options?: LintOptions): Finding[];
  /**
   * The findings of `lint`, but with the fix check left until a fix is wanted: typing shows
   * every finding at once, and only the card that opens (or the fix `--fix` applies) pays for
   * checking its fixes.
   */
  lintLazily(draft: Draft, options?: LintOptions): LazyLint;
}

/** One lint's findings, their fixes held back until asked for. */
export interface LazyLint {
  /** As `lint` returns them, but with no `fixes`. */
  readonly findings: readonly Finding[];
  /**
   * The fixes of one of `findings` that the fix check keeps: exactly the `fixes` `lint` gives the
   * same finding when asked in the order of `findings`. Checked on the first ask, then kept; none
   * for a finding of another lint.
   */
  fixesFor(finding: Finding): readonly Fix[];
}

export interface LinterHooks {
  /** A rule that throws loses its findings for this draft (of the part that threw: `check` or `checkWhole`); the others still report. */
  onRuleError?(ruleId: string, error: unknown): void;
  /** The draft model itself failed: no finding can be trusted, so `lint` returns none (Send fails open). */
  onEngineError?(error: unknown): void;
  /**
   * The learned tone model's verdict on this exact body, if one is at hand: the CLI computes it,
   * the content script looks up the one the background worked out for the same text. Without
   * it, `angry-tone` judges by its lexicon alone. Unless `exact`, the content script may lend the
   * verdict of an earlier state of the draft, moved through the edit, until this text's own comes.
   */
  toneVerdict?(body: string, ownRanges: readonly TextRange[], question: ToneQuestion): ModelVerdict | undefined;
}

/**
 * Findings one rule may report on one draft. A hostile draft (160,000 "lol ") would otherwise
 * hand the engine, the page and the Send dialog hundreds of thousands of them; past the cap the
 * rule's remaining findings become one summary finding, as severe as the worst of them, so an
 * error beyond the cap still holds Send. Once that summary is as severe as the rule's severity
 * allows, the rule is ended: the summary then says "at least" how many more there are.
 */
export const MAX_FINDINGS_PER_RULE = 500;

/** Code units of fixed drafts the fix check may lint again, at least; it grows with the draft. */
const FIX_CHECK_BUDGET = 1_000_000;
const FIX_CHECK_BUDGET_PER_DRAFT_UNIT = 1;

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
 * Thrown from `report` to end a rule that has nothing left to add: it is past its cap and its
 * summary is already as severe as the rule may report. A hostile draft (500,000 "你") then costs
 * the rule 501 reports, not one per hit.
 */
const RULE_DONE = Symbol('rule done');

/** Collects one rule's reports up to the cap, then counts the rest into a summary. */
class RuleFindings {
  readonly kept: Finding[] = [];
  private overflow: { first: Finding; count: number; severity: Severity } | undefined;
  private endedEarly = false;

  /** `ceiling`: the most severe a finding of this rule can be (its configured severity). */
  constructor(private readonly ceiling: Severity) {}

  /** Adds a finding; true when no later one could change the summary but by its count, so the rule may end. */
  add(finding: Finding): boolean {
    if (this.kept.length < MAX_FINDINGS_PER_RULE) {
      this.kept.push(finding);
      return false;
    }
    if (this.overflow === undefined) {
      this.overflow = { first: finding, count: 1, severity: finding.severity };
    } else {
      this.overflow.count += 1;
      if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[this.overflow.severity]) this.overflow.severity = finding.severity;
    }
    return this.overflow.severity === this.ceiling;
  }

  endEarly(): void {
    this.endedEarly = true;
  }

  all(): Finding[] {
    if (this.overflow === undefined) return this.kept;
    const { first, count, severity } = this.overflow;
    const findings = count === 1 ? 'finding' : 'findings';
    const summary: Finding = {
      ruleId: first.ruleId,
      severity,
      field: first.field,
      start: first.start,
      end: first.end,
      line: first.line,
      column: first.column,
      message: this.endedEarly
        ? {
            en: `At least ${count} more ${findings} of this kind from here on ${count === 1 ? 'is' : 'are'} not listed; fix the ones above first.`,
            zh: `从这里起至少还有 ${count} 处同类问题未列出，请先处理上面的问题。`,
          }
        : {
            en: `${count} more ${findings} of this kind from here on ${count === 1 ? 'is' : 'are'} not listed; fix the ones above first.`,
            zh: `从这里起还有 ${count} 处同类问题未列出，请先处理上面的问题。`,
          },
    };
    return [...this.kept, summary];
  }
}

function isRangeInside(text: string, start: unknown, end: unknown): boolean {
  return Number.isInteger(start) && Number.isInteger(end) && (start as number) >= 0 && (start as number) <= (end as number) && (end as number) <= text.length;
}

/** The order of every lint's findings: subject first, then by start, severity and rule. */
export function byPosition(a: Finding, b: Finding): number {
  return (
    (a.field === b.field ? 0 : a.field === 'subject' ? -1 : 1) ||
    a.start - b.start ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** A linter's rules with their options resolved, run on a draft without the fix check. */
export interface RuleRunner {
  /** Ids of the rules that are on, in the order they run. */
  readonly ruleIds: readonly string[];
  /**
   * Every finding of the rules that are on (of `only`, when given), sorted by position and capped
   * per rule; a rule that throws loses its findings, and `onRuleError` hears of it when
   * `reportErrors` (by default, when every rule runs). Throws only when the draft model fails.
   */
  run(draft: Draft, options?: RunOptions): Finding[];
}

export interface RunOptions {
  only?: ReadonlySet<string>;
  /**
   * Which parts of each rule run: `check` and `checkWhole` (`both`), only `check` (`local`), or
   * only `checkWhole` of the rules in this set and both parts of the others (the incremental
   * linter's pass over the whole draft, its local rules' blocks kept).
   */
  parts?: 'both' | 'local' | { wholeOnly: ReadonlySet<string> };
  reportErrors?: boolean;
  /** `analyzeDraft(draft)`, when the caller has worked it out already. */
  model?: DraftModel;
  /** The tone verdict to give `angry-tone` instead of asking `LinterHooks.toneVerdict` (the fix check carries the draft's own to a fixed copy). */
  toneVerdict?: () => ModelVerdict | undefined;
  /** Asks `LinterHooks.toneVerdict` for this text's own verdict only (LintOptions.exact). */
  exact?: boolean;
}

/**
 * Options are resolved once here, so every run of the same runner hands each rule the very same
 * options and vocabulary objects: rules cache what they compile from them by identity.
 */
export function createRuleRunner(rules: readonly Rule[], config: LintConfig = { rules: {}, vocabulary: EMPTY_VOCABULARY }, hooks: LinterHooks = {}, { typing = false } = {}): RuleRunner {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    const severity = setting?.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    active.push({ rule, severity, options: resolveOptions(rule.meta.options, setting?.options) });
  }
  const vocabulary = sharedVocabulary(config.vocabulary);

  function run(draft: Draft, { only, parts = 'both', reportErrors = only === undefined, model = analyzeDraft(draft), toneVerdict, exact = false }: RunOptions = {}): Finding[] {
    const findings: Finding[] = [];
    // Asked once a run, however many rules read it: the page looks it up by the whole body.
    const verdict = toneVerdict ?? once(() => hooks.toneVerdict?.(model.body, model.ownRanges, { exact }));
    for (const { rule, severity, options } of active) {
      if (only && !only.has(rule.meta.id)) continue;
      const wholeOnly = typeof parts === 'object' && parts.wholeOnly.has(rule.meta.id);
      const checks = [wholeOnly ? undefined : rule.check, parts === 'local' ? undefined : rule.checkWhole];
      // Each part is capped on its own, so that a lint that keeps `check`'s findings per block
      // and runs `checkWhole` on the whole draft reports what a full lint does.
      for (const check of checks) {
        if (!check) continue;
        const reported = new RuleFindings(severity);
        try {
          check.call(rule, {
            model,
            options,
            vocabulary,
            toneVerdict: verdict,
            typing,
            report(report) {
              if (!isRangeInside(model[report.field] ?? '', report.start, report.end)) {
                throw new RangeError(`${rule.meta.id} reported ${report.field} ${report.start}-${report.end}, outside the text`);
              }
              const { line, column } = model.position(report.field, report.start);
              if (reported.add({ ruleId: rule.meta.id, ...report, severity: milder(report.severity, severity), line, column })) throw RULE_DONE;
            },
          });
        } catch (error) {
          if (error === RULE_DONE) {
            reported.endEarly();
          } else {
            if (reportErrors) hooks.onRuleError?.(rule.meta.id, error);
            continue;
          }
        }
        for (const finding of reported.all()) findings.push(finding);
      }
    }
    return findings.sort(byPosition);
  }

  return { ruleIds: active.map(({ rule }) => rule.meta.id), run };
}

/**
 * The fix check relints fixed copies of the draft. The tone model's verdict is known only for
 * texts the model has judged, never for a copy made up to check a fix (in the page, asking would
 * send every copy to the background), so each copy gets the draft's own verdict, carried over the
 * fix (`carryVerdict`): the same in the CLI as in the page.
 */
function fixCheckInput(runner: RuleRunner, draft: Draft, findings: readonly Finding[], hooks: LinterHooks, { exact = false }: LintOptions): FixCheckInput {
  const size = draft.subject.length + draft.body.length;
  const draftVerdict = once(() => hooks.toneVerdict?.(draft.body, analyzeDraft(draft).ownRanges, { exact }));
  return {
    draft,
    findings,
    relint: (fixed, ruleIds, fix) => runner.run(fixed, { only: ruleIds, toneVerdict: () => carryVerdict(draftVerdict(), fix.edits) }),
    budget: Math.max(FIX_CHECK_BUDGET, FIX_CHECK_BUDGET_PER_DRAFT_UNIT * size),
  };
}

/**
 * The last step of every lint: withholds each offered fix that does not apply cleanly or that
 * would remove another error (see fix-safety.ts), relinting fixed copies with `runner`.
 */
export function checkFixes(runner: RuleRunner, draft: Draft, findings: Finding[], hooks: LinterHooks = {}, options: LintOptions = {}): Finding[] {
  try {
    withholdUnsafeFixes({ ...fixCheckInput(runner, draft, findings, hooks, options), findings });
  } catch (error) {
    // No fix is offered that was not checked.
    hooks.onEngineError?.(error);
    for (const finding of findings) delete finding.fixes;
  }
  return findings;
}

/** `checkFixes` left until asked, finding by finding: `findings` lose their fixes, which `fixesFor` gives back checked. */
export function checkFixesLazily(runner: RuleRunner, draft: Draft, findings: readonly Finding[], hooks: LinterHooks = {}, options: LintOptions = {}): LazyLint {
  const check = createFixCheck(fixCheckInput(runner, draft, findings, hooks, options));
  const offered = new Map<Finding, Finding>();
  let failed = false;
  const shown = findings.map((finding) => {
    if (!finding.fixes) return finding;
    const { fixes: _unchecked, ...withoutFixes } = finding;
    offered.set(withoutFixes, finding);
    return withoutFixes;
  });
  return {
    findings: shown,
    fixesFor(finding) {
      const original = offered.get(finding);
      if (!original || failed) return [];
      try {
        return check(original);
      } catch (error) {
        // As in `checkFixes`: once the check fails, no fix of this lint is offered from then on.
        failed = true;
        hooks.onEngineError?.(error);
        return [];
      }
    },
  };
}

/**
 * `lint` never throws: a rule that fails loses its findings, a report outside its field is
 * dropped, each rule is capped, and every offered fix has been checked to apply cleanly and to
 * leave every other error standing (see fix-safety.ts).
 */
export function createLinter(rules: readonly Rule[], config: LintConfig = { rules: {}, vocabulary: EMPTY_VOCABULARY }, hooks: LinterHooks = {}): Linter {
  const runner = createRuleRunner(rules, config, hooks);
  const run = (draft: Draft, { exact }: LintOptions): Finding[] | undefined => {
    try {
      return runner.run(draft, { exact });
    } catch (error) {
      hooks.onEngineError?.(error);
      return undefined;
    }
  };
  return {
    lint(draft, options = {}) {
      const findings = run(draft, options);
      return findings ? checkFixes(runner, draft, findings, hooks, options) : [];
    },
    lintLazily(draft, options = {}) {
      return checkFixesLazily(runner, draft, run(draft, options) ?? [], hooks, options);
    },
  };
}
