import { describe, expect, it } from 'vitest';
import { analyzeDraft } from './draft.ts';
import { applyEditsToText } from './edits.ts';
import fc from 'fast-check';
import { continuesToken, deletionEdit, fitToPosition, isSentenceStart, ownSegments, quotationTest, replacementEdit, sentenceBreakDeletionEdit, textAround } from './segments.ts';

/** Calls `check` on the first occurrence of `part` in `text`, as the rules call these helpers on a match. */
function atPart<T>(check: (text: string, start: number, end: number) => T): (text: string, part: string) => T {
  return (text, part) => check(text, text.indexOf(part), text.indexOf(part) + part.length);
}

describe('ownSegments', () => {
  it('gives the subject, then the agent’s own body text without quote or signature', () => {
    const body = 'Thanks for waiting.\nIt shipped.\n\nBest regards,\nAnna\n\nOn Mon, Jan 5, 2026, Jane wrote:\n> Where is it?';
    const segments = ownSegments(analyzeDraft({ subject: 'Order 1234', body }));
    expect(segments.map(({ field, text, start, end }) => [field, text.slice(start, end)])).toEqual([
      ['subject', 'Order 1234'],
      ['body', 'Thanks for waiting.\nIt shipped.\n\nBest regards,'],
    ]);
  });

  it('leaves out an empty subject', () => {
    expect(ownSegments(analyzeDraft({ subject: '', body: 'Hello' })).map((segment) => segment.field)).toEqual(['body']);
  });
});

describe('textAround', () => {
  it('gives the text on either side of a match, cut at the window and at the segment', () => {
    const text = 'Quote\nThanks for the attached photos.\n> old';
    const segment = { field: 'body' as const, text, start: 6, end: 37 };
    const start = text.indexOf('the attached');
    expect(textAround(segment, start, start + 'the attached'.length, 4)).toEqual({ before: 'for ', after: ' pho' });
    expect(textAround(segment, start, start + 'the attached'.length, 40)).toEqual({ before: 'Thanks for ', after: ' photos.' });
  });
});

describe('isSentenceStart', () => {
  it('is true at the start, after a full stop or line break, and after opening quotes', () => {
    const text = 'One. Two\n“Three！四。五';
    for (const word of ['One', 'Two', 'Three', '四', '五']) expect(isSentenceStart(text, text.indexOf(word)), word).toBe(true);
  });

  it('is false after a comma or a word', () => {
    const text = 'Hi Mark, thanks';
    expect(isSentenceStart(text, text.indexOf('thanks'))).toBe(false);
    expect(isSentenceStart(text, text.indexOf('Mark'))).toBe(false);
  });
});

describe('fitToPosition', () => {
  it('capitalises only where a sentence opens, or when asked', () => {
    const text = 'Sorry. per my note, per my note';
    expect(fitToPosition('as mentioned', text, text.indexOf('per'))).toBe('As mentioned');
    expect(fitToPosition('as mentioned', text, text.lastIndexOf('per'))).toBe('as mentioned');
    expect(fitToPosition('as mentioned', text, text.lastIndexOf('per'), true)).toBe('As mentioned');
  });
});

describe('deletionEdit', () => {
  const remove = atPart((text, start, end) => applyEditsToText(text, [deletionEdit('body', text, start, end)]));

  it('takes the blank before the deleted text', () => {
    expect(remove('Thanks for waiting :) We shipped it.', ':)')).toBe('Thanks for waiting We shipped it.');
    expect(remove('The fee is obviously Visa’s.', 'obviously')).toBe('The fee is Visa’s.');
  });

  it('takes the blank after it at the start of a line instead', () => {
    expect(remove('Hi\n:) We shipped it.', ':)')).toBe('Hi\nWe shipped it.');
  });

  it('leaves Chinese text without blanks as it is', () => {
    expect(remove('好的:)马上处理', ':)')).toBe('好的马上处理');
  });
});

