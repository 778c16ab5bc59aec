import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLinter } from '../core/engine.ts';
import { builtinRules } from '../rules/index.ts';
import { applySafeFixes, MAX_FIXES_PER_DRAFT } from './fix.ts';
import { decodeText, parseTextFile, UnreadableInputError } from './input.ts';

/** Text without NUL and with few control characters: what a person writes. */
const writtenText = fc.string({ unit: fc.oneof(fc.constantFrom('\n', '\r\n', '\t', ' ', '您', '好', '你', '。', '😀', '👨‍👩‍👧', 'é', 'a', 'Z', '1', '!'), fc.string({ unit: 'grapheme', maxLength: 1 })) }).filter((text) => !/[\u0000-\u0008\u000b\u000e-\u001f]/.test(text));

describe('decodeText', () => {
  it('reads any UTF-8 text exactly, with or without a byte order mark', () => {
    fc.assert(
      fc.property(writtenText, fc.boolean(), (text, mark) => {
        expect(decodeText(new TextEncoder().encode(mark ? `\uFEFF${text}` : text))).toBe(text);
      }),
    );
  });

  it('reads any UTF-16 text with a byte order mark exactly, in either byte order', () => {
    fc.assert(
      fc.property(writtenText, fc.boolean(), (text, bigEndian) => {
        const little = Buffer.from(`\uFEFF${text}`, 'utf16le');
        expect(decodeText(bigEndian ? Buffer.from(little).swap16() : little)).toBe(text);
      }),
    );
  });

  it('on any bytes, reads text or refuses with a reason: it never throws anything else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          expect(typeof decodeText(bytes)).toBe('string');
        } catch (error) {
          expect(error).toBeInstanceOf(UnreadableInputError);
        }
      }),
    );
  });
});

describe('parseTextFile', () => {
  it('puts an unchanged draft back into exactly the file it was read from, whatever its line ends', () => {
    fc.assert(
      fc.property(fc.constantFrom('\n', '\r\n', '\r'), writtenText, writtenText, (lineEnd, subject, body) => {
        const file = `Subject: ${subject.replace(/[\r\n]/g, ' ')}${lineEnd}${lineEnd}${body.replace(/\r\n?|\n/g, lineEnd)}`;
        const input = parseTextFile('a.txt', file);
        expect(input.source!.rebuild(input.draft)).toBe(file);
      }),
    );
  });
});

describe('applySafeFixes', () => {
  const linter = createLinter(builtinRules);
  const piece = fc.constantFrom(
    'Hi Ann, ',
    'lol ',
    'thx ',
    '你找谁',
    '你的订单',
    'card 4111 1111 1111 1111 ',
    'ID 11010519491231002X ',
    'CALL ME NOW!!! ',
    'a fairly long sentence that will not fit on one line of a mail window at all ',
    '\n',
    '\n\n',
    'Best regards,\nSam',
    '祝好\n李娜',
  );
  const draft = fc.record({ subject: fc.array(piece, { maxLength: 3 }).map((parts) => parts.join('').replace(/\n/g, ' ')), body: fc.array(piece, { maxLength: 14 }).map((parts) => parts.join('')) });

  it('ends, and loses no error except by a fix made for an error of that rule', () => {
    const errorsOf = (text: { subject: string; body: string }) =>
      linter
        .lint(text)
        .filter((finding) => finding.severity === 'error' && finding.ruleId !== 'angry-tone')
        .map((finding) => `${finding.ruleId}\u0000${text[finding.field].slice(finding.start, finding.end)}`);
    fc.assert(
      fc.property(draft, (original) => {
        const { draft: fixed, applied } = applySafeFixes(linter, original);
        expect(applied.length).toBeLessThanOrEqual(MAX_FIXES_PER_DRAFT);
        const remaining = errorsOf(fixed);
        const lostByRule = new Map<string, number>();
        for (const error of errorsOf(original)) {
          const index = remaining.indexOf(error);
          if (index !== -1) remaining.splice(index, 1);
          else {
            const ruleId = error.split('\u0000')[0]!;
            lostByRule.set(ruleId, (lostByRule.get(ruleId) ?? 0) + 1);
          }
        }
        for (const [ruleId, lost] of lostByRule) expect(lost, `${ruleId} errors lost`).toBeLessThanOrEqual(applied.filter((fix) => fix.ruleId === ruleId).length);
      }),
      { numRuns: 60 },
    );
    // Each run lints a draft once per fix; under a loaded machine that exceeds the default 5 s.
  }, 60_000);
});
