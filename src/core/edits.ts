import type { Draft, Field, TextEdit } from './types.ts';

/** Applies non-overlapping edits, each given against the original text, to one string. */
export function applyEditsToText(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  let result = text;
  let floor = Infinity;
  for (const edit of ordered) {
    if (edit.start > edit.end || edit.end > floor || edit.end > text.length) {
      throw new RangeError(`Edit ${edit.start}-${edit.end} overlaps another edit or lies outside the text`);
    }
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    floor = edit.start;
  }
  return result;
}

export function applyEdits(draft: Draft, edits: readonly TextEdit[]): Draft {
  const byField = (field: Field) => edits.filter((edit) => edit.field === field);
  return {
    ...draft,
    subject: applyEditsToText(draft.subject, byField('subject')),
    body: applyEditsToText(draft.body, byField('body')),
  };
}
