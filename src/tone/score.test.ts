import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TextRange } from '../core/types.ts';
import { analyzeDraft } from '../core/draft.ts';
import { analyzeTone, analyzeToneInPieces, analyzeToneWhole, compileToneDetector, HitsByStart, MIN_STRENGTH, readerPronounVariants, splitSentences, type ToneAnalysis } from './score.ts';
import { CHINESE } from './lexicon-zh.ts';
import { foldForMatching } from './fold.ts';

const detector = compileToneDetector();

function analyze(text: string, ownRanges: readonly TextRange[] = [{ start: 0, end: text.length }]): ToneAnalysis {
  return analyzeTone(detector, text, ownRanges);
}

function cueTexts(text: string): string[] {
  return analyze(text).cues.map((cue) => text.slice(cue.start, cue.end));
}

function strengthOf(text: string, words: string): number {
  const cue = analyze(text).cues.find((candidate) => text.slice(candidate.start, candidate.end) === words);
  return cue?.strength ?? 0;
}

describe('analyzeTone', () => {
  it('combines independent cues as a noisy-OR', () => {
    const text = 'That is stupid. What the hell.';
    const { score, cues } = analyze(text);
    expect(cues).toHaveLength(2);
    expect(score).toBeCloseTo(1 - (1 - cues[0]!.strength) * (1 - cues[1]!.strength), 10);
  });

  it('drops a judgement right after a negator, but not across a comma or from far away', () => {
    expect(cueTexts("You're not stupid.")).toEqual([]);
    expect(cueTexts('No, that was stupid.')).toEqual(['stupid']);
    expect(cueTexts('I did not expect the answer to be quite that stupid.')).toEqual(['stupid']);
    expect(cueTexts('您一点都不傻。')).toEqual([]);
  });

  it('strengthens a judgement aimed at the reader and one after an intensifier', () => {
    const plain = strengthOf('The plan is ridiculous.', 'ridiculous');
    expect(strengthOf('Your plan is ridiculous.', 'ridiculous')).toBeGreaterThan(plain);
    expect(strengthOf('The plan is so ridiculous.', 'ridiculous')).toBeGreaterThan(plain);
  });

  it("weakens anger that belongs to the reader or sits next to an apology", () => {
    const own = strengthOf("I'm furious about this.", 'furious');
    expect(strengthOf("You're furious about this.", 'furious')).toBeLessThan(own);
    expect(cueTexts("I'm sorry you are furious about this.")).toEqual([]);
  });

  it('weakens a harsh word where the sentence owns the fault, but not where it denies it', () => {
    const plain = strengthOf('这个安排太离谱了。', '离谱');
    expect(strengthOf('这个安排太离谱了，是我们的失误。', '离谱')).toBeLessThan(plain);
    expect(strengthOf('这个安排太离谱了，不是我们的失误。', '离谱')).toBe(plain);
    expect(strengthOf('呢個安排太離譜，唔係我哋搞錯。', '離譜')).toBe(strengthOf('呢個安排太離譜。', '離譜'));
    expect(strengthOf('That was a shameful lapse, our error.', 'shameful')).toBeLessThan(strengthOf('That was a shameful lapse.', 'shameful'));
    expect(strengthOf('That was a shameful lapse, not our error.', 'shameful')).toBe(strengthOf('That was a shameful lapse.', 'shameful'));
    // 不好意思 holds a negator of its own, which denies nothing.
    expect(strengthOf('这个安排太离谱了，不好意思。', '离谱')).toBeLessThan(plain);
  });

  it('weakens words in quotation marks', () => {
    const said = strengthOf('This is your own fault.', 'your own fault');
    expect(strengthOf('He called it “your own fault” on the phone.', 'your own fault')).toBeLessThan(said);
  });

  it('ignores a term that overlaps an innocent word', () => {
    expect(cueTexts('如果电脑应该死机了，请重启。')).toEqual([]);
    expect(cueTexts('靠，又坏了。')).toEqual(['靠，']);
  });

  it('joins a gapped phrase only within one sentence', () => {
    expect(cueTexts('难道说明书上没写吗')).toEqual(['难道说明书上没写吗']);
    expect(cueTexts('难道说明书上没写。您确认一下吗')).toEqual([]);
  });

  it('keeps capitals alone below a blocking score however many there are', () => {
    const text = 'PLEASE READ THIS NOTICE. THE OFFICE CLOSES EARLY TODAY. BRING YOUR BADGE TOMORROW. PARKING IS FULL.';
    const { score, cues } = analyze(text);
    expect(cues.length).toBeGreaterThan(2);
    expect(score).toBeLessThanOrEqual(0.4 + 1e-9);
  });

  it('lets exclamation marks after good news go', () => {
    expect(cueTexts('Thanks so much, it works!!!')).toEqual([]);
    expect(cueTexts('It still does not work!!!')).toEqual(['!!!']);
  });

  it('points into the body when quoted history comes before the own text', () => {
    const text = '> you idiot\n> what\nThat is stupid.';
    const start = text.indexOf('That');
    expect(analyze(text, [{ start, end: text.length }]).cues.map((cue) => text.slice(cue.start, cue.end))).toEqual(['stupid']);
  });

  it('uses only the agent’s own text', () => {
    const text = 'Thanks for waiting.\n> you idiot!!!\nBest, Ann';
    expect(analyze(text, [{ start: 0, end: 19 }]).cues).toEqual([]);
  });

  it('counts pack terms and drops ignored built-ins', () => {
    const packed = compileToneDetector({ angerTerms: [{ term: 'bunkum', weight: 0.7 }], ignoredAngerTerms: ['damn'] });
    const text = 'Damn, that is bunkum.';
    expect(analyzeTone(packed, text, [{ start: 0, end: text.length }]).cues.map((cue) => text.slice(cue.start, cue.end))).toEqual(['bunkum']);
  });

  it('keeps every cue inside the own ranges, strong enough to count, and the score in 0–1', () => {
    const pieces = ['you idiot', 'WHAT', '!!!', '垃圾', '可靠', 'not bad', '\n', '> damn\n', ' ', 'sorry', '你到底', '。'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), fc.nat(40), fc.nat(40), (parts, a, b) => {
        const text = parts.join('');
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const { score, cues } = analyze(text, [{ start, end }]);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        for (const cue of cues) {
          expect(cue.start).toBeGreaterThanOrEqual(start);
          expect(cue.end).toBeLessThanOrEqual(end);
          expect(cue.strength).toBeGreaterThanOrEqual(MIN_STRENGTH);
        }
      }),
    );
  });
});

