import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { createLinter, type LintConfig } from '../src/core/engine.ts';
import type { Draft } from '../src/core/types.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { replaceSection } from './benchmarks-file.ts';
import { generateMail, Random, utf8Bytes } from './corpus.ts';
import { loadNote, machine } from './machine.ts';
import { median } from './stats.ts';

/**
 * Hostile drafts against ordinary mail of the same size: a rule or the draft model that is not
 * linear shows here as a ratio far above 1 (`shouting` took 37 s on 1 MB of capitals, the
 * quotation test 8 s on a 40,000-character Chinese line). Each figure is the median of three runs
 * of the whole default pack, in on-CPU time per KB, hostile and ordinary drafts interleaved in
 * one process, so that both meet the same load. Run alone with `tsx bench/hostile.ts [--write]`
 * (`--write` puts the table into BENCHMARKS.md between its markers); `npm run bench` runs it last.
 */

export const HOSTILE_SECTION = {
  start: '<!-- bench:hostile:start -->',
  end: '<!-- bench:hostile:end -->',
};

/** Hostile time per KB may be this many times that of an ordinary mail of the same size. */
const TARGET_RATIO = 3;
const RUNS = 3;
const MB = 1024 * 1024;
const SEED = 20_261_204;

/** `piece` repeated to `bytes` of UTF-8 (whole pieces, cut at the last one that fits). */
function repeatedTo(piece: string, bytes: number): string {
  return piece.repeat(Math.max(1, Math.floor(bytes / utf8Bytes(piece))));
}

interface HostileInput {
  name: string;
  draft: Draft;
}

export function hostileInputs(): HostileInput[] {
  const body = (name: string, text: string): HostileInput => ({ name, draft: { subject: 'Re: your order', body: text } });
  return [
    body('1 MB single line of capitals', repeatedTo('PLEASE READ THIS NOW, I TOLD YOU ALREADY ', MB)),
    body('1 MB single Chinese line (quotes, phrases, 你)', repeatedTo('您说之前的客服讲“都是你自己的问题”，请问你找谁？不知道。《你的名字》', MB)),
    body('1 MB single line of open quotation marks', repeatedTo('“你', MB)),
    body('200k short lines', repeatedTo('Hi!\n', 200_000 * 4)),
    body('10k reply headers over quote blocks', repeatedTo('On Mon, Jan 5, 2026 at 9:14 AM, Jane <jane@example.com> wrote:\n> Where is my order?\n', 10_000 * 85)),
    body('200k findings ("lol " × 200k)', repeatedTo('lol ', 200_000 * 4)),
    body('1 MB of card numbers on one line (errors and fixes)', repeatedTo('card 4111 1111 1111 1111 ', MB)),
    // Card numbers that start inside a link are skipped, not reported: no cap ends the rule early.
    body('1 MB line of links with card numbers in them', repeatedTo('see https://example.com/?q=4111 1111 1111 1111 or mail anna.li@example.com ', MB)),
  ];
}

function defaultPackConfig(): LintConfig {
  return resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
}

export interface HostileResult {
  name: string;
  kilobytes: number;
  hostileMsPerKb: number;
  ordinaryMsPerKb: number;
  findings: number;
}

function cpuMs(action: () => void): number {
  const started = process.cpuUsage();
  action();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

export function measureHostile(progress: (message: string) => void = () => {}): HostileResult[] {
  const config = defaultPackConfig();
  const linter = createLinter(builtinRules, config, {
    onRuleError: (ruleId, error) => {
      throw new Error(`Rule ${ruleId} failed on a hostile draft`, { cause: error });
    },
  });
  const random = new Random(SEED);
  return hostileInputs().map(({ name, draft }) => {
    progress(`  hostile: ${name}`);
    const bytes = utf8Bytes(draft.subject) + utf8Bytes(draft.body);
    const ordinary = generateMail(random, 'mixed', bytes);
    const hostileMs: number[] = [];
    const ordinaryMs: number[] = [];
    let findings = 0;
    for (let run = 0; run < RUNS; run += 1) {
      hostileMs.push(cpuMs(() => (findings = linter.lint(draft).length)));
      ordinaryMs.push(cpuMs(() => linter.lint(ordinary)));
    }
    const ordinaryKb = (utf8Bytes(ordinary.subject) + utf8Bytes(ordinary.body)) / 1024;
    return { name, kilobytes: bytes / 1024, hostileMsPerKb: median(hostileMs) / (bytes / 1024), ordinaryMsPerKb: median(ordinaryMs) / ordinaryKb, findings };
  });
}

export function renderHostile(results: readonly HostileResult[], loadAtStart: number): string {
  const rows = results.map((result) => {
    const ratio = result.hostileMsPerKb / result.ordinaryMsPerKb;
    return `| ${result.name} | ${result.kilobytes.toFixed(0)} | ${result.hostileMsPerKb.toFixed(3)} | ${result.ordinaryMsPerKb.toFixed(3)} | ${ratio.toFixed(2)}× | ${ratio <= TARGET_RATIO ? 'yes' : '**no**'} | ${result.findings} |`;
  });
  const worst = Math.max(...results.map((result) => result.hostileMsPerKb));
  const missed = results.filter((result) => result.hostileMsPerKb / result.ordinaryMsPerKb > TARGET_RATIO);
  return [
    '## Hostile input',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, with \`npm run bench -- --write\` (bench/hostile.ts). ${loadNote(loadAtStart)}`,
    '',
    `Each hostile draft and an ordinary generated mail of the same UTF-8 size (bench/corpus.ts, seed ${SEED}) linted with the whole default pack, ` +
      `interleaved, median of ${RUNS} runs, on-CPU time. Target: hostile ms per KB at most ${TARGET_RATIO}× the ordinary mail's. ` +
      'Findings are after the engine caps each rule at 500 with one summary finding (and ends a rule whose summary can no longer change but by its count).',
    '',
    `| Draft | KB | Hostile ms/KB | Ordinary ms/KB | Ratio | Within ${TARGET_RATIO}× | Findings |`,
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Worst case: ${worst.toFixed(3)} ms per KB. ` +
      (missed.length === 0 ? `Every input within ${TARGET_RATIO}×.` : `Not within ${TARGET_RATIO}×: ${missed.map((result) => result.name).join('; ')}.`),
  ].join('\n');
}

export function writeHostileSection(section: string): void {
  const path = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, replaceSection(existing, HOSTILE_SECTION, section));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const loadAtStart = os.loadavg()[0] ?? 0;
  const section = renderHostile(measureHostile((message) => process.stderr.write(`${message}\n`)), loadAtStart);
  process.stdout.write(`${section}\n`);
  if (process.argv.includes('--write')) writeHostileSection(section);
}
