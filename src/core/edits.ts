import type { Draft, Field, TextEdit } from './types.ts';

/**
 * Applies non-overlapping edits, each given against the original text, to one string. Built
 * from pieces in one pass: a wrap of a long line is thousands of edits, and splicing them in one
 * at a time copied the whole text for each.
 */
export function applyEditsToText(text: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of ordered) {
    if (edit.start > edit.end || edit.start < cursor || edit.end > text.length) {
      throw new RangeError(`Edit ${edit.start}-${edit.end} overlaps another edit or lies outside the text`);
    }
    pieces.push(text.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(text.slice(cursor));
  return pieces.join('');
}

export function applyEdits(draft: Draft, edits: readonly TextEdit[]): Draft {
  const byField = (field: Field) => edits.filter((edit) => edit.field === field);
  return {
    ...draft,
    subject: applyEditsToText(draft.subject, byField('subject')),
    body: applyEditsToText(draft.body, byField('body')),
  };
}
