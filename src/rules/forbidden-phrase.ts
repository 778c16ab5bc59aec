import { memoizeByIdentity } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { continuesToken, deletionEdit, fitToPosition, inScriptAround, isSentenceStart, quotationTest, ownSegments, replacementEdit, textAround, type TextSegment } from '../core/segments.ts';
import { quote } from '../core/text.ts';
import type { Fix, LocalizedText } from '../core/types.ts';
import { UnitAutomaton } from '../core/unit-automaton.ts';
import type { Vocabulary } from '../core/vocabulary.ts';
import type { BuiltinPhrase } from './data/forbidden-phrase.ts';
import { expandPhrase, gapParts } from './data/phrase-pattern.ts';
import { BUILTIN_PHRASE_DATA } from './data/forbidden-phrase-list.ts';

const DEFAULT_REASON: LocalizedText = {
  en: 'It can come across as rude to a customer.',
  zh: '这种说法容易让客户感到不被尊重。',
};

/** The message of a brush-off, naming the words that drove the model (ModelVerdict.brushOffs), when it has any. */
function brushOffMessage(words: readonly string[]): LocalizedText {
  return {
    en: `This sentence may read to the customer as a brush-off${words.length > 0 ? ` (${words.map((word) => `“${word}”`).join(', ')})` : ''}: passing the matter on, blaming them, a lecture or a flat “nothing we can do”. Say what you will do for them instead.`,
    zh: `这句话可能让客户觉得被推诿、被指责、被说教，或被一口回绝${words.length > 0 ? `（${words.map((word) => `“${word}”`).join('')}）` : ''}。请改为告诉客户您会为他做什么。`,
  };
}

/** How far around a match the context checks of a phrase look. */
const CONTEXT_WINDOW = 20;
/**
 * How far after the first part of a phrase with a gap its second part may start: a few words
 * ("told you this three times", "已经跟您解释过好几次"). With the parts, a match stays well inside
 * the own text the incremental linter gives a block (src/core/incremental.ts).
 */
const GAP_REACH = 32;
/** What ends a clause for a gap: a sentence mark, a semicolon, a full stop before a blank, or a blank line. */
const CLAUSE_BREAK = /[。！？!?；;]|\.(?:\s|$)|\n[ \t]*\n/;

const CLAUSE_END = /^[ \t]*(?:$|[\n。！？!?.…；;，,~～])/;
const SENTENCE_CLOSE = /^(?:[。！？!?.…~～]+[ \t]*|[ \t]*(?=\n|$))/;

/**
 * Characters of written Cantonese read as the Traditional Mandarin ones that play their part, so
 * that every phrase also catches its Cantonese wording: 冇辦法 as 沒辦法, 唔係我哋負責 as
 * 不是我們負責, 講咗三次 as 講了三次. Patterns go through the same fold, so a word of their own
 * that holds one of them (關係) still meets itself.
 */
const CANTONESE_PAIRS = '冇沒唔不嘅的喺在哋們睇看嚟來咗了佢他俾給係是';
const CANTONESE_AS_MANDARIN: ReadonlyMap<number, number> = new Map(
  Array.from({ length: CANTONESE_PAIRS.length / 2 }, (_, index) => [CANTONESE_PAIRS.charCodeAt(index * 2), CANTONESE_PAIRS.charCodeAt(index * 2 + 1)]),
);
const FOLDED = new RegExp(`[A-Z’${CANTONESE_PAIRS.replace(/(.)./g, '$1')}]`, 'g');

/**
 * Folding keeps every offset, one unit for one: ASCII letters go to lower case, the typographic
 * apostrophe becomes the plain one, so "Don’t" and "DON'T" both meet "don't", and written
 * Cantonese becomes Mandarin (above).
 */
function foldUnit(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit === 0x2019) return 0x27;
  return CANTONESE_AS_MANDARIN.get(unit) ?? unit;
}

function fold(value: string): string {
  return value.replace(FOLDED, (character) => String.fromCharCode(foldUnit(character.charCodeAt(0))));
}

/**
 * Text as the automaton reads it: folded as above, and a line break or tab as a space, since
 * mail is wrapped by hand and a phrase may run onto the next line.
 */
function matchingUnit(unit: number): number {
  return unit === 0x09 || unit === 0x0a || unit === 0x0d ? 0x20 : foldUnit(unit);
}

/**
 * What a pattern of the automaton is to the phrases it belongs to: the whole phrase, or the part
 * before or after its gap. One such list is shared by every wording of a phrase's side.
 */
interface PhrasePart {
  entry: BuiltinPhrase;
  part: 'whole' | 'head' | 'tail';
}

/**
 * Every wording of every phrase as a pattern of one automaton. Of built-ins, the first phrase of
 * a wording stands: a Traditional twin repeats the wordings of its Simplified phrase that have
 * no character to convert. A pack's phrase is taken word for word, and replaces the built-in of
 * the same wording, keeping the context checks that belong to the words.
 */
