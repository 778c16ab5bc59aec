import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { UPDATE_MEASURE, UPDATE_PARTS } from '../entrypoints/content/update-timing.ts';
import { DEMO_DIR, E2E_BUILD_DIR, launchChromium, ROOT, serveDirectory } from '../test/e2e/support/browser.ts';
import { replaceSection } from './benchmarks-file.ts';
import { generateMail, Random, utf8Bytes } from './corpus.ts';
import { loadNote, machine } from './machine.ts';

/**
 * `npx tsx bench/extension.ts`: the extension in Debian Chromium, on the Gmail-like demo page.
 * Bundle sizes, the time from a keystroke to updated hints and the main-thread time each relint
 * and redraw takes (read from the content script's `netiquette:update` User Timing measures),
 * the cost of an idle page, and the page's JS heap, the last two against the same page without
 * the extension. Prints markdown; `--write` also refreshes the extension section of
 * BENCHMARKS.md. `--no-build` measures the builds already in .output.
 */

const args = process.argv.slice(2);
const shouldWrite = args.includes('--write');
const shouldBuild = !args.includes('--no-build');

const PRODUCTION_BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
const SECTION = { start: '<!-- bench:extension:start -->', end: '<!-- bench:extension:end -->', heading: '## Extension' };
/** The demo page again, under a host the content script does not match: the page without the extension. */
const PLAIN_ORIGIN = 'http://no-extension.test';

/** 50 characters of a reply, typed one key at a time, half Chinese and half English. */
const TYPED = '我们已经为您办理了退款，please allow 3 working days 到账，谢谢您的耐心！';
/** Sizes of draft the issue sets targets for: 5,000 characters (about 8.5 KB of mixed text), 100 KB, and 300 KB for long tasks. */
const DRAFTS = [
  { label: '5,000 characters', bytes: 8_700 },
  { label: '100 KB', bytes: 100 * 1024 },
  { label: '300 KB', bytes: 300 * 1024 },
] as const;
/** The typed text goes in this many times, one key at a time: a few hundred keystrokes for the p95. */
const TYPED_ROUNDS = 4;
const DRAFT_SEED = 20_251_125;
/** A fast typist's pace, for the burst. */
const BURST_KEY_DELAY_MS = 80;
const IDLE_MS = 5_000;
/** The settled first-lint figure opens the compose window this long after the page loaded. */
const SETTLED_OPEN_MS = 3_000;
/** Long enough for a relint to finish after the last key. */
const SETTLE_MS = 600;

const KB = 1024;

