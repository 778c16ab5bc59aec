/**
 * Measures the angry-tone rule as it ships: every text goes through createLinter with the
 * rule at its defaults, and a text counts as flagged when the rule reports an error, which
 * is what the send guard acts on.
 *
 * Usage: npx tsx scripts/eval-tone.ts [--split dev|test] [--json] [--markdown] [--examples N]
 *
 * Data (eval/data/README.md): tuning looked only at the *_dev files, at the first half of the
 * Enron sentences (by a hash of the text) and at the project's own support replies; the
 * *_test files and the other Enron half are for reporting.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { createLinter } from '../src/core/engine.ts';
import type { Finding } from '../src/core/types.ts';
import { angryTone } from '../src/rules/angry-tone.ts';

interface Row {
  text: string;
  label: string;
}

interface Outcome {
  text: string;
  positive: boolean;
  flagged: boolean;
  score: number;
}

interface SetResult {
  name: string;
  language: 'en' | 'zh' | 'zh-Hant';
  /** Whether the set has a positive class (false: every flag is a false alarm). */
  labelled: boolean;
  positives: number;
  negatives: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
  falseAlarmRate: number;
  target?: string;
  falsePositiveExamples: string[];
  falseNegativeExamples: string[];
}

const DATA = fileURLToPath(new URL('../eval/data/', import.meta.url));
const SUPPORT = fileURLToPath(new URL('../eval/support-replies/', import.meta.url));

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'test' },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    examples: { type: 'string', default: '3' },
  },
});
const split = values.split === 'dev' ? 'dev' : 'test';
const exampleCount = Number(values.examples);

function load(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row);
}

/** FNV-1a, for a split and an example order that are the same on every machine. */
function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const linter = createLinter([angryTone]);

function judge(text: string): { flagged: boolean; score: number } {
  const findings: Finding[] = linter.lint({ subject: '', body: text });
  const finding = findings.find((candidate) => candidate.ruleId === 'angry-tone');
  return { flagged: finding?.severity === 'error', score: finding?.score ?? 0 };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

function examples(outcomes: readonly Outcome[], pick: (outcome: Outcome) => boolean): string[] {
  return outcomes
    .filter(pick)
    .sort((a, b) => textHash(a.text) - textHash(b.text))
    .slice(0, exampleCount)
    .map((outcome) => `${outcome.score.toFixed(2)}  ${oneLine(outcome.text)}`);
}

function evaluate(
  name: string,
  language: SetResult['language'],
  rows: readonly Row[],
  positive: readonly string[],
  negative: readonly string[],
  target?: string,
): SetResult {
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    const isPositive = positive.includes(row.label);
    if (!isPositive && !negative.includes(row.label)) continue;
    outcomes.push({ text: row.text, positive: isPositive, ...judge(row.text) });
  }
  const positives = outcomes.filter((outcome) => outcome.positive).length;
  const truePositives = outcomes.filter((outcome) => outcome.positive && outcome.flagged).length;
  const falsePositives = outcomes.filter((outcome) => !outcome.positive && outcome.flagged).length;
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = positives === 0 ? 0 : truePositives / positives;
  return {
    name,
    language,
    labelled: positive.length > 0,
    positives,
    negatives: outcomes.length - positives,
    truePositives,
    falsePositives,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    falseAlarmRate: falsePositives / Math.max(1, outcomes.length - positives),
    target,
    falsePositiveExamples: examples(outcomes, (outcome) => !outcome.positive && outcome.flagged),
    falseNegativeExamples: examples(outcomes, (outcome) => outcome.positive && !outcome.flagged),
  };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const goEmotions = load(`${DATA}goemotions_${split}.jsonl`);
const cold = load(`${DATA}cold_zh_${split}.jsonl`);
const coldTraditional = cold.map((row) => ({ ...row, text: toTraditional(row.text) }));
const enron = load(`${DATA}enron_sentences_en.jsonl`);
// The first Enron half (even hash) was read while tuning; the second is held out.
const enronHalf = enron.filter((row) => textHash(row.text) % 2 === (split === 'dev' ? 0 : 1));
const politeness = load(`${DATA}politeness_en_${split}.jsonl`);
const supportEn = load(`${SUPPORT}en.jsonl`);
const supportZh = load(`${SUPPORT}zh.jsonl`);

const results: SetResult[] = [
  evaluate(`GoEmotions ${split}: anger vs neutral`, 'en', goEmotions, ['anger'], ['neutral'], 'F1 ≥ 0.70'),
  evaluate(`GoEmotions ${split}: annoyance vs neutral`, 'en', goEmotions, ['annoyance'], ['neutral']),
  evaluate(`COLD ${split}: insult_individual vs neutral`, 'zh', cold, ['insult_individual'], ['neutral'], 'F1 ≥ 0.70'),
  evaluate(`COLD ${split} (Traditional): insult_individual vs neutral`, 'zh-Hant', coldTraditional, ['insult_individual'], ['neutral'], 'within 0.05 of Simplified'),
  evaluate(`COLD ${split}: offensive_group vs neutral`, 'zh', cold, ['offensive_group'], ['neutral']),
  evaluate(`Enron sentences, ${split === 'dev' ? 'tuning' : 'held-out'} half: false alarms`, 'en', enronHalf, [], ['business_unlabeled'], 'false alarms ≤ 1%'),
  ...(split === 'test' ? [evaluate('Enron sentences, whole file: false alarms', 'en', enron, [], ['business_unlabeled'], 'false alarms ≤ 1%')] : []),
  evaluate(`Politeness ${split}: impolite vs polite`, 'en', politeness, ['impolite'], ['polite']),
  evaluate('Support replies (en): angry vs calm', 'en', supportEn, ['angry'], ['calm'], 'F1 ≥ 0.90'),
  evaluate('Support replies (zh): angry vs calm', 'zh', supportZh, ['angry'], ['calm'], 'F1 ≥ 0.90'),
];

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const fixed = (value: number) => value.toFixed(3);

if (values.json) {
  console.log(JSON.stringify({ split, threshold: angryTone.meta.options.threshold.default, results }, null, 2));
} else if (values.markdown) {
  console.log('| Data set | Lang | Pos / neg | Precision | Recall | F1 | False alarms | Target |');
  console.log('|---|---|---|---:|---:|---:|---:|---|');
  for (const result of results) {
    const scores = result.labelled ? [fixed(result.precision), fixed(result.recall), `**${fixed(result.f1)}**`] : ['–', '–', '–'];
    const falseAlarms = `${percent(result.falseAlarmRate)} (${result.falsePositives})`;
    console.log(`| ${result.name} | ${result.language} | ${result.positives} / ${result.negatives} | ${scores.join(' | ')} | ${falseAlarms} | ${result.target ?? ''} |`);
  }
} else {
  for (const result of results) {
    console.log(`\n${result.name} [${result.language}]${result.target ? `  (target: ${result.target})` : ''}`);
    if (result.labelled) {
      console.log(`  positives ${result.positives}, negatives ${result.negatives}`);
      console.log(`  precision ${fixed(result.precision)}  recall ${fixed(result.recall)}  F1 ${fixed(result.f1)}  false alarms ${percent(result.falseAlarmRate)}`);
    } else {
      console.log(`  ${result.negatives} texts, ${result.falsePositives} flagged: false alarms ${percent(result.falseAlarmRate)}`);
    }
    for (const line of result.falsePositiveExamples) console.log(`  false alarm  ${line}`);
    for (const line of result.falseNegativeExamples) console.log(`  missed       ${line}`);
  }
}
