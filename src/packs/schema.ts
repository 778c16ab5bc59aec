import { z } from 'zod';
import { memoizeByIdentity } from '../core/memo.ts';
import type { OptionSpec } from '../core/options.ts';
import type { Rule } from '../core/rule.ts';
import { builtinRules } from '../rules/index.ts';
import { BUILTIN_PACK_IDS } from './builtin.ts';
import { readJson } from './json-reader.ts';
import { checkPackLimits } from './limits.ts';
import { PACK_FORMAT_VERSION, PACK_LIMITS, phraseKey, type Pack } from './pack.ts';

/**
 * The zod schema of a rule pack. Rule options are checked against each rule's own option
 * spec, so a pack is refused for a misspelt option or an out-of-range number, not only for
 * a misspelt rule. Only the CLI, the options page and the background worker import this
 * file; the content script receives packs already validated.
 */

export const PACK_SCHEMA_ID = 'https://netiquette.dev/rule-pack.schema.json';

const SEVERITIES = ['error', 'warning', 'info'] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEMVER = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
/**
 * A character a reader sees: not space, not a combining mark on its own, not a format,
 * control or otherwise invisible character (zero-width space and joiner, variation selectors,
 * Hangul fillers). A phrase of only such characters would match inside other words unseen.
 */
const VISIBLE = /[^\s\p{M}\p{C}\p{Default_Ignorable_Code_Point}]/u;
/** Matching starts at a character boundary: a phrase that opens with a mark or joiner would match the tail of another character. */
const STARTS_MID_CHARACTER = /^[\p{M}\u200C\u200D]/u;
/** Control characters and the bidirectional overrides and isolates that reorder what a reader sees ("Trojan Source"). */
const CONTROL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_BUT_LINE_BREAKS = /[\0-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;

function optionSchema(spec: OptionSpec): z.ZodType {
  let schema: z.ZodType;
  switch (spec.kind) {
    case 'number': {
      let number = spec.integer ? z.int() : z.number();
      if (spec.min !== undefined) number = number.min(spec.min);
      if (spec.max !== undefined) number = number.max(spec.max);
      schema = number;
      break;
    }
    case 'boolean':
      schema = z.boolean();
      break;
    case 'enum':
      schema = z.enum(spec.values as readonly [string, ...string[]]);
      break;
    case 'strings':
      schema = list(z.string());
      break;
  }
  return schema.optional().meta({ description: spec.doc.en, default: spec.default });
}

function ruleSettingSchema(rule: Rule) {
  const options = z
    .strictObject(Object.fromEntries(Object.entries(rule.meta.options).map(([name, spec]) => [name, optionSchema(spec)])))
    .describe(`Options of ${rule.meta.id}; each one left out keeps its default.`);
  return z
    .union([z.enum(['off', ...SEVERITIES]), z.tuple([z.enum(SEVERITIES), options])])
    .optional()
    .describe(`${rule.meta.docs.en.summary} Default: "${rule.meta.defaultSeverity}". Give "off", a severity, or [severity, options].`);
}

/**
 * Reports every repeat in an array, at the index of the repeat. It runs even when some items
 * failed their own schema, so that all errors come back at once; those items are skipped.
 */
function noDuplicates(what: string, field?: string) {
  const keyOf = (item: unknown): unknown => (field === undefined ? item : item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[field] : undefined);
  return [
    (items: readonly unknown[], context: z.RefinementCtx) => {
      // It runs even when the value is no array at all (that error is already reported).
      if (!Array.isArray(items)) return;
      const firstIndex = new Map<string, number>();
      items.forEach((item, index) => {
        const raw = keyOf(item);
        if (typeof raw !== 'string') return;
        const key = phraseKey(raw);
        const first = firstIndex.get(key);
        if (first === undefined) firstIndex.set(key, index);
        else context.addIssue({ code: 'custom', path: [index], input: item, message: `duplicate ${what} ${JSON.stringify(raw)} (already at index ${first})` });
      });
    },
    { when: () => true },
  ] as const;
}

const languageSchema = z.enum(['zh', 'en']).optional().describe('Language the entry applies to; left out, it applies to both.');

/** One line of text that is shown to agents, matched against drafts or put into them. */
const inlineText = (what: string, max = 200) =>
  z
    .string()
    .max(max)
    .refine((text) => !CONTROL.test(text), `${what} must not contain control characters (line breaks, tabs, escape codes, direction overrides)`);

const literalText = (what: string) =>
  inlineText(what)
    .regex(VISIBLE, `${what} must contain a visible character (not only spaces, combining marks or zero-width characters)`)
    .refine((text) => !STARTS_MID_CHARACTER.test(text), `${what} must not start with a combining mark or a zero-width joiner`);

/** Lists are bounded in the schema too, so editors show the limit the reader enforces. */
const list = <T extends z.ZodType>(item: T) => z.array(item).max(PACK_LIMITS.maxArrayItems);

const phrasesSchema = z
  .strictObject({
    forbidden: list(
        z.strictObject({
          phrase: literalText('the phrase').describe('Literal text to flag, matched as written (not a pattern).'),
          replacement: inlineText('the replacement').optional().describe('The polite wording offered as a one-click fix; left out, the phrase is only flagged.'),
          language: languageSchema,
          reason: z
            .strictObject({ en: inlineText('the reason', 500).min(1), zh: inlineText('the reason', 500).min(1) })
            .optional()
            .describe('Why to avoid the phrase, in English and Simplified Chinese.'),
        }),
    )
      .superRefine(...noDuplicates('phrase', 'phrase'))
      .optional()
      .describe('Service phrases to avoid, added to the built-in list.'),
    acronyms: list(
      z
        .string()
        .max(40)
        .regex(/^\S+$/, 'an acronym is one word without spaces')
        .regex(VISIBLE, 'an acronym must contain a visible character'),
    )
      .optional()
      .describe('Upper-case words that are not shouting (product codes, team jargon).'),
    anger: z
      .strictObject({
        add: list(
          z.strictObject({
              term: literalText('the term').describe('Literal word or phrase, matched as written (not a pattern).'),
              weight: z.number().min(0).max(1).default(0.5).describe('How much the term adds to the anger score; 1 is a strong insult.'),
            language: languageSchema,
          }),
        )
          .superRefine(...noDuplicates('term', 'term'))
          .optional()
          .describe('Words that make a draft read as angry, added to the built-in list.'),
        ignore: list(literalText('the term'))
          .optional()
          .describe('Built-in anger words to ignore (e.g. a product called "Killer Deal").'),
      })
      .optional()
      .describe('Words that change the anger score of the angry-tone rule.'),
  })
  .optional()
  .describe('Vocabulary added to the rules. Packs supply literal phrases only, never regular expressions, so no pack can make matching slow.');

const guardSchema = z
  .strictObject({
    cooldownSeconds: z.int().min(5).max(3600).optional().describe('How long the send guard holds an angry draft, in seconds.'),
    allowSendAnyway: z.boolean().optional().describe('Whether the send guard offers "send anyway".'),
  })
  .optional()
  .describe('The send guard that holds angry drafts. Values from a managed pack cannot be loosened by team or personal layers.');

function testsSchema(ruleIds: readonly [string, ...string[]]) {
  const ruleList = (meaning: string) => z.array(z.enum(ruleIds)).superRefine(...noDuplicates('rule id')).optional().describe(meaning);
  const testCase = z
    .strictObject({
      name: z.string().min(1).max(200).describe('What the case shows; printed when it fails.'),
      subject: z.string().max(1000).describe('Subject of the example mail.'),
      body: z.string().max(PACK_LIMITS.maxStringLength).describe('Body of the example mail.'),
      language: z.enum(['zh', 'en']).optional().describe('Language of the mail, passed to the rules as a compose page would.'),
      mustReport: ruleList('Rule ids that must report at least one finding on this mail.'),
      mustNotReport: ruleList('Rule ids that must report nothing on this mail.'),
    })
    .superRefine((test, context) => {
      const reported = new Set(test.mustReport ?? []);
      if (reported.size === 0 && (test.mustNotReport ?? []).length === 0) {
        context.addIssue({ code: 'custom', path: ['mustReport'], input: test, message: 'a test names at least one rule in mustReport or mustNotReport' });
      }
      (test.mustNotReport ?? []).forEach((ruleId, index) => {
        if (reported.has(ruleId)) context.addIssue({ code: 'custom', path: ['mustNotReport', index], input: test, message: `rule ${JSON.stringify(ruleId)} is also in mustReport` });
      });
    });
  return z
    .array(testCase)
    .superRefine(...noDuplicates('test name', 'name'))
    .optional()
    .describe('Example mails (subject and body, Chinese or English) with the rules that must and must not report on them; `netiquette pack test` runs them.');
}

/** The schema of a pack for a given set of rules (the built-in rules unless a test says otherwise). */
export function createPackSchema(rules: readonly Rule[] = builtinRules) {
  const ruleIds = rules.map((rule) => rule.meta.id) as [string, ...string[]];
  return z
    .strictObject({
      $schema: z.string().optional().describe('Where editors find this schema, for completion.'),
      schema: z.literal(PACK_FORMAT_VERSION).describe('Version of the pack format.'),
      id: z.string().max(64).regex(SLUG, 'the id is a slug: lower-case letters and digits separated by single hyphens').describe('Stable identifier, e.g. "acme-support".'),
      name: inlineText('the name', 100).min(1).describe('Name shown in the options page.'),
      version: z.string().regex(SEMVER, 'the version is a semantic version such as "1.2.0"').describe('Semantic version of the pack.'),
      description: z
        .string()
        .max(2000)
        .refine((text) => !CONTROL_BUT_LINE_BREAKS.test(text), 'the description must not contain control characters other than line breaks and tabs (escape codes, direction overrides)')
        .describe('What the pack is for.'),
      extends: z.enum(BUILTIN_PACK_IDS as [string, ...string[]]).optional().describe('A built-in pack whose values lie beneath this pack\'s own.'),
      rules: z
        .strictObject(Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule)])))
        .optional()
        .describe('Rule id → "off", a severity, or [severity, options]. Rules left out keep the value from the layer below.'),
      phrases: phrasesSchema,
      locked: list(z.enum(ruleIds))
        .superRefine(...noDuplicates('rule id'))
        .optional()
        .describe('Rules that later layers (team packs, personal settings) may not turn off, lower or reconfigure.'),
      guard: guardSchema,
      tests: testsSchema(ruleIds),
    })
    .meta({ title: 'Netiquette rule pack', description: 'Rules, options and vocabulary for the Netiquette email linter.' });
}

