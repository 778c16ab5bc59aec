import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintInputs } from './lint.ts';
import { decodeText, looksLikeMail, parseInput, parseTextFile, UnreadableInputError } from './input.ts';
import { defaultPack } from '../packs/builtin.ts';
import { resolveLayers } from '../packs/resolve.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../../test/fixtures/mails/${name}`, import.meta.url));
const read = (name: string) => parseInput(fixture(name), readFileSync(fixture(name)));

describe('.eml files', () => {
  it('decodes an encoded-word subject and a base64 UTF-8 body', async () => {
    const { draft, subjectKnown } = await read('zh-refund-calm.eml');
    expect(draft.subject).toBe('回复：退款已到账');
    expect(draft.body).toContain('感谢您的耐心等待。您订单 A-20931 的退款\n');
    expect(draft.body).toContain('\n-- \n李娜\n');
    expect(draft.attachmentCount).toBe(0);
    expect(subjectKnown).toBe(true);
  });

  it('decodes quoted-printable, joining soft line breaks', async () => {
    const { draft } = await read('en-shipping-calm.eml');
    expect(draft.body).toContain('2 items) left our warehouse this morning.\n');
    expect(draft.body).toContain('we’ll\n');
    expect(draft.body).not.toMatch(/=\r?\n|=E2/);
  });

  it('turns HTML-only mail into text, keeping line breaks and quoting blockquotes with "> "', async () => {
    const { draft } = await read('en-html-only.eml');
    expect(draft.body).toContain('Dear Mr. Okafor,\n\nYour account is unlocked again, and you can sign in\nwith the email address you registered with.');
    expect(draft.body).toContain('Kind regards,\nSofia Berg\nAccount Support, Example Shop');
    expect(draft.body).toContain('On Fri, Mar 7, 2025 at 4:40 PM Emeka Okafor <emeka@example.org> wrote:');
    expect(draft.body).toMatch(/^> I CANNOT LOG IN\. FIX THIS NOW!!!\n> Third time I am writing\.$/m);
    expect(draft.body).not.toMatch(/<\/?(?:div|br|blockquote)\b/);
  });

  it('decodes a GBK body and a GBK encoded-word subject', async () => {
    const { draft } = await read('zh-gbk-honorific.eml');
    expect(draft.subject).toBe('订单已发货');
    expect(draft.body).toContain('你的订单 A-31877 已经发货了，');
  });

  it('counts attachments', async () => {
    expect((await read('en-invoice-attached.eml')).draft.attachmentCount).toBe(1);
    expect((await read('en-label-missing.eml')).draft.attachmentCount).toBe(0);
  });

  it('takes the plain-text part of multipart/alternative, and does not count inline images as attachments', async () => {
    const { draft } = await read('zh-alternative-outlook.eml');
    expect(draft.subject).toBe('回复：耳机保修');
    expect(draft.body.startsWith('陈女士，您好：\n\n您反馈的耳机左声道无声问题')).toBe(true);
    expect(draft.body).not.toContain('<p>');
    expect(draft.attachmentCount).toBe(0);
  });

  it('joins a folded subject of several encoded words', async () => {
    expect((await read('zh-long-subject.eml')).draft.subject).toBe('关于本周六凌晨会员系统升级期间暂停登录和下单的通知');
  });

  it('treats a mail without a Subject header as having an empty subject', async () => {
    const { draft, subjectKnown } = await read('zh-no-subject.eml');
    expect(draft.subject).toBe('');
    expect(subjectKnown).toBe(true);
    expect(draft.body).toContain('刘先生，您好：');
  });
});

describe('.txt files', () => {
  it('reads a Subject line, a blank line and the body', () => {
    const input = parseTextFile('a.txt', 'Subject: Re: Refund\n\nHi Ann,\nDone.\n');
    expect(input.draft).toEqual({ subject: 'Re: Refund', body: 'Hi Ann,\nDone.\n' });
    expect(input.subjectKnown).toBe(true);
    expect(input.filePosition!('subject', 1, 1)).toEqual({ line: 1, column: 10 });
    expect(input.filePosition!('body', 2, 3)).toEqual({ line: 4, column: 3 });
  });

  it('accepts a Chinese subject label, CRLF line ends and no blank line', () => {
    const input = parseTextFile('a.txt', '主题：退款\r\n您好：\r\n');
    expect(input.draft).toEqual({ subject: '退款', body: '您好：\n' });
    expect(input.filePosition!('body', 1, 1)).toEqual({ line: 2, column: 1 });
  });

  it('takes the whole file as the body when there is no Subject line, and marks the subject unknown', () => {
    const input = parseTextFile('a.txt', 'Dear Mr. Lee,\n\nDone.\n');
    expect(input.draft).toEqual({ subject: '', body: 'Dear Mr. Lee,\n\nDone.\n' });
    expect(input.subjectKnown).toBe(false);
    expect(input.filePosition!('body', 3, 1)).toEqual({ line: 3, column: 1 });
  });

});

