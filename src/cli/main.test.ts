import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPackJsonSchema } from '../packs/schema.ts';
import { builtinRules } from '../rules/index.ts';
import { localeFromEnvironment } from './messages.ts';
import { runCli } from './testing/run-cli.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(root, 'test/fixtures/mails', name);
const scratch = mkdtempSync(join(tmpdir(), 'netiquette-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const run = runCli;

const pack = (rules: Record<string, unknown>) => ({ schema: 1, id: 'test-pack', name: 'Test pack', version: '1.0.0', description: 'For the CLI tests.', rules });

/** Only subject-missing stays on, so exit codes and output do not depend on how the other rules evolve. */
const subjectOnlyPack = writeScratch(
  'subject-only.json',
  JSON.stringify(pack(Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.id === 'subject-missing' ? 'error' : 'off'])))),
);
const withSubject = writeScratch('with-subject.txt', 'Subject: Refund done\n\nDear Ann,\n\nYour refund is done.\n');
const emptySubject = writeScratch('empty-subject.txt', 'Subject: \n\nDear Ann,\n\nYour refund is done.\n');
const noSubjectLine = writeScratch('no-subject-line.txt', 'Dear Ann,\n\nYour refund is done.\n');

describe('lint', () => {
  it('exits 0 when no finding is an error', async () => {
    const { code, stdout, stderr } = await run(['lint', '--pack', subjectOnlyPack, withSubject]);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ No problems found (1 file)\n');
    expect(stderr).toBe('');
  });

  it('exits 1 when a finding is an error, and reports it like ESLint', async () => {
    const { code, stdout } = await run(['lint', '--pack', subjectOnlyPack, withSubject, emptySubject]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(emptySubject);
    expect(lines[1]).toMatch(/^ {2}subject 1:1 {2}error {2}The subject is empty.* {2}subject-missing$/);
    expect(stdout).not.toContain(withSubject);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 1 problem (1 error, 0 warnings, 0 infos)');
  });

  it('prints exactly one JSON array with every file, in the order given', async () => {
    const { code, stdout } = await run(['lint', '--format', 'json', '--pack', subjectOnlyPack, withSubject, emptySubject, fixture('zh-no-subject.eml')]);
    expect(code).toBe(1);
    const files = JSON.parse(stdout) as Array<{ file: string; findings: Array<Record<string, unknown>> }>;
    expect(files.map((entry) => entry.file)).toEqual([withSubject, emptySubject, fixture('zh-no-subject.eml')]);
    expect(files[0]!.findings).toEqual([]);
    expect(files[1]!.findings).toEqual([
      { ruleId: 'subject-missing', severity: 'error', message: expect.stringContaining('subject is empty'), field: 'subject', line: 1, column: 1, start: 0, end: 0 },
    ]);
    expect(files[2]!.findings.map((finding) => finding.ruleId)).toEqual(['subject-missing']);
  });

  it('gives every finding the documented keys with the documented types', async () => {
    const { stdout } = await run(['lint', '--format', 'json', fixture('en-angry-agent.txt'), fixture('zh-angry-agent.txt'), fixture('en-password-leak.txt')]);
    const findings = (JSON.parse(stdout) as Array<{ findings: Array<Record<string, unknown>> }>).flatMap((entry) => entry.findings);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding).toMatchObject({
        ruleId: expect.any(String),
        severity: expect.stringMatching(/^(?:error|warning|info)$/),
        message: expect.any(String),
        field: expect.stringMatching(/^(?:subject|body)$/),
        line: expect.any(Number),
        column: expect.any(Number),
        start: expect.any(Number),
        end: expect.any(Number),
      });
    }
  });

  it('says nothing about the subject of a text file without a Subject line', async () => {
    const { code, stdout } = await run(['lint', '--format', 'json', '--pack', subjectOnlyPack, noSubjectLine]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ file: noSubjectLine, findings: [] }]);
  });

  it('reads standard input as "-", as a text draft or as a mail', async () => {
    const text = await run(['lint', '--format', 'json', '--pack', subjectOnlyPack, '-'], { stdin: 'Subject:\n\nHello\n' });
    expect(JSON.parse(text.stdout)).toEqual([{ file: '-', findings: [expect.objectContaining({ ruleId: 'subject-missing' })] }]);
    const mail = await run(['lint', '--format', 'json', '--pack', subjectOnlyPack, '-'], { stdin: readFileSync(fixture('zh-refund-calm.eml'), 'latin1') });
    expect(JSON.parse(mail.stdout)).toEqual([{ file: '-', findings: [] }]);
  });

  it('writes messages in the language of LANG, unless --locale says otherwise', async () => {
    const zh = await run(['lint', '--pack', subjectOnlyPack, emptySubject], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(zh.stdout).toContain('主题 1:1  错误  主题为空');
    expect(zh.stdout).toContain('✖ 共 1 个问题（1 个错误，0 个警告，0 条提示）');
    const en = await run(['lint', '--locale', 'en', '--pack', subjectOnlyPack, emptySubject], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(en.stdout).toContain('subject 1:1  error  The subject is empty');
  });

  it('writes Traditional Chinese for --locale zh-TW and for a Taiwan or Hong Kong LANG', async () => {
    const expected = ['主題 1:1  錯誤  主題為空', '✖ 共 1 個問題（1 個錯誤，0 個警告，0 條提示）'];
    for (const [argv, env] of [
      [['--locale', 'zh-TW'], {}],
      [['--locale', 'zh-Hant'], { LANG: 'zh_CN.UTF-8' }],
      [[], { LANG: 'zh_TW.UTF-8' }],
      [[], { LC_ALL: 'zh_HK.UTF-8' }],
    ] as const) {
      const { stdout } = await run(['lint', ...argv, '--pack', subjectOnlyPack, emptySubject], { env });
      for (const line of expected) expect(stdout).toContain(line);
    }
  });

  it('converts fix titles to Traditional but leaves the text a fix inserts as the rule wrote it', async () => {
    const replacementPack = writeScratch(
      'replacement.json',
      JSON.stringify({
        ...pack(Object.fromEntries(builtinRules.map((rule) => [rule.meta.id, rule.meta.id === 'forbidden-phrase' ? 'warning' : 'off']))),
        phrases: { forbidden: [{ phrase: '系统就是这样', replacement: '请您发邮件联系我们', language: 'zh' }] },
      }),
    );
    const draft = writeScratch('system.txt', 'Subject: 退款\n\n系统就是这样。\n');
    const { stdout } = await run(['lint', '--format', 'json', '--locale', 'zh-TW', '--pack', replacementPack, draft]);
    const [file] = JSON.parse(stdout) as Array<{ findings: Array<{ fixes?: Array<{ title: string; edits: Array<{ text: string }> }> }> }>;
    const [finding] = file!.findings;
    expect(finding?.fixes?.[0]?.title).toContain('請您發郵件聯繫我們');
    expect(finding?.fixes?.[0]?.edits.map((edit) => edit.text)).toEqual(['请您发邮件联系我们']);
  });

  it('writes SARIF 2.1.0 with the rules and file positions for text files', async () => {
    const { code, stdout } = await run(['lint', '--format', 'sarif', '--pack', subjectOnlyPack, emptySubject, fixture('zh-no-subject.eml')]);
    expect(code).toBe(1);
    const log = JSON.parse(stdout);
    expect(log.version).toBe('2.1.0');
    const run0 = log.runs[0];
    expect(run0.tool.driver.name).toBe('netiquette');
    expect(run0.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(builtinRules.map((rule) => rule.meta.id));
    const [fromText, fromMail] = run0.results;
    expect(fromText).toMatchObject({ ruleId: 'subject-missing', ruleIndex: 0, level: 'error', message: { text: expect.stringContaining('subject is empty') } });
    expect(fromText.locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 10, endLine: 1, endColumn: 10 });
    expect(fromMail.locations[0].physicalLocation.region).toBeUndefined();
    expect(fromMail.locations[0].logicalLocations).toEqual([{ name: 'subject', kind: 'member' }]);
    expect(fromMail.properties).toEqual({ field: 'subject', line: 1, column: 1, start: 0, end: 0 });
  });

  it('applies the rules of a pack', async () => {
    const loud = writeScratch('loud.txt', 'Subject: Refund done\n\nDear Ann, this IS DONE!!!\n');
    const quiet = writeScratch('shouting-off.json', JSON.stringify(pack({ shouting: 'off' })));
    const findingsWith = async (args: string[]) => (JSON.parse((await run(['lint', '--format', 'json', ...args, loud])).stdout) as Array<{ findings: Array<{ ruleId: string }> }>)[0]!.findings.map((finding) => finding.ruleId);
    expect(await findingsWith([])).toContain('shouting');
    expect(await findingsWith(['--pack', quiet])).not.toContain('shouting');
  });
});