export const packSchema = createPackSchema();

const schemaFor = memoizeByIdentity((rules: readonly Rule[]) => (rules === builtinRules ? packSchema : createPackSchema(rules)));

export interface PackError {
  /** Where the problem is, as a JSON path: `$.rules["line-length"][1].max`. */
  path: string;
  message: string;
}

/** A refused pack lists its first errors (`PACK_LIMITS.maxReportedErrors`, then one line counting the rest); `errorCount` counts them all. */
export type PackParseResult = { ok: true; pack: Pack } | { ok: false; errors: PackError[]; errorCount: number };

/** The JSON Schema that `public/rule-pack.schema.json` holds, for editors. */
export function packJsonSchema(rules: readonly Rule[] = builtinRules): Record<string, unknown> {
  const generated = z.toJSONSchema(schemaFor(rules), { io: 'input' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, $id: PACK_SCHEMA_ID, ...rest };
}

/** Where the generated schema is committed; `scripts/generate-schema.ts` writes it. */
export const PACK_SCHEMA_FILE = new URL('../../public/rule-pack.schema.json', import.meta.url);

/** The committed file's exact text: two-space JSON and a final newline. */
export function renderPackJsonSchema(): string {
  return `${JSON.stringify(packJsonSchema(), null, 2)}\n`;
}

type PathSegment = PropertyKey;

export function formatJsonPath(path: readonly PathSegment[]): string {
  let formatted = '$';
  for (const segment of path) {
    if (typeof segment === 'number') formatted += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) formatted += `.${segment}`;
    else formatted += `[${JSON.stringify(String(segment))}]`;
  }
  return formatted;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  [key: string]: unknown;
}

