import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { Bench } from 'tinybench';
import { analyzeDraft } from '../src/core/draft.ts';
import { EMPTY_VOCABULARY } from '../src/core/vocabulary.ts';
import { analyzeTone, compileToneDetector } from '../src/tone/score.ts';
import { buildCorpus, mailsOfSize, type SizeClass } from './corpus.ts';

/**
 * Speed and size of the tone detector: `npx tsx bench/tone.ts`. Each iteration scores the next
 * mail of a size class from the benchmark corpus (Chinese, English and mixed replies above their
 * quoted threads), with the draft model already built, so the figure is the rule's own work.
 * Also prints the gzip size of src/tone, the lexicons and tables the content script carries.
 */

const SIZES: readonly SizeClass['label'][] = ['2 KB', '10 KB'];
const TONE_DIRECTORY = fileURLToPath(new URL('../src/tone/', import.meta.url));

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
}
const compileStart = performance.now();
compileToneDetector(EMPTY_VOCABULARY);
const compileMs = performance.now() - compileStart;
await bench.run();

console.log('| Mail size | Median (ms) | p99 (ms) |');
console.log('|---|---:|---:|');
for (const label of SIZES) {
  const result = bench.getTask(label)?.result;
  if (result?.state !== 'completed') throw new Error(`Benchmark task ${label} did not complete`);
  console.log(`| ${label} | ${result.latency.p50.toFixed(3)} | ${result.latency.p99.toFixed(3)} |`);
}
console.log(`\nBuilding the detector (once per configuration): ${compileMs.toFixed(1)} ms`);

const sources = readdirSync(TONE_DIRECTORY).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
const bundle = sources.map((name) => readFileSync(`${TONE_DIRECTORY}${name}`, 'utf8')).join('\n');
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`src/tone sources (${sources.length} files, tests excluded): ${kilobytes(Buffer.byteLength(bundle))}, gzip ${kilobytes(gzipSync(bundle).length)}`);
