import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { displayLocale, localize, type DisplayLocale } from '../core/localize.ts';
import type { LocalizedText } from '../core/types.ts';
import { defaultPack } from '../packs/builtin.ts';
import { resolveLayers, type PackLayer } from '../packs/resolve.ts';
import type { LintConfig } from '../core/engine.ts';
import { parsePackText, renderPackJsonSchema } from '../packs/schema.ts';
import { builtinRules } from '../rules/index.ts';
import { unreadableArchivePath, readArchive } from './archive.ts';
import { formatJson, formatRules, formatSarif, formatText, OUTPUT_FORMATS, type OutputFormat } from './format.ts';
import { parseInput, type LintInput } from './input.ts';
import { fixInputs, lintInputs, type FileResult } from './lint.ts';
import { terminalSafe } from './terminal.ts';
import { localeFromEnvironment, messages } from './messages.ts';
import { diffPacks, formatDiffJson, formatDiffMarkdown, formatDiffText } from './pack-diff.ts';
import { formatPackTestResults } from './pack-test.ts';
import { runTeamReport } from './report/command.ts';
import { runPackTests } from '../packs/pack-tests.ts';
import { PACK_LIMITS, type Pack } from '../packs/pack.ts';

/**
 * The `netiquette` command. Everything it touches outside the file system comes in through
 * `CliIo`, so tests run it in-process; `bin/netiquette.js` wires it to the real process.
 *
 * Exit status: 0 when no finding is an error, 1 when one is (and for `pack validate`, when the
 * pack is invalid), 2 on bad usage, an unreadable input or a rule pack that is refused.
 */

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  readStdin(): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Where a progress bar may be drawn: given only when standard error is a terminal and not under CI. */
  progress?: NodeJS.WritableStream;
}

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_USAGE = 2;

/** Bad usage or unreadable input: reported as one line on stderr, exit status 2. */
class UsageError extends Error {
  constructor(
    readonly text: LocalizedText,
    /** Whether pointing at --help would help: yes for a wrong option, no for a missing file. */
    readonly aboutUsage = true,
  ) {
    super(text.en);
  }
}

class InputError extends UsageError {
  constructor(text: LocalizedText) {
    super(text, false);
  }
}

async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** en, zh, or a Chinese tag naming a region or script: zh-CN and zh-Hans for Simplified, zh-TW, zh-HK and zh-Hant for Traditional. */
function localeArgument(value: string): DisplayLocale | undefined {
  if (value === 'en' || value === 'zh') return value;
  return /^zh[-_][a-z]{2,4}$/i.test(value) ? displayLocale(undefined, value) : undefined;
}

function parseLocale(value: string | undefined, fallback: DisplayLocale): DisplayLocale {
  if (value === undefined) return fallback;
  const locale = localeArgument(value);
  if (locale === undefined) throw new UsageError(messages.badLocale(value));
  return locale;
}

function parseCommandArgs<const O extends NonNullable<ParseArgsConfig['options']>>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError({ en: reason, zh: reason });
  }
}