function compile(builtins: readonly BuiltinPhrase[], vocabulary: Vocabulary): UnitAutomaton<readonly PhrasePart[]> {
  const partsByPattern = new Map<string, readonly PhrasePart[]>();
  const add = (wording: string, parts: readonly PhrasePart[]) => {
    const key = fold(wording.trim());
    if (key === '') return;
    const existing = partsByPattern.get(key);
    if (parts[0]!.part === 'whole' && existing?.some(({ part }) => part === 'whole')) return;
    partsByPattern.set(key, existing ? [...existing, ...parts] : parts);
  };
  for (const entry of builtins) {
    const gap = gapParts(entry.phrase);
    if (gap) {
      const head: readonly PhrasePart[] = [{ entry, part: 'head' }];
      const tail: readonly PhrasePart[] = [{ entry, part: 'tail' }];
      for (const wording of gap.heads) add(wording, head);
      for (const wording of gap.tails) add(wording, tail);
    } else {
      const whole: readonly PhrasePart[] = [{ entry, part: 'whole' }];
      for (const wording of expandPhrase(entry.phrase)) add(wording, whole);
    }
  }
  for (const { phrase, replacement, reason } of vocabulary.forbiddenPhrases) {
    const key = fold(phrase.trim());
    if (key === '') continue;
    const parts = partsByPattern.get(key) ?? [];
    const builtin = parts.find(({ part }) => part === 'whole')?.entry;
    const entry: BuiltinPhrase = {
      phrase,
      replacement,
      remove: replacement === undefined,
      reason: reason ?? builtin?.reason ?? DEFAULT_REASON,
      unlessPreceded: builtin?.unlessPreceded,
      unlessFollowed: builtin?.unlessFollowed,
    };
    partsByPattern.set(key, [...parts.filter(({ part }) => part !== 'whole'), { entry, part: 'whole' }]);
  }
  return new UnitAutomaton(
    [...partsByPattern].map(([pattern, parts]) => ({ pattern, value: parts })),
    matchingUnit,
  );
}

/** The built-in phrases with their context patterns compiled; read when first needed, as the content script loads them with the rule data. */
let builtinPhrases: readonly BuiltinPhrase[] | undefined;
function builtins(): readonly BuiltinPhrase[] {
  builtinPhrases ??= BUILTIN_PHRASE_DATA.map(({ unlessPreceded, unlessFollowed, ...entry }) => ({
    ...entry,
    ...(unlessPreceded === undefined ? {} : { unlessPreceded: new RegExp(unlessPreceded) }),
    ...(unlessFollowed === undefined ? {} : { unlessFollowed: new RegExp(unlessFollowed) }),
  }));
  return builtinPhrases;
}

const phrasesWithBuiltins = memoizeByIdentity((vocabulary: Vocabulary) => compile(builtins(), vocabulary));
const packPhrasesOnly = memoizeByIdentity((vocabulary: Vocabulary) => compile([], vocabulary));

function vetoedByContext(entry: BuiltinPhrase, segment: TextSegment, start: number, end: number): boolean {
  const { before, after } = textAround(segment, start, end, CONTEXT_WINDOW);
  return (entry.unlessPreceded?.test(fold(before)) ?? false) || (entry.unlessFollowed?.test(fold(after)) ?? false);
}

interface PhraseMatch {
  entry: BuiltinPhrase;
  start: number;
  end: number;
}

