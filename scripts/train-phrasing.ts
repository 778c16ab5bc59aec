/**
 * Trains the service-phrasing model: `npm run train:phrasing` (writes src/tone/phrasing-weights.ts).
 *
 *   npx tsx scripts/train-phrasing.ts [--write] [--out FILE] [--train SET,...] [--tune SET,...] [--epochs N] [--seed N]
 *                                     [--negative-weight W] [--report SET,...] [--curve]
 *
 * What it learns (src/tone/phrasing-model.ts): whether one of the agent's sentences reads as a
 * forbidden service phrase. Logistic regression, AdaGrad, seeded, over the shipped tone model's
 * features of each sentence as that model reads it (modelReading: own text, quoted words blanked).
 *
 * Examples, all in this repository:
 * - the labelled support mails of eval/rule-mails/ (--train): in a mail that should fire
 *   `forbidden-phrase`, the sentences the labeller quoted in its note ("why") and the sentences the
 *   phrase list flags are positive, and the rest, unknown, are left out (a mail with none is left
 *   out); every own sentence of a mail where it must stay quiet is negative;
 * - calm support replies (the tone model's training replies, even hash), a quarter of the Enron
 *   sentences (eval/data/, as the tone model trains on them) and the polite requests of the
 *   politeness dev file (even hash) as negatives, weighted --negative-weight: firm refusals,
 *   business prose and short polite questions that must not read as brush-offs. The tone model's
 *   held-out replies (eval/support-replies/) and the politeness test file are not read.
 *
 * The threshold is chosen on mails the training never read (--tune): the lowest logit at which the
 * model alone flags mails with precision ≥ 0.97, flags ≤ 2% of the calm replies of the odd hash,
 * ≤ 0.5% of the Enron tuning quarter and ≤ 2% of the polite requests of the odd hash (`--curve`
 * prints the trade-off). It then reports the model alone and the list with it on
 * the tuning mails, and the held-out Enron half. `--report` scores further labelled sets once,
 * numbers only.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeDraft } from '../src/core/draft.ts';
import { createLinter } from '../src/core/engine.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { sentenceFeatures, type FeatureSet } from '../src/tone/model-features.ts';
import { decodeModel, modelReading } from '../src/tone/model.ts';
import { MODEL_HEADER, MODEL_WEIGHTS } from '../src/tone/model-weights.ts';
import { encodePhrasingModel, phrasingLogit, type PhrasingModel } from '../src/tone/phrasing-model.ts';
import { readMailSet, type LabelledMail } from './rule-mails.ts';
import { loadJsonl, textHash, TRAINING_REPLY_FILES } from './tone-data.ts';
import { adagrad, quantise, random, shuffle } from './training.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values } = parseArgs({
  options: {
    write: { type: 'boolean', default: false },
    out: { type: 'string', default: `${ROOT}src/tone/phrasing-weights.ts` },
    train: { type: 'string', default: 'dev,dev2,dev3,dev4,dev5,dev6,dev7,dev8' },
    tune: { type: 'string', default: 'dev9,dev10' },
    report: { type: 'string', default: '' },
    epochs: { type: 'string', default: '4' },
    seed: { type: 'string', default: '20261207' },
    'negative-weight': { type: 'string', default: '1' },
    curve: { type: 'boolean', default: false },
  },
});

const RULE = 'forbidden-phrase';
const BITS = 16;
const LEARNING_RATE = 0.2;
const L2 = 1e-5;
const LEAST_PRECISION = 0.97;
const MOST_CALM_FLAGGED = 0.02;
const MOST_ENRON_FLAGGED = 0.005;
const MOST_POLITE_FLAGGED = 0.02;
const NEGATIVE_WEIGHT = Number(values['negative-weight']);
const FEATURES = decodeModel(MODEL_HEADER, MODEL_WEIGHTS).features;

interface Sentence {
  /** As the model reads it (folded). */
  folded: string;
  /** As written, quoted words blanked: what the labeller's quotations are looked for in. */
  written: string;
  features: FeatureSet;
  /** The phrase list flags something in it. */
  listed: boolean;
}

interface Mail {
  labelled: LabelledMail;
  positive: boolean;
  listFires: boolean;
  sentences: Sentence[];
}

const listLinter = createLinter(builtinRules, resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint);

function readMail(labelled: LabelledMail): Mail {
  const draft = { subject: labelled.subject, body: labelled.body, attachmentCount: labelled.attachments };
  const listed = listLinter.lint(draft).filter((finding) => finding.ruleId === RULE && finding.field === 'body');
  const reading = modelReading(labelled.body, analyzeDraft(draft).ownRanges);
  const sentences = reading.sentences
    .filter((range) => reading.folded.slice(range.start, range.end).trim() !== '')
    .map((range) => {
      const start = reading.own.bodyOffset(range.start);
      const end = reading.own.bodyOffset(range.end);
      const folded = reading.folded.slice(range.start, range.end);
      return { folded, written: reading.masked.slice(range.start, range.end).toLowerCase(), features: sentenceFeatures(folded, FEATURES), listed: listed.some((finding) => finding.start < end && finding.end > start) };
    });
  return { labelled, positive: labelled.fires.includes(RULE), listFires: listed.length > 0, sentences };
}

