import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.ts';
import { terminalSafe } from './terminal.ts';

/** The CLI never misreads and never crashes: encodings, binary input, fixes, hostile text. */

const root = fileURLToPath(new URL('../../', import.meta.url));
const inputFixture = (name: string) => join(root, 'test/fixtures/inputs', name);
const scratch = mkdtempSync(join(tmpdir(), 'netiquette-cli-robust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function writeScratch(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

async function run(argv: string[], stdin = '') {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    env: {},
    readStdin: async () => new TextEncoder().encode(stdin),
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

function expectOneLineRefusal(result: { code: number; stdout: string; stderr: string }, pattern: RegExp) {
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(pattern);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('lint: inputs it must not misread', () => {
  it.each([
    ['a PNG image named .txt', 'image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['a PNG image named .eml', 'image.eml', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])],
    ['UTF-16 without a byte order mark', 'utf16.txt', Uint8Array.from(Buffer.from('Subject: Hi\n\n你好', 'utf16le'))],
  ])('refuses %s as binary: one line, exit 2', async (_name, file, bytes) => {
    expectOneLineRefusal(await run(['lint', writeScratch(file, bytes)]), /^netiquette: cannot parse .*: it looks like a binary file/);
  });

  it('refuses a short GBK text it cannot tell from Big5, and reads it with --encoding (zh)', async () => {
    const file = writeScratch('short-gbk.txt', Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3]));
    expectOneLineRefusal(await run(['lint', file]), /cannot tell its character encoding.*--encoding gbk/);
    const named = await run(['lint', '--encoding', 'gbk', '--format', 'json', file]);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)[0].findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('honorific');
  });

  it('refuses an unknown --encoding in one line (en)', async () => {
    expectOneLineRefusal(await run(['lint', '--encoding', 'ebcdic-9', inputFixture('en-cr-only.txt')]), /unknown encoding "ebcdic-9"/);
  });

  it('finds the Chinese findings of a GBK .eml without a charset and of a Big5 .txt (exit 0 with findings, not garbled)', async () => {
    const result = await run(['lint', '--format', 'json', inputFixture('zh-gbk-no-charset.eml'), inputFixture('zh-big5.txt')]);
    const files = JSON.parse(result.stdout) as { findings: { ruleId: string }[] }[];
    for (const file of files) expect(file.findings.map((finding) => finding.ruleId)).toContain('honorific');
  });

  it('finds a card number laid out in an HTML table, and no shouting in its heading (en and zh)', async () => {
    const result = await run(['lint', '--format', 'json', inputFixture('en-html-table.eml'), inputFixture('zh-html-table.eml')]);
    expect(result.code).toBe(1);
    for (const file of JSON.parse(result.stdout) as { findings: { ruleId: string }[] }[]) {
      const rules = file.findings.map((finding) => finding.ruleId);
      expect(rules).toContain('confidential-data');
      expect(rules).not.toContain('shouting');
    }
  });

  it('reads CR-only line ends as lines: the subject is one line (en and zh)', async () => {
    const result = await run(['lint', '--format', 'json', inputFixture('en-cr-only.txt'), inputFixture('zh-cr-only.txt')]);
    for (const file of JSON.parse(result.stdout) as { findings: { ruleId: string }[] }[]) expect(file.findings.map((finding) => finding.ruleId)).not.toContain('subject-length');
  });
});

describe('no input prints a stack trace', () => {
  it('turns an unexpected fault (here: standard output failing) into one line and exit 2', async () => {
    let stderr = '';
    const code = await main(['rules'], {
      env: {},
      readStdin: async () => new Uint8Array(),
      stdout: () => {
        throw new TypeError('write EPIPE\n    at afterWrite (node:internal/streams/writable:1:1)');
      },
      stderr: (text) => void (stderr += text),
    });
    expect(code).toBe(2);
    expect(stderr).toBe('netiquette: internal error: TypeError: write EPIPE\n');
  });

  it('refuses a pack file larger than a pack may be before reading it', async () => {
    const huge = writeScratch('huge-pack.json', ' '.repeat(600 * 1024));
    expectOneLineRefusal(await run(['pack', 'validate', huge]), /a pack may have at most 524,288/);
  });

  it('refuses a pack that is not UTF-8', async () => {
    expectOneLineRefusal(await run(['pack', 'validate', writeScratch('gbk-pack.json', Uint8Array.from([0x7b, 0xc4, 0xe3, 0x7d]))]), /a rule pack must be UTF-8 text/);
  });

  it('refuses a pack of 150,000 non-string allow items with its path, exit 2 for lint', async () => {
    const packFile = writeScratch(
      'allow.json',
      JSON.stringify({ schema: 1, id: 'a', name: 'A', version: '1.0.0', description: '', rules: { shouting: ['warning', { allow: Array.from({ length: 150_000 }, () => 1) }] } }),
    );
    const result = await run(['lint', '--pack', packFile, inputFixture('en-cr-only.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${packFile}: $.rules.shouting[1].allow: must have at most 2000 items, got 150000`);
    expect(result.stderr).not.toMatch(STACK_TRACE);
  });
});

describe('control characters never reach the terminal', () => {
  it('escapes ESC, CSI, BEL and direction overrides, keeping line feeds and tabs', () => {
    expect(terminalSafe('a\u001b[2Jb\u009b1m\u0007\u202e\tc\n')).toBe('a\\u001b[2Jb\\u009b1m\\u0007\\u202e\tc\n');
  });

  it('keeps JSON output valid and the same value', () => {
    const value = { name: 'x\u009by\u202ez' };
    expect(JSON.parse(terminalSafe(JSON.stringify(value)))).toEqual(value);
  });

  it('shows a mail subject holding an ANSI clear-screen as text (en and zh)', async () => {
    for (const subject of ['Refund \u001b[2J\u001b[Hdone', '退款\u001b[2J已到账']) {
      const file = writeScratch('ansi.txt', `Subject: ${subject}\n\nHI ANN!!! Refund done.\n`);
      const result = await run(['lint', file]);
      expect(result.stdout).not.toMatch(/[\u001b\u009b]/);
      const json = await run(['lint', '--format', 'json', '--fix-dry-run', file]);
      expect(json.stdout).not.toMatch(/[\u001b\u009b]/);
      expect(JSON.parse(json.stdout)[0].output).toContain(subject.replace(/\u001b/g, '\u001b'));
    }
  });
});

describe('lint --fix and --fix-dry-run', () => {
  const cardDraft = 'Subject: Your card\r\n\r\nHi Ann, lol we charged your card 4111 1111 1111 1111 on Monday and everything is fine now, thx for waiting.\r\n\r\nBest regards,\r\nSam\r\n';

  it('--fix-dry-run writes nothing and shows each fix (en)', async () => {
    const file = writeScratch('dry.txt', cardDraft);
    const result = await run(['lint', '--fix-dry-run', file]);
    expect(readFileSync(file, 'utf8')).toBe(cardDraft);
    expect(result.stdout).toMatch(/would fix\s+Remove “lol”\s+informal/);
    expect(result.stdout).toMatch(/would fix\s+Replace with “thanks”\s+informal/);
  });

  it('--fix applies the safe fixes, keeps the line ends, and leaves no protected token broken (en)', async () => {
    const file = writeScratch('fix.txt', cardDraft);
    const result = await run(['lint', '--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    expect(result.stderr).toMatch(/fix\.txt: \d+ fixes applied/);
    expect(fixed).not.toMatch(/\blol\b|\bthx\b/);
    expect(fixed.replace(/\r\n/g, '')).not.toContain('\n');
    expect(fixed.startsWith('Subject: Your card\r\n\r\n')).toBe(true);
    // Either the number is masked by its own fix, or it is still whole: never split across lines.
    expect(fixed).not.toMatch(/4111 1111\r\n1111/);
    expect(fixed).toMatch(/•••• 1111|4111 1111 1111 1111/);
  });

  it('--fix replaces Chinese phrases so that they read right, in place (zh)', async () => {
    const file = writeScratch('zh-fix.txt', 'Subject: 退款\n\n您好，\n\n请问你找谁？你的退款已经处理好了。\n\n祝好\n李娜\n');
    const result = await run(['lint', '--fix', '--locale', 'zh', file]);
    expect(result.stderr).toMatch(/zh-fix\.txt：已应用 \d+ 处修正/);
    const fixed = readFileSync(file, 'utf8');
    expect(fixed).toContain('请问您找哪位？您的退款已经处理好了。');
    expect(fixed).not.toContain('请问请问');
  });

  it('never applies a fix that would remove an error it was not meant for (a wrap through a card number)', async () => {
    const file = writeScratch('wrap.txt', 'Subject: Card\n\nDear Ann, we charged the card 4111 1111 1111 1111 on Monday.\n');
    await run(['lint', '--fix', '--pack', writeScratch('wrap-pack.json', JSON.stringify({ schema: 1, id: 'w', name: 'W', version: '1.0.0', description: '', rules: { 'line-length': ['warning', { max: 20 }] } })), file]);
    const after = await run(['lint', '--format', 'json', file]);
    const fixedText = readFileSync(file, 'utf8');
    const cardStillFound = (JSON.parse(after.stdout)[0].findings as { ruleId: string }[]).some((finding) => finding.ruleId === 'confidential-data');
    // The card is masked by its own fix or still found whole; it never disappears into two lines.
    expect(cardStillFound || fixedText.includes('•••• 1111')).toBe(true);
    expect(fixedText).not.toMatch(/4111 1111\n1111/);
  });

  it('writes UTF-16 files back in UTF-16 with their byte order mark', async () => {
    const file = writeScratch('utf16.txt', readFileSync(inputFixture('en-utf16le-bom.txt')));
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Subject: Hi\n\nHi Ann, thx.\n', 'utf16le')]));
    await run(['lint', '--fix', file]);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(bytes.subarray(2).toString('utf16le')).toMatch(/^Subject: Hi\n\nHi Ann, thanks\.\n/);
  });

  it.each([
    ['a MIME message', () => inputFixture('en-html-table.eml'), /cannot write fixes into .*en-html-table\.eml: it is a MIME message/],
    ['a Big5 file', () => writeScratch('big5.txt', readFileSync(inputFixture('zh-big5.txt'))), /cannot write fixes into .*big5\.txt: it is big5 text/],
  ])('refuses to write into %s, and writes no other file either', async (_name, file, message) => {
    const other = writeScratch('other.txt', 'Subject: Hi\n\nHi Ann, thx.\n');
    const target = file();
    const before = readFileSync(target);
    expectOneLineRefusal(await run(['lint', '--fix', other, target]), message);
    expect(readFileSync(other, 'utf8')).toBe('Subject: Hi\n\nHi Ann, thx.\n');
    expect(readFileSync(target)).toEqual(before);
  });

  it('refuses --fix with standard input, and --fix with --fix-dry-run', async () => {
    expectOneLineRefusal(await run(['lint', '--fix', '-'], 'Hi, thx'), /--fix writes fixes into files/);
    expectOneLineRefusal(await run(['lint', '--fix', '--fix-dry-run', 'x.txt']), /exclude each other/);
  });

  it('--fix-dry-run on standard input gives the fixed text as "output" in JSON', async () => {
    const result = await run(['lint', '--fix-dry-run', '--format', 'json', '-'], 'Subject: Hi\n\nHi Ann, thx.\n');
    expect(JSON.parse(result.stdout)[0]).toMatchObject({ written: false, output: expect.stringMatching(/^Subject: Hi\n\nHi Ann, thanks\.\n/), fixed: expect.arrayContaining([expect.objectContaining({ ruleId: 'informal' })]) });
  });
});
