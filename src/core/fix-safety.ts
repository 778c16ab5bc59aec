import { applyEdits } from './edits.ts';
import { firstNotBefore } from './sorted.ts';
import type { ModelVerdict } from '../tone/model.ts';
import type { Draft, Field, Finding, Fix, TextEdit, TextRange } from './types.ts';

/**
 * A fix may only remove the finding it was offered for. Any other error-level finding (a card
 * number, a blocked phrase) is a protection: a fix that makes it vanish, as a line wrap through
 * "4111 1111 1111 1111" would, lets the very thing the error guards against go out. Every
 * offered fix is therefore applied to a copy of the draft, the rules that reported errors are
 * run again on it, and a fix that loses one of those errors is not offered.
 */

/** A fix's edits of one field in order, with the shift in length each leaves behind it. */
interface FieldEdits {
  edits: TextEdit[];
  /** `shiftAfter[i]`: total change of length from edits 0..i. */
  shiftAfter: number[];
}

function fieldEdits(all: readonly TextEdit[], field: Field): FieldEdits {
  const edits = all.filter((edit) => edit.field === field).sort((a, b) => a.start - b.start);
  const shiftAfter: number[] = [];
  let shift = 0;
  for (const edit of edits) shiftAfter.push((shift += edit.text.length - (edit.end - edit.start)));
  return { edits, shiftAfter };
}

/**
 * Where an offset of the original text lands once the edits are applied: behind every edit that
 * ends before it (an insertion exactly at a start stays after the start), and inside a replaced
 * span at the start of the new text for a start, at its end for an end.
 */
function mapOffset({ edits, shiftAfter }: FieldEdits, offset: number, side: 'start' | 'end'): number {
  // The number of edits wholly before the offset, by binary search on their ends.
  const low = firstNotBefore(edits, (edit) => edit.end < offset || (edit.end === offset && !(edit.start === offset && side === 'start')));
  const shift = low > 0 ? shiftAfter[low - 1]! : 0;
  const next = edits[low];
  if (next && next.start < offset) return side === 'start' ? next.start + shift : next.start + shift + next.text.length;
  return offset + shift;
}

/** Whether the error `kept` still stands, in its new place, among the findings of the fixed draft. */
function survives(kept: Finding, edits: FieldEdits, after: readonly Finding[]): boolean {
  const start = mapOffset(edits, kept.start, 'start');
  const end = Math.max(start, mapOffset(edits, kept.end, 'end'));
  return after.some(
    (finding) =>
      finding.ruleId === kept.ruleId && finding.field === kept.field && finding.severity === 'error' && finding.start <= end && start <= finding.end,
  );
}

/** Whether the fix's edits lie inside the text, each with start ≤ end, and do not overlap. */
function appliesCleanly(draft: Draft, fix: Fix): boolean {
  for (const field of ['subject', 'body'] as const) {
    const edits = fix.edits.filter((edit) => edit.field === field).sort((a, b) => a.start - b.start);
    let floor = 0;
    for (const edit of edits) {
      const valid = Number.isInteger(edit.start) && Number.isInteger(edit.end) && typeof edit.text === 'string';
      if (!valid || edit.start < floor || edit.end < edit.start || edit.end > draft[field].length) return false;
      floor = edit.end;
    }
  }
  return fix.edits.every((edit) => edit.field === 'subject' || edit.field === 'body');
}

/**
 * Whether the fix changes the words, not only the spacing, of the text an error stands on or was
 * drawn from (its `related` ranges). Rewording "Per my last email" or lowering "I TOLD YOU" is
 * meant to calm the tone those words set, so the tone error may go with them; a line wrap through
 * a card number changes no word, so the number's error must stay.
 */
export function rewordsCauseOf(draft: Draft, fix: Fix, error: Finding): boolean {
  const causes = [error, ...(error.related ?? [])];
  return fix.edits.some((edit) => {
    if (edit.field !== error.field) return false;
    const replaced = draft[edit.field].slice(edit.start, edit.end);
    if (replaced.replace(/\s+/g, '') === edit.text.replace(/\s+/g, '')) return false;
    return causes.some((range) => edit.start < range.end && range.start < edit.end);
  });
}

/** Whether an edit changes text inside `range` (an insertion counts at its start, not at its end). */
function touches(edit: TextEdit, range: TextRange): boolean {
  return edit.start < range.end && range.start < edit.end + (edit.start === edit.end ? 1 : 0);
}