describe('lint: bad usage and unreadable input (exit 2)', () => {
  it.each([
    ['a missing file', ['lint', join(scratch, 'missing.eml')], /^netiquette: cannot read .*missing\.eml: no such file\n$/],
    ['an unknown option', ['lint', '--colour', 'x.txt'], /^netiquette: Unknown option '--colour'.*Try 'netiquette --help'\.\n$/],
    ['an unknown format', ['lint', '--format', 'xml', 'x.txt'], /^netiquette: unknown format "xml" \(use text, json or sarif\)\. Try/],
    ['an unknown locale', ['lint', '--locale', 'fr', 'x.txt'], /^netiquette: unknown locale "fr"/],
    ['an unknown Chinese locale', ['lint', '--locale', 'zh-Hant-TW-x', 'x.txt'], /^netiquette: unknown locale "zh-Hant-TW-x"/],
    ['no files', ['lint', '--format', 'json'], /^netiquette: no files to lint/],
    ['an unknown command', ['frobnicate'], /^netiquette: unknown command "frobnicate"/],
    ['no command', [], /^netiquette: no command given/],
  ])('%s', async (_name, argv, stderr) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('prints nothing on stdout when one of several inputs cannot be read', async () => {
    const result = await run(['lint', '--format', 'json', withSubject, join(scratch, 'missing.txt')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
  });

  it('refuses a broken pack, printing each error with its path', async () => {
    const broken = writeScratch('broken.json', JSON.stringify(pack({ 'subject-length': ['warning', { max: 0 }], 'no-such-rule': 'off' })));
    const result = await run(['lint', '--pack', broken, withSubject]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `${broken}: $.rules["subject-length"][1].max: must be at least 1, got 0`,
      expect.stringMatching(/^.*broken\.json: \$\.rules\["no-such-rule"\]: unknown rule id "no-such-rule"; known rules: subject-missing, /),
      `netiquette: rule pack ${broken} refused: 2 errors`,
      '',
    ]);
  });

  it('refuses a pack that is not JSON, with the line and column', async () => {
    const broken = writeScratch('syntax.json', '{\n  "schema": 1,\n  "id": "x"\n  "name": "y"\n}');
    const result = await run(['lint', '--pack', broken, withSubject]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${broken}: $: not valid JSON at line 4, column 3: expected "," or "}"`);
  });
});

describe('pack', () => {
  it('validate: prints OK with the name and version, exit 0', async () => {
    const good = writeScratch('good.json', JSON.stringify(pack({ 'line-length': 'error' })));
    expect(await run(['pack', 'validate', good])).toEqual({ code: 0, stdout: `OK ${good}: Test pack (test-pack@1.0.0)\n`, stderr: '' });
  });

  it('validate: prints every error, exit 1', async () => {
    const bad = writeScratch('bad.json', JSON.stringify({ ...pack({ 'line-length': 'loud' }), version: 'v1' }));
    const result = await run(['pack', 'validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      `${bad}: $.version: the version is a semantic version such as "1.2.0"`,
      `${bad}: $.rules["line-length"]: expected one of "off", "error", "warning", "info", got "loud"`,
    ]);
    expect(result.stderr).toBe(`netiquette: rule pack ${bad} refused: 2 errors\n`);
  });

  it('validate: exit 2 for a missing file or a missing argument', async () => {
    expect((await run(['pack', 'validate', join(scratch, 'nope.json')])).code).toBe(2);
    expect((await run(['pack', 'validate'])).code).toBe(2);
    expect((await run(['pack'])).code).toBe(2);
  });

  it('schema: prints the JSON Schema that public/rule-pack.schema.json holds', async () => {
    const { code, stdout } = await run(['pack', 'schema']);
    expect(code).toBe(0);
    expect(stdout).toBe(renderPackJsonSchema());
    expect(JSON.parse(stdout).title).toBe('Netiquette rule pack');
  });
});

describe('rules, help and version', () => {
  it('lists every rule with its default severity, summary and options', async () => {
    const { code, stdout } = await run(['rules']);
    expect(code).toBe(0);
    for (const rule of builtinRules) {
      expect(stdout).toContain(`${rule.meta.id}  default: ${rule.meta.defaultSeverity}`);
      expect(stdout).toContain(rule.meta.docs.en.summary);
    }
    expect(stdout).toMatch(/^ {4}max = 15 {2}\(1–200\) {2}Longest subject/m);
  });

  it('lists the rules in Chinese', async () => {
    const { stdout } = await run(['rules', '--locale', 'zh']);
    expect(stdout).toContain('subject-missing  默认：错误');
    expect(stdout).toContain('每封邮件都要有主题。');
  });

  it('prints help (exit 0) and the version', async () => {
    const help = await run(['lint', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: netiquette <command>');
    expect((await run(['--help'], { env: { LC_ALL: 'zh_TW.UTF-8' } })).stdout).toContain('用法：netiquette');
    const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'zh_HK' }, 'zh-Hant'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'C' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{}, 'en'],
  ])('takes the locale from %o', (env, locale) => {
    expect(localeFromEnvironment(env)).toBe(locale);
  });
});

describe('bin/netiquette.js', () => {
  it('runs as a real process, with the exit status and JSON of `lint`', async () => {
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, [join(root, 'bin/netiquette.js'), 'lint', '--format', 'json', fixture('zh-no-subject.eml')], { cwd: scratch }, (_error, stdout, stderr) => {
        resolve({ code: child.exitCode, stdout, stderr });
      });
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const files = JSON.parse(result.stdout) as Array<{ file: string; findings: Array<{ ruleId: string }> }>;
    expect(files).toHaveLength(1);
    expect(files[0]!.file).toBe(fixture('zh-no-subject.eml'));
    expect(files[0]!.findings.map((finding) => finding.ruleId)).toContain('subject-missing');
  }, 60_000);
});
