import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { Bench } from 'tinybench';
import { createLinter, type LintConfig, type Linter } from '../src/core/engine.ts';
import { measure } from '../src/core/width.ts';
import type { Rule } from '../src/core/rule.ts';
import type { Draft, Finding } from '../src/core/types.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { BUILTIN_PHRASES } from '../src/rules/data/forbidden-phrase.ts';
import { builtinRules } from '../src/rules/index.ts';
import { replaceEngineSection } from './benchmarks-file.ts';
import { buildCorpus, DEFAULT_SEED, generateMail, mailsOfSize, Random, SIZE_CLASSES, utf8Bytes, type CorpusMail } from './corpus.ts';
import { measureHostile, renderHostile, writeHostileSection } from './hostile.ts';
import { loadNote, machine } from './machine.ts';
import { bestOfPasses, bestOfPassesInTurn, median, type PassTime } from './stats.ts';
import { createPeers, type Peer, type PeerLanguage } from './peers.ts';
import { TEXTLINT_RULE_IDS } from './textlint.ts';

/**
 * `npm run bench`: how fast the default pack lints a realistic corpus, where the time goes, how
 * close that is to the floor of reading every character once, and how it compares with other
 * linters on the same text. Prints markdown; `--write` also refreshes the engine section of
 * BENCHMARKS.md. Progress goes to stderr so stdout stays the report.
 */

const TARGETS = {
  twoKbMedianMs: 0.3,
  megabytesPerSecond: 50,
  /** The whole corpus may take at most this many times the floor (a width lookup per character). */
  timesFloor: 10,
  /** ms per KB at 100 KB may exceed ms per KB at 10 KB by this factor and still count as linear. */
  growthFactor: 1.5,
  /** Per peer, at every size and language it accepts: how many times slower it must be. */
  timesFaster: { textlint: 20, 'harper.js': 50 } as Record<string, number>,
};

const MB = 1024 * 1024;
const CORPUS_PASSES = 5;
const RULE_PASSES = 5;

/** The texts every linter gets in the comparison: fresh mails, the agent's own text only. */
const COMPARISON_SEED = 20_261_204;
const COMPARISON_SIZES = [
  { label: '2 KB', bytes: 2 * 1024, texts: 31 },
  { label: '20 KB', bytes: 20 * 1024, texts: 11 },
] as const;
const COMPARISON_LANGUAGES: readonly PeerLanguage[] = ['en', 'zh'];
/** Texts each linter lints before the timed ones, so that loading and first compilation are not timed. */
const WARMUP_TEXTS = 3;

const args = process.argv.slice(2);
const shouldWrite = args.includes('--write');

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

const format = {
  ms: (value: number) => (value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0)),
  count: (value: number) => value.toLocaleString('en-US'),
  percent: (value: number) => `${(value * 100).toFixed(1)} %`,
  mb: (bytes: number) => `${(bytes / MB).toFixed(1)} MB`,
  times: (value: number) => `${value >= 10 ? value.toFixed(0) : value.toFixed(1)}×`,
  verdict: (ok: boolean) => (ok ? 'met' : '**missed**'),
};

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Lints every mail once; the finding count keeps the work observable. */
/**
 * What is timed: the findings as the extension and `netiquette lint --fix` get them, whose fixes
 * are checked only when a card or `--fix` asks for them (`Linter.lintLazily`).
 */
interface Timed {
  lint(draft: Draft): readonly Finding[];
}

const lazily = (linter: Linter): Timed => ({ lint: (draft) => linter.lintLazily(draft).findings });

function lintAll(linter: Timed, drafts: readonly Draft[]): number {
  let findings = 0;
  for (const draft of drafts) findings += linter.lint(draft).length;
  return findings;
}

/** Best of `passes` whole passes, after a collection so garbage from earlier work is not billed here. */
function timePasses(linter: Timed, drafts: readonly Draft[], passes: number): PassTime {
  collectGarbage();
  return bestOfPasses(passes, () => lintAll(linter, drafts));
}

