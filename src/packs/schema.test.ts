import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OptionSpec } from '../core/options.ts';
import { builtinRules } from '../rules/index.ts';
import { builtinPacks } from './builtin.ts';
import type { Pack } from './pack.ts';
import { sampleRules } from './sample-rules.ts';
import { formatJsonPath, packJsonSchema, parsePack, parsePackText } from './schema.ts';

const minimal: Pack = { schema: 1, id: 'acme-support', name: 'ACME support', version: '1.2.0', description: 'House rules of the ACME help desk.' };

function errorsOf(json: unknown) {
  const result = parsePack(json, sampleRules);
  expect(result.ok, 'the pack should be refused').toBe(false);
  return result.ok ? [] : result.errors;
}

function refusalOf(json: unknown): Record<string, string> {
  return Object.fromEntries(errorsOf(json).map((error) => [error.path, error.message]));
}

describe('parsePack', () => {
  it('accepts every built-in pack', () => {
    for (const pack of Object.values(builtinPacks)) {
      const result = parsePack(pack);
      expect(result.ok ? [] : result.errors, pack.id).toEqual([]);
    }
  });

  it('accepts a minimal pack and returns it unchanged', () => {
    expect(parsePack(minimal, sampleRules)).toEqual({ ok: true, pack: minimal });
  });

  it('accepts a full pack, filling in the default anger weight', () => {
    const pack = {
      ...minimal,
      $schema: './rule-pack.schema.json',
      extends: 'default',
      rules: { 'line-length': ['error', { max: 40, count: 'graphemes' }], shouting: 'off', 'subject-missing': ['warning', {}] },
      phrases: {
        forbidden: [{ phrase: 'per our policy', replacement: 'under our terms', language: 'en', reason: { en: 'Sounds cold.', zh: '语气生硬。' } }],
        acronyms: ['ACME', 'RMA'],
        anger: { add: [{ term: 'clueless' }, { term: '脑子进水', weight: 0.9, language: 'zh' }], ignore: ['killer'] },
      },
      locked: ['angry-tone'],
      guard: { cooldownSeconds: 120, allowSendAnyway: false },
    };
    const result = parsePack(pack, sampleRules);
    expect(result.ok).toBe(true);
    expect(result.ok && result.pack.phrases?.anger?.add).toEqual([
      { term: 'clueless', weight: 0.5 },
      { term: '脑子进水', weight: 0.9, language: 'zh' },
    ]);
  });

  it.each([
    ['a severity that does not exist', { rules: { 'line-length': 'loud' } }, '$.rules["line-length"]', 'expected one of "off", "error", "warning", "info", got "loud"'],
    ['a bad severity inside [severity, options]', { rules: { 'line-length': ['fatal', {}] } }, '$.rules["line-length"][0]', 'expected one of "error", "warning", "info", got "fatal"'],
    ['"off" with options', { rules: { 'line-length': ['off', { max: 40 }] } }, '$.rules["line-length"][0]', 'expected one of "error", "warning", "info", got "off"'],
    ['an option above its maximum', { rules: { 'line-length': ['error', { max: 500 }] } }, '$.rules["line-length"][1].max', 'must be at most 200, got 500'],
    ['an option below its minimum', { rules: { 'angry-tone': ['error', { threshold: -0.1 }] } }, '$.rules["angry-tone"][1].threshold', 'must be at least 0, got -0.1'],
    ['a fraction where an integer is due', { rules: { 'line-length': ['error', { max: 35.5 }] } }, '$.rules["line-length"][1].max', 'expected an integer, got 35.5'],
    ['an enum option outside its values', { rules: { 'line-length': ['error', { count: 'bytes' }] } }, '$.rules["line-length"][1].count', 'expected one of "width", "graphemes", got "bytes"'],
    ['a boolean option given as a string', { rules: { shouting: ['error', { repeatedPunctuation: 'yes' }] } }, '$.rules.shouting[1].repeatedPunctuation', 'expected boolean, got "yes"'],
    ['a strings option holding a number', { rules: { shouting: ['error', { acronyms: ['ACME', 7] }] } }, '$.rules.shouting[1].acronyms[1]', 'expected string, got 7'],
    ['an unknown option', { rules: { 'line-length': ['error', { maxWidth: 40 }] } }, '$.rules["line-length"][1].maxWidth', 'unknown option "maxWidth" for line-length; its options: max, count'],
    ['an option for a rule without options', { rules: { 'subject-missing': ['error', { max: 1 }] } }, '$.rules["subject-missing"][1].max', 'it takes no options'],
    ['an unknown rule', { rules: { 'line-lenght': 'error' } }, '$.rules["line-lenght"]', 'unknown rule id "line-lenght"; known rules: subject-missing, line-length, shouting, angry-tone'],
    ['an unknown locked rule', { locked: ['angry-tone', 'anger'] }, '$.locked[1]', 'unknown rule id "anger"'],
    ['a rule locked twice', { locked: ['angry-tone', 'shouting', 'angry-tone'] }, '$.locked[2]', 'duplicate rule id "angry-tone" (already at index 0)'],
    ['a forbidden phrase listed twice', { phrases: { forbidden: [{ phrase: 'Calm down' }, { phrase: ' calm down ' }] } }, '$.phrases.forbidden[1]', 'duplicate phrase " calm down "'],
    ['a blank forbidden phrase', { phrases: { forbidden: [{ phrase: '  ' }] } }, '$.phrases.forbidden[0].phrase', 'visible character'],
    ['an anger weight above 1', { phrases: { anger: { add: [{ term: 'idiot', weight: 3 }] } } }, '$.phrases.anger.add[0].weight', 'must be at most 1, got 3'],
    ['an acronym with a space', { phrases: { acronyms: ['AC ME'] } }, '$.phrases.acronyms[0]', 'one word'],
    ['a cool-down under 5 seconds', { guard: { cooldownSeconds: 2 } }, '$.guard.cooldownSeconds', 'must be at least 5, got 2'],
    ['a cool-down over an hour', { guard: { cooldownSeconds: 3601 } }, '$.guard.cooldownSeconds', 'must be at most 3600, got 3601'],
    ['another format version', { schema: 2 }, '$.schema', 'expected 1, got 2'],
    ['an id that is not a slug', { id: 'ACME Support' }, '$.id', 'slug'],
    ['a version that is not semver', { version: '1.2' }, '$.version', 'semantic version'],
    ['extending a pack that is not built in', { extends: 'acme-base' }, '$.extends', 'expected one of "default", "strict", got "acme-base"'],
    ['an unknown top-level key', { rule: {} }, '$.rule', 'unknown key "rule"; a pack has: $schema, schema, id, name'],
  ])('refuses %s', (_name, change, path, message) => {
    const refusal = refusalOf({ ...minimal, ...change });
    expect(Object.keys(refusal)).toEqual([path]);
    expect(refusal[path]).toContain(message);
  });

  it('says which required field is missing', () => {
    const { name: _dropped, ...withoutName } = minimal;
    expect(refusalOf(withoutName)).toEqual({ '$.name': 'required string is missing' });
  });

  it('refuses something that is not an object', () => {
    expect(refusalOf([minimal])).toEqual({ $: 'expected object, got an array' });
  });

  it('lists every error of a pack at once', () => {
    const refusal = refusalOf({
      ...minimal,
      version: 'one',
      rules: { 'line-length': ['error', { max: 5, colour: 'red' }], bogus: 'off' },
      locked: ['bogus', 'bogus'],
      guard: { allowSendAnyway: 'no' },
    });
    expect(Object.keys(refusal).sort()).toEqual(
      ['$.version', '$.rules["line-length"][1].max', '$.rules["line-length"][1].colour', '$.rules.bogus', '$.locked[0]', '$.locked[1]', '$.guard.allowSendAnyway'].sort(),
    );
  });

  it('validates options against the real rules', () => {
    const [rule] = builtinRules.filter((candidate) => Object.values(candidate.meta.options).some((spec) => spec.kind === 'number' && spec.max !== undefined));
    expect(rule, 'some built-in rule has a bounded number option').toBeDefined();
    const [name, spec] = Object.entries(rule!.meta.options).find(([, candidate]) => candidate.kind === 'number' && candidate.max !== undefined)!;
    const tooBig = (spec as Extract<OptionSpec, { kind: 'number' }>).max! + 1;
    const result = parsePack({ ...minimal, rules: { [rule!.meta.id]: ['warning', { [name]: tooBig }] } });
    expect(result.ok ? [] : result.errors.map((error) => error.path)).toEqual([formatJsonPath(['rules', rule!.meta.id, 1, name])]);
  });
});