function errorReason(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') {
    return error.code === 'ENOENT' ? 'no such file' : error.code === 'EISDIR' ? 'is a directory' : error.code === 'EACCES' ? 'permission denied' : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

async function readBytes(file: string, io: CliIo, stdin: { bytes?: Promise<Uint8Array> }): Promise<Uint8Array> {
  if (file === '-') {
    stdin.bytes ??= io.readStdin().catch((error: unknown) => {
      throw new InputError(messages.cannotRead('-', errorReason(error)));
    });
    return stdin.bytes;
  }
  try {
    return await readFile(file);
  } catch (error) {
    throw new InputError(messages.cannotRead(file, errorReason(error)));
  }
}

/**
 * A pack file as text. Its size is checked before it is read (a pack is at most
 * `PACK_LIMITS.maxBytes`; a wrong path to a video never fills memory), and it must be UTF-8.
 */
async function readPackFile(file: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const { size } = await stat(file);
    if (size > PACK_LIMITS.maxBytes) throw new InputError(messages.cannotRead(file, `it is ${size.toLocaleString('en-US')} bytes; a pack may have at most ${PACK_LIMITS.maxBytes.toLocaleString('en-US')}`));
    bytes = await readFile(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(messages.cannotRead(file, errorReason(error)));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(messages.cannotRead(file, 'a rule pack must be UTF-8 text'));
  }
}

/** A pack file the command needs: a refused one is listed on stderr with its errors and ends the command. */
async function loadPackFile(file: string, io: CliIo): Promise<Pack> {
  const parsed = parsePackText(await readPackFile(file));
  if (!parsed.ok) {
    for (const error of parsed.errors) io.stderr(`${file}: ${error.path}: ${error.message}\n`);
    throw new InputError(messages.packRefused(file, parsed.errorCount));
  }
  return parsed.pack;
}

async function loadPackLayers(files: readonly string[], io: CliIo): Promise<PackLayer[]> {
  const layers: PackLayer[] = [{ source: 'builtin', pack: defaultPack }];
  for (const file of files) layers.push({ source: 'team', pack: await loadPackFile(file, io), label: file });
  return layers;
}

/** Archive paths are checked before anything runs; what is unreadable inside them is skipped later, with its location. */
async function checkArchivePaths(paths: readonly string[]): Promise<void> {
  const unreadable = await unreadableArchivePath(paths);
  if (unreadable) throw new InputError(messages.cannotRead(unreadable.location, unreadable.reason));
}

/** The bytes of a fixed text file in the encoding it was read in; undefined for encodings --fix does not write. */
function encodeFixedText(text: string, source: NonNullable<LintInput['source']>): Uint8Array | undefined {
  const withMark = source.byteOrderMark ? `\uFEFF${text}` : text;
  if (source.encoding === 'utf-8') return new TextEncoder().encode(withMark);
  if (source.encoding === 'utf-16le') return Buffer.from(withMark, 'utf16le');
  if (source.encoding === 'utf-16be') return Buffer.from(withMark, 'utf16le').swap16();
  return undefined;
}

/**
 * --fix and --fix-dry-run. Every file is checked before any is written: a MIME message, standard
 * input or an encoding that cannot be written back refuses the whole run, and nothing changes.
 */
async function applyFixes(inputs: readonly LintInput[], config: LintConfig, write: boolean, io: CliIo, locale: DisplayLocale): Promise<Pick<FileResult, 'input' | 'fixed'>[]> {
  const planned = fixInputs(inputs, config).map(({ input, applied }, index) => {
    const source = inputs[index]!.source;
    const output = applied.length > 0 && source ? source.rebuild(input.draft) : undefined;
    return { input, applied, source, output };
  });
  const writes: { file: string; bytes: Uint8Array; count: number }[] = [];
  for (const { input, applied, source, output } of planned) {
    if (!write || applied.length === 0) continue;
    if (input.file === '-') throw new UsageError(messages.fixStdin);
    if (!source || output === undefined) throw new InputError(messages.fixMime(input.file));
    const bytes = encodeFixedText(output, source);
    if (!bytes) throw new InputError(messages.fixEncoding(input.file, source.encoding));
    writes.push({ file: input.file, bytes, count: applied.length });
  }
  for (const { file, bytes, count } of writes) {
    try {
      await writeFile(file, bytes);
    } catch (error) {
      throw new InputError(messages.cannotWrite(file, errorReason(error)));
    }
    io.stderr(`netiquette: ${localize(messages.fixesWritten(file, count), locale)}\n`);
  }
  return planned.map(({ input, applied, output }) => ({ input, fixed: { applied, written: write, ...(output === undefined ? {} : { output }) } }));
}

async function lintCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pack: { type: 'string', multiple: true },
    format: { type: 'string', default: 'text' },
    locale: { type: 'string' },
    encoding: { type: 'string' },
    fix: { type: 'boolean', default: false },
    'fix-dry-run': { type: 'boolean', default: false },
  });
  const locale = parseLocale(values.locale, defaultLocale);
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(messages.badFormat(values.format));
  if (positionals.length === 0) throw new UsageError(messages.noFiles);
  if (values.fix && values['fix-dry-run']) throw new UsageError(messages.fixAndDryRun);
  if (values.fix && positionals.includes('-')) throw new UsageError(messages.fixStdin);

  const layers = await loadPackLayers(values.pack ?? [], io);
  const stdin: { bytes?: Promise<Uint8Array> } = {};
  // Every input is read before anything is linted, so an unreadable one leaves stdout empty.
  const inputs: LintInput[] = [];
  for (const file of positionals) {
    const bytes = await readBytes(file, io, stdin);
    try {
      inputs.push(await parseInput(file, bytes, values.encoding));
    } catch (error) {
      throw new InputError(messages.cannotParse(file, errorReason(error)));
    }
  }

  const config = resolveLayers(layers).settings.lint;
  const fixing = values.fix || values['fix-dry-run'];
  const fixedInputs = fixing ? await applyFixes(inputs, config, values.fix, io, locale) : undefined;
  const results: FileResult[] = lintInputs(fixedInputs?.map((entry) => entry.input) ?? inputs, config).map((result, index) => ({ ...result, ...fixedInputs?.[index] }));

  if (format === 'json') io.stdout(formatJson(results, locale));
  else if (format === 'sarif') io.stdout(formatSarif(results, locale, builtinRules, await packageVersion()));
  else io.stdout(formatText(results, locale));
  return results.some(({ findings }) => findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

async function packTestCommand(files: readonly string[], io: CliIo, locale: DisplayLocale): Promise<number> {
  if (files.length !== 1) throw new UsageError(messages.packTestUsage);
  const file = files[0]!;
  const pack = await loadPackFile(file, io);
  if (!pack.tests?.length) throw new InputError(messages.packTest.noTests(file));
  const results = runPackTests(pack);
  io.stdout(formatPackTestResults(file, results, locale));
  return results.every((result) => result.passed) ? EXIT_OK : EXIT_FINDINGS;
}

const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;

async function packDiffCommand(files: readonly string[], on: readonly string[], format: string, io: CliIo, locale: DisplayLocale): Promise<number> {
  if (files.length !== 2 || on.length === 0) throw new UsageError(messages.packDiffUsage);
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) throw new UsageError(messages.badDiffFormat(format));
  const [oldFile, newFile] = files as [string, string];
  const oldPack = await loadPackFile(oldFile, io);
  const newPack = await loadPackFile(newFile, io);
  await checkArchivePaths(on);
  const diff = await diffPacks({ file: oldFile, pack: oldPack }, { file: newFile, pack: newPack }, readArchive(on), locale);
  io.stdout(format === 'json' ? formatDiffJson(diff) : format === 'markdown' ? formatDiffMarkdown(diff, locale) : formatDiffText(diff, locale));
  return diff.changed ? EXIT_FINDINGS : EXIT_OK;
}

