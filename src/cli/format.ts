import { localize, localizeDocs, type DisplayLocale } from '../core/localize.ts';
import type { OptionSpec } from '../core/options.ts';
import type { Rule } from '../core/rule.ts';
import type { Finding, Severity } from '../core/types.ts';
import type { LintInput } from './input.ts';
import type { FileResult } from './lint.ts';
import { messages } from './messages.ts';

export type OutputFormat = 'text' | 'json' | 'sarif';

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];

/** One JSON array, one entry per file in the order given, every file listed even when clean. */
export function formatJson(results: readonly FileResult[], locale: DisplayLocale): string {
  const files = results.map(({ input, findings, fixed }) => ({
    file: input.file,
    ...(fixed === undefined
      ? {}
      : {
          fixed: fixed.applied.map((fix) => ({ ruleId: fix.ruleId, title: localize(fix.title, locale), field: fix.field, line: fix.line, column: fix.column })),
          written: fixed.written,
          ...(fixed.output === undefined ? {} : { output: fixed.output }),
        }),
    findings: findings.map((finding) => ({
      ruleId: finding.ruleId,
      severity: finding.severity,
      message: localize(finding.message, locale),
      field: finding.field,
      line: finding.line,
      column: finding.column,
      start: finding.start,
      end: finding.end,
      ...(finding.score === undefined ? {} : { score: finding.score }),
      ...(finding.fixes?.length ? { fixes: finding.fixes.map((fix) => ({ title: localize(fix.title, locale), edits: fix.edits })) } : {}),
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}

function countBySeverity(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { findings } of results) for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** In the manner of ESLint's "stylish": files with findings, one line per finding, a summary. */
export function formatText(results: readonly FileResult[], locale: DisplayLocale): string {
  const lines: string[] = [];
  for (const { input, findings, fixed } of results) {
    const fixes = fixed?.applied ?? [];
    if (findings.length === 0 && fixes.length === 0) continue;
    // Fixes first (where they were made, in the text as it was then), then what is left.
    const rows = [
      ...fixes.map((fix) => ({
        location: `${localize(messages.field[fix.field], locale)} ${fix.line}:${fix.column}`,
        label: localize(fixed!.written ? messages.fixLabel.applied : messages.fixLabel.dryRun, locale),
        text: localize(fix.title, locale),
        ruleId: fix.ruleId,
      })),
      ...findings.map((finding) => ({
        location: `${localize(messages.field[finding.field], locale)} ${finding.line}:${finding.column}`,
        label: localize(messages.severity[finding.severity], locale),
        text: localize(finding.message, locale),
        ruleId: finding.ruleId,
      })),
    ];
    const locationWidth = Math.max(...rows.map((row) => row.location.length));
    const labelWidth = Math.max(...rows.map((row) => row.label.length));
    lines.push(input.file);
    for (const row of rows) lines.push(`  ${row.location.padEnd(locationWidth)}  ${row.label.padEnd(labelWidth)}  ${row.text}  ${row.ruleId}`);
    lines.push('');
  }
  const counts = countBySeverity(results);
  const total = counts.error + counts.warning + counts.info;
  lines.push(localize(total === 0 ? messages.noProblems(results.length) : messages.summary(counts.error, counts.warning, counts.info), locale));
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

function regionOf(input: LintInput, finding: Finding) {
  if (!input.filePosition) return undefined;
  const end = positionOf(input.draft[finding.field], finding.end);
  const from = input.filePosition(finding.field, finding.line, finding.column);
  const to = input.filePosition(finding.field, end.line, end.column);
  return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
}

function artifactUri(file: string): string {
  return encodeURI(file.replaceAll('\\', '/'));
}

/**
 * SARIF 2.1.0 for code-scanning dashboards. A region is given only where the file holds the
 * text as written (plain text); in a MIME file the text is encoded, so the result names the
 * field and carries the decoded position in its properties instead.
 */
export function formatSarif(results: readonly FileResult[], locale: DisplayLocale, rules: readonly Rule[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const sarifResults = results.flatMap(({ input, findings }) =>
    findings.map((finding) => {
      const region = regionOf(input, finding);
      return {
        ruleId: finding.ruleId,
        ...(ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {}),
        level: SARIF_LEVEL[finding.severity],
        message: { text: localize(finding.message, locale) },
        locations: [
          {
            physicalLocation: { artifactLocation: { uri: artifactUri(input.file) }, ...(region ? { region } : {}) },
            logicalLocations: [{ name: finding.field, kind: 'member' }],
          },
        ],
        properties: { field: finding.field, line: finding.line, column: finding.column, start: finding.start, end: finding.end },
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'netiquette',
            version,
            rules: rules.map((rule) => {
              const docs = localizeDocs(rule.meta.docs, locale);
              return {
                id: rule.meta.id,
                shortDescription: { text: docs.summary },
                fullDescription: { text: docs.rationale },
                defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultSeverity] },
                properties: { fixable: rule.meta.fixable },
              };
            }),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function describeOptionRange(spec: OptionSpec): string {
  switch (spec.kind) {
    case 'number': {
      const bounds = spec.min !== undefined && spec.max !== undefined ? `${spec.min}–${spec.max}` : spec.min !== undefined ? `≥ ${spec.min}` : spec.max !== undefined ? `≤ ${spec.max}` : '';
      return [bounds, spec.integer ? 'integer' : ''].filter(Boolean).join(', ');
    }
    case 'enum':
      return spec.values.map((value) => JSON.stringify(value)).join(' | ');
    case 'boolean':
      return 'true | false';
    case 'strings':
      return '["…", …]';
  }
}

/** Each rule with its docs, default severity and options, for `netiquette rules`. */
export function formatRules(rules: readonly Rule[], locale: DisplayLocale): string {
  const words = messages.rulesHeading;
  const blocks = rules.map((rule) => {
    const docs = localizeDocs(rule.meta.docs, locale);
    const heading = [rule.meta.id, `${localize(words.defaultSeverity, locale)}${localize(messages.severity[rule.meta.defaultSeverity], locale)}`];
    if (rule.meta.fixable) heading.push(localize(words.fixable, locale));
    const lines = [heading.join('  '), `  ${docs.summary}`, `  ${localize(words.why, locale)}${docs.rationale}`];
    const options = Object.entries(rule.meta.options);
    if (options.length === 0) lines.push(`  ${localize(words.noOptions, locale)}`);
    else {
      lines.push(`  ${localize(words.options, locale)}`);
      for (const [name, spec] of options) {
        lines.push(`    ${name} = ${JSON.stringify(spec.default)}  (${describeOptionRange(spec)})  ${localize(spec.doc, locale)}`);
      }
    }
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}