function progress(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** Nearest-rank percentile: always one of the measured values. */
function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const firstUpdateCell = (update: FirstUpdate | undefined) =>
  update ? `${ms(update.ms)} (${ms(update.parts.read)} / ${ms(update.parts.lint)} / ${ms(update.parts.draw)})` : '–';
const kb = (bytes: number) => (bytes / KB).toFixed(1);
const mb = (bytes: number) => (bytes / KB / KB).toFixed(1);

// Bundle size

interface BundleRow {
  part: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** zod's own identifiers survive minification; the background bundles zod and shows them. */
const ZOD_MARKERS = /\$Zod|_zod\b|ZodError/g;

/** The scripts and stylesheets an extension page loads, from its built HTML. */
function pageFiles(buildDir: string, html: string): string[] {
  const source = readFileSync(path.join(buildDir, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
}

function contentScripts(buildDir: string): string[] {
  return readdirSync(path.join(buildDir, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `content-scripts/${file}`);
}

function bundleRow(part: string, buildDir: string, files: string[]): BundleRow {
  const contents = files.map((file) => readFileSync(path.join(buildDir, file)));
  return {
    part,
    files,
    raw: contents.reduce((total, content) => total + content.length, 0),
    gzip: contents.reduce((total, content) => total + gzipSync(content, { level: 9 }).length, 0),
  };
}

function zodMarkers(buildDir: string, files: readonly string[]): number {
  return files.reduce((count, file) => count + (readFileSync(path.join(buildDir, file), 'utf8').match(ZOD_MARKERS)?.length ?? 0), 0);
}

interface Bundles {
  rows: BundleRow[];
  zodInContent: number;
  zodInBackground: number;
}

function measureBundles(): Bundles {
  const optionsFiles = pageFiles(PRODUCTION_BUILD_DIR, 'options.html');
  const popupFiles = pageFiles(PRODUCTION_BUILD_DIR, 'popup.html');
  const shared = optionsFiles.filter((file) => popupFiles.includes(file));
  const productionContent = contentScripts(PRODUCTION_BUILD_DIR);
  const e2eContent = contentScripts(E2E_BUILD_DIR);
  return {
    rows: [
      bundleRow('Content script', PRODUCTION_BUILD_DIR, productionContent),
      bundleRow('Content script, e2e build', E2E_BUILD_DIR, e2eContent),
      bundleRow('Background service worker', PRODUCTION_BUILD_DIR, ['background.js']),
      bundleRow('Options page, all it loads', PRODUCTION_BUILD_DIR, optionsFiles),
      bundleRow('Popup, all it loads', PRODUCTION_BUILD_DIR, popupFiles),
      bundleRow('of which shared by options and popup', PRODUCTION_BUILD_DIR, shared),
    ],
    zodInContent: zodMarkers(PRODUCTION_BUILD_DIR, productionContent) + zodMarkers(E2E_BUILD_DIR, e2eContent),
    zodInBackground: zodMarkers(PRODUCTION_BUILD_DIR, ['background.js']),
  };
}

// The page side

const PROBE_NAMES = { measureName: UPDATE_MEASURE, partNames: UPDATE_PARTS };

interface Update {
  start: number;
  end: number;
  /** Main-thread time: the measure less the wait for the frame a long draft's draw has (UpdateDetail). */
  workMs: number;
}

type UpdatePart = keyof typeof UPDATE_PARTS;

interface PageProbe {
  updates: Update[];
  /** The durations of each part of every update, in order (UPDATE_PARTS). */
  parts: Record<string, number[]>;
  inputs: number[];
  /** Durations of the long tasks (over 50 ms) the page had. */
  longTasks: number[];
  frames: number[];
  watchingFrames: boolean;
  watchFrames(on: boolean): void;
  nextFrame(): void;
}

declare global {
  interface Window {
    netiquetteBench: PageProbe;
    demo: { openCompose(options: { subject?: string; bodyHtml?: string }): string };
  }
}

/**
 * Runs in the page's own world before its scripts: collects the content script's update
 * measures, the time of every input event, and, while asked to, the start of every frame.
 * Methods and anonymous callbacks only: tsx wraps named functions in a helper the page lacks.
 */
function installProbe({ measureName, partNames }: { measureName: string; partNames: Record<string, string> }): void {
  const probe: PageProbe = {
    updates: [],
    parts: {},
    inputs: [],
    longTasks: [],
    frames: [],
    watchingFrames: false,
    watchFrames(on) {
      probe.watchingFrames = on;
      if (on) probe.nextFrame();
    },
    nextFrame() {
      requestAnimationFrame(() => {
        if (!probe.watchingFrames) return;
        probe.frames.push(performance.now());
        probe.nextFrame();
      });
    },
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === measureName) probe.updates.push({ start: entry.startTime, end: entry.startTime + entry.duration, workMs: (entry as PerformanceMeasure).detail?.workMs ?? entry.duration });
      for (const [part, name] of Object.entries(partNames)) if (entry.name === name) (probe.parts[part] ??= []).push(entry.duration);
    }
  }).observe({ type: 'measure' });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
  document.addEventListener('input', (event) => probe.inputs.push(event.timeStamp), true);
  window.netiquetteBench = probe;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A generated support reply as the demo's editor holds it: one div per line. */
function draftHtml(body: string): string {
  return body
    .split(/\r?\n/)
    .map((line) => (line === '' ? '<div><br></div>' : `<div>${escapeHtml(line)}</div>`))
    .join('');
}

interface Draft {
  label: string;
  bytes: number;
  characters: number;
  subject: string;
  bodyHtml: string;
}

function buildDrafts(): Draft[] {
  return DRAFTS.map(({ label, bytes }) => {
    const mail = generateMail(new Random(DRAFT_SEED), 'mixed', bytes);
    return { label, bytes: utf8Bytes(mail.subject) + utf8Bytes(mail.body), characters: mail.body.length, subject: mail.subject, bodyHtml: draftHtml(mail.body) };
  });
}

interface Metrics {
  taskMs: number;
  scriptMs: number;
}

async function mainThreadTime(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => (metrics.find((metric) => metric.name === name)?.value ?? 0) * 1000;
  return { taskMs: value('TaskDuration'), scriptMs: value('ScriptDuration') };
}

/** Main-thread time spent while `action` runs. */
async function timeSpent(cdp: CDPSession, action: () => Promise<void>): Promise<Metrics> {
  const before = await mainThreadTime(cdp);
  await action();
  const after = await mainThreadTime(cdp);
  return { taskMs: after.taskMs - before.taskMs, scriptMs: after.scriptMs - before.scriptMs };
}

interface Memory {
  /** The JS heap in use: objects, strings and compiled code. */
  heapBytes: number;
  /** Outside it: what array buffers (the rules' lookup tables) and external strings (script sources) hold. */
  backingBytes: number;
}

async function memoryAfterGc(cdp: CDPSession): Promise<Memory> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, backingStorageSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return { heapBytes: usedSize, backingBytes: backingStorageSize ?? Number.NaN };
}

const updateCount = (page: Page) => page.evaluate(() => window.netiquetteBench.updates.length);

/** Opens the draft in a compose window and puts the caret at the end of its first paragraph. */
async function openDraft(page: Page, draft: Draft): Promise<void> {
  await page.evaluate(({ subject, bodyHtml }) => window.demo.openCompose({ subject, bodyHtml }), draft);
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[g_editable="true"]')!;
    const paragraph = [...editor.children].find((child) => (child.textContent ?? '').length > 20) ?? editor;
    editor.focus();
    document.getSelection()!.collapse(paragraph, paragraph.childNodes.length);
  });
}