/**
 * A union fails as a whole; the branch the author meant is the one whose failure lies deepest
 * (`["loud", {}]` is a bad tuple, not a bad severity string). Branches that failed on the type
 * of the value itself are the ones that were not meant.
 */
function meantBranch(branches: readonly (readonly Issue[])[]): readonly Issue[] | undefined {
  let best: readonly Issue[] | undefined;
  let bestDepth = -1;
  for (const issues of branches) {
    if (issues.some((issue) => issue.code === 'invalid_type' && issue.path.length === 0)) continue;
    const depth = Math.max(...issues.map((issue) => issue.path.length));
    if (depth > bestDepth) {
      best = issues;
      bestDepth = depth;
    }
  }
  return best;
}

interface ErrorContext {
  input: unknown;
  rules: readonly Rule[];
  topLevelKeys: readonly string[];
}

function toPackErrors(issue: Issue, basePath: readonly PathSegment[], context: ErrorContext): PackError[] {
  const path = [...basePath, ...issue.path];
  const value = valueAt(context.input, path);
  const ruleIds = context.rules.map((rule) => rule.meta.id);
  const at = (segments: readonly PathSegment[], message: string): PackError => ({ path: formatJsonPath(segments), message });

  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys as string[]).map((key) => {
        const keyPath = [...path, key];
        if (path.length === 1 && path[0] === 'rules') return at(keyPath, `unknown rule id ${JSON.stringify(key)}; known rules: ${ruleIds.join(', ')}`);
        if (path.length === 3 && path[0] === 'rules') {
          const known = Object.keys(context.rules.find((rule) => rule.meta.id === path[1])?.meta.options ?? {});
          return at(keyPath, `unknown option ${JSON.stringify(key)} for ${String(path[1])}; ${known.length ? `its options: ${known.join(', ')}` : 'it takes no options'}`);
        }
        if (path.length === 0) return at(keyPath, `unknown key ${JSON.stringify(key)}; a pack has: ${context.topLevelKeys.join(', ')}`);
        return at(keyPath, `unknown key ${JSON.stringify(key)}`);
      });
    // Rule settings are the only union in a pack.
    case 'invalid_union': {
      const branch = meantBranch(issue.errors as Issue[][]);
      if (branch) return branch.flatMap((inner) => toPackErrors(inner, path, context));
      return [at(path, `expected "off", a severity, or [severity, options], got ${describeValue(value)}`)];
    }
    case 'invalid_value': {
      const namesRule = path[0] === 'locked' || (path[0] === 'tests' && (path[2] === 'mustReport' || path[2] === 'mustNotReport'));
      if (namesRule) return [at(path, `unknown rule id ${describeValue(value)}; known rules: ${ruleIds.join(', ')}`)];
      return [at(path, `expected ${oneOf(issue.values as unknown[])}, got ${describeValue(value)}`)];
    }
    case 'invalid_type':
      if (value === undefined) return [at(path, `required ${issue.expected as string} is missing`)];
      return [at(path, `expected ${issue.expected === 'int' ? 'an integer' : (issue.expected as string)}, got ${describeValue(value)}`)];
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      const bound = issue.code === 'too_big' ? 'at most' : 'at least';
      if (issue.origin === 'number') return [at(path, `must be ${bound} ${String(limit)}, got ${describeValue(value)}`)];
      if (issue.origin === 'string' && issue.code === 'too_small' && limit === 1) return [at(path, 'must not be empty')];
      const unit = issue.origin === 'string' ? 'characters' : 'items';
      return [at(path, `must have ${bound} ${String(limit)} ${unit}`)];
    }
    default:
      return [at(path, issue.message)];
  }
}

