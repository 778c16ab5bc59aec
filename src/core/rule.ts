import type { ModelVerdict } from '../tone/model.ts';
import type { DraftModel } from './draft.ts';
import type { OptionsOf, OptionsSpec } from './options.ts';
import type { LocalizedText, Report, Severity } from './types.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface RuleDocs {
  /** One line: what the rule asks of the writer. */
  summary: string;
  /** Why it matters to the customer reading the mail. */
  rationale: string;
}

export interface RuleMeta<S extends OptionsSpec> {
  /** Public contract: packs, settings and the CLI refer to rules by this id. */
  id: string;
  defaultSeverity: Severity;
  docs: { en: RuleDocs; zh: RuleDocs };
  options: S;
  /** Whether findings can carry one-click fixes. */
  fixable: boolean;
}

export interface RuleContext<S extends OptionsSpec> {
  readonly model: DraftModel;
  readonly options: OptionsOf<S>;
  /** Phrases, acronyms and anger words contributed by the active packs. */
  readonly vocabulary: Vocabulary;
  /** The learned tone model's verdict on the body, when the linter has one (LinterHooks.toneVerdict). */
  toneVerdict(): ModelVerdict | undefined;
  /**
   * The linter is asked about the same draft again after every edit (a compose window, see
   * createIncrementalLinter): a rule may keep what it worked out for parts of the text, since
   * most of them come back. One-off lints (the CLI) would only pay for keeping them.
   */
  readonly typing: boolean;
  report(report: Report): void;
}

export interface Rule<S extends OptionsSpec = OptionsSpec> {
  meta: RuleMeta<S>;
  check(context: RuleContext<S>): void;
  /**
   * The part of a block-local rule (BLOCK_LOCAL_RULES in incremental.ts) that reads the whole
   * draft, such as the tone verdict's sentences: run on every lint, while `check`'s findings on
   * unchanged blocks are kept. Its findings are capped apart from `check`'s.
   */
  checkWhole?(context: RuleContext<S>): void;
}

/** Gives a rule's options their types from its spec; does nothing at run time. */
export function defineRule<const S extends OptionsSpec>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** Shorthand for the bilingual strings every rule writes. */
export function text(en: string, zh: string): LocalizedText {
  return { en, zh };
}
