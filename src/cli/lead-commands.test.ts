import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../rules/index.ts';
import { progressAllowed } from './main.ts';
import type { TeamReport } from './report/aggregate.ts';
import { runTeamReport } from './report/command.ts';
import { runCli } from './testing/run-cli.ts';

/** `pack test`, `pack diff` and `report`: the commands for team leads, run in-process on scratch files. */

/** The commands load every rule, and `report` starts worker threads that load the sources: slow on a busy machine. */
const REPORT_TIMEOUT = 120_000;

const scratch = mkdtempSync(join(tmpdir(), 'netiquette-leads-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const run = runCli;

const basePack = { schema: 1, id: 'desk', name: 'Desk', version: '1.0.0', description: 'For the lead-command tests.' };
const writePack = (name: string, pack: Record<string, unknown>) => write(name, JSON.stringify({ ...basePack, ...pack }));

const CARD = '4111 1111 1111 1111';

const calmZh = { name: '平和的中文回复', language: 'zh', subject: '退款进度', body: '王先生您好：\n\n您的退款已退回原账户。\n\n此致\n客服部', mustNotReport: ['angry-tone', 'shouting'] };
const shoutingEn = { name: 'Capitals are shouting', language: 'en', subject: 'Refund', body: 'Hi Jo,\n\nREAD THE MANUAL BEFORE YOU WRITE.\n\nSam', mustReport: ['shouting'] };

describe('pack test', { timeout: REPORT_TIMEOUT }, () => {
  it('exits 0 and lists each case when every test passes (en and zh)', async () => {
    const pack = writePack('passing.json', { tests: [calmZh, shoutingEn] });
    const en = await run(['pack', 'test', pack]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('✔ 平和的中文回复\n✔ Capitals are shouting\n');
    expect(en.stdout).toContain(`✔ ${pack}: all 2 tests passed`);
    const zh = await run(['pack', 'test', '--locale', 'zh', pack]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain(`✔ ${pack}：2 个测试全部通过`);
  });

  it('exits 1 with a diff of the rules: - for a silent mustReport rule, + for a reporting mustNotReport rule, confidential values masked', async () => {
    const pack = writePack('failing.json', {
      rules: { shouting: 'off' },
      tests: [calmZh, { ...shoutingEn, body: `Hi Jo,\n\nREAD THE MANUAL. Card ${CARD}.\n\nSam`, mustNotReport: ['confidential-data'] }],
    });
    const { code, stdout } = await run(['pack', 'test', pack]);
    expect(code).toBe(1);
    expect(stdout).toContain(`✖ Capitals are shouting  (${pack} $.tests[1])`);
    expect(stdout).toContain('    - shouting  expected a finding, none reported');
    expect(stdout).toMatch(/ {4}\+ confidential-data {2}reported, but must not be: body 3:\d+: READ THE MANUAL\. Card •+\./);
    expect(stdout).not.toContain(CARD);
    expect(stdout).toContain(`✖ ${pack}: 1 of 2 tests failed`);
    const zh = await run(['pack', 'test', '--locale', 'zh', pack]);
    expect(zh.stdout).toContain('    - shouting  应当报告问题，但没有报告');
    expect(zh.stdout).toContain(`✖ ${pack}：2 个测试中有 1 个未通过`);
  });

  it('refuses a pack without tests with a clear error and exit 2', async () => {
    const pack = writePack('no-tests.json', {});
    const en = await run(['pack', 'test', pack]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(`netiquette: ${pack} has no tests: add a "tests" array of example mails with the rules that must and must not report on them\n`);
    const zh = await run(['pack', 'test', '--locale', 'zh', pack]);
    expect(zh.stderr).toContain(`${pack} 没有测试`);
  });

  it('refuses a test naming an unknown rule, or naming no rule, with the path of the case', async () => {
    const pack = writePack('bad-test.json', {
      tests: [{ ...shoutingEn, mustReport: ['shoutng'] }, { name: 'nothing expected', subject: 'a', body: 'b' }, { ...calmZh, mustReport: ['shouting'], mustNotReport: ['shouting'] }],
    });
    const { code, stderr } = await run(['pack', 'test', pack]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${pack}: $.tests[0].mustReport[0]: unknown rule id "shoutng"; known rules: ${builtinRules.map((rule) => rule.meta.id).join(', ')}`);
    expect(stderr).toContain(`${pack}: $.tests[1].mustReport: a test names at least one rule in mustReport or mustNotReport`);
    expect(stderr).toContain(`${pack}: $.tests[2].mustNotReport[0]: rule "shouting" is also in mustReport`);
    expect(stderr).toContain(`netiquette: rule pack ${pack} refused: 3 errors`);
    const validate = await run(['pack', 'validate', pack]);
    expect(validate.code).toBe(1);
    expect(validate.stdout).toContain('$.tests[0].mustReport[0]: unknown rule id "shoutng"');
  });

  it('runs the example team pack shipped in the repository', async () => {
    const { code, stdout } = await run(['pack', 'test', join(import.meta.dirname, '../packs/examples/team-pack.json')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/all \d+ tests passed/);
  });
});

const sample = join(scratch, 'sample');
write('sample/en-shout.txt', `Subject: Refund\n\nHi Jo,\n\nREAD THE MANUAL. Your card ${CARD} is on file.\n\nBest regards,\nSam\n`);
write('sample/zh-calm.txt', 'Subject: 退款进度\n\n王先生您好：\n\n您的退款已退回原账户，请查收。\n\n此致\n客服部\n');
write('sample/en-calm.txt', 'Subject: Your order\n\nHi Jo,\n\nYour order ships tomorrow.\n\nBest regards,\nSam\n');

describe('pack diff', { timeout: REPORT_TIMEOUT }, () => {
  const shoutingOn = writePack('diff-old.json', { rules: { shouting: 'warning' } });
  const shoutingOff = writePack('diff-new.json', { version: '1.1.0', rules: { shouting: 'off', 'subject-length': ['warning', { max: 2 }] } });

  it('exits 0 and says so when nothing changes', async () => {
    const { code, stdout } = await run(['pack', 'diff', shoutingOn, shoutingOn, '--on', sample]);
    expect(code).toBe(0);
    expect(stdout).toContain('No change: both packs report the same on 3 mails.');
  });

  it('lists per rule what appears and disappears, with masked examples, and exits 1 (text, en and zh)', async () => {
    const { code, stdout } = await run(['pack', 'diff', shoutingOn, shoutingOff, '--on', sample]);
    expect(code).toBe(1);
    expect(stdout).toContain(`Pack diff ${shoutingOn} (desk@1.0.0) → ${shoutingOff} (desk@1.1.0) on 3 mails`);
    expect(stdout).toMatch(/^shouting {2}\+0 −1$/m);
    expect(stdout).toMatch(/^subject-length {2}\+3 −0$/m);
    expect(stdout).toContain(`    - ${join(sample, 'en-shout.txt')} body 3:1 warning:`);
    expect(stdout).toMatch(/READ THE MANUAL\. Your card •{19} is on file\./);
    expect(stdout).not.toContain(CARD);
    const zh = await run(['pack', 'diff', '--locale', 'zh', shoutingOn, shoutingOff, '--on', sample]);
    expect(zh.stdout).toContain('有变化：');
    expect(zh.stdout).toContain('正文 3:1 警告');
  });

  it('gives JSON and Markdown for a change request', async () => {
    const json = await run(['pack', 'diff', shoutingOn, shoutingOff, '--on', sample, '--format', 'json']);
    const diff = JSON.parse(json.stdout) as { changed: boolean; mails: number; rules: { ruleId: string; appeared: { count: number }; disappeared: { count: number; examples: { excerpt: string }[] } }[] };
    expect(diff.changed).toBe(true);
    expect(diff.mails).toBe(3);
    const shouting = diff.rules.find((rule) => rule.ruleId === 'shouting')!;
    expect(shouting.appeared.count).toBe(0);
    expect(shouting.disappeared.count).toBe(1);
    expect(shouting.disappeared.examples[0]!.excerpt).not.toContain(CARD);
    const markdown = await run(['pack', 'diff', shoutingOn, shoutingOff, '--on', sample, '--format', 'markdown']);
    expect(markdown.stdout).toContain('| Rule | Appear | Disappear |');
    expect(markdown.stdout).toContain('| `shouting` | 0 | 1 |');
    expect(markdown.stdout).toContain('#### `shouting`');
  });

  it('refuses bad usage and unreadable samples', async () => {
    expect((await run(['pack', 'diff', shoutingOn, shoutingOff])).stderr).toContain('pack diff takes two pack files');
    expect((await run(['pack', 'diff', shoutingOn, shoutingOff, '--on', sample, '--format', 'html'])).stderr).toContain('unknown format "html" (use text, json or markdown)');
    const missing = await run(['pack', 'diff', shoutingOn, shoutingOff, '--on', join(scratch, 'nowhere')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`netiquette: cannot read ${join(scratch, 'nowhere')}: no such file or folder\n`);
  });
});

function mail(from: string, date: string, subject: string, body: string): string {
  return `From: ${from}\nTo: customer@example.com\nDate: ${date}\nSubject: ${subject}\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
}

const archive = join(scratch, 'archive');
write(
  'archive/sent.mbox',
  [
    `From ann@desk.example Mon Mar  2 10:00:00 2026\n${mail('Ann <ann@desk.example>', 'Mon, 2 Mar 2026 10:00:00 +0000', 'Refund', `Hi Jo,\n\nREAD THE MANUAL, card ${CARD}.\n\nSam`)}`,
    `From li@desk.example Tue Mar  3 10:00:00 2026\n${mail('Li <li@desk.example>', 'Tue, 3 Mar 2026 10:00:00 +0000', '=?UTF-8?B?6YCA5qy+?=', '你自己看说明书！这种问题还要问？你到底有没有脑子！！')}`,
    'From broken@desk.example Wed Mar  4 10:00:00 2026\nthis message has no header block at all\n\njust text\n',
    `From ann@desk.example Mon Mar  9 10:00:00 2026\n${mail('Ann <ann@desk.example>', 'Mon, 9 Mar 2026 10:00:00 +0000', 'Order', 'Hi Jo,\n\n>From the warehouse: your order ships tomorrow.\n\nBest regards,\nAnn')}`,
  ].join('\n'),
);
write('archive/Maildir/cur/1700000000.1.host:2,S', mail('Li <li@desk.example>', 'Wed, 11 Mar 2026 10:00:00 +0000', '发货通知', '张女士您好：\n\n您的订单已发货。\n\n此致\n客服部'));
write('archive/Maildir/new/1700000001.2.host', mail('Ann <ann@desk.example>', 'Thu, 12 Mar 2026 10:00:00 +0000', 'Hi', 'thx, gonna fix it asap lol'));
mkdirSync(join(archive, 'Maildir/tmp'), { recursive: true });
write('archive/folder/deep/reply.eml', mail('Sam <sam@desk.example>', 'Fri, 13 Mar 2026 10:00:00 +0000', 'Your question', 'Hi Jo,\n\nYour question is answered below.\n\nBest regards,\nSam'));
write('archive/folder/draft.txt', 'Subject: Follow-up\n\nHi Jo,\n\nJust checking in.\n\nBest regards,\nSam\n');
write('archive/folder/notes.md', '# not mail, not read');
write('archive/not-an.mbox', 'Hello, this file was renamed by mistake.\nFrom nobody\n');

async function jsonReport(paths: string[], extra: string[] = []) {
  const result = await run(['report', '--format', 'json', ...extra, ...paths]);
  return { ...result, report: JSON.parse(result.stdout || 'null') as TeamReport };
}

describe('report', { timeout: REPORT_TIMEOUT }, () => {
  it('reads mbox, Maildir and folders recursively, and counts malformed mail with its location without stopping', async () => {
    const { code, report, stderr } = await jsonReport([archive], ['--workers', '2']);
    expect(code).toBe(0);
    expect(report.mails).toBe(7);
    expect(report.malformed.count).toBe(2);
    expect(report.malformed.listed).toEqual([
      { location: `${join(archive, 'not-an.mbox')}:1`, reason: 'not an mbox file: its first line does not start with "From "' },
      { location: `${join(archive, 'sent.mbox')}#3`, reason: 'no mail header block (From:, Date:, Subject: …) at the start' },
    ]);
    expect(stderr).toContain(`${join(archive, 'sent.mbox')}#3: skipped: no mail header block`);
    expect(report.senders.map((sender) => sender.key).sort()).toEqual(['(unknown)', 'ann@desk.example', 'li@desk.example', 'sam@desk.example']);
    expect(report.senders.find((sender) => sender.key === 'ann@desk.example')!.mails).toBe(3);
    expect(report.weeks.map((week) => week.key)).toEqual(['2026-03-02', '2026-03-09', '(unknown)']);
    const rules = new Set(report.rules.map((rule) => rule.key));
    for (const ruleId of ['shouting', 'angry-tone', 'confidential-data', 'informal', 'honorific']) expect(rules).toContain(ruleId);
    const tone = report.tone.reduce((counts, bin) => ({ zh: counts.zh + bin.zh, en: counts.en + bin.en }), { zh: 0, en: 0 });
    expect(tone).toEqual({ zh: 2, en: 5 });
    expect(report.tone.slice(5).reduce((sum, bin) => sum + bin.zh, 0)).toBe(1);
  });

  it('masks confidential values in every example and worst line', async () => {
    const { stdout, report } = await jsonReport([archive], ['--workers', '1']);
    expect(stdout).not.toContain(CARD);
    expect(report.worstLines.some((line) => line.excerpt.includes('READ THE MANUAL, card •••'))).toBe(true);
  });

  it('gives the same report with one worker thread or two', async () => {
    const one = await jsonReport([archive], ['--workers', '1']);
    const two = await jsonReport([archive], ['--workers', '2']);
    expect(two.stdout).toBe(one.stdout);
  });

  it('writes one self-contained HTML page with the charts, tables that link to examples, and nothing fetched from the network', async () => {
    const output = join(scratch, 'report.html');
    const { code, stdout, stderr } = await run(['report', '--format', 'html', '--output', output, '--workers', '1', archive]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`Report of 7 mails (2 malformed skipped) written to ${output}`);
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(output, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<(?:script|img|iframe)[^>]*\ssrc=|<link\b/i);
    for (const chart of ['chart-rule', 'chart-sender', 'chart-week', 'chart-tone']) expect(html).toContain(`<canvas id="${chart}"`);
    expect(html).toContain('<a href="#rule-shouting">shouting</a>');
    expect(html).toContain('<section id="rule-shouting" class="bucket">');
    expect(html).toContain('<a href="#sender-ann_40desk_2eexample">ann@desk.example</a>');
    expect(html).toContain('<section id="sender-ann_40desk_2eexample" class="bucket">');
    expect(html).toContain('Chart.js');
    expect(html).not.toContain(CARD);
  });

  it('speaks Chinese in the page when asked', async () => {
    const { stdout } = await run(['report', '--format', 'html', '--locale', 'zh', '--workers', '1', join(archive, 'folder')]);
    expect(stdout).toContain('<h2>各规则的问题数</h2>');
    expect(stdout).toContain('共读取 2 封邮件');
  });

  it('refuses an unreadable archive, a bad format and a bad worker count with clear errors', async () => {
    const missing = await run(['report', join(scratch, 'no-archive')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`netiquette: cannot read ${join(scratch, 'no-archive')}: no such file or folder\n`);
    const zh = await run(['report', '--locale', 'zh', join(scratch, 'no-archive')]);
    expect(zh.stderr).toBe(`netiquette: 无法读取 ${join(scratch, 'no-archive')}：no such file or folder\n`);
    expect((await run(['report', '--format', 'sarif', archive])).stderr).toContain('unknown format "sarif" (use json or html)');
    expect((await run(['report', '--workers', '0', archive])).stderr).toContain('--workers must be a whole number from 1 to 64, got "0"');
    expect((await run(['report'])).stderr).toContain('report takes one or more paths');
  });
});

describe('report progress bar', { timeout: REPORT_TIMEOUT }, () => {
  it('is drawn only for a terminal, and never under CI', () => {
    expect(progressAllowed({ isTTY: true }, {})).toBe(true);
    expect(progressAllowed({ isTTY: true }, { CI: 'true' })).toBe(false);
    expect(progressAllowed({ isTTY: false }, {})).toBe(false);
    expect(progressAllowed({}, {})).toBe(false);
  });

  it('draws on the terminal it is given, and nothing is drawn without one', async () => {
    let drawn = '';
    const terminal = Object.assign(new (await import('node:stream')).Writable({ write: (chunk, _encoding, done) => ((drawn += String(chunk)), done()) }), {
      isTTY: true,
      columns: 100,
      cursorTo: (_x: number, _y?: number) => true,
      clearLine: () => true,
      moveCursor: () => true,
    });
    const run = (progress?: NodeJS.WritableStream) => runTeamReport({ paths: [join(archive, 'folder')], packs: [], locale: 'en', workers: 1, format: 'json', progress, onMalformed: () => {} });
    const quiet = await run();
    expect(quiet.mails).toBe(2);
    expect(drawn).toBe('');
    await run(terminal);
    expect(drawn).toContain('Reading mail [');
    expect(drawn).toMatch(/\d+ mails \| 0 skipped/);
  });
});