describe('sentenceBreakDeletionEdit', () => {
  const remove = atPart((text, start, end) => applyEditsToText(text, [sentenceBreakDeletionEdit('body', text, start, end)]));

  it('puts a full stop where the deleted piece ended a sentence that had none', () => {
    expect(remove('Thanks for waiting :) We shipped it.', ':)')).toBe('Thanks for waiting. We shipped it.');
    expect(remove('All booked lol I will send the key.', 'lol')).toBe('All booked. I will send the key.');
    expect(remove('已经确认了😊 会议室有投影仪。', '😊')).toBe('已经确认了。会议室有投影仪。');
    expect(remove('收到啦 😊 The refund is on its way.', '😊')).toBe('收到啦。The refund is on its way.');
  });

  it('takes the comma after a piece that opened a sentence, and gives a Latin sentence its capital', () => {
    expect(remove('您好，\n\n哈哈，您说的这个问题我们也复现了。', '哈哈')).toBe('您好，\n\n您说的这个问题我们也复现了。');
    expect(remove('Fixed. lol, that bug was ours.', 'lol')).toBe('Fixed. That bug was ours.');
    expect(remove('Hi Ann,\n\n:-), the parcel is out.', ':-)')).toBe('Hi Ann,\n\nThe parcel is out.');
    expect(remove('It works, lol, thanks.', 'lol')).toBe('It works, thanks.');
  });

  it('never leaves doubled punctuation or blanks, a comma opening a line, or a sentence run into the next', () => {
    const word = fc.constantFrom('We', 'shipped', 'it', 'the', 'Room', '已经', '确认', '您', '3', '好的');
    const mark = fc.constantFrom('', '', ' ', '.', ',', '，', '。', '!', '\n', ' ~');
    const side = fc.array(fc.tuple(word, mark), { minLength: 1, maxLength: 4 }).map((parts) => parts.map(([w, m]) => w + m).join(' ').replace(/ +/g, ' '));
    const cases = fc.record({ before: side, gapBefore: fc.constantFrom('', ' '), piece: fc.constantFrom(':)', '😊', 'lol', '哈哈'), after: fc.constantFrom('', ' ', ', ', '，', '. ', '\n'), rest: side });
    fc.assert(
      fc.property(cases, ({ before, gapBefore, piece, after, rest }) => {
        const text = `${before.trimEnd()}${gapBefore}${piece}${after}${rest.trimStart()}`;
        const start = before.trimEnd().length + gapBefore.length;
        const result = applyEditsToText(text, [sentenceBreakDeletionEdit('body', text, start, start + piece.length)]);
        const fresh = (pattern: RegExp) => (result.match(pattern)?.length ?? 0) <= (text.match(pattern)?.length ?? 0);
        return (
          result.length < text.length &&
          fresh(/[,，][ ]?[,，]/g) &&
          fresh(/[.。][ ]?[.。]/g) &&
          fresh(/  /g) &&
          fresh(/(?:^|\n)[ ]*[,，]/g) &&
          // A Latin sentence that began after the piece still begins with its capital after a sentence end.
          fresh(/[a-z0-9] [A-Z]/g)
        );
      }),
      { numRuns: 3000, seed: 20261208 },
    );
  });

  it('deletes as deletionEdit where a sentence end is there already or no sentence follows', () => {
    expect(remove('We shipped it. :) See you.', ':)')).toBe('We shipped it. See you.');
    expect(remove('nobody tells us anything lol. You will see.', 'lol')).toBe('nobody tells us anything. You will see.');
    expect(remove('Thanks :) see you soon.', ':)')).toBe('Thanks see you soon.');
    expect(remove('好的:)马上处理', ':)')).toBe('好的马上处理');
    expect(remove('Hi\n:) We shipped it.', ':)')).toBe('Hi\nWe shipped it.');
    expect(remove('Thanks for waiting :)\nWe shipped it.', ':)')).toBe('Thanks for waiting\nWe shipped it.');
  });
});

describe('continuesToken', () => {
  const continues = atPart(continuesToken);

  it('is true inside words and codes', () => {
    expect(continues('a lollipop', 'lol')).toBe(true);
    expect(continues('the U-boat', 'U')).toBe(true);
    expect(continues('SKU-obviously-2', 'obviously')).toBe(true);
    expect(continues('np.array', 'np')).toBe(true);
  });

  it('is false for a standalone word, punctuation or Chinese neighbours', () => {
    expect(continues('lol, fine', 'lol')).toBe(false);
    expect(continues('Thanks.', 'Thanks')).toBe(false);
    expect(continues('好的lol', 'lol')).toBe(false);
    expect(continues('x:)', ':)')).toBe(false);
  });
});

