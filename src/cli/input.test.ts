import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText, looksLikeMail, parseInput, parseTextFile } from './input.ts';

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
    expect(input.draft).toEqual({ subject: '退款', body: '您好：\r\n' });
    expect(input.filePosition!('body', 1, 1)).toEqual({ line: 2, column: 1 });
  });

  it('takes the whole file as the body when there is no Subject line, and marks the subject unknown', () => {
    const input = parseTextFile('a.txt', 'Dear Mr. Lee,\n\nDone.\n');
    expect(input.draft).toEqual({ subject: '', body: 'Dear Mr. Lee,\n\nDone.\n' });
    expect(input.subjectKnown).toBe(false);
    expect(input.filePosition!('body', 3, 1)).toEqual({ line: 3, column: 1 });
  });

  it('reads GBK text that is not valid UTF-8', () => {
    expect(decodeText(Uint8Array.from([0xc4, 0xfa, 0xba, 0xc3]))).toBe('您好');
    expect(decodeText(new TextEncoder().encode('\uFEFF您好'))).toBe('您好');
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