async function packCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { locale: { type: 'string' }, on: { type: 'string', multiple: true }, format: { type: 'string', default: 'text' } });
  const locale = parseLocale(values.locale, defaultLocale);
  const [action, ...files] = positionals;
  if (action === 'test') return packTestCommand(files, io, locale);
  if (action === 'diff') return packDiffCommand(files, values.on ?? [], values.format, io, locale);
  if (action === 'schema') {
    if (files.length > 0) throw new UsageError(messages.unexpectedArguments);
    io.stdout(renderPackJsonSchema());
    return EXIT_OK;
  }
  if (action !== 'validate') throw new UsageError(messages.packUsage);
  if (files.length !== 1) throw new UsageError(messages.packValidateUsage);
  const file = files[0]!;
  const parsed = parsePackText(await readPackFile(file));
  if (parsed.ok) {
    io.stdout(`${localize(messages.packValid(file, parsed.pack.name, parsed.pack.id, parsed.pack.version), locale)}\n`);
    return EXIT_OK;
  }
  for (const error of parsed.errors) io.stdout(`${file}: ${error.path}: ${error.message}\n`);
  io.stderr(`netiquette: ${localize(messages.packRefused(file, parsed.errorCount), locale)}\n`);
  return EXIT_FINDINGS;
}

const REPORT_FORMATS = ['html', 'json'] as const;
const MAX_WORKERS = 64;