/**
 * The model's verdict on a draft, for the draft with the edits of a fix applied: its sentence and
 * phrases moved with the text around them. For a fix, an edit of the sentence the verdict rests on
 * leaves no verdict (the model has not read the new words). While the agent types
 * (`stretchSentence`), the verdict of a few keys ago stands in until the new text's own arrives:
 * an edit inside its sentence stretches the sentence, but an edit of the words that drove the
 * score (its phrases), or one that leaves the sentence empty, leaves no verdict, so rewording the
 * angry words shows at once what the lexicon thinks of the rest. The brush-off sentences it names
 * move too, but one the edits touch is dropped, in both cases.
 */
export function carryVerdict(verdict: ModelVerdict | undefined, fixEdits: readonly TextEdit[], { stretchSentence = false } = {}): ModelVerdict | undefined {
  if (!verdict) return undefined;
  const edits = fieldEdits(fixEdits, 'body');
  const { sentence } = verdict;
  const edited = (range: TextRange) => edits.edits.some((edit) => touches(edit, range));
  if (stretchSentence ? verdict.phrases.some(edited) : sentence && edited(sentence)) return undefined;
  // A phrase keeps exactly its words (what is typed right after it is not one of them); the
  // sentence takes in what is typed at its end.
  const move = <T extends TextRange>(range: T, endSide: 'start' | 'end'): T => ({ ...range, start: mapOffset(edits, range.start, 'start'), end: mapOffset(edits, range.end, endSide) });
  const moved = sentence && move(sentence, 'end');
  if (moved && moved.start === moved.end && sentence!.start < sentence!.end) return undefined;
  const carried: ModelVerdict = { ...verdict, sentence: moved, phrases: verdict.phrases.map((phrase) => move(phrase, 'start')) };
  // A brush-off sentence that was edited is no longer the one the model read: it goes.
  if (verdict.brushOffs) carried.brushOffs = verdict.brushOffs.filter((brushOff) => !edited(brushOff)).map((brushOff) => ({ ...move(brushOff, 'start'), phrases: brushOff.phrases.map((phrase) => move(phrase, 'start')) }));
  return carried;
}

export interface FixCheckInput {
  draft: Draft;
  /** The findings of one lint of `draft`, their fixes as the rules offered them. */
  findings: readonly Finding[];
  /** Lints `draft`, the draft with `fix` applied, with only the rules named; used to see whether their errors survive. */
  relint(draft: Draft, ruleIds: ReadonlySet<string>, fix: Fix): Finding[];
  /** Code units of fixed drafts that may be linted again in all; fixes left unchecked are withheld. */
  budget: number;
}

/**
 * The fix check of one lint, run finding by finding as asked: the fixes of `finding` (one of
 * the lint's findings) that apply cleanly and remove no error other than their own finding or
 * one whose words they rewrite (`rewordsCauseOf`). Each finding is checked once; the budget is
 * shared by every finding of the lint, spent in the order they are asked for.
 */
export function createFixCheck({ draft, findings, relint, budget }: FixCheckInput): (finding: Finding) => Fix[] {
  const errors = findings.filter((finding) => finding.severity === 'error');
  const errorRules = new Set(errors.map((finding) => finding.ruleId));
  const checked = new Map<Finding, Fix[]>();
  let spent = 0;
  return (finding) => {
    let kept = checked.get(finding);
    if (kept) return kept;
    const othersExist = errors.length > (finding.severity === 'error' ? 1 : 0);
    kept = (finding.fixes ?? []).filter((fix) => {
      if (!appliesCleanly(draft, fix)) return false;
      if (!othersExist) return true;
      spent += draft.subject.length + draft.body.length + fix.edits.reduce((total, edit) => total + edit.text.length, 0);
      if (spent > budget) return false;
      const after = relint(applyEdits(draft, fix.edits), errorRules, fix);
      const edits = { subject: fieldEdits(fix.edits, 'subject'), body: fieldEdits(fix.edits, 'body') };
      return errors.every((error) => error === finding || rewordsCauseOf(draft, fix, error) || survives(error, edits[error.field], after));
    });
    checked.set(finding, kept);
    return kept;
  };
}

/** Checks every finding's fixes in order (`createFixCheck`) and removes from `findings` those withheld. */
export function withholdUnsafeFixes(input: FixCheckInput & { findings: Finding[] }): void {
  const check = createFixCheck(input);
  for (const finding of input.findings) {
    if (!finding.fixes) continue;
    const kept = check(finding);
    if (kept.length === finding.fixes.length) continue;
    if (kept.length > 0) finding.fixes = kept;
    else delete finding.fixes;
  }
}
