import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runTeamReport } from '../src/cli/report/command.ts';
import { replaceSection } from './benchmarks-file.ts';
import { generateMail, Random, type MailLanguage } from './corpus.ts';
import { loadNote, machine } from './machine.ts';

/**
 * `npm run bench:report`: the team report over a generated mbox of 100,000 sent mails (mixed
 * sizes and languages, some malformed), with one and with two worker threads. Each run is its
 * own process, so its peak memory (resident set, worker threads included) is its own. A run
 * over a tenth of the archive shows whether memory stays flat as the archive grows.
 * `--write` refreshes the report section of BENCHMARKS.md.
 */

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SCRATCH = join(ROOT, '.scratch-bench-report');
const SEED = 20_261_204;
const SIZES = [
  { bytes: 1024, share: 0.6 },
  { bytes: 2048, share: 0.3 },
  { bytes: 10 * 1024, share: 0.095 },
  { bytes: 100 * 1024, share: 0.005 },
];
const LANGUAGES: readonly MailLanguage[] = ['zh', 'zh', 'en', 'en', 'mixed'];
const SENDERS = ['li.na', 'wang.wei', 'zhang.min', 'chen.jie', 'ann.lee', 'sam.hart', 'maria.gomez', 'tom.fisher', 'liu.yang', 'zhao.lei'];
const MALFORMED_EVERY = 997;
const WEEK_MS = 7 * 24 * 3600 * 1000;
const START = Date.UTC(2026, 0, 5);

function pickSize(random: Random): number {
  let roll = random.next();
  for (const size of SIZES) {
    roll -= size.share;
    if (roll < 0) return size.bytes;
  }
  return SIZES[0]!.bytes;
}

/** RFC 2047 for a subject that is not ASCII, as mail programs write it. */
function encodedSubject(subject: string): string {
  return /^[\x20-\x7e]*$/.test(subject) ? subject : `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`;
}

/** Writes the archive once per size; later runs reuse it. */
async function archiveOf(mails: number): Promise<string> {
  const path = join(SCRATCH, `sent-${mails}-${SEED}.mbox`);
  if (existsSync(path)) return path;
  mkdirSync(SCRATCH, { recursive: true });
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  const random = new Random(SEED);
  for (let index = 0; index < mails; index += 1) {
    const sender = `${random.pick(SENDERS)}@support.example`;
    const date = new Date(START + random.next() * 26 * WEEK_MS);
    await write(`From ${sender} ${date.toUTCString().replace(',', '')}\n`);
    if (index % MALFORMED_EVERY === MALFORMED_EVERY - 1) {
      await write('this message lost its headers in a broken export\n\n');
      continue;
    }
    const draft = generateMail(random, random.pick(LANGUAGES), pickSize(random));
    const body = draft.body.replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1');
    await write(
      `From: ${sender}\nTo: customer${index}@example.com\nDate: ${date.toUTCString()}\nSubject: ${encodedSubject(draft.subject)}\n` +
        `Message-ID: <${index}@support.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n${body}\n\n`,
    );
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  renameSync(partial, path);
  return path;
}

interface RunResult {
  mails: number;
  malformed: number;
  seconds: number;
  peakRssMb: number;
}

/** One measured run, in this process: the parent starts a fresh process for each. */
async function measureRun(archive: string, workers: number): Promise<RunResult> {
  const started = performance.now();
  let malformed = 0;
  const result = await runTeamReport({ paths: [archive], packs: [], locale: 'en', workers, format: 'json', onMalformed: () => (malformed += 1) });
  const seconds = (performance.now() - started) / 1000;
  return { mails: result.mails, malformed, seconds, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function runInChild(archive: string, workers: number): RunResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', '--archive', archive, '--workers', String(workers)], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`benchmark run failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as RunResult;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { child: { type: 'boolean' }, archive: { type: 'string' }, workers: { type: 'string', default: '1' }, mails: { type: 'string', default: '100000' }, write: { type: 'boolean' } },
  });
  if (values.child) {
    process.stdout.write(`${JSON.stringify(await measureRun(values.archive!, Number(values.workers)))}\n`);
    return;
  }
  const mails = Number(values.mails);
  const load = os.loadavg()[0]!;
  process.stderr.write(`generating ${mails} mails…\n`);
  const big = await archiveOf(mails);
  const small = await archiveOf(Math.round(mails / 10));
  const megabytes = statSync(big).size / 1024 / 1024;
  const runs: { label: string; archive: string; workers: number }[] = [
    { label: `${Math.round(mails / 10).toLocaleString('en')} mails, 1 worker`, archive: small, workers: 1 },
    { label: `${mails.toLocaleString('en')} mails, 1 worker`, archive: big, workers: 1 },
    { label: `${mails.toLocaleString('en')} mails, 2 workers`, archive: big, workers: 2 },
  ];
  const rows: string[] = [];
  for (const run of runs) {
    process.stderr.write(`${run.label}…\n`);
    const result = runInChild(run.archive, run.workers);
    const archiveMb = statSync(run.archive).size / 1024 / 1024;
    rows.push(
      `| ${run.label} | ${result.mails.toLocaleString('en')} | ${result.malformed} | ${result.seconds.toFixed(1)} s | ${Math.round(result.mails / result.seconds).toLocaleString('en')} mails/s | ${(archiveMb / result.seconds).toFixed(1)} MB/s | ${Math.round(result.peakRssMb)} MB |`,
    );
    process.stderr.write(`${rows[rows.length - 1]}\n`);
  }
  const section = [
    `Command: \`npm run bench:report\` (${new Date().toISOString().slice(0, 10)}). Machine: ${machine()}.`,
    `${loadNote(load)} The machine is shared with other work running at the same time, so these figures are pessimistic and vary from run to run; the two-worker figure in particular competes with that work for the second core.`,
    '',
    `Archive: one generated mbox of ${mails.toLocaleString('en')} sent mails, ${megabytes.toFixed(0)} MB (60 % about 1 KB, 30 % 2 KB, 9.5 % 10 KB, 0.5 % 100 KB; Chinese, English and mixed; one in ${MALFORMED_EVERY} without headers, counted and skipped). Each run is a fresh process producing the JSON report with the default pack; peak memory is the process's maximum resident set, worker threads included.`,
    '',
    '| Run | Mails | Malformed | Time | Mails/s | MB/s | Peak memory |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (values.write) {
    const file = join(ROOT, 'BENCHMARKS.md');
    const document = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    writeFileSync(file, replaceSection(document, { start: '<!-- bench:report:start -->', end: '<!-- bench:report:end -->', heading: '## Team report (`netiquette report`)' }, section));
  }
}

await main();