interface KeystrokeRun {
  /** Input event to the start of the relint: the wait for the next frame. */
  waits: number[];
  /** Relint and redraw, on the main thread. */
  work: number[];
  /** Input event to updated underlines and panel. */
  toHints: number[];
  /** Input event to the first frame that starts after the update. */
  toFrame: number[];
  updatesPerKeystroke: number;
  /** The longest task while typing, 0 when none passed 50 ms. */
  longestTaskMs: number;
  longTasks: number;
}

/** Types one key, waits for the relint it causes, then the next key. */
async function typeKeyByKey(page: Page): Promise<KeystrokeRun> {
  const before = await page.evaluate(() => ({
    inputs: window.netiquetteBench.inputs.length,
    updates: window.netiquetteBench.updates.length,
    longTasks: window.netiquetteBench.longTasks.length,
  }));
  await page.evaluate(() => window.netiquetteBench.watchFrames(true));
  for (let round = 0; round < TYPED_ROUNDS; round += 1) {
    for (const key of TYPED) {
      const seen = await updateCount(page);
      await page.keyboard.type(key);
      await page.waitForFunction((count) => window.netiquetteBench.updates.length > count, seen, { polling: 10, timeout: 10_000 });
    }
  }
  await page.waitForTimeout(100);
  const probe = await page.evaluate(() => {
    window.netiquetteBench.watchFrames(false);
    const { inputs, updates, frames, longTasks } = window.netiquetteBench;
    return { inputs, updates, frames, longTasks };
  });
  const inputs = probe.inputs.slice(before.inputs);
  const updates = probe.updates.slice(before.updates);
  const longTasks = probe.longTasks.slice(before.longTasks);
  const run: KeystrokeRun = {
    waits: [],
    work: [],
    toHints: [],
    toFrame: [],
    updatesPerKeystroke: updates.length / inputs.length,
    longestTaskMs: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
  };
  for (const input of inputs) {
    const update = updates.find((candidate) => candidate.start >= input);
    if (!update) continue;
    const frame = probe.frames.find((time) => time >= update.end);
    run.waits.push(update.start - input);
    run.work.push(update.workMs);
    run.toHints.push(update.end - input);
    if (frame !== undefined) run.toFrame.push(frame - input);
  }
  return run;
}

interface PageRun {
  draft: Draft;
  firstUpdate?: FirstUpdate;
  settledFirstUpdate?: FirstUpdate;
  keystrokes?: KeystrokeRun;
  burst: Metrics & { updates: number; longTasks: number[] };
  idle: Metrics & { updates: number };
  memory: Memory;
}

/** The first relint and redraw, and its parts. */
interface FirstUpdate {
  ms: number;
  parts: Record<UpdatePart, number>;
}