describe('the reader named in any of its forms', () => {
  it('writes each reader pronoun of a phrase in all six forms, and leaves greetings alone', () => {
    expect(readerPronounVariants('你有病')).toEqual(['你有病', '您有病', '妳有病', '你们有病', '您们有病', '妳们有病']);
    expect(readerPronounVariants('你们到底')).toContain('您到底');
    expect(readerPronounVariants('你好烦')).toEqual(['你好烦']);
    expect(readerPronounVariants('你们好烦')).toEqual(['你们好烦']);
    expect(readerPronounVariants('怪你自己')).toHaveLength(6);
    expect(readerPronounVariants('你说你')).toHaveLength(36);
    expect(readerPronounVariants('no pronoun')).toEqual(['no pronoun']);
  });

  it('scores a lexicon phrase the same whichever form of the reader it names', () => {
    const phrases = CHINESE.groups.flatMap((group) => group.terms).map(foldForMatching).filter((term) => /[你您妳]/u.test(term) && !term.includes('…'));
    expect(phrases.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(fc.constantFrom(...phrases), fc.nat(), fc.constantFrom('', '。', '？', '吧！'), (phrase, pick, end) => {
        const variants = readerPronounVariants(phrase);
        const variant = variants[pick % variants.length]!;
        expect(analyze(variant + end).score).toBeCloseTo(analyze(phrase + end).score, 10);
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});

describe('analyzeTone in pieces', () => {
  // Lines that make cues, phrases whose words may sit on either side of a blank line, greetings
  // that mask a name only where the agent's text opens, lines blank only once folded or masked.
  const line = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('Hi Dick,', 'Hi Bitch,', 'Dear Mr Cox,', '王八先生您好，', 'You are stupid.', 'shut', 'shut ', 'up', 'shut up', 'you', 'son of a', 'bitch', 'thank you', 'What the hell', 'hell', 'WHY DID YOU DO THAT', 'Thanks!!!', 'Really???', '"stupid" is what he said', "'idiot'", '你是不是有病啊？', '难道', '你不懂吗', '我们非常理解您的心情，', '烂', 'https://example.com/stupid', 'sam@example.com', 'Not stupid at all.', 'I am so angry', 'you are angry', 'Best regards,', 'Alex') },
    { weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t', '\u3000', '\u00a0', '\u202f', '\r', '> you idiot', 'On Mon, 1 Dec 2025, Jane <j@example.com> wrote:') },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const draft = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

  it('finds what judging the text whole finds, with the cues of pieces met before reused', () => {
    const shared = compileToneDetector();
    fc.assert(
      fc.property(draft, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (body, cuts, fromModel) => {
        // Own ranges as the draft model finds them, or anywhere: close together, empty, at the ends.
        const points = [...new Set(cuts.map((cut) => cut % (body.length + 1)))].sort((a, b) => a - b);
        const pairs = points.flatMap((point, index) => (index % 2 === 0 && index + 1 < points.length ? [{ start: point, end: points[index + 1]! }] : []));
        const ownRanges = fromModel ? analyzeDraft({ subject: '', body }).ownRanges : pairs;
        const whole = analyzeToneWhole(shared, body, ownRanges);
        // Every paragraph a piece, about every other, and as shipped.
        for (const odds of [1, 2, 8]) {
          for (const detector of [shared, compileToneDetector()]) {
            const inPieces = analyzeToneInPieces(detector, body, ownRanges, odds);
            if (inPieces) expect(inPieces).toEqual(whole);
          }
        }
        expect(analyzeTone(shared, body, ownRanges, { inPieces: true })).toEqual(whole);
      }),
      { numRuns: 400, seed: 20261206 },
    );
    // A detector is compiled for every case: about 6 s on an idle core, three times that on a busy one.
  }, 60_000);

  it('judges whole what could read on from one piece into the next', () => {
    const body = 'Fine, shut\n\nup and wait.';
    const own = [{ start: 0, end: body.length }];
    expect(analyzeToneWhole(detector, body, own).cues.map((cue) => body.slice(cue.start, cue.end))).toEqual(['shut\n\nup']);
    expect(analyzeToneInPieces(detector, body, own, 1)).toBeUndefined();
    const apart = 'Fine, shut.\n\nup and wait.';
    expect(analyzeToneInPieces(detector, apart, [{ start: 0, end: apart.length }], 1)).toEqual(analyzeToneWhole(detector, apart, [{ start: 0, end: apart.length }]));
  });

  it('takes long own text in pieces, and an edit judges its own piece again and perhaps the next', () => {
    const fresh = compileToneDetector();
    const paragraph = (index: number) => `Paragraph ${index}: you people never read anything!!! 你是不是有病啊？ (${index} of 400)`;
    const body = Array.from({ length: 400 }, (_, index) => paragraph(index)).join('\n\n');
    const own = [{ start: 0, end: body.length }];
    const kept = () => [...fresh.pieces.keys()].length;
    // A one-off lint keeps nothing.
    expect(analyzeTone(fresh, body, own)).toEqual(analyzeToneWhole(fresh, body, own));
    expect(kept()).toBe(0);
    expect(analyzeTone(fresh, body, own, { inPieces: true })).toEqual(analyzeToneWhole(fresh, body, own));
    const pieces = kept();
    expect(pieces).toBeGreaterThan(10);
    const edited = body.replace('Paragraph 200:', 'Paragraph 200 (edited):');
    expect(analyzeTone(fresh, edited, own, { inPieces: true })).toEqual(analyzeToneWhole(fresh, edited, own));
    expect(kept() - pieces).toBeGreaterThanOrEqual(1);
    expect(kept() - pieces).toBeLessThanOrEqual(2);
  });
});

describe('splitSentences', () => {
  function sentences(text: string): string[] {
    return splitSentences(text).map((range) => text.slice(range.start, range.end).trim());
  }

  it('ends sentences at marks, full stops before a blank, and blank lines, not at single line feeds', () => {
    expect(sentences('Version 4.2.1 is out. Really?! Yes\nit is\n\n好的。谢谢')).toEqual(['Version 4.2.1 is out.', 'Really?!', 'Yes\nit is', '好的。', '谢谢']);
  });
});

describe('HitsByStart', () => {
  // Hits in order of their starts, as the phrase matcher gives them; the windowed lookups must
  // answer as a search of every hit would (the scorer relies on it to stay linear in its hits).
  const hits = fc
    .array(fc.record({ start: fc.nat(200), length: fc.integer({ min: 1, max: 30 }), tag: fc.nat(3) }), { maxLength: 60 })
    .map((drawn) => drawn.map(({ start, length, tag }) => ({ start, end: start + length, tag })).sort((a, b) => a.start - b.start));
  const place = fc.integer({ min: -40, max: 260 });
  const tagged = (tag: number) => (hit: { tag: number }) => hit.tag === tag;

  it('finds what a search of every hit finds', () => {
    fc.assert(
      fc.property(hits, place, place, place, fc.nat(3), (all, a, b, c, tag) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const lookup = new HitsByStart(all);
        const test = tagged(tag);
        expect(lookup.someStartingIn(from, to, test)).toBe(all.some((hit) => hit.start >= from && hit.start < to && test(hit)));
        expect(lookup.firstStartingIn(from, to, test)).toBe(all.find((hit) => hit.start >= from && hit.start < to && test(hit)));
        expect(lookup.someOverlapping(from, to, test)).toBe(all.some((hit) => hit.start < to && from < hit.end && test(hit)));
        expect(lookup.someEndingIn(c, from, to, test)).toBe(all.some((hit) => hit.start >= c && hit.end >= from && hit.end <= to && test(hit)));
      }),
      { seed: 11, numRuns: 2000 },
    );
  });
});