/** The words a labeller's note quotes, cut at ellipses: long enough to name a sentence (3 Han characters, 6 others). */
function quotedWords(why: string): string[] {
  const words: string[] = [];
  for (const quotation of why.matchAll(/[“"'‘「『]([^”"'’」』]{2,200})[”"'’」』]/g)) {
    for (const part of quotation[1]!.split(/…|\.\.\./)) {
      const word = part.trim().toLowerCase();
      if (word.length >= (/\p{Script=Han}/u.test(word) ? 3 : 6)) words.push(word);
    }
  }
  return words;
}

interface Example {
  features: FeatureSet;
  positive: boolean;
  weight: number;
}

const started = Date.now();
const trainMails = values.train!.split(',').flatMap(readMailSet).map(readMail);
const tuneMails = values.tune!.split(',').flatMap(readMailSet).map(readMail);
const examples: Example[] = [];
let quotedPositives = 0;
let listedPositives = 0;
let unlabelledMails = 0;
for (const mail of trainMails) {
  if (!mail.positive) {
    for (const sentence of mail.sentences) examples.push({ features: sentence.features, positive: false, weight: 1 });
    continue;
  }
  const quoted = quotedWords(mail.labelled.why);
  let labelled = false;
  for (const sentence of mail.sentences) {
    const isQuoted = quoted.some((word) => sentence.written.includes(word));
    if (!isQuoted && !sentence.listed) continue;
    examples.push({ features: sentence.features, positive: true, weight: 1 });
    labelled = true;
    if (sentence.listed) listedPositives += 1;
    else quotedPositives += 1;
  }
  if (!labelled) unlabelledMails += 1;
}

/** Sentences of texts read as the agent's own from end to end. */
function textSentences(text: string): FeatureSet[] {
  const reading = modelReading(text, [{ start: 0, end: text.length }]);
  return reading.sentences.map((range) => reading.folded.slice(range.start, range.end)).filter((sentence) => sentence.trim() !== '').map((sentence) => sentenceFeatures(sentence, FEATURES));
}

const calmReplies = TRAINING_REPLY_FILES.flatMap((file) => loadJsonl(`${ROOT}eval/${file}`)).filter((row) => row.label === 'calm');
const enron = loadJsonl(`${ROOT}eval/data/enron_sentences_en.jsonl`);
for (const row of calmReplies) if (textHash(row.text) % 2 === 0) for (const features of textSentences(row.text)) examples.push({ features, positive: false, weight: NEGATIVE_WEIGHT });
for (const row of enron) if (textHash(row.text) % 4 === 0) for (const features of textSentences(row.text)) examples.push({ features, positive: false, weight: NEGATIVE_WEIGHT });
const politeRequests = loadJsonl(`${ROOT}eval/data/politeness_en_dev.jsonl`).filter((row) => row.label === 'polite');
for (const row of politeRequests) if (textHash(row.text) % 2 === 0) for (const features of textSentences(row.text)) examples.push({ features, positive: false, weight: NEGATIVE_WEIGHT });
const positives = examples.filter((example) => example.positive).length;
console.error(`${examples.length} sentences, ${positives} positive (${quotedPositives} quoted by the labeller, ${listedPositives} flagged by the list); ${unlabelledMails} mails that should fire had neither, left out`);

const size = 1 << BITS;
const mask = size - 1;
const weights = new Float32Array(size);
const squared = new Float32Array(size).fill(1e-2);
const bias = Float64Array.of(0);
const biasSquared = Float64Array.of(1e-2);
const balance = Math.sqrt((examples.length - positives) / positives);
const logitOf = ({ buckets, count }: FeatureSet) => {
  const norm = 1 / Math.sqrt(Math.max(1, count));
  let logit = bias[0]!;
  for (let index = 0; index < count; index += 1) logit += weights[buckets[index]! & mask]! * norm;
  return logit;
};
const pick = random(Number(values.seed));
const order = examples.map((_, index) => index);
for (let epoch = 0; epoch < Number(values.epochs); epoch += 1) {
  shuffle(order, pick);
  let loss = 0;
  for (const index of order) {
    const { features, positive, weight } = examples[index]!;
    const probability = 1 / (1 + Math.exp(-logitOf(features)));
    const classWeight = (positive ? balance : 1 / balance) * weight;
    loss -= classWeight * Math.log(positive ? probability + 1e-9 : 1 - probability + 1e-9);
    const error = (probability - (positive ? 1 : 0)) * classWeight;
    const norm = 1 / Math.sqrt(Math.max(1, features.count));
    for (let at = 0; at < features.count; at += 1) {
      const bucket = features.buckets[at]! & mask;
      adagrad(weights, squared, bucket, error * norm + L2 * weights[bucket]!, LEARNING_RATE);
    }
    adagrad(bias, biasSquared, 0, error, LEARNING_RATE);
  }
  console.error(`epoch ${epoch + 1}: loss ${(loss / examples.length).toFixed(4)}`);
}
console.error(`trained in ${((Date.now() - started) / 1000).toFixed(1)} s`);