/** How long the first relint and redraw took, once it has run. */
async function firstUpdate(page: Page): Promise<FirstUpdate> {
  await page.waitForFunction(() => window.netiquetteBench.updates.length > 0, undefined, { timeout: 15_000 });
  return page.evaluate(() => {
    const { updates, parts } = window.netiquetteBench;
    return { ms: updates[0]!.end - updates[0]!.start, parts: { read: parts.read?.[0] ?? Number.NaN, lint: parts.lint?.[0] ?? Number.NaN, draw: parts.draw?.[0] ?? Number.NaN } };
  });
}

/**
 * The first lint of a compose window opened once the page has settled, as an agent opens one
 * after reading the ticket. measurePage opens it as soon as the page has loaded: the worst case.
 */
async function settledFirstUpdate(context: BrowserContext, url: string, draft: Draft): Promise<FirstUpdate> {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbe, PROBE_NAMES);
    await page.goto(`${url}?compose=none`);
    await page.waitForTimeout(SETTLED_OPEN_MS);
    await openDraft(page, draft);
    return await firstUpdate(page);
  } finally {
    await page.close();
  }
}

async function measurePage(context: BrowserContext, url: string, draft: Draft, withExtension: boolean): Promise<PageRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(installProbe, PROBE_NAMES);
    await page.goto(`${url}?compose=none`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await openDraft(page, draft);
    let opened: FirstUpdate | undefined;
    let keystrokes: KeystrokeRun | undefined;
    if (withExtension) {
      opened = await firstUpdate(page);
      // The settings arrive from storage a moment later and force one more relint.
      await page.waitForTimeout(1_000);
      keystrokes = await typeKeyByKey(page);
    } else {
      // firstUpdate and typeKeyByKey wait with waitForFunction, which loads Playwright's injected
      // script into the page: 0.4 MB of its heap, not the extension's. The same wait here, so
      // that the difference in heap between the two pages is the extension's alone.
      await page.waitForFunction(() => window.netiquetteBench.updates.length === 0, undefined, { polling: 10 });
      await page.keyboard.type(TYPED);
    }

    let burstUpdates = await updateCount(page);
    const longTasksBefore = await page.evaluate(() => window.netiquetteBench.longTasks.length);
    const burst = await timeSpent(cdp, async () => {
      await page.keyboard.type(TYPED, { delay: BURST_KEY_DELAY_MS });
      await page.waitForTimeout(SETTLE_MS);
    });
    burstUpdates = (await updateCount(page)) - burstUpdates;
    const burstLongTasks = await page.evaluate((from) => window.netiquetteBench.longTasks.slice(from), longTasksBefore);

    let idleUpdates = await updateCount(page);
    const idle = await timeSpent(cdp, () => page.waitForTimeout(IDLE_MS));
    idleUpdates = (await updateCount(page)) - idleUpdates;

    return { draft, firstUpdate: opened, keystrokes, burst: { ...burst, updates: burstUpdates, longTasks: burstLongTasks }, idle: { ...idle, updates: idleUpdates }, memory: await memoryAfterGc(cdp) };
  } finally {
    await page.close();
  }
}

interface BrowserReport {
  browserVersion: string;
  withExtension: PageRun[];
  withoutExtension: PageRun[];
}

async function measureInBrowser(drafts: readonly Draft[]): Promise<BrowserReport> {
  const server = await serveDirectory(DEMO_DIR);
  const browser = await launchChromium();
  try {
    const { context } = browser;
    await context.route(`${PLAIN_ORIGIN}/**`, (route) => route.fulfill({ path: path.join(DEMO_DIR, new URL(route.request().url()).pathname) }));
    const withExtension: PageRun[] = [];
    const withoutExtension: PageRun[] = [];
    for (const draft of drafts) {
      progress(`${draft.label} draft, with the extension …`);
      const run = await measurePage(context, server.url('gmail.html'), draft, true);
      withExtension.push({ ...run, settledFirstUpdate: await settledFirstUpdate(context, server.url('gmail.html'), draft) });
      progress(`${draft.label} draft, without it …`);
      withoutExtension.push(await measurePage(context, `${PLAIN_ORIGIN}/gmail.html`, draft, false));
    }
    return { browserVersion: context.browser()?.version() ?? 'unknown', withExtension, withoutExtension };
  } finally {
    await browser.close();
    await server.close();
  }
}

// Report

