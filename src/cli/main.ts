import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { displayLocale, localize, type DisplayLocale } from '../core/localize.ts';
import type { LocalizedText } from '../core/types.ts';
import { defaultPack } from '../packs/builtin.ts';
import { resolveLayers, type PackLayer } from '../packs/resolve.ts';
import { parsePackText, renderPackJsonSchema } from '../packs/schema.ts';
import { builtinRules } from '../rules/index.ts';
import { formatJson, formatRules, formatSarif, formatText, OUTPUT_FORMATS, type OutputFormat } from './format.ts';
import { parseInput, type LintInput } from './input.ts';
import { lintInputs } from './lint.ts';
import { localeFromEnvironment, messages } from './messages.ts';

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

async function readTextFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new InputError(messages.cannotRead(file, errorReason(error)));
  }
}

async function loadPackLayers(files: readonly string[], io: CliIo): Promise<PackLayer[]> {
  const layers: PackLayer[] = [{ source: 'builtin', pack: defaultPack }];
  for (const file of files) {
    const parsed = parsePackText(await readTextFile(file));
    if (!parsed.ok) {
      for (const error of parsed.errors) io.stderr(`${file}: ${error.path}: ${error.message}\n`);
      throw new InputError(messages.packRefused(file, parsed.errors.length));
    }
    layers.push({ source: 'team', pack: parsed.pack, label: file });
  }
  return layers;
}

async function lintCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    pack: { type: 'string', multiple: true },
    format: { type: 'string', default: 'text' },
    locale: { type: 'string' },
  });
  const locale = parseLocale(values.locale, defaultLocale);
  const format = values.format as OutputFormat;
  if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(messages.badFormat(values.format));
  if (positionals.length === 0) throw new UsageError(messages.noFiles);

  const layers = await loadPackLayers(values.pack ?? [], io);
  const stdin: { bytes?: Promise<Uint8Array> } = {};
  // Every input is read before anything is linted, so an unreadable one leaves stdout empty.
  const inputs: LintInput[] = [];
  for (const file of positionals) {
    const bytes = await readBytes(file, io, stdin);
    try {
      inputs.push(await parseInput(file, bytes));
    } catch (error) {
      throw new InputError(messages.cannotParse(file, errorReason(error)));
    }
  }

  const results = lintInputs(inputs, resolveLayers(layers).settings.lint);

  if (format === 'json') io.stdout(formatJson(results, locale));
  else if (format === 'sarif') io.stdout(formatSarif(results, locale, builtinRules, await packageVersion()));
  else io.stdout(formatText(results, locale));
  return results.some(({ findings }) => findings.some((finding) => finding.severity === 'error')) ? EXIT_FINDINGS : EXIT_OK;
}

async function packCommand(args: readonly string[], io: CliIo, defaultLocale: DisplayLocale): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { locale: { type: 'string' } });
  const locale = parseLocale(values.locale, defaultLocale);
  const [action, ...files] = positionals;
  if (action === 'schema') {
    if (files.length > 0) throw new UsageError(messages.unexpectedArguments);
    io.stdout(renderPackJsonSchema());
    return EXIT_OK;
  }
  if (action !== 'validate') throw new UsageError(messages.packUsage);
  if (files.length !== 1) throw new UsageError(messages.packValidateUsage);
  const file = files[0]!;
  const parsed = parsePackText(await readTextFile(file));
  if (parsed.ok) {
    io.stdout(`${localize(messages.packValid(file, parsed.pack.name, parsed.pack.id, parsed.pack.version), locale)}\n`);
    return EXIT_OK;
  }
  for (const error of parsed.errors) io.stdout(`${file}: ${error.path}: ${error.message}\n`);
  io.stderr(`netiquette: ${localize(messages.packRefused(file, parsed.errors.length), locale)}\n`);
  return EXIT_FINDINGS;
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

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
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
      case 'rules':
        return rulesCommand(rest, io, messageLocale);
      case undefined:
        throw new UsageError(messages.noCommand);
      default:
        throw new UsageError(messages.unknownCommand(selected));
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
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

/** Runs the command for the current process: `bin/netiquette.js` calls this. */
export async function runFromProcess(): Promise<void> {
  process.exitCode = await main(process.argv.slice(2), {
    env: process.env,
    readStdin: () => readAll(process.stdin),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
