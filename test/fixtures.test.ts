import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/cli/input.ts';
import { lintInputs } from '../src/cli/lint.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';

/**
 * Realistic support replies linted with the default pack, as the CLI reads them. Each one
 * lists the rules a person expects to fire and the rules that must stay quiet.
 */

interface Expectation {
  description: string;
  fires: string[];
  quiet: string[];
}

const directory = fileURLToPath(new URL('./fixtures/mails', import.meta.url));
const expected = JSON.parse(readFileSync(join(directory, 'expected.json'), 'utf8')) as { fixtures: Record<string, Expectation> };
const mailFiles = readdirSync(directory).filter((name) => /\.(?:eml|txt)$/.test(name)).sort();
const config = resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;

describe('mail fixtures', () => {
  it('every fixture has expectations and every expectation a fixture', () => {
    expect(Object.keys(expected.fixtures).sort()).toEqual(mailFiles);
    expect(mailFiles.length).toBeGreaterThanOrEqual(12);
  });

  it('expectations name known rules, each in one list only', () => {
    const known = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const [name, { fires, quiet }] of Object.entries(expected.fixtures)) {
      for (const id of [...fires, ...quiet]) expect(known.has(id), `${name}: ${id}`).toBe(true);
      expect(fires.filter((id) => quiet.includes(id)), name).toEqual([]);
    }
  });

  it('covers calm and angry mail in both languages', () => {
    const names = Object.keys(expected.fixtures);
    for (const prefix of ['zh-', 'en-', 'mixed-']) expect(names.some((name) => name.startsWith(prefix)), prefix).toBe(true);
    const angry = Object.values(expected.fixtures).filter(({ fires }) => fires.includes('angry-tone'));
    const calm = Object.values(expected.fixtures).filter(({ fires }) => fires.length === 0);
    expect(angry.length).toBeGreaterThanOrEqual(2);
    expect(calm.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of mailFiles) {
    const expectation = expected.fixtures[name];
    it(`${name}: ${expectation?.description ?? 'no expectation'}`, async () => {
      const input = await parseInput(name, readFileSync(join(directory, name)));
      const [result] = lintInputs([input], config);
      const fired = new Set(result!.findings.map((finding) => finding.ruleId));
      const describeFindings = (ids: readonly string[]) =>
        result!.findings
          .filter((finding) => ids.includes(finding.ruleId))
          .map((finding) => `${finding.ruleId} ${finding.field} ${finding.line}:${finding.column} "${input.draft[finding.field].slice(finding.start, finding.end)}" ${finding.message.en}`);

      expect(expectation!.fires.filter((id) => !fired.has(id)), 'expected to fire but did not').toEqual([]);
      expect(describeFindings(expectation!.quiet), 'expected to stay quiet').toEqual([]);
    });
  }
});