function bundleSection(bundles: Bundles): string[] {
  const zod =
    bundles.zodInContent === 0
      ? `zod is absent from the content script: none of its identifiers (\`$Zod…\`, \`_zod\`, \`ZodError\`) occur in either build, while the background, which validates packs with it, has ${bundles.zodInBackground}.`
      : `**zod is in the content script**: ${bundles.zodInContent} of its identifiers occur there.`;
  return [
    '### Bundle size',
    '',
    'Production build (`.output/chrome-mv3`) unless named; gzip at level 9, as a store download would roughly be.',
    '',
    '| Part | Files | Raw KB | gzip KB |',
    '| --- | --- | ---: | ---: |',
    ...bundles.rows.map((row) => `| ${row.part} | ${row.files.map((file) => `\`${file}\``).join(', ')} | ${kb(row.raw)} | ${kb(row.gzip)} |`),
    '',
    zod,
  ];
}

function typingSection(report: BrowserReport): string[] {
  const rows = report.withExtension.map((run) => {
    const keys = run.keystrokes!;
    return `| ${run.draft.label} (${run.draft.characters.toLocaleString('en-US')} characters, ${kb(run.draft.bytes)} KB) | ${ms(percentile(keys.work, 0.5))} | ${ms(percentile(keys.work, 0.95))} | ${ms(percentile(keys.waits, 0.5))} | ${ms(percentile(keys.toHints, 0.5))} | ${ms(percentile(keys.toHints, 0.95))} | ${ms(percentile(keys.toFrame, 0.5))} | ${ms(percentile(keys.toFrame, 0.95))} | ${keys.longTasks} | ${keys.longestTaskMs === 0 ? '–' : ms(keys.longestTaskMs)} | ${firstUpdateCell(run.firstUpdate)} | ${firstUpdateCell(run.settledFirstUpdate)} |`;
  });
  const bursts = report.withExtension.map((run, index) => {
    const without = report.withoutExtension[index]!;
    const extraScript = (run.burst.scriptMs - without.burst.scriptMs) / [...TYPED].length;
    const longTasks = (tasks: readonly number[]) => (tasks.length === 0 ? '0' : `${tasks.length} (longest ${ms(Math.max(...tasks))})`);
    return `| ${run.draft.label} | ${run.burst.updates} | ${ms(run.burst.scriptMs)} | ${ms(without.burst.scriptMs)} | ${ms(run.burst.taskMs)} | ${ms(without.burst.taskMs)} | ${ms(extraScript)} | ${longTasks(run.burst.longTasks)} | ${longTasks(without.burst.longTasks)} |`;
  });
  const perKey = report.withExtension.map((run) => run.keystrokes!.updatesPerKeystroke.toFixed(2)).join(' and ');
  return [
    '### Typing',
    '',
    `Drafts: generated mixed Chinese/English support replies with quoted history (bench/corpus.ts, seed ${DRAFT_SEED}), one \`<div>\` per line in the demo's Gmail-like editor. ` +
      `${[...TYPED].length} characters ("${TYPED}") typed ${TYPED_ROUNDS} times (${TYPED_ROUNDS * [...TYPED].length} keystrokes) at the end of the first paragraph, one key at a time, each after the previous key's relint finished. ` +
      '*Work* is the main-thread time of the `netiquette:update` measure the content script records around each relint and redraw (read the editor, lint, underlines, panel, its placement): what a keystroke costs, without the wait for the frame a long draft\'s draw has. ' +
      '*To hints* runs from the input event to the end of that work; *to frame* to the first frame that starts after it, which paints the change. ' +
      'No fixed debounce: while the last relint took at most 40 ms, the content script relints in a task of its own right after the input, or in the next animation frame if that comes first, and after a 150 ms pause in typing when it took longer (entrypoints/content/lint-scheduler.ts; *wait* is the time from the input to the relint); after two relints and redraws of more than 15 ms in a row, the relint runs in a task only and its draw in the next frame; its linter relints only the paragraphs an edit touched (src/core/incremental.ts) and checks fixes only for a card that opens. ' +
      `Long tasks: tasks over 50 ms while typing (PerformanceObserver \`longtask\`), any source. Relints per keystroke: ${perKey}. ` +
      `*First lint on open*: the first relint and redraw of a compose window opened as soon as the page has loaded (the worst case: the rules may not have compiled yet); *page settled*: opened ${SETTLED_OPEN_MS / 1000} s after the page loaded, in a page of its own. In brackets, its parts (measures the content script records too): reading the editor, linting, drawing underlines and panel.`,
    '',
    '| Draft | Work median ms | Work p95 ms | Wait median ms | To hints median ms | To hints p95 ms | To frame median ms | To frame p95 ms | Long tasks | Longest task ms | First lint on open ms (read / lint / draw) | First lint on open, page settled ms (read / lint / draw) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `The same ${[...TYPED].length} characters typed without pauses, ${BURST_KEY_DELAY_MS} ms apart, then ${SETTLE_MS} ms to settle: relints, and main-thread time with and without the extension ` +
      '(CDP `Performance.getMetrics`: `ScriptDuration` is JavaScript, `TaskDuration` everything including layout and paint; the latter swings by ±50 % between identical runs on a busy machine), ' +
      'and the tasks over 50 ms meanwhile (any source), with and without the extension.',
    '',
    '| Draft | Relints | Script with ms | Script without ms | Task with ms | Task without ms | Extension script ms per keystroke | Long tasks with | Long tasks without |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...bursts,
  ];
}

