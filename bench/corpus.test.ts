import { describe, expect, it } from 'vitest';
import { analyzeDraft } from '../src/core/draft.ts';
import { measure } from '../src/core/width.ts';
import { buildCorpus, DEFAULT_COUNTS, generateMail, mailsOfSize, Random, SIZE_CLASSES, utf8Bytes, wrapParagraph } from './corpus.ts';

const corpus = buildCorpus();

describe('benchmark corpus', () => {
  it('holds at least 1,000 mails in the planned size classes and all three languages', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    SIZE_CLASSES.forEach(({ label }, index) => expect(mailsOfSize(corpus, label)).toHaveLength(DEFAULT_COUNTS[index]!));
    for (const language of ['zh', 'en', 'mixed'] as const) {
      expect(corpus.filter((mail) => mail.language === language).length).toBeGreaterThan(corpus.length / 5);
    }
  });

  it('is the same mail for mail on every build, and different for another seed', () => {
    const again = buildCorpus();
    expect(again.map((mail) => mail.draft)).toEqual(corpus.map((mail) => mail.draft));
    const other = buildCorpus({ seed: 7, counts: [20, 0, 0, 0] });
    expect(other.map((mail) => mail.draft.body)).not.toEqual(corpus.slice(0, 20).map((mail) => mail.draft.body));
  });

  it('records the UTF-8 size of subject and body, spread around each nominal size', () => {
    for (const mail of corpus.slice(0, 50)) {
      expect(mail.bytes).toBe(new TextEncoder().encode(mail.draft.subject + mail.draft.body).length);
    }
    for (const { label, bytes } of SIZE_CLASSES) {
      const sizes = mailsOfSize(corpus, label).map((mail) => mail.bytes).sort((a, b) => a - b);
      const median = sizes[sizes.length >> 1]!;
      expect(median / bytes).toBeGreaterThan(0.9);
      expect(median / bytes).toBeLessThan(1.2);
      expect(sizes[0]! / bytes).toBeGreaterThan(0.5);
      expect(sizes[sizes.length - 1]! / bytes).toBeLessThan(1.8);
    }
  });

  it('contains every quoting style the draft model must recognise', () => {
    const bodies = corpus.map((mail) => mail.draft.body);
    const has = (pattern: RegExp) => bodies.some((body) => pattern.test(body));
    expect(has(/^On .+ wrote:\r?$/m)).toBe(true);
    expect(has(/^wrote:\r?$/m)).toBe(true);
    expect(has(/^>+ /m)).toBe(true);
    expect(has(/^From: .+\r?\nSent: /m)).toBe(true);
    expect(has(/^发件人：.+\r?\n发送时间：/m)).toBe(true);
    expect(has(/^在 .+写道：\r?$/m)).toBe(true);
    expect(has(/^-- \r?$/m)).toBe(true);
    expect(has(/\r\n/)).toBe(true);
  });

  it('gives most replies quoted history and a signature the draft model finds', () => {
    const sample = corpus.slice(0, 200).map((mail) => analyzeDraft(mail.draft));
    expect(sample.filter((model) => model.quoted.length > 0).length).toBeGreaterThan(100);
    expect(sample.filter((model) => model.signature !== undefined).length).toBeGreaterThan(100);
    // The agent's own text is a real share of the mail, not just a line above a long quote.
    const large = mailsOfSize(corpus, '100 KB').slice(0, 10).map((mail) => analyzeDraft(mail.draft));
    for (const model of large) {
      const own = model.ownRanges.reduce((total, range) => total + range.end - range.start, 0);
      expect(own / model.body.length).toBeGreaterThan(0.2);
    }
  });

  it('writes a mail near the requested size for a given random state', () => {
    const first = generateMail(new Random(42), 'mixed', 5000);
    expect(generateMail(new Random(42), 'mixed', 5000)).toEqual(first);
    const size = utf8Bytes(first.subject) + utf8Bytes(first.body);
    expect(size).toBeGreaterThan(3500);
    expect(size).toBeLessThan(7000);
  });
});

describe('Random', () => {
  it('stays in range and covers it', () => {
    const random = new Random(1);
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index += 1) {
      const value = random.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });
});

describe('wrapParagraph', () => {
  it('keeps lines within the width unless one word is wider', () => {
    const paragraph = '快递单号是 SF123456789012，您可以在 https://support.example.com/track 查询最新进度。退款将在三个工作日内原路退回，请您留意账户变动。';
    const lines = wrapParagraph(paragraph, 20);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace(/\s/g, '')).toBe(paragraph.replace(/\s/g, ''));
    for (const line of lines) {
      if (!line.includes('https://')) expect(measure(line)).toBeLessThanOrEqual(21);
    }
    expect(lines.some((line) => line.includes('https://support.example.com/track'))).toBe(true);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapParagraph('您好，您的包裹已经发出。我们会尽快为您处理，请您耐心等待。', 6);
    for (const line of lines) expect(line).not.toMatch(/^[，。]/);
  });

  it('breaks English at spaces, two Latin letters to one unit of width', () => {
    const lines = wrapParagraph('Thanks for your patience while we looked into this for you.', 8);
    expect(lines).toEqual(['Thanks for your', 'patience while', 'we looked into', 'this for you.']);
  });
});