describe('quotationTest', () => {
  const quoted = atPart((text, start, end) => quotationTest(text)(start, end));

  it('recognises Chinese and straight quotation marks on the same line', () => {
    expect(quoted('客服讲“都是你自己的问题”，非常抱歉。', '你自己的问题')).toBe(true);
    expect(quoted('他说「不归我管」。', '不归我管')).toBe(true);
    expect(quoted('He was told "calm down" twice.', 'calm down')).toBe(true);
  });

  it('recognises single quotation marks and the title marks of books and films', () => {
    expect(quoted('您说‘你们太慢了’，我们非常理解。', '你们')).toBe(true);
    expect(quoted('He wrote ‘calm down’ in the chat.', 'calm down')).toBe(true);
    expect(quoted('我们有《你的名字》的蓝光碟。', '你')).toBe(true);
    expect(quoted('〈你好〉这首歌', '你')).toBe(true);
  });

  it('does not take an apostrophe for a closing quotation mark', () => {
    expect(quoted('Don’t worry, calm down.', 'calm down')).toBe(false);
  });

  it('is false outside or after closed quotations, and across lines', () => {
    expect(quoted('“您好”，不归我管。', '不归我管')).toBe(false);
    expect(quoted('Calm down.', 'Calm down')).toBe(false);
    expect(quoted('He said “\ncalm down', 'calm down')).toBe(false);
  });

  /** The definition, rescanning the line for every question: the fast test must agree with it. */
  function insideByRescan(text: string, start: number, end: number): boolean {
    const pairs: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』', '"': '"', '《': '》', '〈': '〉' };
    let closing: string | undefined;
    for (let index = text.lastIndexOf('\n', start - 1) + 1; index < start; index += 1) {
      if (closing !== undefined && text[index] === closing) closing = undefined;
      else if (closing === undefined && pairs[text[index]!] !== undefined) closing = pairs[text[index]!];
    }
    const lineEnd = text.indexOf('\n', end);
    return closing !== undefined && text.slice(end, lineEnd === -1 ? text.length : lineEnd).includes(closing);
  }

  it('agrees with rescanning the line, asked in any order', () => {
    const pieces = ['“', '”', '‘', '’', '「', '」', '"', '《', '》', '\n', '你', 'a', ' '];
    const sample = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(sample, fc.array(fc.tuple(fc.nat(), fc.nat(3))), (text, questions) => {
        const test = quotationTest(text);
        for (const [at, length] of questions) {
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + length);
          if (test(start, end) !== insideByRescan(text, start, end)) return false;
        }
        return true;
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});

describe('replacementEdit', () => {
  const replaced = (text: string, part: string, replacement: string) => {
    const start = text.indexOf(part);
    return applyEditsToText(text, [replacementEdit('body', text, start, start + part.length, replacement)]);
  };

  it('does not repeat the words the text already has before or after the span', () => {
    expect(replaced('请问你找谁？', '你找谁', '请问您找哪位')).toBe('请问您找哪位？');
    expect(replaced('請問你找誰？', '你找誰', '請問您找哪位')).toBe('請問您找哪位？');
    expect(replaced('您好，你等一下请您稍等。', '你等一下', '请您稍等')).toBe('您好，请您稍等。');
    expect(replaced('Reply as soon as ASAP.', 'ASAP', 'as soon as possible')).toBe('Reply as soon as possible.');
    expect(replaced('Please pls reply.', 'pls', 'please')).toBe('Please reply.');
    expect(replaced('Hello there, please calm down.', 'calm down', 'please stay with me')).toBe('Hello there, please stay with me.');
  });

  it('takes no part of a word, nor a single Chinese character, for a repeat', () => {
    expect(replaced('Pleasepls reply.', 'pls', 'please')).toBe('Pleaseplease reply.');
    expect(replaced('Thanks, thx!', 'thx', 'thanks')).toBe('Thanks, thanks!');
    expect(replaced('我你等一下。', '你等一下', '我请您稍等')).toBe('我我请您稍等。');
    expect(replaced('the ASAP plan', 'ASAP', 'as soon as possible')).toBe('the as soon as possible plan');
  });
});