function idleSection(report: BrowserReport): string[] {
  const seconds = IDLE_MS / 1000;
  /** Script time while idle and no relint ran: something runs on a timer. */
  const polls = report.withExtension.some((run, index) => run.idle.updates === 0 && run.idle.scriptMs - report.withoutExtension[index]!.idle.scriptMs > 0.1 * seconds);
  const row = (label: string, run: PageRun) =>
    `| ${label} | ${ms(run.idle.taskMs / seconds)} | ${ms(run.idle.scriptMs / seconds)} | ${run.idle.updates} |`;
  return [
    '### Idle page',
    '',
    `Nothing typed for ${seconds} s after the burst, compose window open with the draft: main-thread time per second (CDP \`Performance.getMetrics\`, \`TaskDuration\` and \`ScriptDuration\`). Without the extension is the same page under a host the content script does not match.`,
    '',
    '| Page | Task ms per s | Script ms per s | Relints |',
    '| --- | ---: | ---: | ---: |',
    ...report.withExtension.flatMap((run, index) => [row(`${run.draft.label} draft, with the extension`, run), row(`${run.draft.label} draft, without`, report.withoutExtension[index]!)]),
    ...(polls
      ? [
          '',
          'The extension is not silent while idle: with no relint, its script still runs. The content script waits on DOM events and observers, ' +
            'with one timer (`ALIVE_CHECK_MS` in entrypoints/content/manager.ts) that only reads whether the extension is still installed: profile the idle page to find what woke it.',
        ]
      : []),
  ];
}

function memorySection(report: BrowserReport): string[] {
  return [
    '### Memory',
    '',
    "The page's JS heap after typing and the idle wait, after two forced garbage collections (CDP `Runtime.getHeapUsage`, `usedSize`); the content script's isolated world shares the page's heap, and both pages hold Playwright's injected script, which the bench's waits load. Beside it, the backing storage the heap does not count (`backingStorageSize`): array buffers, such as the rules' lookup tables, and external strings, such as the scripts' own source.",
    '',
    '| Draft | Heap with the extension MB | Heap without MB | Extension heap MB | Extension backing storage MB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...report.withExtension.map((run, index) => {
      const without = report.withoutExtension[index]!;
      const { heapBytes, backingBytes } = run.memory;
      return `| ${run.draft.label} | ${mb(heapBytes)} | ${mb(without.memory.heapBytes)} | ${mb(heapBytes - without.memory.heapBytes)} | ${mb(backingBytes - without.memory.backingBytes)} |`;
    }),
  ];
}

function buildExtensions(): void {
  progress('Building the production and e2e extensions …');
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main(): Promise<void> {
  const loadAtStart = os.loadavg()[0] ?? 0;
  if (shouldBuild) buildExtensions();
  const bundles = measureBundles();
  const report = await measureInBrowser(buildDrafts());
  const section = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, Chromium ${report.browserVersion} (new headless), with \`npx tsx bench/extension.ts --write\`. ${loadNote(loadAtStart)}`,
    '',
    ...bundleSection(bundles),
    '',
    ...typingSection(report),
    '',
    ...idleSection(report),
    '',
    ...memorySection(report),
  ].join('\n');
  process.stdout.write(`${section}\n`);
  if (shouldWrite) {
    const file = path.join(ROOT, 'BENCHMARKS.md');
    writeFileSync(file, replaceSection(existsSync(file) ? readFileSync(file, 'utf8') : undefined, SECTION, section));
    progress(`Wrote the extension section of ${path.relative(process.cwd(), file) || file}.`);
  }
}

await main();
