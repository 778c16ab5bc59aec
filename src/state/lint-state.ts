import type { LazyLint, LintOptions } from '../core/engine.ts';
import type { Draft, Finding, Fix } from '../core/types.ts';

/**
 * The lint state of one compose window, with no DOM and no browser API: the draft last read,
 * the findings for exactly that draft, the agent's "ignore here" choices, the Send verdict and
 * the tone verdict. The content script feeds it drafts and shows what it answers; the tests
 * drive it with plain objects.
 *
 * A verdict belongs to the text it was computed on and to nothing else: it is kept together
 * with its draft, and a different draft (one character, an attachment, a quote the page marked)
 * gets a verdict of its own before Send may use one. Findings shown while typing may rest on a
 * stand-in for what the text has not got yet (the tone verdict of a few keys before, see
 * ToneVerdicts); Send then lints again, asking for this very text's own (`exact`). When none can be had (the engine throws),
 * the mail goes out: a broken linter must never keep an agent from sending.
 */

export type ToneLevel = 'calm' | 'tense' | 'angry';

/** The tone the meter shows: the level from the angry-tone finding's severity, the score from the rule. */
export interface ToneVerdict {
  level: ToneLevel;
  /** 0–1, for the meter's length only. */
  score: number;
}

export type SendVerdict =
  | { kind: 'send' }
  | { kind: 'hold'; findings: readonly Finding[] }
  /** No verdict could be had for the text being sent: it goes out, and the fault is recorded. */
  | { kind: 'fail-open'; fault: LintFault };

export interface LintFault {
  /** Where it happened: while the agent typed, or at the moment of Send. */
  during: 'typing' | 'send';
  message: string;
  /** Size of the body the engine was given, which is what usually explains a fault. */
  bodyLength: number;
}

export interface LintStateOptions {
  /** Findings at once, fixes checked only for a card that opens (see `Linter.lintLazily`); for Send, `exact`. */
  lint(draft: Draft, options: LintOptions): LazyLint;
  /** Whether the lint of `draft` just done rested on a stand-in (absent: none ever does). */
  usedStandIn?(draft: Draft): boolean;
  /** Whether the angry-tone rule runs: with it off there is no tone to show. */
  toneRuleActive(): boolean;
  onFault?(fault: LintFault): void;
}

export const TONE_RULE = 'angry-tone';

