import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { analyzeDraft } from '../src/core/draft.ts';
import { CHROMIUM_BINARY, ROOT } from '../test/e2e/support/browser.ts';
import { buildCorpus, mailsOfSize } from './corpus.ts';

/**
 * The learned models' inference time inside Chromium (`npx tsx bench/tone-browser.ts`): the
 * shipped tone and service-phrasing weights and src/tone/model.ts, one verdict as the background gives it, bundled by esbuild as the extension bundles them, run in a
 * page of Debian's Chromium on the benchmark corpus's 2 KB and 10 KB mails (the draft model built
 * beforehand, as the background receives it). bench/tone.ts times the same in Node.
 *
 * Each mail is scored BATCH times between two clock readings (Chromium coarsens performance.now()
 * to 0.1 ms), after a warm-up; the median and p99 are over those per-mail averages.
 */

const SIZES = ['2 KB', '10 KB'] as const;
const BATCH = 5;
const ROUNDS = 5;
/** Mails of each size class timed: enough for a stable median in a minute or two on a loaded machine. */
const MAILS = 40;

const entry = `
import { decodeModel, modelTone } from './src/tone/model.ts';
import { MODEL_HEADER, MODEL_WEIGHTS } from './src/tone/model-weights.ts';
import { decodePhrasingModel } from './src/tone/phrasing-model.ts';
import { PHRASING_HEADER, PHRASING_WEIGHTS } from './src/tone/phrasing-weights.ts';
globalThis.toneBench = (mails, batch, rounds) => {
  const decodeStart = performance.now();
  const model = decodeModel(MODEL_HEADER, MODEL_WEIGHTS);
  const models = { phrasing: decodePhrasingModel(PHRASING_HEADER, PHRASING_WEIGHTS) };
  const decodeMs = performance.now() - decodeStart;
  for (const mail of mails) modelTone(model, mail.body, mail.ownRanges, models);
  const times = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const mail of mails) {
      const start = performance.now();
      for (let index = 0; index < batch; index += 1) modelTone(model, mail.body, mail.ownRanges, models);
      times.push((performance.now() - start) / batch);
    }
  }
  return { decodeMs, times };
};
`;
const bundled = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', target: 'chrome105' });
const script = bundled.outputFiles[0]!.text;

const corpus = buildCorpus();
const browser = await chromium.launch({ executablePath: CHROMIUM_BINARY, headless: true });
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: script });
  const version = browser.version();
  console.log(`Chromium ${version}, model bundle ${(script.length / 1024).toFixed(0)} KB`);
  console.log('| Mail size | Mails | Median (ms) | p99 (ms) |');
  console.log('|---|---:|---:|---:|');
  let decode = 0;
  for (const label of SIZES) {
    const mails = mailsOfSize(corpus, label).slice(0, MAILS).map((mail) => {
      const model = analyzeDraft(mail.draft);
      return { body: model.body, ownRanges: model.ownRanges.map(({ start, end }) => ({ start, end })) };
    });
    const result = await page.evaluate(
      ([payload, batch, rounds]) => (globalThis as unknown as { toneBench: (mails: unknown, batch: number, rounds: number) => { decodeMs: number; times: number[] } }).toneBench(payload, batch, rounds),
      [mails, BATCH, ROUNDS] as const,
    );
    decode = result.decodeMs;
    const sorted = result.times.sort((a, b) => a - b);
    const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]!;
    console.log(`| ${label} | ${mails.length} | ${at(0.5).toFixed(2)} | ${at(0.99).toFixed(2)} |`);
  }
  console.log(`Decoding the weights (once per background start): ${decode.toFixed(1)} ms`);
} finally {
  await browser.close();
}
