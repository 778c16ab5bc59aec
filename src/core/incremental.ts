import { analyzeDraft, type BodyLine, type DraftModel } from './draft.ts';
import { byPosition, checkFixes, checkFixesLazily, createRuleRunner, MAX_FINDINGS_PER_RULE, type LintConfig, type Linter, type LintOptions, type LinterHooks, type RuleRunner, type RunOptions } from './engine.ts';
import type { Rule } from './rule.ts';
import type { Draft, Finding, Fix, TextRange } from './types.ts';
import { EMPTY_VOCABULARY } from './vocabulary.ts';

/**
 * Linting as the agent types: the same findings as a full lint of the draft, but most of the
 * work of the last lint is kept.
 *
 * The body is cut into blocks, each a run of consecutive lines of the agent's own text with no
 * blank line in it (a paragraph, a greeting, a closing). Rules whose findings on a block depend
 * only on the text around them (BLOCK_LOCAL_RULES) are run on a block only when that text is new:
 * the block, the blank lines after it, and up to CONTEXT_UNITS code units of own text on either
 * side, which is further than any of them looks (the 8–24-unit windows of the phrase rules, the
 * rest of a clause after blanks). Their findings are kept per such text, relative to it, and moved
 * to wherever it now stands. The other rules (tone, greeting and closing, lengths of the whole
 * message, the signature, the subject, 你/您 with its whole-draft exception) read the whole draft
 * and run on every lint, and so does a local rule's part that reads the whole draft
 * (Rule.checkWhole: forbidden-phrase's brush-offs, from the tone verdict); the fix check, which
 * relints fixed copies of the whole draft, runs last, as in a full lint.
 *
 * A block is reused only when its text, linted on its own, reads as the agent's own text too (no
 * `>` line, reply header, sign-off or signature of its own), so that a local rule sees the same
 * lines either way. Anything that could make the two differ falls back to running the local rules
 * on the whole draft: a block that does not read as own text alone, a rule that threw, a rule over
 * its cap of findings. A property test over random edit sequences (test/incremental.test.ts)
 * checks that the findings always equal a full relint.
 */

/** Rules whose findings within a block of own text depend only on own text near them. */
export const BLOCK_LOCAL_RULES: ReadonlySet<string> = new Set(['line-length', 'confidential-data', 'informal', 'forbidden-phrase', 'shouting']);

/** Own text on either side of a block that its local rules may read. */
const CONTEXT_UNITS = 48;
/** A piece's findings are kept while one of the last this many lints used it (a page may have several compose windows). */
const KEPT_LINTS = 8;
/** A draft with more new pieces than this, and more new than kept, is linted whole (see `lintWhole`). */
const MOSTLY_NEW_PIECES = 4;

export interface IncrementalStats {
  /** Blocks linted because their text was new, over the life of the linter. */
  blocksLinted: number;
  /** Blocks whose findings were reused. */
  blocksReused: number;
  /** Lints where the local rules had to run on the whole draft. */
  fullFallbacks: number;
}

export interface IncrementalLinter extends Linter {
  readonly stats: IncrementalStats;
}

/** Findings of the local rules on one piece of text linted on its own, relative to it; undefined when it cannot stand alone. */
type PieceResult = readonly Finding[] | undefined;

interface KeptPiece {
  result: PieceResult;
  /** The number of the lint that last used it. */
  usedBy: number;
  /**
   * Shared out from a lint of the whole draft: whether the piece stands alone (see `lintPiece`)
   * is checked when it is first reused, so that a draft linted whole pays for no piece apart.
   */
  unchecked?: true;
}

/** What a block's local findings are computed from: a piece of the body and the part of it the block answers for. */
interface Piece {
  /** Offset of the piece in the body. */
  start: number;
  /** Index in the body of the line the piece starts on. */
  firstLine: number;
  text: string;
  /** The findings the block answers for start in [ownedStart, ownedEnd) of the piece. */
  ownedStart: number;
  ownedEnd: number;
  key: string;
}

