/**
 * Judges a tone model that does not ship yet, on development data only: the angry-tone rule with
 * that model (through createLinter, as scripts/eval-tone.ts runs the shipped one) on reply files the
 * model neither trained nor chose thresholds on (given as arguments: since run 10 every reply set in
 * eval/ but the held-out one trains the shipped model; a model trained with --add-replies or
 * without a set can be judged on the rest), by language, and on
 * GoEmotions and COLD dev and the tuning half of the Enron sentences; the model alone too (area
 * under the ROC curve of its highest sentence logit, by script), and its features per 2 KB mail.
 * Never the *_test files nor the held-out replies. Prints one JSON object.
 *
 *   npx tsx scripts/eval-tone-replies.ts [--weights MODULE] [--thresholds LATIN_HOLD,LATIN_HINT,HAN_HOLD,HAN_HINT]
 *                                        [--outcomes FILE] REPLIES.jsonl...
 *
 * --weights: a module written as src/tone/model-weights.ts is (`train-tone.ts --write`, then copied
 * aside); the shipped one by default. --thresholds: judge the model at these sentence logits instead
 * of its own (the whole's stay its own), to compare two models apart from the threshold choice. --outcomes: one line per reply,
 * `<angry 1/0><held 1/0>`, in file order, for paired comparisons of two models.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { analyzeDraft } from '../src/core/draft.ts';
import { createLinter } from '../src/core/engine.ts';
import { angryTone } from '../src/rules/angry-tone.ts';
import { foldForMatching } from '../src/tone/fold.ts';
import { sentenceFeatures } from '../src/tone/model-features.ts';
import { decodeModel, modelReading, modelTone, scriptOf, sentenceLogit, SentenceSummaries, type ToneModel } from '../src/tone/model.ts';
import { enronHalf, loadJsonl, type Row } from './tone-data.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values, positionals } = parseArgs({
  options: {
    weights: { type: 'string', default: `${ROOT}src/tone/model-weights.ts` },
    thresholds: { type: 'string' },
    outcomes: { type: 'string' },
  },
  allowPositionals: true,
});
if (positionals.length === 0) throw new Error('eval-tone-replies: name the reply files to judge on (eval/SET/replies.jsonl), ones the model did not train on');
const replyFiles = positionals;

const weights = (await import(pathToFileURL(values.weights!).href)) as { MODEL_HEADER: string; MODEL_WEIGHTS: string };
const decoded = decodeModel(weights.MODEL_HEADER, weights.MODEL_WEIGHTS);
const model: ToneModel = values.thresholds ? { ...decoded, calibration: calibrationOf(values.thresholds) } : decoded;

function calibrationOf(list: string): ToneModel['calibration'] {
  const [latinHold, latinHint, hanHold, hanHint] = list.split(',').map(Number);
  if ([latinHold, latinHint, hanHold, hanHint].some((value) => value === undefined || Number.isNaN(value))) throw new Error('--thresholds: four numbers, LATIN_HOLD,LATIN_HINT,HAN_HOLD,HAN_HINT');
  return { latin: { hold: latinHold!, hint: latinHint! }, han: { hold: hanHold!, hint: hanHint! } };
}

const summaries = new SentenceSummaries(model, 50_000);
const linter = createLinter([angryTone], undefined, { toneVerdict: (body, ownRanges) => modelTone(model, body, ownRanges, { summaries }) });
const held = (text: string) => linter.lint({ subject: '', body: text }).some((finding) => finding.ruleId === 'angry-tone' && finding.severity === 'error');
const percent = (part: number, whole: number) => Math.round((1000 * part) / Math.max(1, whole)) / 10;

const result: Record<string, number | string> = { weights: values.weights!, calibration: JSON.stringify(model.calibration), features: JSON.stringify(model.features) };

/** Angry and calm replies held, for each file, all and by language (the rows' `lang`). */
const outcomes: string[] = [];
const replies: (Row & { lang?: string })[] = [];
for (const file of replyFiles) {
  const name = file.split('/').at(-2) ?? file;
  const tally = new Map<string, { angry: number; angryHeld: number; calm: number; calmHeld: number }>();
  for (const row of loadJsonl(file) as (Row & { lang?: string })[]) {
    replies.push(row);
    const angry = row.label === 'angry';
    const flagged = held(row.text);
    outcomes.push(`${angry ? 1 : 0}${flagged ? 1 : 0}`);
    for (const key of ['all', row.lang ?? 'unknown']) {
      const counts = tally.get(key) ?? { angry: 0, angryHeld: 0, calm: 0, calmHeld: 0 };
      if (angry) {
        counts.angry += 1;
        if (flagged) counts.angryHeld += 1;
      } else {
        counts.calm += 1;
        if (flagged) counts.calmHeld += 1;
      }
      tally.set(key, counts);
    }
  }
  for (const [key, counts] of tally) {
    result[`${name} ${key}: angry held %`] = percent(counts.angryHeld, counts.angry);
    result[`${name} ${key}: calm held %`] = percent(counts.calmHeld, counts.calm);
  }
}
if (values.outcomes) writeFileSync(values.outcomes, `${outcomes.join('\n')}\n`);

