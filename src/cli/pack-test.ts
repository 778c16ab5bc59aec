import { localize, type DisplayLocale } from '../core/localize.ts';
import type { PackTestResult } from '../packs/pack-tests.ts';
import { excerptLine, maskConfidential } from './excerpt.ts';
import { messages } from './messages.ts';

/**
 * `netiquette pack test` output: one line per case, and under each failing case a diff of the
 * rules, `-` for a rule that should have reported and did not, `+` for one that reported and
 * should not have, with the line it reported on.
 */
export function formatPackTestResults(file: string, results: readonly PackTestResult[], locale: DisplayLocale): string {
  const words = messages.packTest;
  const lines: string[] = [];
  for (const result of results) {
    const where = `$.tests[${result.index}]`;
    lines.push(`${result.passed ? '✔' : '✖'} ${result.test.name}${result.passed ? '' : `  (${file} ${where})`}`);
    if (result.passed) continue;
    for (const ruleId of result.missing) lines.push(`    - ${ruleId}  ${localize(words.missing, locale)}`);
    const draft = maskConfidential({ subject: result.test.subject, body: result.test.body });
    for (const finding of result.unexpected) {
      const field = localize(messages.field[finding.field], locale);
      lines.push(`    + ${finding.ruleId}  ${localize(words.unexpected, locale)} ${field} ${finding.line}:${finding.column}: ${excerptLine(draft, finding)}`);
    }
  }
  const failed = results.filter((result) => !result.passed).length;
  if (failed > 0) lines.push('', localize(words.legend, locale));
  lines.push('', localize(failed === 0 ? words.allPassed(file, results.length) : words.someFailed(file, failed, results.length), locale));
  return `${lines.join('\n')}\n`;
}
