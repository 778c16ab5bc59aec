import { createLinter } from '../core/engine.ts';
import type { Draft, Field, Finding } from '../core/types.ts';
import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';
import { confidentialData } from '../rules/confidential-data.ts';

/**
 * Lines of mail quoted in what the CLI prints for a lead (pack tests, pack diffs, the team
 * report). Whatever the confidential-data rule recognises is masked first, whatever the pack
 * in use says about that rule: a report passed around a team must not carry a customer's card
 * number because the team turned the rule off.
 */

const MASK = '•';
const MAX_EXCERPT = 160;

const confidentialFinder = createLinter([confidentialData], { rules: { 'confidential-data': { severity: 'error' } }, vocabulary: EMPTY_VOCABULARY });

function maskRanges(text: string, ranges: readonly { start: number; end: number }[]): string {
  if (ranges.length === 0) return text;
  let masked = '';
  let at = 0;
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    masked += text.slice(at, from) + MASK.repeat(end - from);
    at = end;
  }
  return masked + text.slice(at);
}

/** The draft with every confidential value replaced by dots of the same length, so offsets still hold. */
export function maskConfidential(draft: Draft): Draft {
  const found = confidentialFinder.lint(draft);
  if (found.length === 0) return draft;
  const inField = (field: Field) => found.filter((finding) => finding.field === field);
  return { ...draft, subject: maskRanges(draft.subject, inField('subject')), body: maskRanges(draft.body, inField('body')) };
}

/** The line a finding starts on, trimmed to a readable length around it. `draft` should already be masked. */
export function excerptLine(draft: Draft, finding: Pick<Finding, 'field' | 'start'>): string {
  const text = draft[finding.field];
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const newline = text.indexOf('\n', finding.start);
  const line = text.slice(lineStart, newline === -1 ? text.length : newline).trim();
  if (line.length <= MAX_EXCERPT) return line;
  const column = Math.max(0, finding.start - lineStart - MAX_EXCERPT / 4);
  return `${column > 0 ? '…' : ''}${line.slice(column, column + MAX_EXCERPT)}…`;
}
