import { applyEdits } from '../core/edits.ts';
import type { Linter } from '../core/engine.ts';
import type { Draft, Finding, LocalizedText } from '../core/types.ts';

/**
 * `netiquette lint --fix`: the preferred fix of each finding, applied one at a time with a
 * fresh lint in between, so every fix is applied to the text it was computed on. The linter
 * withholds any fix that would remove an error other than its own finding (a line wrap through
 * a card number, say: see `src/core/fix-safety.ts`), so each fix applied here kept every
 * protection the draft had when it was applied. Fixes are checked only as they come up
 * (`lintLazily`): the check relints the whole draft per fix, and each lint here applies one.
 */

export interface AppliedFix {
  ruleId: string;
  title: LocalizedText;
  field: Finding['field'];
  line: number;
  column: number;
}

export interface FixOutcome {
  draft: Draft;
  applied: AppliedFix[];
}

/** More fixes than any mail needs; a bound in case two fixes undo each other forever. */
export const MAX_FIXES_PER_DRAFT = 200;

export function applySafeFixes(linter: Linter, original: Draft, wanted: (finding: Finding) => boolean = () => true): FixOutcome {
  let draft = original;
  const applied: AppliedFix[] = [];
  // A fix that leads back to a text already seen would loop; such a fix is skipped.
  const seen = new Set([JSON.stringify([draft.subject, draft.body])]);
  while (applied.length < MAX_FIXES_PER_DRAFT) {
    let next: { draft: Draft; fix: AppliedFix } | undefined;
    const linted = linter.lintLazily(draft);
    for (const finding of linted.findings) {
      if (!wanted(finding)) continue;
      const fix = linted.fixesFor(finding)[0];
      if (!fix) continue;
      const fixed = applyEdits(draft, fix.edits);
      const key = JSON.stringify([fixed.subject, fixed.body]);
      if (seen.has(key)) continue;
      seen.add(key);
      next = { draft: fixed, fix: { ruleId: finding.ruleId, title: fix.title, field: finding.field, line: finding.line, column: finding.column } };
      break;
    }
    if (!next) break;
    draft = next.draft;
    applied.push(next.fix);
  }
  return { draft, applied };
}
