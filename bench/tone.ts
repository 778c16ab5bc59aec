import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { analyzeDraft } from '../src/core/draft.ts';
import { EMPTY_VOCABULARY } from '../src/core/vocabulary.ts';
import { decodeModel, modelTone } from '../src/tone/model.ts';
import { MODEL_HEADER, MODEL_WEIGHTS } from '../src/tone/model-weights.ts';
import { decodePhrasingModel } from '../src/tone/phrasing-model.ts';
import { PHRASING_HEADER, PHRASING_WEIGHTS } from '../src/tone/phrasing-weights.ts';
import { analyzeTone, compileToneDetector } from '../src/tone/score.ts';
import { buildCorpus, mailsOfSize, type SizeClass } from './corpus.ts';

/**
 * Speed and size of the tone detector: `npx tsx bench/tone.ts`. Each iteration scores the next
 * mail of a size class from the benchmark corpus (Chinese, English and mixed replies above their
 * quoted threads), with the draft model already built, so the figure is the rule's own work.
 * The learned models (src/tone/model.ts, which the extension runs in its background: the tone
 * model with the service-phrasing model beside it) are timed the same way. Also prints the gzip size of the part of src/tone the content script carries, and
 * the size of the model's weights.
 */

const SIZES: readonly SizeClass['label'][] = ['2 KB', '10 KB'];
const TONE_DIRECTORY = fileURLToPath(new URL('../src/tone/', import.meta.url));

const decodeStart = performance.now();
const toneModel = decodeModel(MODEL_HEADER, MODEL_WEIGHTS);
const withPhrasing = { phrasing: decodePhrasingModel(PHRASING_HEADER, PHRASING_WEIGHTS) };
const decodeMs = performance.now() - decodeStart;
const detector = compileToneDetector(EMPTY_VOCABULARY);
const corpus = buildCorpus();
const bench = new Bench({ time: 1500, warmupTime: 300 });
for (const label of SIZES) {
  const models = mailsOfSize(corpus, label).map((mail) => analyzeDraft(mail.draft));
  let next = 0;
  bench.add(label, () => {
    const model = models[next]!;
    analyzeTone(detector, model.body, model.ownRanges);
    next = (next + 1) % models.length;
  });
  let nextForModel = 0;
  bench.add(`${label}, model`, () => {
    const model = models[nextForModel]!;
    modelTone(toneModel, model.body, model.ownRanges, withPhrasing);
    nextForModel = (nextForModel + 1) % models.length;
  });
}
const compileStart = performance.now();
compileToneDetector(EMPTY_VOCABULARY);
const compileMs = performance.now() - compileStart;
await bench.run();

console.log('| Mail size | Median (ms) | p99 (ms) |');
console.log('|---|---:|---:|');
for (const label of SIZES.flatMap((size) => [size, `${size}, model`])) {
  const result = bench.getTask(label)?.result;
  if (result?.state !== 'completed') throw new Error(`Benchmark task ${label} did not complete`);
  console.log(`| ${label} | ${result.latency.p50.toFixed(3)} | ${result.latency.p99.toFixed(3)} |`);
}
console.log(`\nBuilding the detector (once per configuration): ${compileMs.toFixed(1)} ms; decoding the model (once): ${decodeMs.toFixed(1)} ms`);

/** What only the background loads: the models, their features and their weights. */
const MODEL_FILES = new Set(['model.ts', 'model-features.ts', 'model-weights.ts', 'phrasing-model.ts', 'phrasing-weights.ts', 'weights-module.ts', 'shipped-model.ts']);
const sources = readdirSync(TONE_DIRECTORY).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !MODEL_FILES.has(name));
const bundle = sources.map((name) => readFileSync(`${TONE_DIRECTORY}${name}`, 'utf8')).join('\n');
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`src/tone sources (${sources.length} files, tests excluded): ${kilobytes(Buffer.byteLength(bundle))}, gzip ${kilobytes(gzipSync(bundle).length)}`);
console.log(`model weights: ${toneModel.weights.length} int8 (${kilobytes(toneModel.weights.length)}), ${kilobytes(MODEL_WEIGHTS.length)} as base64 in src/tone/model-weights.ts, gzip ${kilobytes(gzipSync(MODEL_WEIGHTS).length)}`);
console.log(`phrasing weights: ${withPhrasing.phrasing.weights.length} int8 (${kilobytes(withPhrasing.phrasing.weights.length)}), ${kilobytes(PHRASING_WEIGHTS.length)} as base64 in src/tone/phrasing-weights.ts, gzip ${kilobytes(gzipSync(PHRASING_WEIGHTS).length)}`);
