import { createLinter } from '../core/engine.ts';
import { localize, type DisplayLocale } from '../core/localize.ts';
import type { Finding, Severity } from '../core/types.ts';
import type { Pack } from '../packs/pack.ts';
import { builtinRules } from '../rules/index.ts';
import { singlePackSettings } from '../settings/playground.ts';
import type { ArchiveItem } from './archive.ts';
import { excerptLine, maskConfidential } from './excerpt.ts';
import { messages } from './messages.ts';
import { readArchiveMessage } from './report/analyze.ts';

/**
 * `netiquette pack diff OLD NEW --on PATH…`: what a lead's team would see change if NEW replaced
 * OLD. Each mail is linted with both packs (each stacked on the built-in pack, as `lint --pack`
 * does), and a finding appears or disappears when the same rule, severity and span is in one
 * result and not the other; a rule whose severity changes shows as both.
 */

export interface DiffExample {
  location: string;
  field: Finding['field'];
  line: number;
  column: number;
  severity: Severity;
  message: string;
  excerpt: string;
}

export interface DiffSide {
  count: number;
  examples: DiffExample[];
}

export interface RuleChange {
  ruleId: string;
  appeared: DiffSide;
  disappeared: DiffSide;
}

export interface PackDiff {
  old: { file: string; id: string; version: string };
  new: { file: string; id: string; version: string };
  mails: number;
  malformed: { location: string; reason: string }[];
  rules: RuleChange[];
  changed: boolean;
}

const EXAMPLES = 3;

function findingKey(finding: Finding): string {
  return `${finding.ruleId}\u0000${finding.severity}\u0000${finding.field}\u0000${finding.start}\u0000${finding.end}`;
}

/** Findings of `a` with no counterpart in `b`, counted as multisets. */
function without(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const remaining = new Map<string, number>();
  for (const finding of b) remaining.set(findingKey(finding), (remaining.get(findingKey(finding)) ?? 0) + 1);
  return a.filter((finding) => {
    const left = remaining.get(findingKey(finding)) ?? 0;
    if (left === 0) return true;
    remaining.set(findingKey(finding), left - 1);
    return false;
  });
}

export async function diffPacks(
  oldPack: { file: string; pack: Pack },
  newPack: { file: string; pack: Pack },
  items: AsyncIterable<ArchiveItem>,
  locale: DisplayLocale,
): Promise<PackDiff> {
  const oldLinter = createLinter(builtinRules, singlePackSettings(oldPack.pack).lint);
  const newLinter = createLinter(builtinRules, singlePackSettings(newPack.pack).lint);
  const changes = new Map<string, RuleChange>();
  const malformed: PackDiff['malformed'] = [];
  let mails = 0;

  const note = (side: 'appeared' | 'disappeared', location: string, findings: readonly Finding[], draft: () => { subject: string; body: string }) => {
    for (const finding of findings) {
      let change = changes.get(finding.ruleId);
      if (!change) changes.set(finding.ruleId, (change = { ruleId: finding.ruleId, appeared: { count: 0, examples: [] }, disappeared: { count: 0, examples: [] } }));
      change[side].count += 1;
      if (change[side].examples.length < EXAMPLES) {
        change[side].examples.push({
          location,
          field: finding.field,
          line: finding.line,
          column: finding.column,
          severity: finding.severity,
          message: localize(finding.message, locale),
          excerpt: excerptLine(draft(), finding),
        });
      }
    }
  };

  for await (const item of items) {
    if ('problem' in item) {
      malformed.push(item.problem);
      continue;
    }
    let input;
    try {
      input = await readArchiveMessage(item.message);
    } catch (error) {
      malformed.push({ location: item.message.location, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    mails += 1;
    const known = (finding: Finding) => input.subjectKnown || finding.field !== 'subject';
    const before = oldLinter.lint(input.draft).filter(known);
    const after = newLinter.lint(input.draft).filter(known);
    let masked: { subject: string; body: string } | undefined;
    const draft = () => (masked ??= maskConfidential(input.draft));
    note('appeared', item.message.location, without(after, before), draft);
    note('disappeared', item.message.location, without(before, after), draft);
  }

  const rules = [...changes.values()].sort((a, b) => b.appeared.count + b.disappeared.count - (a.appeared.count + a.disappeared.count) || (a.ruleId < b.ruleId ? -1 : 1));
  const describe = ({ file, pack }: { file: string; pack: Pack }) => ({ file, id: pack.id, version: pack.version });
  return { old: describe(oldPack), new: describe(newPack), mails, malformed, rules, changed: rules.length > 0 };
}

function exampleText(sign: '+' | '-', example: DiffExample, locale: DisplayLocale): string {
  const field = localize(messages.field[example.field], locale);
  const severity = localize(messages.severity[example.severity], locale);
  return `    ${sign} ${example.location} ${field} ${example.line}:${example.column} ${severity}: ${example.message}\n        ${example.excerpt}`;
}

export function formatDiffText(diff: PackDiff, locale: DisplayLocale): string {
  const words = messages.packDiff;
  const lines = [localize(words.heading(diff), locale), ''];
  for (const change of diff.rules) {
    lines.push(`${change.ruleId}  +${change.appeared.count} −${change.disappeared.count}`);
    for (const example of change.appeared.examples) lines.push(exampleText('+', example, locale));
    for (const example of change.disappeared.examples) lines.push(exampleText('-', example, locale));
    lines.push('');
  }
  for (const problem of diff.malformed) lines.push(`${problem.location}: ${localize(words.skipped, locale)}: ${problem.reason}`);
  lines.push(localize(diff.changed ? words.changed(diff) : words.unchanged(diff.mails), locale));
  return `${lines.join('\n')}\n`;
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/`/g, 'ˋ').replace(/\r?\n/g, ' ');
}

/** For a change request: a summary table, then the examples of each rule. */
export function formatDiffMarkdown(diff: PackDiff, locale: DisplayLocale): string {
  const words = messages.packDiff;
  const lines = [`### ${localize(words.heading(diff), locale)}`, ''];
  if (diff.changed) {
    lines.push(`| ${localize(words.rule, locale)} | ${localize(words.appeared, locale)} | ${localize(words.disappeared, locale)} |`, '| --- | ---: | ---: |');
    for (const change of diff.rules) lines.push(`| \`${change.ruleId}\` | ${change.appeared.count} | ${change.disappeared.count} |`);
    for (const change of diff.rules) {
      lines.push('', `#### \`${change.ruleId}\``, '');
      const sides: ['+' | '-', DiffSide][] = [
        ['+', change.appeared],
        ['-', change.disappeared],
      ];
      for (const [sign, side] of sides) {
        for (const example of side.examples) {
          const where = `${localize(messages.field[example.field], locale)} ${example.line}:${example.column} ${localize(messages.severity[example.severity], locale)}`;
          lines.push(`- ${sign === '+' ? '➕' : '➖'} \`${markdownCell(example.location)}\` ${where} — ${markdownCell(example.message)}`);
          lines.push(`  > ${markdownCell(example.excerpt)}`);
        }
      }
    }
  }
  if (diff.malformed.length > 0) {
    lines.push('', `${localize(words.skipped, locale)}:`, ...diff.malformed.map((problem) => `- \`${markdownCell(problem.location)}\`: ${markdownCell(problem.reason)}`));
  }
  lines.push('', localize(diff.changed ? words.changed(diff) : words.unchanged(diff.mails), locale));
  return `${lines.join('\n')}\n`;
}

export function formatDiffJson(diff: PackDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}