/** Index of the first of `matches` (sorted by start) that starts at or after `offset`. */
function firstStartingFrom(matches: readonly PhraseMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Each first part of a phrase with a gap joined to the nearest second part of the same phrase
 * that starts within GAP_REACH of it, in the same clause. Both lists are sorted by start; a
 * head looks at the tails of a window of fixed width, so the join is linear in the text.
 */
function joinGaps(segment: TextSegment, heads: readonly PhraseMatch[], tails: readonly PhraseMatch[]): PhraseMatch[] {
  const joined: PhraseMatch[] = [];
  for (const head of heads) {
    const limit = Math.min(segment.end, head.end + GAP_REACH);
    for (let index = firstStartingFrom(tails, head.end); index < tails.length && tails[index]!.start <= limit; index += 1) {
      const tail = tails[index]!;
      if (tail.entry !== head.entry) continue;
      if (!CLAUSE_BREAK.test(segment.text.slice(head.end, tail.start))) joined.push({ entry: head.entry, start: head.start, end: tail.end });
      break;
    }
  }
  return joined;
}

/**
 * Every phrase that stands as whole words, is not quoted from someone else and passes its
 * context checks; of overlapping ones the leftmost wins, then the longest. Checking before
 * selecting means that a long phrase ruled out by its context does not hide a shorter one.
 */
function findPhrases(automaton: UnitAutomaton<readonly PhrasePart[]>, segment: TextSegment): PhraseMatch[] {
  const candidates: PhraseMatch[] = [];
  const heads: PhraseMatch[] = [];
  const tails: PhraseMatch[] = [];
  // Hits come by their end; the quotation test is linear when asked in the order of the starts.
  const hits = automaton.findAll(segment.text, segment.start, segment.end).sort((a, b) => a.start - b.start || b.end - a.end);
  const isInsideQuotation = quotationTest(segment.text);
  for (const { start, end, value: parts } of hits) {
    if (continuesToken(segment.text, start, end) || isInsideQuotation(start, end)) continue;
    for (const { entry, part } of parts) {
      if (part === 'head') heads.push({ entry, start, end });
      else if (part === 'tail') tails.push({ entry, start, end });
      else candidates.push({ entry, start, end });
    }
  }
  if (heads.length > 0 && tails.length > 0) {
    candidates.push(...joinGaps(segment, heads, tails));
    candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  }
  const selected: PhraseMatch[] = [];
  for (const candidate of candidates) {
    if (vetoedByContext(candidate.entry, segment, candidate.start, candidate.end)) continue;
    if (selected.length === 0 || candidate.start >= selected[selected.length - 1]!.end) selected.push(candidate);
  }
  return selected;
}

/**
 * Deleting the phrase, only where what remains is still a clean sentence: a whole sentence
 * goes with its closing punctuation; an opener set off by its comma goes with the comma, and
 * the next word takes the capital ("Obviously, the fee…"); a phrase set off by commas, or closing
 * the sentence after one, goes with the comma before it ("…, end of story."); a single Latin word
 * between words goes with the space before it ("is obviously wrong"). The head of a clause
 * ("Stop emailing us about this", "I'm not going to keep repeating it") is not deleted alone:
 * what follows it would be left without its verb.
 */
function removalFix(segment: TextSegment, start: number, end: number, matched: string): Fix | undefined {
  const { field, text: value } = segment;
  const title = text(`Remove “${matched}”`, `删除“${matched}”`);
  const rest = value.slice(end, segment.end);
  if (isSentenceStart(value, start)) {
    const closing = SENTENCE_CLOSE.exec(rest);
    if (closing) return { title, edits: [deletionEdit(field, value, start, end + closing[0].length)] };
    const opener = /^,[ \t]+([a-z])/.exec(rest);
    if (opener && /[A-Za-z]/.test(matched)) {
      const nextLetter = end + opener[0].length - 1;
      return { title, edits: [{ field, start, end: nextLetter + 1, text: opener[1]!.toUpperCase() }] };
    }
    return undefined;
  }
  const commaBefore = /,[ \t]+$/.exec(value.slice(Math.max(segment.start, start - 8), start));
  if (commaBefore && /^(?:,|[.!?](?:\s|$)|$)/.test(rest)) return { title, edits: [{ field, start: start - commaBefore[0].length, end, text: '' }] };
  if (value[start - 1] === ' ' && /^[A-Za-z'’-]+$/.test(matched) && /^(?: |[.!?](?:\s|$)|$)/.test(rest)) {
    return { title, edits: [deletionEdit(field, value, start, end)] };
  }
  return undefined;
}

/** Most characters before a phrase that stands for a whole clause, in its clause, that its wording may replace with it. */
const MOST_CLAUSE_LEAD = 5;
/** What a clause starts after. */
const CLAUSE_OPENER = /[，,。！？!?；;：:、\n]/;
const LEADING_BLANKS = /^[ \t\u3000"'“‘「『（(]*/;

/**
 * Where the wording of a phrase that stands for a whole clause ("我会尽力帮您想办法") goes in:
 * at the phrase when it opens its clause, or when the phrase names the agent ("不归我们管",
 * "我们也没办法") and the wording is a single clause, so that what leads up to it is the clause's
 * topic and stays ("提现到银行卡这个问题我帮您转给…"). Otherwise at the clause's start, when only a
 * few Chinese characters lead up to it: a pointing word, the agent, an adverb ("呢個我哋都冇辦法",
 * "这个我也不清楚"), which the wording's own subject, or its opening apology, replaces. None when
 * more leads up to it, whose words the wording would drop, or when the lead names the reader.
 */
function clauseWordingStart(segment: TextSegment, start: number, matched: string, wording: string): number | undefined {
  const { text: value } = segment;
  let clauseStart = start;
  while (clauseStart > segment.start && start - clauseStart <= MOST_CLAUSE_LEAD && !CLAUSE_OPENER.test(value[clauseStart - 1]!)) clauseStart -= 1;
  const lead = value.slice(clauseStart, start);
  const words = lead.slice(LEADING_BLANKS.exec(lead)![0].length);
  if (words === '' || (/我/.test(matched) && !/[，,]/.test(wording))) return start;
  const clauseOpens = clauseStart === segment.start || CLAUSE_OPENER.test(value[clauseStart - 1]!);
  if (!clauseOpens || words.length > MOST_CLAUSE_LEAD || !/^\p{Script=Han}+$/u.test(words) || /[你您妳]/.test(words)) return undefined;
  return start - words.length;
}

function describe(entry: BuiltinPhrase, matched: string, replacement: string | undefined): LocalizedText {
  const { en: reasonEn, zh: reasonZh } = entry.reason;
  const opening = text(`Avoid “${matched}”: ${reasonEn}`, `避免使用“${matched}”：${reasonZh}`);
  if (replacement !== undefined) {
    return text(`${opening.en} Try “${replacement}”.`, `${opening.zh}建议改为“${replacement}”。`);
  }
  if (entry.suggestion) return text(`${opening.en} ${entry.suggestion.en}`, `${opening.zh}${entry.suggestion.zh}`);
  if (entry.remove) return text(`${opening.en} Leave it out.`, `${opening.zh}建议删去。`);
  return opening;
}

function fixFor(entry: BuiltinPhrase, wording: string | undefined, segment: TextSegment, start: number, end: number, matched: string): Fix | undefined {
  if (wording !== undefined) {
    const from = entry.clause ? clauseWordingStart(segment, start, matched, wording) : start;
    if (from === undefined || (entry.clause && !CLAUSE_END.test(segment.text.slice(end, segment.end)))) return undefined;
    const replacement = fitToPosition(wording, segment.text, from);
    // A lead the wording takes with it is named, so that the button says all it changes.
    const replaced = segment.text.slice(from, end);
    return {
      title:
        from === start
          ? text(`Replace with “${replacement}”`, `替换为“${replacement}”`)
          : text(`Replace “${replaced}” with “${replacement}”`, `将“${replaced}”替换为“${replacement}”`),
      edits: [replacementEdit(segment.field, segment.text, from, end, replacement, segment.start, segment.end)],
    };
  }
  return entry.remove ? removalFix(segment, start, end, matched) : undefined;
}

export const forbiddenPhrase = defineRule({
  meta: {
    id: 'forbidden-phrase',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      builtin: {
        kind: 'boolean',
        default: true,
        doc: {
          en: 'Use the built-in list of phrases to avoid; when off, only the phrases from packs are checked.',
          zh: '启用内置的服务忌语列表；关闭后只检查规则包中定义的短语。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Replace curt, dismissive or blaming service phrases with polite ones.',
        rationale:
          'Phrases such as “not my problem” or “不归我管” make customers feel brushed off or blamed; a courteous wording solves the same problem without the sting.',
      },
      zh: {
        summary: '把生硬、推诿或指责客户的服务忌语换成礼貌用语。',
        rationale: '“不归我管”“你自己看”这类说法会让客户觉得被敷衍、被指责；换一种礼貌的说法，同样能把事情讲清楚。',
      },
    },
  },
  /**
   * The sentences the learned service-phrasing model reads as brush-offs (ModelVerdict.brushOffs),
   * where the list names nothing: a hint, milder than a listed phrase, with no fix, since no
   * list says what to write instead. Part of the built-in knowledge, so off with the list.
   */
  checkWhole({ model, options, vocabulary, toneVerdict, report }) {
    if (!options.builtin) return;
    const brushOffs = toneVerdict()?.brushOffs;
    if (!brushOffs || brushOffs.length === 0) return;
    const phrases = phrasesWithBuiltins(vocabulary);
    for (const brushOff of brushOffs) {
      if (!model.ownRanges.some((range) => range.start <= brushOff.start && brushOff.end <= range.end) || brushOff.start === brushOff.end) continue;
      if (findPhrases(phrases, { field: 'body', text: model.body, start: brushOff.start, end: brushOff.end }).length > 0) continue;
      report({
        field: 'body',
        start: brushOff.start,
        end: brushOff.end,
        severity: 'info',
        message: brushOffMessage(brushOff.phrases.map((phrase) => quote(model.body, phrase))),
        related: brushOff.phrases.map(({ start, end }) => ({ start, end })),
      });
    }
  },
  check({ model, options, vocabulary, report }) {
    const phrases = options.builtin ? phrasesWithBuiltins(vocabulary) : packPhrasesOnly(vocabulary);
    for (const segment of ownSegments(model)) {
      for (const { entry, start, end } of findPhrases(phrases, segment)) {
        const matched = segment.text.slice(start, end).replace(/\s+/g, ' ');
        const wording = entry.replacement === undefined ? undefined : inScriptAround(entry.replacement, segment, start, end);
        const fix = fixFor(entry, wording, segment, start, end, matched);
        report({
          field: segment.field,
          start,
          end,
          message: describe(entry, matched, wording),
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