function refused(errors: readonly PackError[], errorCount = errors.length): PackParseResult {
  const shown = errors.slice(0, PACK_LIMITS.maxReportedErrors);
  const more = errorCount - shown.length;
  if (more > 0) shown.push({ path: '$', message: `and ${more.toLocaleString('en-US')} more ${more === 1 ? 'error' : 'errors'} (fix the ones above and check again)` });
  return { ok: false, errors: shown, errorCount };
}

/**
 * Validates a parsed pack. A pack with any error is refused whole, with its errors listed.
 * Sizes, depth and Unicode are checked first (`checkPackLimits`), so the schema only ever
 * sees input of bounded size.
 */
export function parsePack(json: unknown, rules: readonly Rule[] = builtinRules): PackParseResult {
  const limitProblems = checkPackLimits(json);
  if (limitProblems.length > 0) return refused(limitProblems.map((problem) => ({ path: formatJsonPath(problem.path), message: problem.message })));
  const schema = schemaFor(rules);
  const result = schema.safeParse(json);
  if (result.success) {
    const pack: Pack = result.data;
    return { ok: true, pack };
  }
  const context: ErrorContext = { input: json, rules, topLevelKeys: Object.keys(schema.shape) };
  return refused((result.error.issues as unknown as Issue[]).flatMap((issue) => toPackErrors(issue, [], context)));
}

/**
 * Reads a pack file's text. It must fit in `PACK_LIMITS.maxBytes`; JSON syntax errors, repeated
 * keys and out-of-range numbers come back with their line and column.
 */
export function parsePackText(text: string, rules: readonly Rule[] = builtinRules): PackParseResult {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Length × 3 bounds the UTF-8 size from above, so only texts near the limit are encoded.
  const bytes = withoutBom.length * 3 <= PACK_LIMITS.maxBytes ? withoutBom.length : new TextEncoder().encode(withoutBom).length;
  if (bytes > PACK_LIMITS.maxBytes) {
    return refused([{ path: '$', message: `the pack is ${bytes.toLocaleString('en-US')} bytes; a pack may have at most ${PACK_LIMITS.maxBytes.toLocaleString('en-US')}` }]);
  }
  const read = readJson(withoutBom, { maxDepth: PACK_LIMITS.maxDepth, maxProblems: PACK_LIMITS.maxReportedErrors });
  if (!read.ok) {
    const errors = read.problems.map((problem) => ({
      path: formatJsonPath(problem.path),
      message: read.syntax && problem === read.problems[0] ? `not valid JSON at line ${problem.line}, column ${problem.column}: ${problem.message}` : `line ${problem.line}, column ${problem.column}: ${problem.message}`,
    }));
    return refused(errors, read.problemCount);
  }
  return parsePack(read.value, rules);
}
