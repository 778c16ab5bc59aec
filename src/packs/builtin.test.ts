import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../core/options.ts';
import { builtinRules } from '../rules/index.ts';
import { builtinPacks, defaultPack, findBuiltinPack, strictPack } from './builtin.ts';
import { runPackTests } from './pack-tests.ts';
import { parsePackText } from './schema.ts';

describe('built-in packs', () => {
  it('are found by id, and only by their own ids', () => {
    for (const [id, pack] of Object.entries(builtinPacks)) expect(findBuiltinPack(id)).toBe(pack);
    expect(findBuiltinPack('toString')).toBeUndefined();
  });

  it('default spells out every rule at its own default severity and defaults', () => {
    for (const rule of builtinRules) {
      const setting = defaultPack.rules?.[rule.meta.id];
      expect(setting, rule.meta.id).toBeDefined();
      const [severity, options] = typeof setting === 'string' ? [setting, {}] : setting!;
      expect(severity, rule.meta.id).toBe(rule.meta.defaultSeverity);
      expect(resolveOptions(rule.meta.options, options), rule.meta.id).toEqual(resolveOptions(rule.meta.options, {}));
    }
  });

  it('default carries the course\'s numbers', () => {
    const optionsOf = (id: string) => {
      const setting = defaultPack.rules?.[id];
      return typeof setting === 'string' || setting === undefined ? {} : setting[1];
    };
    expect(optionsOf('subject-length')).toMatchObject({ max: 15 });
    expect(optionsOf('line-length')).toMatchObject({ min: 30, max: 35 });
    expect(optionsOf('signature-length')).toMatchObject({ maxLines: 5 });
    expect(optionsOf('message-length')).toMatchObject({ maxLines: 25 });
  });

  it('strict makes every rule an error and takes "send anyway" away', () => {
    for (const rule of builtinRules) expect(strictPack.rules?.[rule.meta.id], rule.meta.id).toBe('error');
    expect(strictPack.guard?.allowSendAnyway).toBe(false);
  });

  it.each(Object.values(builtinPacks))('$id carries tests in Chinese and English, and passes them', (pack) => {
    expect(new Set(pack.tests?.map((test) => test.language))).toEqual(new Set(['zh', 'en']));
    const failures = runPackTests(pack).filter((result) => !result.passed);
    expect(failures.map(({ test, missing, unexpected }) => ({ name: test.name, missing, unexpected: unexpected.map((finding) => finding.ruleId) }))).toEqual([]);
  });
});

describe('pack tests', () => {
  it('fail when a mustReport rule is silent or a mustNotReport rule reports, and say which', () => {
    const shouting = { name: 'shouting', subject: 'Refund', body: 'Hi Jo,\n\nREAD THE MANUAL.\n\nSam' };
    const pack = {
      ...defaultPack,
      rules: { ...defaultPack.rules, shouting: 'off' as const },
      tests: [
        { ...shouting, mustReport: ['shouting'] },
        { ...shouting, mustNotReport: ['subject-missing', 'angry-tone'] },
      ],
    };
    const [silenced, calm] = runPackTests(pack);
    expect(silenced).toMatchObject({ index: 0, passed: false, missing: ['shouting'], unexpected: [] });
    expect(calm).toMatchObject({ index: 1, passed: true, missing: [], unexpected: [] });
    const onAgain = runPackTests({ ...pack, rules: defaultPack.rules, tests: [{ ...shouting, mustNotReport: ['shouting'] }] });
    expect(onAgain[0]!.passed).toBe(false);
    expect(onAgain[0]!.unexpected.map((finding) => finding.ruleId)).toEqual(['shouting']);
  });
});

describe('example team pack', () => {
  it('is valid, so the pack guide can start from it', () => {
    const result = parsePackText(readFileSync(new URL('./examples/team-pack.json', import.meta.url), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });
});