describe('option values (property)', () => {
  const numberIn = (spec: Extract<OptionSpec, { kind: 'number' }>) =>
    spec.integer ? fc.integer({ min: spec.min, max: spec.max }) : fc.double({ min: spec.min, max: spec.max, noNaN: true });
  const lineLength = sampleRules.find((rule) => rule.meta.id === 'line-length')!;
  const maxSpec = lineLength.meta.options.max as Extract<OptionSpec, { kind: 'number' }>;

  it('accepts every value inside an option\'s range', () => {
    fc.assert(
      fc.property(numberIn(maxSpec), fc.constantFrom('error', 'warning', 'info'), (max, severity) => {
        expect(parsePack({ ...minimal, rules: { 'line-length': [severity, { max }] } }, sampleRules).ok).toBe(true);
      }),
    );
  });

  it('refuses every value outside it, at the option\'s path', () => {
    const outside = fc.oneof(fc.integer({ max: maxSpec.min! - 1 }), fc.integer({ min: maxSpec.max! + 1 }));
    fc.assert(
      fc.property(outside, (max) => {
        expect(Object.keys(refusalOf({ ...minimal, rules: { 'line-length': ['error', { max }] } }))).toEqual(['$.rules["line-length"][1].max']);
      }),
    );
  });
});

describe('parsePackText', () => {
  it('reads a pack, with or without a byte order mark', () => {
    const text = JSON.stringify(minimal, null, 2);
    expect(parsePackText(text, sampleRules)).toEqual({ ok: true, pack: minimal });
    expect(parsePackText(`\uFEFF${text}`, sampleRules)).toEqual({ ok: true, pack: minimal });
  });

  it.each([
    ['a trailing comma', '{\n  "schema": 1,\n  "id": "x",\n}', '$', 'line 4, column 1: trailing comma before "}"'],
    ['a missing comma', '{\n  "schema": 1\n  "id": "x"\n}', '$', 'line 3, column 3: expected "," or "}", found "\\""'],
    ['an unquoted key', '{ schema: 1 }', '$', 'line 1, column 3: expected a property name in double quotes, found "s"'],
    ['an unterminated string', '{\n  "name": "ACME\n}', '$.name', 'line 2, column 16: unterminated string (a line break inside a string is written \\n)'],
    ['a comment', '// pack\n{}', '$', 'line 1, column 1: expected a value, found "/"'],
    ['nothing at all', '', '$', 'line 1, column 1: expected a value, found end of input'],
  ])('refuses %s with its path, line and column', (_name, text, path, where) => {
    expect(parsePackText(text, sampleRules)).toEqual({ ok: false, errors: [{ path, message: `not valid JSON at ${where}` }], errorCount: 1 });
  });

  it('runs the schema after the syntax', () => {
    expect(parsePackText('{"schema": 1}', sampleRules)).toMatchObject({ ok: false, errors: expect.arrayContaining([{ path: '$.id', message: 'required string is missing' }]) });
  });
});

