/**
 * How the default pack's rules agree with mails a person labelled: for each rule, how many of
 * the mails it should flag it does (recall) and how many it flags that it should not
 * (precision). The mails (eval/rule-mails/, see its README) were written from the rules'
 * descriptions, each marked with the rules it should fire and the rules that must stay quiet.
 *
 *   npm run eval:rules [-- <file.jsonl> …] [--show=<rule id>|all] [--markdown]
 *
 * A rule fires on a mail when it reports anything there, except angry-tone, which counts when it
 * holds Send (an error), as the send guard would. The tone model runs as in `netiquette lint`.
 * --show prints each disagreement.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '../src/core/engine.ts';
import type { Finding } from '../src/core/types.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { shippedToneVerdict } from '../src/tone/shipped-model.ts';
import { readMails, RULE_MAILS_DIRECTORY } from './rule-mails.ts';

interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
}

const TONE_RULE = 'angry-tone';

function defaultFiles(): string[] {
  return readdirSync(RULE_MAILS_DIRECTORY, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()
    .map((name) => join(RULE_MAILS_DIRECTORY, name));
}

function firedRules(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((finding) => finding.ruleId !== TONE_RULE || finding.severity === 'error').map((finding) => finding.ruleId));
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? '–' : (part / whole).toFixed(2);
}

function main(): void {
  const args = process.argv.slice(2);
  const show = args.find((arg) => arg.startsWith('--show='))?.slice('--show='.length);
  const markdown = args.includes('--markdown');
  const files = args.filter((arg) => !arg.startsWith('--'));
  const config = resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
  const linter = createLinter(builtinRules, config, { toneVerdict: shippedToneVerdict });
  const tallies = new Map<string, Tally>();
  let mails = 0;
  for (const file of files.length > 0 ? files : defaultFiles()) {
    for (const mail of readMails(file)) {
      mails += 1;
      const findings = linter.lint({ subject: mail.subject, body: mail.body, attachmentCount: mail.attachments });
      const fired = firedRules(findings);
      for (const ruleId of [...mail.fires, ...mail.quiet]) {
        const tally = tallies.get(ruleId) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0, trueNegatives: 0 };
        tallies.set(ruleId, tally);
        const expected = mail.fires.includes(ruleId);
        const got = fired.has(ruleId);
        if (expected && got) tally.truePositives += 1;
        else if (expected) tally.falseNegatives += 1;
        else if (got) tally.falsePositives += 1;
        else tally.trueNegatives += 1;
        if (expected !== got && (show === ruleId || show === 'all')) {
          console.log(`${mail.id} [${mail.lang}] ${ruleId}: labelled ${expected ? 'fires' : 'quiet'}, ${got ? 'fired' : 'quiet'} (${mail.why})`);
          for (const finding of findings.filter((each) => each.ruleId === ruleId)) {
            const text = finding.field === 'subject' ? mail.subject : mail.body;
            console.log(`    ${finding.severity} «${text.slice(finding.start, finding.end)}»`);
          }
        }
      }
    }
  }
  const rows = builtinRules.map((rule) => rule.meta.id).filter((id) => tallies.has(id));
  const header = ['Rule', 'Should fire', 'Fired there', 'Fired elsewhere', 'Precision', 'Recall'];
  const lines = rows.map((id) => {
    const tally = tallies.get(id)!;
    const positives = tally.truePositives + tally.falseNegatives;
    return [id, String(positives), String(tally.truePositives), String(tally.falsePositives), ratio(tally.truePositives, tally.truePositives + tally.falsePositives), ratio(tally.truePositives, positives)];
  });
  if (markdown) {
    console.log(`${mails} mails.\n`);
    console.log(`| ${header.join(' | ')} |\n|${header.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`);
    for (const line of lines) console.log(`| \`${line[0]}\` | ${line.slice(1).join(' | ')} |`);
  } else {
    console.log(`${mails} mails`);
    for (const line of [header, ...lines]) console.log(line.map((cell, index) => (index === 0 ? cell.padEnd(20) : cell.padStart(16))).join(''));
  }
}

main();