function f1(rows: readonly Row[], positive: string, negative: string): number {
  let truePositives = 0;
  let flags = 0;
  let positives = 0;
  for (const row of rows) {
    if (row.label !== positive && row.label !== negative) continue;
    const flagged = held(row.text);
    if (row.label === positive) positives += 1;
    if (flagged) flags += 1;
    if (flagged && row.label === positive) truePositives += 1;
  }
  return Math.round((1000 * 2 * truePositives) / (flags + positives)) / 1000;
}
const DATA = `${ROOT}eval/data/`;
result['GoEmotions dev, anger vs neutral: F1'] = f1(loadJsonl(`${DATA}goemotions_dev.jsonl`), 'anger', 'neutral');
const cold = loadJsonl(`${DATA}cold_zh_dev.jsonl`);
result['COLD dev, insult_individual vs neutral: F1'] = f1(cold, 'insult_individual', 'neutral');
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
result['COLD dev (Traditional): F1'] = f1(cold.map((row) => ({ ...row, text: toTraditional(row.text) })), 'insult_individual', 'neutral');
const enron = enronHalf(loadJsonl(`${DATA}enron_sentences_en.jsonl`), 'tuning');
const enronHeld = enron.filter((row) => held(row.text)).length;
result['Enron tuning half: false alarms'] = `${enronHeld} of ${enron.length} (${((100 * enronHeld) / enron.length).toFixed(2)}%)`;

/** The model alone, apart from any threshold: its highest sentence logit over the own text, as modelTone scores it. */
function highestLogit(text: string): number {
  const { folded, sentences } = modelReading(text, analyzeDraft({ subject: '', body: text }).ownRanges);
  let highest = -Infinity;
  for (const range of sentences) highest = Math.max(highest, sentenceLogit(model, folded.slice(range.start, range.end)));
  return highest;
}

/** Area under the ROC curve: the chance that an angry reply outscores a calm one (ties count half). */
function areaUnderCurve(scored: readonly { angry: boolean; logit: number }[]): number {
  const sorted = [...scored].sort((a, b) => a.logit - b.logit);
  let rankSum = 0;
  let angry = 0;
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end < sorted.length && sorted[end]!.logit === sorted[index]!.logit) end += 1;
    const rank = (index + 1 + end) / 2;
    for (let at = index; at < end; at += 1) {
      if (!sorted[at]!.angry) continue;
      rankSum += rank;
      angry += 1;
    }
    index = end;
  }
  const calm = sorted.length - angry;
  return Math.round((1000 * (rankSum - (angry * (angry + 1)) / 2)) / Math.max(1, angry * calm)) / 1000;
}
for (const script of ['latin', 'han'] as const) {
  const scored = replies.filter((row) => scriptOf(foldForMatching(row.text)) === script).map((row) => ({ angry: row.label === 'angry', logit: highestLogit(row.text) }));
  result[`replies (${script}), model alone: AUC`] = areaUnderCurve(scored);
}

// What inference costs: features of the own text of the first 2 KB of the replies, one mail.
const mail = replies.map((row) => row.text).join('\n').slice(0, 2048);
const { folded, sentences } = modelReading(mail, analyzeDraft({ subject: '', body: mail }).ownRanges);
result['features per 2 KB mail'] = sentences.reduce((sum, range) => sum + sentenceFeatures(folded.slice(range.start, range.end), model.features).count, 0);

console.log(JSON.stringify(result, null, 2));