const input = (name: string) => fileURLToPath(new URL(`../../test/fixtures/inputs/${name}`, import.meta.url));
const readInput = (name: string, encoding?: string) => parseInput(input(name), readFileSync(input(name)), encoding);
const lintConfig = resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint;
const rulesFiring = async (name: string) => new Set(lintInputs([await readInput(name)], lintConfig)[0]!.findings.map((finding) => finding.ruleId));

describe('character encodings: detected, or refused, never misread', () => {
  it('reads UTF-16 files by their byte order mark, little- and big-endian', async () => {
    expect((await readInput('en-utf16le-bom.txt')).draft).toMatchObject({ subject: 'Your refund', body: expect.stringMatching(/^Hi Ann,\n\nThe refund for order A-20931/) });
    expect((await readInput('zh-utf16be-bom.txt')).draft).toMatchObject({ subject: '退款已到账', body: expect.stringMatching(/^您好：\n\n您订单 A-20931 的退款/) });
  });

  it('reads UTF-8 cut inside its last character as UTF-8, marking only that character (en and zh)', () => {
    const bytes = new TextEncoder().encode('From: a@example.com\nSubject: 退款\n\n您好');
    expect(decodeText(bytes.subarray(0, bytes.length - 1))).toBe('From: a@example.com\nSubject: 退款\n\n您\uFFFD');
    expect(decodeText(bytes.subarray(0, bytes.length - 2))).toBe('From: a@example.com\nSubject: 退款\n\n您\uFFFD');
    expect(decodeText(new TextEncoder().encode('café').subarray(0, 4))).toBe('caf\uFFFD');
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF您好'))).toBe('您好');
  });

  it('reads Big5 text as Big5, not as GB 18030, and finds 你 in it', async () => {
    const { draft } = await readInput('zh-big5.txt');
    expect(draft.subject).toBe('訂單已出貨');
    expect(draft.body).toContain('你的訂單 B-50211 已經出貨了');
    expect(await rulesFiring('zh-big5.txt')).toContain('honorific');
  });

  it('reads a GBK .eml that declares no charset (subject and body), and finds 你 in it', async () => {
    const { draft } = await readInput('zh-gbk-no-charset.eml');
    expect(draft.subject).toBe('订单已发货');
    expect(draft.body).toContain('你的订单 A-31877 已经发货了');
    expect(await rulesFiring('zh-gbk-no-charset.eml')).toContain('honorific');
  });

  it('detects a longer GBK text', () => {
    const gbk = Uint8Array.from(Buffer.from('c4fabac3a3acc4fab5c4b6a9b5a5d2d1beadb7a2bbf5a3acc7ebd7a2d2e2b2e9cad5a1a3c8e7d3d0cecacce2c7ebcbe6cab1c1aacfb5ced2c3c7a1a3', 'hex'));
    expect(decodeText(gbk)).toBe('您好，您的订单已经发货，请注意查收。如有问题请随时联系我们。');
  });

  it('refuses a short legacy-encoded text it cannot tell apart, and reads it when the encoding is named', () => {
    const shortGbk = Uint8Array.from([0xc4, 0xfa, 0xba, 0xc3]);
    expect(() => decodeText(shortGbk)).toThrow(UnreadableInputError);
    expect(() => decodeText(shortGbk)).toThrow(/cannot tell its character encoding .*--encoding gbk/);
    expect(decodeText(shortGbk, 'gbk')).toBe('您好');
    expect(decodeText(shortGbk, 'big5')).not.toBe('您好');
  });

  it('refuses an unknown or wrong --encoding with a reason', () => {
    expect(() => decodeText(new Uint8Array([0x41]), 'klingon')).toThrow(/unknown encoding "klingon"/);
    expect(() => decodeText(Uint8Array.from([0xff, 0xff]), 'utf-8')).toThrow(/not valid utf-8 text/);
  });

  it.each([
    ['a PNG image', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
    ['UTF-16 without a byte order mark', Uint8Array.from(Buffer.from('Hello 您好', 'utf16le'))],
    ['control bytes without NULs', Uint8Array.from({ length: 200 }, (_, index) => (index % 3 === 0 ? 0x01 : 0x41))],
  ])('refuses %s as binary, in .txt and .eml alike', async (_name, bytes) => {
    expect(() => decodeText(bytes)).toThrow(/binary file/);
    await expect(parseInput('x.eml', bytes)).rejects.toThrow(/binary file/);
    await expect(parseInput('x.txt', bytes)).rejects.toThrow(UnreadableInputError);
  });

  it('refuses UTF-32 with a clear reason', () => {
    expect(() => decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toThrow(/UTF-32/);
  });

  it('refuses a mail whose part is not in the charset it declares, instead of linting replacement characters', async () => {
    const mail = 'From: a@example.com\nSubject: Hi\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n' + Buffer.from('c4fabac3', 'hex').toString('base64') + '\n';
    await expect(parseInput('x.eml', new TextEncoder().encode(mail))).rejects.toThrow(/not in the character encoding it declares/);
  });
});

describe('line ends', () => {
  it.each(['en-cr-only.txt', 'zh-cr-only.txt'])('reads the lone CR of %s as a line break, with the subject on its own line', async (name) => {
    const { draft, subjectKnown, filePosition } = await readInput(name);
    expect(subjectKnown).toBe(true);
    expect(draft.subject).not.toContain('\n');
    expect(draft.body.split('\n').length).toBeGreaterThan(4);
    expect(draft.body).not.toContain('\r');
    expect(filePosition!('body', 3, 1)).toEqual({ line: 5, column: 1 });
  });
});

describe('HTML-only mail: the text a reader sees', () => {
  it('keeps headings in the case they were written, so shouting does not fire on them (en)', async () => {
    const { draft } = await readInput('en-html-table.eml');
    expect(draft.body).toContain('\nPayment details on file\n');
    expect(await rulesFiring('en-html-table.eml')).not.toContain('shouting');
  });

  it('keeps a Latin heading in a Chinese mail as written (zh)', async () => {
    expect((await readInput('zh-html-table.eml')).draft.body).toContain('Card on file 已登记的银行卡');
    expect(await rulesFiring('zh-html-table.eml')).not.toContain('shouting');
  });

  it('separates table cells, so a card number laid out in a table is found (en)', async () => {
    const { draft } = await readInput('en-html-table.eml');
    expect(draft.body).toMatch(/^Card\s{2,}4111 1111 1111 1111$/m);
    expect(draft.body).not.toMatch(/Card4111|ItemValue/);
    expect(await rulesFiring('en-html-table.eml')).toContain('confidential-data');
  });

  it('separates table cells in a Chinese mail, so the card number after 卡号 is found (zh)', async () => {
    const { draft } = await readInput('zh-html-table.eml');
    expect(draft.body).toMatch(/^卡号\s{2,}6222 0202 0000 0000 002$/m);
    expect(draft.body).toMatch(/^Visa\s{2,}4111111111111111$/m);
    expect(await rulesFiring('zh-html-table.eml')).toContain('confidential-data');
  });
});

describe('recognising mail on standard input', () => {
  it.each([
    ['a MIME message', 'From: a@example.com\nSubject: Hi\nMIME-Version: 1.0\n\nBody', true],
    ['a message with folded headers', 'Subject: Hi\n there\nContent-Type: text/plain\n\nBody', true],
    ['a text draft with only a Subject line', 'Subject: Hi\n\nFrom: the team', false],
    ['plain prose', 'Dear Ann,\n\nThanks: the refund is done.', false],
  ])('%s', (_name, text, expected) => {
    expect(looksLikeMail(text)).toBe(expected);
  });

  it('reads an input without a known extension by its content', async () => {
    const mail = await parseInput('-', new TextEncoder().encode('From: a@example.com\nSubject: =?UTF-8?B?5oKo5aW9?=\n\nBody\n'));
    expect(mail.draft.subject).toBe('您好');
    const text = await parseInput('-', new TextEncoder().encode('Subject: Hi\n\nBody\n'));
    expect(text.draft).toEqual({ subject: 'Hi', body: 'Body\n' });
  });
});