describe('formatJsonPath', () => {
  it('writes identifiers with dots, other keys in brackets and indexes as numbers', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['rules', 'line-length', 1, 'max'])).toBe('$.rules["line-length"][1].max');
    expect(formatJsonPath(['phrases', 'forbidden', 0, 'phrase'])).toBe('$.phrases.forbidden[0].phrase');
    expect(formatJsonPath(['$schema', 'a"b'])).toBe('$.$schema["a\\"b"]');
  });
});

describe('packJsonSchema', () => {
  const schema = packJsonSchema(sampleRules) as {
    $id: string;
    title: string;
    properties: Record<string, { description?: string; properties?: Record<string, { description?: string; anyOf?: unknown[] }> }>;
    additionalProperties: boolean;
  };

  it('has an id, a title and descriptions for editors', () => {
    expect(schema.$id).toMatch(/^https:\/\/.+\/rule-pack\.schema\.json$/);
    expect(schema.title).toBe('Netiquette rule pack');
    expect(schema.additionalProperties).toBe(false);
    for (const key of ['$schema', 'schema', 'id', 'name', 'version', 'rules', 'phrases', 'locked', 'guard']) {
      expect(schema.properties[key]?.description, key).toBeTruthy();
    }
    expect(schema.properties.phrases!.description).toContain('literal phrases only');
  });

  it('describes each rule and its options', () => {
    const rules = schema.properties.rules!.properties!;
    expect(Object.keys(rules)).toEqual(sampleRules.map((rule) => rule.meta.id));
    expect(JSON.stringify(rules['line-length'])).toContain('"minimum":10');
    expect(JSON.stringify(rules['line-length'])).toContain('"maximum":200');
    expect(JSON.stringify(rules['line-length'])).toContain('"default":35');
    expect(JSON.stringify(rules['line-length'])).toContain('"enum":["width","graphemes"]');
  });
});