async function reportCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pack: { type: 'string', multiple: true },
    format: { type: 'string', default: 'html' },
    output: { type: 'string' },
    workers: { type: 'string' },
    locale: { type: 'string' },
  });
  const locale = parseLocale(values.locale, defaultLocale);
  const format = values.format as (typeof REPORT_FORMATS)[number];
  if (!REPORT_FORMATS.includes(format)) throw new UsageError(messages.badReportFormat(values.format));
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > MAX_WORKERS) throw new UsageError(messages.badWorkers(values.workers ?? ''));
  if (positionals.length === 0) throw new UsageError(messages.reportUsage);
  const packs: Pack[] = [];
  for (const file of values.pack ?? []) packs.push(await loadPackFile(file, io));
  await checkArchivePaths(positionals);

  const report = await runTeamReport({ paths: positionals, packs, locale, workers, format, progress: io.progress, onMalformed: (location, reason) => io.stderr(`${localize(messages.report.malformed(location, reason), locale)}\n`) });
  if (values.output === undefined) io.stdout(report.text);
  else {
    try {
      await writeFile(values.output, report.text);
    } catch (error) {
      throw new InputError(messages.cannotWrite(values.output, errorReason(error)));
    }
    io.stderr(`${localize(messages.report.done(report.mails, report.malformed, values.output), locale)}\n`);
  }
  return EXIT_OK;
}

function rulesCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): number {
  const { values, positionals } = parseCommandArgs(args, { locale: { type: 'string' } });
  const locale = parseLocale(values.locale, defaultLocale);
  if (positionals.length > 0) throw new UsageError(messages.unexpectedArguments);
  io.stdout(formatRules(builtinRules, locale));
  return EXIT_OK;
}

/** The locale for messages about the command line itself, before the command parses it. */
function requestedLocale(argv: readonly string[]): DisplayLocale | undefined {
  const index = argv.findIndex((arg) => arg === '--locale' || arg.startsWith('--locale='));
  if (index === -1) return undefined;
  const value = argv[index] === '--locale' ? argv[index + 1] : argv[index]!.slice('--locale='.length);
  return value === undefined ? undefined : localeArgument(value);
}

/**
 * Runs one command. Whatever goes wrong ends in one line on standard error and exit status 2,
 * never a stack trace; and no text that came from a file or a pack (an escape sequence in a
 * pack name, a mail's control characters) reaches the terminal as a control sequence.
 */
export async function main(argv: readonly string[], rawIo: CliIo): Promise<number> {
  const io: CliIo = { ...rawIo, stdout: (text) => rawIo.stdout(terminalSafe(text)), stderr: (text) => rawIo.stderr(terminalSafe(text)) };
  const messageLocale = requestedLocale(argv) ?? localeFromEnvironment(io.env);
  const [command, ...rest] = argv;
  const selected = rest.includes('--help') || rest.includes('-h') ? '--help' : command;
  try {
    switch (selected) {
      case '-h':
      case '--help':
      case 'help':
        io.stdout(`${localize(messages.help, messageLocale)}\n`);
        return EXIT_OK;
      case '-v':
      case '--version':
        io.stdout(`${await packageVersion()}\n`);
        return EXIT_OK;
      case 'lint':
        return await lintCommand(rest, io, messageLocale);
      case 'pack':
        return await packCommand(rest, io, messageLocale);
      case 'report':
        return await reportCommand(rest, io, messageLocale);
      case 'rules':
        return rulesCommand(rest, io, messageLocale);
      case undefined:
        throw new UsageError(messages.noCommand);
      default:
        throw new UsageError(messages.unknownCommand(selected));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) {
      const reason = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
      io.stderr(`netiquette: ${localize(messages.internalError(reason.split('\n')[0]!), messageLocale)}\n`);
      return EXIT_USAGE;
    }
    const line = error.aboutUsage ? messages.withHelpHint(error.text) : error.text;
    io.stderr(`netiquette: ${localize(line, messageLocale)}\n`);
    return EXIT_USAGE;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** A progress bar only for a person watching: standard error is a terminal, and no CI runs the command. */
export function progressAllowed(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  return stream.isTTY === true && !env.CI;
}

/** Runs the command for the current process: `bin/netiquette.js` calls this. */
export async function runFromProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    env: process.env,
    readStdin: () => readAll(process.stdin),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    ...(progressAllowed(process.stderr, process.env) ? { progress: process.stderr } : {}),
  });
}