function sameRanges(a: readonly { start: number; end: number }[] | undefined, b: readonly { start: number; end: number }[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((range, index) => range.start === b[index]!.start && range.end === b[index]!.end);
}

/** Whether two drafts are the same input to the engine. */
export function sameDraft(a: Draft, b: Draft): boolean {
  const regionsA = a.knownRegions;
  const regionsB = b.knownRegions;
  return (
    a.subject === b.subject &&
    a.body === b.body &&
    a.attachmentCount === b.attachmentCount &&
    a.language === b.language &&
    sameRanges(regionsA?.quoted, regionsB?.quoted) &&
    sameRanges(regionsA?.own, regionsB?.own) &&
    sameRanges(regionsA?.signature ? [regionsA.signature] : undefined, regionsB?.signature ? [regionsB.signature] : undefined)
  );
}

/** "Ignore here" remembers the rule and the words, so the choice survives edits elsewhere. */
function ignoreKey(finding: Finding, draft: Draft): string {
  return `${finding.ruleId}|${finding.field}|${draft[finding.field].slice(finding.start, finding.end)}`;
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

interface Linted {
  draft: Draft;
  /** Undefined when the engine failed on this draft. */
  result: LazyLint | undefined;
  /** The fixes `fixesFor` handed out for this draft: the only ones that may be applied to it. */
  offered: Set<Fix>;
  /** Linted with a stand-in for something this text has not got yet: for showing, not for Send. */
  standIn: boolean;
}

export class LintState {
  private linted: Linted | undefined;
  /** Something the findings of the draft last linted depend on changed since (see `invalidate`). */
  private stale = false;
  private readonly ignored = new Set<string>();
  private visible: readonly Finding[] = [];

  constructor(private readonly options: LintStateOptions) {}

  /** The draft last read, linted or not. */
  get draft(): Draft | undefined {
    return this.linted?.draft;
  }

  /** What to show: the findings for the draft last read, less the ignored ones; none when the engine failed on it. */
  get findings(): readonly Finding[] {
    return this.visible;
  }

  /**
   * Takes the draft as read now and lints it unless it is the draft already linted (`force`
   * relints anyway, after the rules changed). Returns whether the findings were computed anew.
   */
  update(draft: Draft, force = false): boolean {
    if (!force && !this.stale && this.linted && sameDraft(this.linted.draft, draft)) return false;
    const result = this.run(draft, 'typing');
    this.linted = { draft, result, offered: new Set(), standIn: result !== undefined && (this.options.usedStandIn?.(draft) ?? false) };
    this.refreshVisible();
    return true;
  }

  /**
   * The findings of the draft last linted lack something that came since (the background's
   * tone verdict on that text): the next `update` and `sendVerdict` lint it again.
   */
  invalidate(): void {
    this.stale = true;
  }

  /** The checked fixes of one of `findings`, for its card; none for a finding of an earlier draft. */
  fixesFor(finding: Finding): readonly Fix[] {
    const linted = this.linted;
    if (!linted?.result) return [];
    const fixes = linted.result.fixesFor(finding);
    for (const fix of fixes) linted.offered.add(fix);
    return fixes;
  }

  /** Whether `fix` was checked and offered for the draft last read: one never checked, or offered for other text, is not. */
  offers(fix: Fix): boolean {
    return this.linted?.offered.has(fix) ?? false;
  }

  ignore(finding: Finding): void {
    const draft = this.linted?.draft;
    if (!draft) return;
    this.ignored.add(ignoreKey(finding, draft));
    this.refreshVisible();
  }

  /**
   * The verdict for the draft about to be sent: the one computed while typing if it is for
   * this very draft, else one computed now; when the engine fails, the mail goes out.
   */
  sendVerdict(draft: Draft): SendVerdict {
    if (!this.linted || this.stale || this.linted.standIn || !sameDraft(this.linted.draft, draft) || this.linted.result === undefined) {
      let fault: LintFault | undefined;
      this.linted = { draft, result: this.run(draft, 'send', (found) => (fault = found)), offered: new Set(), standIn: false };
      this.refreshVisible();
      if (fault) return { kind: 'fail-open', fault };
    }
    const blocking = this.visible.filter((finding) => finding.severity === 'error');
    return blocking.length > 0 ? { kind: 'hold', findings: blocking } : { kind: 'send' };
  }

  /** Undefined when the tone rule is off, so nothing claims the draft is calm. */
  get tone(): ToneVerdict | undefined {
    if (!this.options.toneRuleActive()) return undefined;
    const findings = this.visible.filter((finding) => finding.ruleId === TONE_RULE);
    if (findings.length === 0) return { level: 'calm', score: 0 };
    // An error is what the send guard holds: that, and only that, reads "angry".
    const level = findings.some((finding) => finding.severity === 'error') ? 'angry' : 'tense';
    return { level, score: Math.max(...findings.map((finding) => finding.score ?? 0)) };
  }

  private run(draft: Draft, during: LintFault['during'], onFault?: (fault: LintFault) => void): LazyLint | undefined {
    this.stale = false;
    try {
      return this.options.lint(draft, { exact: during === 'send' });
    } catch (error) {
      const fault: LintFault = { during, message: describe(error), bodyLength: draft.body.length };
      onFault?.(fault);
      try {
        this.options.onFault?.(fault);
      } catch {
        // Recording a fault must not become one.
      }
      return undefined;
    }
  }

  private refreshVisible(): void {
    const linted = this.linted;
    this.visible = linted?.result ? linted.result.findings.filter((finding) => !this.ignored.has(ignoreKey(finding, linted.draft))) : [];
  }
}