/** `global.gc` without requiring `node --expose-gc`, so `npm run bench` needs no flags. */
function exposeGarbageCollector(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

const collectGarbage = exposeGarbageCollector();

function defaultPackConfig(): LintConfig {
  return resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
}

function lineLimit(config: LintConfig): number {
  const options = config.rules['line-length']?.options;
  const max = options?.['max'];
  return typeof max === 'number' ? max : 35;
}

interface SizeResult {
  label: string;
  mails: number;
  medianBytes: number;
  medianMs: number;
  p99Ms: number;
  /** On-CPU time per KB over every mail of the class: the growth check, steady on a busy machine. */
  cpuMsPerKb: number;
}

async function measureSizes(linter: Timed, corpus: readonly CorpusMail[]): Promise<SizeResult[]> {
  const bench = new Bench({ time: 1500, warmupTime: 300 });
  for (const { label } of SIZE_CLASSES) {
    const drafts = mailsOfSize(corpus, label).map((mail) => mail.draft);
    let next = 0;
    // Each iteration lints the next mail of the class, so the median is over many mails.
    bench.add(label, () => {
      linter.lint(drafts[next]!);
      next = (next + 1) % drafts.length;
    });
  }
  await bench.run();
  return SIZE_CLASSES.map(({ label }) => {
    const result = bench.getTask(label)?.result;
    if (result?.state !== 'completed') throw new Error(`Benchmark task ${label} did not complete`);
    const mails = mailsOfSize(corpus, label);
    const classPass = timePasses(linter, mails.map((mail) => mail.draft), CORPUS_PASSES);
    return {
      label,
      mails: mails.length,
      medianBytes: median(mails.map((mail) => mail.bytes)),
      medianMs: result.latency.p50,
      p99Ms: result.latency.p99,
      cpuMsPerKb: classPass.cpuMs / (sum(mails.map((mail) => mail.bytes)) / 1024),
    };
  });
}

interface RuleShare {
  part: string;
  ms: number;
  /** Findings over one corpus pass; undefined for the draft model. */
  findings?: number;
}

/** Draft analysis alone, then each rule alone with the analysis subtracted. */
function measureRules(rules: readonly Rule[], config: LintConfig, drafts: readonly Draft[]): RuleShare[] {
  // On-CPU time: the shares are about cost, and it is the steadier measure on a shared machine.
  const baseline = timePasses(lazily(createLinter([], config)), drafts, RULE_PASSES).cpuMs;
  const shares: RuleShare[] = [{ part: 'draft model (split, quotes, signature) and sorting', ms: baseline }];
  for (const rule of rules) {
    const linter = lazily(createLinter([rule], config));
    const alone = timePasses(linter, drafts, RULE_PASSES).cpuMs;
    shares.push({ part: `\`${rule.meta.id}\``, ms: Math.max(0, alone - baseline), findings: lintAll(linter, drafts) });
  }
  return shares;
}

interface MemoryResult {
  before: number;
  afterLint: number;
  withFindings: number;
  retained: number;
  findings: number;
}

function measureMemory(linter: Timed, drafts: readonly Draft[]): MemoryResult {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  let results: (readonly Finding[])[] | undefined = drafts.map((draft) => linter.lint(draft));
  const afterLint = process.memoryUsage().heapUsed;
  collectGarbage();
  const withFindings = process.memoryUsage().heapUsed;
  const findings = sum(results.map((found) => found.length));
  results = undefined;
  collectGarbage();
  return { before, afterLint, withFindings, retained: process.memoryUsage().heapUsed - before, findings };
}

/**
 * Whole-corpus lint passes, and the floor: the width of every character of the same corpus
 * looked up once (src/core/width.ts, the walk every length rule uses), with nothing else done. No
 * linter that reads each character can be faster; how many times the floor a full lint takes is
 * what the engine adds on top. The passes of both are taken in turn, so that the load of a busy
 * machine, which moves either figure by half between runs, moves both alike.
 */
function timeAgainstFloor(linter: Timed, drafts: readonly Draft[]): { corpusTime: PassTime; floor: PassTime } {
  let total = 0;
  const floorPass = () => {
    for (const draft of drafts) total += measure(draft.subject) + measure(draft.body);
  };
  floorPass();
  collectGarbage();
  const [corpusTime, floor] = bestOfPassesInTurn(CORPUS_PASSES, [() => lintAll(linter, drafts), floorPass]);
  // The sum keeps the loop's work observable, so it cannot be optimised away.
  if (!Number.isFinite(total)) throw new Error('width sum is not finite');
  return { corpusTime: corpusTime!, floor: floor! };
}

interface ComparisonText {
  language: PeerLanguage;
  size: string;
  bytes: number;
  draft: Draft;
  /** The same mail as plain text, for the peers: subject, blank line, body. */
  text: string;
}

function comparisonTexts(): ComparisonText[] {
  const random = new Random(COMPARISON_SEED);
  const texts: ComparisonText[] = [];
  for (const size of COMPARISON_SIZES) {
    for (const language of COMPARISON_LANGUAGES) {
      for (let count = 0; count < size.texts + WARMUP_TEXTS; count += 1) {
        const draft = generateMail(random, language, size.bytes, { fresh: true });
        const text = `${draft.subject}\n\n${draft.body}`;
        texts.push({ language, size: size.label, bytes: utf8Bytes(text), draft, text });
      }
    }
  }
  return texts;
}

/** One linter's single run on one text. */
interface Run {
  cpuMs: number;
  wallMs: number;
  findings: number;
}

async function timeOnce(lint: () => number | Promise<number>): Promise<Run> {
  const startedCpu = process.cpuUsage();
  const started = performance.now();
  const findings = await lint();
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(startedCpu);
  return { cpuMs: (cpu.user + cpu.system) / 1000, wallMs, findings };
}

const OURS = 'Netiquette';

interface ComparisonCell {
  linter: string;
  runs: Run[];
}

interface ComparisonGroup {
  size: string;
  language: PeerLanguage;
  texts: number;
  medianBytes: number;
  cells: ComparisonCell[];
}

interface Comparison {
  peers: readonly Peer[];
  groups: ComparisonGroup[];
}

/**
 * Every linter lints every text of its languages exactly once (a single cold run: no linter sees
 * a text twice), interleaved text by text in one process, the order of the linters rotating from
 * one text to the next so that none always runs right after the same other one.
 */
async function compareWithPeers(linter: Timed, config: LintConfig): Promise<Comparison> {
  const peers = await createPeers({
    maxLength: lineLimit(config),
    forbiddenPhrases: [...BUILTIN_PHRASES, ...config.vocabulary.forbiddenPhrases],
  });
  const texts = comparisonTexts();
  const groups: ComparisonGroup[] = [];
  for (const size of COMPARISON_SIZES) {
    for (const language of COMPARISON_LANGUAGES) {
      const group = texts.filter((text) => text.size === size.label && text.language === language);
      const contenders: { name: string; lint: (text: ComparisonText) => number | Promise<number> }[] = [
        { name: OURS, lint: (text) => linter.lint(text.draft).length },
        ...peers.filter((peer) => peer.languages.includes(language)).map((peer) => ({ name: peer.name, lint: (text: ComparisonText) => peer.lint(text.text) })),
      ];
      progress(`  ${size.label} ${language}: ${group.length - WARMUP_TEXTS} texts, ${contenders.map((contender) => contender.name).join(', ')}`);
      const cells = contenders.map((contender) => ({ linter: contender.name, runs: [] as Run[] }));
      for (const [index, text] of group.entries()) {
        for (let turn = 0; turn < contenders.length; turn += 1) {
          const which = (index + turn) % contenders.length;
          const run = await timeOnce(() => contenders[which]!.lint(text));
          if (index >= WARMUP_TEXTS) cells[which]!.runs.push(run);
        }
      }
      const timed = group.slice(WARMUP_TEXTS);
      groups.push({ size: size.label, language, texts: timed.length, medianBytes: median(timed.map((text) => text.bytes)), cells });
    }
  }
  return { peers, groups };
}

function medianCpu(cell: ComparisonCell): number {
  return median(cell.runs.map((run) => run.cpuMs));
}

/** How many times slower than ours each peer's median single run is. */
function ratios(group: ComparisonGroup): Map<string, number> {
  const ours = medianCpu(group.cells.find((cell) => cell.linter === OURS)!);
  return new Map(group.cells.filter((cell) => cell.linter !== OURS).map((cell) => [cell.linter, medianCpu(cell) / ours]));
}

interface Report {
  loadAtStart: number;
  corpus: readonly CorpusMail[];
  ruleCount: number;
  sizes: SizeResult[];
  corpusTime: PassTime;
  shares: RuleShare[];
  fullPassCpuMs: number;
  memory: MemoryResult;
  floor: PassTime;
  comparison: Comparison;
}

function render(report: Report): string {
  const { corpus, sizes, shares, memory, comparison } = report;
  const totalBytes = sum(corpus.map((mail) => mail.bytes));
  const megabytesPerSecond = totalBytes / MB / (report.corpusTime.wallMs / 1000);
  const megabytesPerCpuSecond = totalBytes / MB / (report.corpusTime.cpuMs / 1000);
  const sizeOf = (label: string) => sizes.find((size) => size.label === label)!;
  const growth = sizeOf('100 KB').cpuMsPerKb / sizeOf('10 KB').cpuMsPerKb;
  const floorMegabytesPerCpuSecond = totalBytes / MB / (report.floor.cpuMs / 1000);
  const timesFloor = report.corpusTime.cpuMs / report.floor.cpuMs;
  // Each target holds at every size and language, not on a total the slowest texts dominate.
  const peerTargets = Object.entries(TARGETS.timesFaster).map(([peer, target]) => {
    const worst = Math.min(...comparison.groups.flatMap((group) => [...ratios(group)].filter(([name]) => name === peer).map(([, ratio]) => ratio)));
    return [`≥ ${target}× faster than ${peer} in every size and language it takes (single cold runs, median)`, `${format.times(worst)} at the closest`, format.verdict(worst >= target)];
  });
  const languages = ['zh', 'en', 'mixed'].map((language) => `${corpus.filter((mail) => mail.language === language).length} ${language}`).join(', ');
  const classes = SIZE_CLASSES.map(({ label }) => `${mailsOfSize(corpus, label).length} × ~${label}`).join(', ');
  const ruleTotal = sum(shares.map((share) => share.ms));

  return [
    '## Engine speed',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, with \`npm run bench -- --write\`. ${loadNote(report.loadAtStart)}`,
    '',
    `Corpus: ${format.count(corpus.length)} generated support mails (bench/corpus.ts, seed ${DEFAULT_SEED}): ${classes}; ${languages}; ` +
      `replies carry quoted history (Gmail \`>\`, Outlook \`From:\`/\`发件人：\`, \`在 … 写道：\`) and signatures. ` +
      `${format.mb(totalBytes)} of UTF-8 in all (1 KB = 1,024 bytes, 1 MB = 1,048,576 bytes). Linted with the default pack: ${report.ruleCount} rules, by \`lintLazily\` as the extension and \`--fix\` lint: every finding, its fixes checked only when a card or \`--fix\` asks for them.`,
    '',
    '### Targets',
    '',
    table(
      ['Target', 'Measured', ''],
      [
        [`2 KB mail, median < ${TARGETS.twoKbMedianMs} ms`, `${format.ms(sizeOf('2 KB').medianMs)} ms`, format.verdict(sizeOf('2 KB').medianMs < TARGETS.twoKbMedianMs)],
        [
          `Whole corpus ≥ ${TARGETS.megabytesPerSecond} MB/s (on-CPU time, which a busy machine does not skew)`,
          `${megabytesPerCpuSecond.toFixed(1)} MB/s (${megabytesPerSecond.toFixed(1)} by the clock)`,
          format.verdict(megabytesPerCpuSecond >= TARGETS.megabytesPerSecond),
        ],
        [
          `Whole corpus within ${TARGETS.timesFloor}× the floor (a width lookup per character, passes in turn)`,
          `${timesFloor.toFixed(1)}× (floor ${floorMegabytesPerCpuSecond.toFixed(0)} MB/s on the CPU)`,
          format.verdict(timesFloor <= TARGETS.timesFloor),
        ],
        [
          `Linear growth: on-CPU ms/KB at 100 KB ≤ ${TARGETS.growthFactor}× ms/KB at 10 KB`,
          `${growth.toFixed(2)}×`,
          format.verdict(growth <= TARGETS.growthFactor),
        ],
        ...peerTargets,
      ],
    ),
    '',
    '### Time per mail',
    '',
    'Median and p99: tinybench, each iteration linting the next mail of the size class. ' +
      `ms per KB: on-CPU time to lint every mail of the class (best of ${CORPUS_PASSES} passes) over their total size; ` +
      'roughly the same figure at every size means time grows linearly with length.',
    '',
    table(
      ['Size', 'Mails', 'Median size', 'Median ms', 'p99 ms', 'ms per KB'],
      sizes.map((size) => [
        size.label,
        String(size.mails),
        `${(size.medianBytes / 1024).toFixed(1)} KB`,
        format.ms(size.medianMs),
        format.ms(size.p99Ms),
        size.cpuMsPerKb.toFixed(4),
      ]),
    ),
    '',
    `Whole corpus, best of ${CORPUS_PASSES} passes: ${format.ms(report.corpusTime.wallMs)} ms per pass by the clock, ${megabytesPerSecond.toFixed(1)} MB/s; ` +
      `${format.ms(report.corpusTime.cpuMs)} ms on the CPU, ${megabytesPerCpuSecond.toFixed(1)} MB/s. ` +
      `The floor, every character's width looked up once over the same corpus, its passes taken in turn with those of the lint (best of ${CORPUS_PASSES}): ` +
      `${format.ms(report.floor.cpuMs)} ms on the CPU, ${floorMegabytesPerCpuSecond.toFixed(0)} MB/s; linting takes ${timesFloor.toFixed(1)}× that.`,
    '',
    '### Where the time goes',
    '',
    `Each rule alone over the whole corpus (best of ${RULE_PASSES} passes), less the draft model every pass pays for. ` +
      `On-CPU time. The parts add up to ${format.ms(ruleTotal)} ms against ${format.ms(report.fullPassCpuMs)} ms for all rules together.`,
    '',
    table(
      ['Part', 'ms per corpus pass', 'Share', 'Findings'],
      [...shares]
        .sort((a, b) => b.ms - a.ms)
        .map((share) => [share.part, format.ms(share.ms), format.percent(share.ms / ruleTotal), share.findings === undefined ? '' : format.count(share.findings)]),
    ),
    '',
    '### Memory',
    '',
    table(
      ['Heap used', 'MB'],
      [
        ['before linting the corpus (after GC)', (memory.before / MB).toFixed(1)],
        ['right after linting it, findings kept (before GC)', (memory.afterLint / MB).toFixed(1)],
        [`after GC, ${format.count(memory.findings)} findings kept`, (memory.withFindings / MB).toFixed(1)],
        [
          'retained after GC once the findings are dropped (caches, leaks)',
          `${(memory.retained / MB).toFixed(2)}${Math.abs(memory.retained) < MB ? ' (nothing kept beyond noise)' : ''}`,
        ],
      ],
    ),
    '',
    '### Against other linters',
    '',
    comparisonText(comparison),
  ].join('\n');
}

function comparisonText({ peers, groups }: Comparison): string {
  const names = [OURS, ...peers.map((peer) => peer.name)];
  const cellOf = (group: ComparisonGroup, name: string) => group.cells.find((cell) => cell.linter === name);
  const timeRows = groups.map((group) => {
    const times = ratios(group);
    return [
      group.size,
      group.language,
      String(group.texts),
      `${(group.medianBytes / 1024).toFixed(1)} KB`,
      ...names.map((name) => {
        const cell = cellOf(group, name);
        if (!cell) return '–';
        const ratio = times.get(name);
        return `${format.ms(medianCpu(cell))}${ratio === undefined ? '' : ` (${format.times(ratio)})`}`;
      }),
    ];
  });
  /** One row per group: its size and language, then each linter's figure ('–' where it did not run). */
  const rowsOf = (figure: (cell: ComparisonGroup['cells'][number]) => string) =>
    groups.map((group) => [
      group.size,
      group.language,
      ...names.map((name) => {
        const cell = cellOf(group, name);
        return cell ? figure(cell) : '–';
      }),
    ]);
  const findingRows = rowsOf((cell) => format.count(sum(cell.runs.map((run) => run.findings))));
  const wallRows = rowsOf((cell) => format.ms(median(cell.runs.map((run) => run.wallMs))));
  return [
    `${peers.map((peer) => `${peer.name} ${peer.version}`).join(', ')}, as pinned devDependencies, each set up once before any timing ` +
      `(harper.js: \`LocalLinter\`, plain text, in this thread; alex: \`text()\`; write-good: defaults; textlint: ${TEXTLINT_RULE_IDS.map((id) => `\`${id}\``).join(', ')}, ` +
      'the sentence limit set to our line limit, our built-in forbidden phrases as the prh dictionary, exclamation marks only).',
    '',
    `The texts: fresh mails from the corpus generator (seed ${COMPARISON_SEED}), the agent's own text only (greeting, paragraphs, closing, signature; ` +
      'no quoted thread), English and Chinese. Every linter gets the same text: the peers as plain text (subject, blank line, body), ' +
      'Netiquette as the same subject and body. harper.js, alex and write-good check English only and are not run on Chinese. ' +
      `Each linter lints each text once (single cold runs), interleaved text by text in one process with the order rotating; ${WARMUP_TEXTS} texts per group ` +
      'are linted first and not timed. Figures: median on-CPU ms per text, and in brackets how many times our median that is.',
    '',
    table(['Size', 'Lang', 'Texts', 'Median size', ...names], timeRows),
    '',
    'The same runs by the clock (median ms), which other work on the machine inflates:',
    '',
    table(['Size', 'Lang', ...names], wallRows),
    '',
    'Findings over the timed texts (what each reports differs: ours are etiquette rules, theirs grammar, style and wording):',
    '',
    table(['Size', 'Lang', ...names], findingRows),
  ].join('\n');
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0] ?? 0;
  progress('Building the corpus…');
  const corpus = buildCorpus();
  const drafts = corpus.map((mail) => mail.draft);
  const config = defaultPackConfig();
  const linter = lazily(createLinter(builtinRules, config, {
    onRuleError: (ruleId, error) => {
      throw new Error(`Rule ${ruleId} failed during the benchmark`, { cause: error });
    },
  }));
  lintAll(linter, drafts);

  progress('Timing each size class…');
  const sizes = await measureSizes(linter, corpus);
  progress('Timing whole-corpus passes against the floor…');
  const { corpusTime, floor } = timeAgainstFloor(linter, drafts);
  progress('Timing each rule alone…');
  const shares = measureRules(builtinRules, config, drafts);
  const fullPassCpuMs = timePasses(linter, drafts, RULE_PASSES).cpuMs;
  progress('Measuring memory…');
  const memory = measureMemory(linter, drafts);
  progress('Comparing with other linters…');
  const comparison = await compareWithPeers(linter, config);

  const section = render({ loadAtStart, corpus, ruleCount: builtinRules.length, sizes, corpusTime, shares, fullPassCpuMs, memory, floor, comparison });
  process.stdout.write(`${section}\n`);
  if (shouldWrite) {
    const path = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));
    const existing = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    writeFileSync(path, replaceEngineSection(existing, section));
    progress(`Updated ${path}`);
  }

  progress('Timing hostile drafts…');
  const hostile = renderHostile(measureHostile(progress), os.loadavg()[0] ?? 0);
  process.stdout.write(`\n${hostile}\n`);
  if (shouldWrite) writeHostileSection(hostile);
}

await main();