/** Runs of consecutive own text lines, with the own range each lies in. */
function piecesOf(model: DraftModel): Piece[] {
  const pieces: Piece[] = [];
  const lineAt = (offset: number) => model.position('body', offset).line - 1;
  for (const range of model.ownRanges) {
    const blocks: { start: number; end: number }[] = [];
    let open: { start: number; end: number } | undefined;
    for (let index = lineAt(range.start); index < model.lines.length; index += 1) {
      const line: BodyLine = model.lines[index]!;
      if (line.start > range.end) break;
      if (line.kind === 'text') {
        if (open) open.end = line.end;
        else open = { start: line.start, end: line.end };
      } else if (open) {
        blocks.push(open);
        open = undefined;
      }
    }
    if (open) blocks.push(open);
    blocks.forEach((block, index) => {
      const ownedStart = index === 0 ? range.start : block.start;
      const ownedEnd = index === blocks.length - 1 ? range.end + 1 : blocks[index + 1]!.start;
      const start = index === 0 ? range.start : Math.max(range.start, blocks[index - 1]!.end - CONTEXT_UNITS);
      const end = index === blocks.length - 1 ? range.end : Math.min(range.end, blocks[index + 1]!.start + CONTEXT_UNITS);
      const text = model.body.slice(start, end);
      const owned = [ownedStart - start, ownedEnd - start] as const;
      pieces.push({ start, firstLine: lineAt(start), text, ownedStart: owned[0], ownedEnd: owned[1], key: `${owned[0]},${owned[1]},${text}` });
    });
  }
  return pieces;
}

/** The most findings any one rule has among `findings`. */
function mostOfOneRule(findings: readonly Finding[]): number {
  const perRule = new Map<string, number>();
  for (const finding of findings) perRule.set(finding.ruleId, (perRule.get(finding.ruleId) ?? 0) + 1);
  return Math.max(0, ...perRule.values());
}

function shiftRange<T extends TextRange>(range: T, by: number): T {
  return { ...range, start: range.start + by, end: range.end + by };
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((edit) => (edit.field === 'body' ? shiftRange(edit, by) : { ...edit })) };
}

/** A finding moved by `offset` units and `lines` lines; always a fresh object, since the fix check edits findings. */
function moved(finding: Finding, offset: number, lines: number): Finding {
  const result: Finding = { ...finding, start: finding.start + offset, end: finding.end + offset, line: finding.line + lines };
  if (finding.fixes) result.fixes = finding.fixes.map((fix) => shiftFix(fix, offset));
  if (finding.related) result.related = finding.related.map((range) => shiftRange(range, offset));
  return result;
}

