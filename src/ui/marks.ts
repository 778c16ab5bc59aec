import type { Finding, Severity, TextRange } from '../core/types.ts';

/**
 * Which text a finding marks on screen, and which of several findings at one place comes
 * first. Pure functions: the UI draws what they say, and they are tested without a browser.
 */

/**
 * The text to underline. A finding about a point (a missing greeting) marks its line; one that
 * runs over several lines (a mail too long from line 26 on) marks only its first line: one hint,
 * not a wall of underlines. Undefined when there is nothing visible to mark.
 */
export function displayRange(finding: Pick<Finding, 'start' | 'end'>, text: string): TextRange | undefined {
  const lineStart = text.lastIndexOf('\n', finding.start - 1) + 1;
  const newline = text.indexOf('\n', finding.start);
  const lineEnd = newline === -1 ? text.length : newline;
  if (finding.end > finding.start) return { start: finding.start, end: Math.min(finding.end, Math.max(lineEnd, finding.start + 1)) };
  return lineEnd > lineStart ? { start: lineStart, end: lineEnd } : undefined;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings that share a place, in the order the card offers them: the most severe first (an
 * error is what matters before sending), then the narrowest (the word inside a flagged line).
 */
export function rankAtPlace<T extends Pick<Finding, 'severity' | 'start' | 'end'>>(findings: readonly T[]): T[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || a.end - a.start - (b.end - b.start));
}

/** Stable identity of a finding between redraws. */
export function findingKey(finding: Finding): string {
  return `${finding.ruleId}|${finding.field}|${finding.start}|${finding.end}|${finding.message.en}`;
}