const { scale, quantised } = quantise(weights);
const untuned: PhrasingModel = { features: FEATURES, bits: BITS, scale, bias: bias[0]!, weights: quantised, threshold: Infinity };

// Choosing the threshold, on the quantised weights as they ship.
const highest = (sentences: readonly FeatureSet[]) => sentences.reduce((most, features) => Math.max(most, phrasingLogit(untuned, features)), -Infinity);
const tuneHighest = tuneMails.map((mail) => highest(mail.sentences.map((sentence) => sentence.features)));
const calmTuning = calmReplies.filter((row) => textHash(row.text) % 2 === 1).map((row) => highest(textSentences(row.text)));
const enronScores = (quarter: (hash: number) => boolean) => enron.filter((row) => quarter(textHash(row.text))).map((row) => highest(textSentences(row.text)));
const enronTuning = enronScores((hash) => hash % 4 === 2);
const enronHeldOut = enronScores((hash) => hash % 2 === 1);
const share = (scores: readonly number[], threshold: number) => scores.filter((score) => score >= threshold).length / scores.length;

interface Tally {
  precision: number;
  recall: number;
}
const format = ({ precision, recall }: Tally) => `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`;

function tally(mails: readonly Mail[], flagged: (mail: Mail, index: number) => boolean): Tally {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  mails.forEach((mail, index) => {
    const fires = flagged(mail, index);
    if (fires && mail.positive) truePositives += 1;
    else if (fires) falsePositives += 1;
    else if (mail.positive) falseNegatives += 1;
  });
  return { precision: truePositives / Math.max(1, truePositives + falsePositives), recall: truePositives / Math.max(1, truePositives + falseNegatives) };
}

const politeTuning = politeRequests.filter((row) => textHash(row.text) % 2 === 1).map((row) => highest(textSentences(row.text)));
const percent = (value: number) => `${(value * 100).toFixed(2)}%`;
if (values.curve) {
  for (let candidate = 1; candidate <= 3.5; candidate += 0.25) {
    const alone = tally(tuneMails, (_, index) => tuneHighest[index]! >= candidate);
    console.log(`logit ${candidate.toFixed(2)}: model alone ${format(alone)}; calm ${percent(share(calmTuning, candidate))}, Enron ${percent(share(enronTuning, candidate))}, polite requests ${percent(share(politeTuning, candidate))}`);
  }
}

let threshold = Infinity;
for (let candidate = 0; candidate <= 8; candidate = Math.round((candidate + 0.05) * 100) / 100) {
  const alone = tally(tuneMails, (_, index) => tuneHighest[index]! >= candidate);
  if (alone.precision >= LEAST_PRECISION && share(calmTuning, candidate) <= MOST_CALM_FLAGGED && share(enronTuning, candidate) <= MOST_ENRON_FLAGGED && share(politeTuning, candidate) <= MOST_POLITE_FLAGGED) {
    threshold = candidate;
    break;
  }
}
if (!Number.isFinite(threshold)) throw new Error('no threshold meets the precision and false-alarm bounds on the tuning data');
const model: PhrasingModel = { ...untuned, threshold };

console.log(`threshold ${threshold} (tuning: ${values.tune})`);
console.log(`  list alone:      ${format(tally(tuneMails, (mail) => mail.listFires))}`);
console.log(`  model alone:     ${format(tally(tuneMails, (_, index) => tuneHighest[index]! >= threshold))}`);
console.log(`  list and model:  ${format(tally(tuneMails, (mail, index) => mail.listFires || tuneHighest[index]! >= threshold))}`);
console.log(`  calm replies flagged (odd hash, ${calmTuning.length}): ${percent(share(calmTuning, threshold))}`);
console.log(`  Enron sentences flagged: tuning quarter ${percent(share(enronTuning, threshold))}, held-out half ${percent(share(enronHeldOut, threshold))}`);
console.log(`  polite requests flagged (politeness dev, odd hash, ${politeTuning.length}): ${percent(share(politeTuning, threshold))}`);
for (const set of values.report!.split(',').filter((name) => name !== '')) {
  const mails = readMailSet(set).map(readMail);
  const scores = mails.map((mail) => highest(mail.sentences.map((sentence) => sentence.features)));
  console.log(`${set}: list alone ${format(tally(mails, (mail) => mail.listFires))}; list and model ${format(tally(mails, (mail, index) => mail.listFires || scores[index]! >= threshold))}`);
}

const ATTRIBUTION = [
  `Trained on this project's labelled support mails (eval/rule-mails/ ${values.train}), its calm support replies`,
  'Enron sentences and polite requests (eval/data/, see its README for their sources and licences) as negatives.',
  `Threshold chosen on ${values.tune}. Seed ${values.seed}, ${values.epochs} epochs, negatives weighted ${NEGATIVE_WEIGHT}.`,
  `int8, ${size} weights (${size / 1024} KB).`,
].join('\n');
if (values.write) {
  writeFileSync(values.out!, encodePhrasingModel(model, ATTRIBUTION));
  console.error(`wrote ${values.out}`);
}