export function createIncrementalLinter(rules: readonly Rule[], config: LintConfig = { rules: {}, vocabulary: EMPTY_VOCABULARY }, hooks: LinterHooks = {}): IncrementalLinter {
  const runner = createRuleRunner(rules, config, hooks, { typing: true });
  const localIds = new Set(runner.ruleIds.filter((id) => BLOCK_LOCAL_RULES.has(id)));
  const wholeIds = new Set(runner.ruleIds.filter((id) => !BLOCK_LOCAL_RULES.has(id)));
  /** Local rules with a part that reads the whole draft (Rule.checkWhole): it runs with the whole-draft rules. */
  const localWithWholePart = new Set(rules.filter((rule) => rule.checkWhole && localIds.has(rule.meta.id)).map((rule) => rule.meta.id));
  let localFailed = false;
  // Its own runner, so that a local rule throwing on a block is noticed (and then rerun on the whole draft).
  const localRunner: RuleRunner = createRuleRunner(
    rules.filter((rule) => localIds.has(rule.meta.id)),
    config,
    {
      onRuleError: () => {
        localFailed = true;
      },
    },
  );
  const stats: IncrementalStats = { blocksLinted: 0, blocksReused: 0, fullFallbacks: 0 };

  /** Piece results, with the number of the lint that last used each: one linter serves every compose window of a page. */
  const pieceResults = new Map<string, KeptPiece>();
  let lints = 0;
  let subjectResult: { subject: string; findings: readonly Finding[] | undefined } | undefined;

  /** Whether the piece, read on its own, is own text only: else its lines could read differently alone. */
  function standsAlone(piece: Piece): boolean {
    return analyzeDraft({ subject: '', body: piece.text }).lines.every((line) => line.kind === 'text' || line.kind === 'blank');
  }

  function lintPiece(piece: Piece): PieceResult {
    const draft = { subject: '', body: piece.text };
    if (!standsAlone(piece)) return undefined;
    localFailed = false;
    const findings = localRunner.run(draft, { parts: 'local' });
    // A rule that threw here may not throw on the whole draft: this piece always falls back.
    if (localFailed) return undefined;
    return findings.filter((finding) => finding.start >= piece.ownedStart && finding.start < piece.ownedEnd);
  }

  /** The local rules' findings on the subject, which they read apart from the body; undefined when one threw. */
  function subjectFindings(subject: string): readonly Finding[] | undefined {
    if (subjectResult?.subject !== subject) {
      localFailed = false;
      const findings = localRunner.run({ subject, body: '' }, { parts: 'local' }).filter((finding) => finding.field === 'subject');
      subjectResult = { subject, findings: localFailed ? undefined : findings };
    }
    return subjectResult.findings;
  }

  /**
   * The local rules' findings on the whole draft, piece by piece; undefined when it must fall
   * back. A draft that is only checked (a fixed copy, for the fix check) leaves the kept pieces
   * and the statistics as they were.
   */
  function localFindings(draft: Draft, model: DraftModel, remember: boolean): Finding[] | undefined {
    if (remember) lints += 1;
    const pieces = piecesOf(model);
    // Each piece's key (its text) is looked up once here; only a piece not found is looked up
    // again below, in case an identical piece earlier in the draft was linted meanwhile.
    const found = pieces.map((piece) => pieceResults.get(piece.key));
    if (remember && isMostlyNew(found)) return lintWhole(draft, pieces, found);
    const onSubject = subjectFindings(draft.subject);
    const findings: Finding[] = (onSubject ?? []).map((finding) => moved(finding, 0, 0));
    let complete = onSubject !== undefined;
    for (const [index, piece] of (complete ? pieces : []).entries()) {
      let entry = found[index] ?? pieceResults.get(piece.key);
      if (entry) {
        if (entry.unchecked) {
          delete entry.unchecked;
          if (!standsAlone(piece)) entry.result = undefined;
        }
        if (remember) stats.blocksReused += 1;
      } else {
        entry = { result: lintPiece(piece), usedBy: lints };
        if (remember) pieceResults.set(piece.key, entry);
        if (remember) stats.blocksLinted += 1;
      }
      if (remember) entry.usedBy = lints;
      if (entry.result === undefined) {
        complete = false;
        break;
      }
      for (const finding of entry.result) findings.push(moved(finding, piece.start, piece.firstLine));
    }
    if (remember) forgetUnused();
    if (!complete || mostOfOneRule(findings) > MAX_FINDINGS_PER_RULE) return undefined;
    return findings;
  }

  function forgetUnused(): void {
    for (const [key, entry] of pieceResults) {
      if (entry.usedBy <= lints - KEPT_LINTS) pieceResults.delete(key);
    }
  }

  /** More than half the pieces, and more than a few, have not been linted before (a window's first lint, a paste). */
  function isMostlyNew(found: readonly (KeptPiece | undefined)[]): boolean {
    const fresh = found.filter((entry) => entry === undefined).length;
    return fresh > MOSTLY_NEW_PIECES && fresh * 2 > found.length;
  }

  /**
   * A draft mostly new to the linter is linted whole, as a full lint does: cheaper than piece by
   * piece, where each piece is read and analysed apart with its context. Its findings are then
   * shared out to the pieces that own them and kept, as the pieces would have found them alone:
   * the local rules read nothing beyond a piece's context, which is what makes the pieces' findings
   * add up to a full lint's in the first place (test/incremental.test.ts checks both against full
   * relints). Findings that no piece owns, or a rule over its cap, keep nothing.
   */
  function lintWhole(draft: Draft, pieces: readonly Piece[], found: readonly (KeptPiece | undefined)[]): Finding[] | undefined {
    localFailed = false;
    const findings = localRunner.run(draft, { parts: 'local' });
    if (localFailed) return undefined;
    const shares = pieces.map((): Finding[] => []);
    let shared = findings.filter((finding) => finding.field === 'subject').length;
    const capped = mostOfOneRule(findings) >= MAX_FINDINGS_PER_RULE;
    let index = 0;
    for (const finding of findings) {
      if (finding.field !== 'body') continue;
      // Pieces and findings are both in body order; owned ranges do not overlap.
      while (index < pieces.length && pieces[index]!.start + pieces[index]!.ownedEnd <= finding.start) index += 1;
      const piece = pieces[index];
      if (!piece || finding.start < piece.start + piece.ownedStart) continue;
      shares[index]!.push(moved(finding, -piece.start, -piece.firstLine));
      shared += 1;
    }
    if (!capped && shared === findings.length) {
      pieces.forEach((piece, at) => {
        const kept = found[at] ?? pieceResults.get(piece.key);
        if (kept) {
          kept.usedBy = lints;
          return;
        }
        pieceResults.set(piece.key, { result: shares[at], usedBy: lints, unchecked: true });
        stats.blocksLinted += 1;
      });
    }
    forgetUnused();
    return findings;
  }

  /** `runner.run`, with the local rules' findings taken from the kept pieces where it can. */
  function run(draft: Draft, only: ReadonlySet<string>, reportErrors: boolean, remember: boolean, { toneVerdict, exact }: Pick<RunOptions, 'toneVerdict' | 'exact'> = {}): Finding[] {
    const model = analyzeDraft(draft);
    const localWanted = new Set([...localIds].filter((id) => only.has(id)));
    const wholeWanted = new Set([...wholeIds, ...localWithWholePart].filter((id) => only.has(id)));
    let local = localWanted.size > 0 ? localFindings(draft, model, remember) : [];
    if (local === undefined) {
      if (remember) stats.fullFallbacks += 1;
      // Rule failures are reported from here: the piece runs only noticed them.
      local = runner.run(draft, { only: localWanted, parts: 'local', reportErrors, model });
    } else if (localWanted.size < localIds.size) {
      local = local.filter((finding) => localWanted.has(finding.ruleId));
    }
    const whole = wholeWanted.size > 0 ? runner.run(draft, { only: wholeWanted, parts: { wholeOnly: localIds }, reportErrors, model, toneVerdict, exact }) : [];
    return [...local, ...whole].sort(byPosition);
  }

  const allIds = new Set(runner.ruleIds);
  // The fix check relints a fixed copy of the draft for every fix it checks: all its pieces but
  // the one the fix edits are the draft's own, already linted.
  const fixCheckRunner: RuleRunner = {
    ruleIds: runner.ruleIds,
    run: (fixed, { only = allIds, reportErrors = false, toneVerdict } = {}) => run(fixed, only, reportErrors, false, { toneVerdict }),
  };

  const lintOwn = (draft: Draft, { exact }: LintOptions): Finding[] | undefined => {
    try {
      return run(draft, allIds, true, true, { exact });
    } catch (error) {
      hooks.onEngineError?.(error);
      return undefined;
    }
  };

  return {
    stats,
    lint(draft, options = {}) {
      const findings = lintOwn(draft, options);
      return findings ? checkFixes(fixCheckRunner, draft, findings, hooks, options) : [];
    },
    lintLazily(draft, options = {}) {
      return checkFixesLazily(fixCheckRunner, draft, lintOwn(draft, options) ?? [], hooks, options);
    },
  };
}
