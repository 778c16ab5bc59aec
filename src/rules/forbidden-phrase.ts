import AhoCorasick from 'modern-ahocorasick';
import { memoizeByIdentity } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { continuesToken, deletionEdit, fitToPosition, isInsideQuotation, isSentenceStart, ownSegments, textAround, type TextSegment } from '../core/segments.ts';
import type { Fix, LocalizedText } from '../core/types.ts';
import type { ForbiddenPhrase, Vocabulary } from '../core/vocabulary.ts';
import { BUILTIN_PHRASES, type BuiltinPhrase } from './data/forbidden-phrase.ts';

const DEFAULT_REASON: LocalizedText = {
  en: 'It can come across as rude to a customer.',
  zh: '这种说法容易让客户感到不被尊重。',
};

/** How far around a match the context checks of a phrase look. */
const CONTEXT_WINDOW = 20;

const CLAUSE_END = /^[ \t]*(?:$|[\n。！？!?.…；;，,~～])/;
const SENTENCE_CLOSE = /^(?:[。！？!?.…~～]+[ \t]*|[ \t]*(?=\n|$))/;

/**
 * Folding keeps every offset: ASCII letters go to lower case and the typographic apostrophe
 * becomes the plain one, so "Don’t" and "DON'T" both meet "don't".
 */
function fold(value: string): string {
  return value.replace(/[A-Z’]/g, (character) => (character === '’' ? "'" : character.toLowerCase()));
}

/**
 * The automaton walks ASCII text code unit by code unit, but any other character sends it
 * through Intl.Segmenter, a hundred times slower. So phrases and text are both spelt in an
 * ASCII stand-in alphabet before matching: folded Latin as itself, a line break or tab as a
 * space (mail is wrapped by hand, so a phrase may run onto the next line), each character of
 * a Chinese phrase as one of the code points folding leaves unused (control characters and
 * upper-case letters), and every other character as DEL. One code unit stays one code unit,
 * so offsets carry over; Chinese characters share stand-ins, so every hit is checked against
 * the real text.
 */
const STAND_INS: readonly string[] = [
  ...Array.from({ length: 31 }, (_, index) => String.fromCharCode(index + 1)).filter((character) => !/[\t\n\r]/.test(character)),
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
];
const UNSPELLED = '\x7f';
const NEEDS_SPELLING = /[^\x00-\x7f]|[A-Z\t\n\r]/g;
const ASCII = /[\x00-\x7f]/;

interface PhraseAutomaton {
  automaton: AhoCorasick<BuiltinPhrase>;
  standIns: ReadonlyMap<string, string>;
}

function spellUnit(unit: string, standIns: ReadonlyMap<string, string>): string {
  if (unit <= '\r') return ' ';
  if (unit <= 'Z') return unit.toLowerCase();
  return unit === '’' ? "'" : (standIns.get(unit) ?? UNSPELLED);
}

function spell(value: string, standIns: ReadonlyMap<string, string>): string {
  return value.replace(NEEDS_SPELLING, (unit) => spellUnit(unit, standIns));
}

/** What a hit must read as in the real text: its phrase, folded, with line breaks as spaces. */
function sameWording(value: string, phrase: string): boolean {
  return fold(value).replace(/[\t\n\r]/g, ' ') === fold(phrase);
}

/** Pack phrases replace built-ins of the same wording, keeping the context checks that belong to the words. */
function mergePhrases(builtins: readonly BuiltinPhrase[], vocabulary: Vocabulary): BuiltinPhrase[] {
  const byPhrase = new Map<string, BuiltinPhrase>();
  for (const entry of builtins) byPhrase.set(fold(entry.phrase), entry);
  for (const { phrase, replacement, reason } of vocabulary.forbiddenPhrases) {
    if (phrase.trim() === '') continue;
    const builtin = byPhrase.get(fold(phrase));
    byPhrase.set(fold(phrase), {
      phrase,
      replacement,
      remove: replacement === undefined,
      reason: reason ?? builtin?.reason ?? DEFAULT_REASON,
      unlessPreceded: builtin?.unlessPreceded,
      unlessFollowed: builtin?.unlessFollowed,
    });
  }
  return [...byPhrase.values()];
}

function compile(builtins: readonly BuiltinPhrase[], vocabulary: Vocabulary): PhraseAutomaton {
  const entries = mergePhrases(builtins, vocabulary);
  const standIns = new Map<string, string>();
  for (const { phrase } of entries) {
    // Code units, not code points, as the text is spelt the same way.
    for (const unit of fold(phrase).split('')) {
      if (!ASCII.test(unit) && !standIns.has(unit)) standIns.set(unit, STAND_INS[standIns.size % STAND_INS.length]!);
    }
  }
  const automaton = new AhoCorasick(entries.map((entry) => ({ pattern: spell(entry.phrase, standIns), data: entry })));
  return { automaton, standIns };
}

const phrasesWithBuiltins = memoizeByIdentity((vocabulary: Vocabulary) => compile(BUILTIN_PHRASES, vocabulary));
const packPhrasesOnly = memoizeByIdentity((vocabulary: Vocabulary) => compile([], vocabulary));

/** The built-in list in the shape packs use, for tools that compare against other linters. */
export const BUILTIN_FORBIDDEN_PHRASES: readonly ForbiddenPhrase[] = BUILTIN_PHRASES.map(({ phrase, replacement, reason }) => ({
  phrase,
  replacement,
  reason,
}));

function vetoedByContext(entry: BuiltinPhrase, segment: TextSegment, start: number, end: number): boolean {
  const { before, after } = textAround(segment, start, end, CONTEXT_WINDOW);
  return (entry.unlessPreceded?.test(fold(before)) ?? false) || (entry.unlessFollowed?.test(fold(after)) ?? false);
}

interface PhraseMatch {
  entry: BuiltinPhrase;
  start: number;
  end: number;
}

/**
 * Every phrase that stands as whole words, is not quoted from someone else and passes its
 * context checks; of overlapping ones the leftmost wins, then the longest. Checking before
 * selecting means that a long phrase ruled out by its context does not hide a shorter one.
 */
function findPhrases({ automaton, standIns }: PhraseAutomaton, segment: TextSegment): PhraseMatch[] {
  const candidates: PhraseMatch[] = [];
  for (const match of automaton.iterate(spell(segment.text.slice(segment.start, segment.end), standIns))) {
    const entry = match.data!;
    const start = segment.start + match.start;
    const end = segment.start + match.end;
    if (!sameWording(segment.text.slice(start, end), entry.phrase)) continue;
    if (continuesToken(segment.text, start, end) || isInsideQuotation(segment.text, start, end)) continue;
    if (!vetoedByContext(entry, segment, start, end)) candidates.push({ entry, start, end });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const selected: PhraseMatch[] = [];
  for (const candidate of candidates) {
    if (selected.length === 0 || candidate.start >= selected[selected.length - 1]!.end) selected.push(candidate);
  }
  return selected;
}

/**
 * Deleting the phrase, only where what remains is still a clean sentence: a whole sentence
 * goes with its closing punctuation; a Latin word between spaces goes with one of them; a
 * Latin word that opens a sentence goes with its comma, and the next word takes the capital.
 */
function removalFix(segment: TextSegment, start: number, end: number, matched: string): Fix | undefined {
  const { field, text: value } = segment;
  const title = text(`Remove “${matched}”`, `删除“${matched}”`);
  const rest = value.slice(end, segment.end);
  if (isSentenceStart(value, start)) {
    const closing = SENTENCE_CLOSE.exec(rest);
    if (closing) return { title, edits: [deletionEdit(field, value, start, end + closing[0].length)] };
    const opener = /^,?[ \t]+([a-z])/.exec(rest);
    if (opener && /[A-Za-z]/.test(matched)) {
      const nextLetter = end + opener[0].length - 1;
      return { title, edits: [{ field, start, end: nextLetter + 1, text: opener[1]!.toUpperCase() }] };
    }
    return undefined;
  }
  if (value[start - 1] === ' ' && /^(?: |[.!?](?:\s|$)|$)/.test(rest)) {
    return { title, edits: [deletionEdit(field, value, start, end)] };
  }
  return undefined;
}

function describe(entry: BuiltinPhrase, matched: string): LocalizedText {
  const { en: reasonEn, zh: reasonZh } = entry.reason;
  const opening = text(`Avoid “${matched}”: ${reasonEn}`, `避免使用“${matched}”：${reasonZh}`);
  if (entry.replacement !== undefined) {
    return text(`${opening.en} Try “${entry.replacement}”.`, `${opening.zh}建议改为“${entry.replacement}”。`);
  }
  if (entry.suggestion) return text(`${opening.en} ${entry.suggestion.en}`, `${opening.zh}${entry.suggestion.zh}`);
  if (entry.remove) return text(`${opening.en} Leave it out.`, `${opening.zh}建议删去。`);
  return opening;
}

function fixFor(entry: BuiltinPhrase, segment: TextSegment, start: number, end: number, matched: string): Fix | undefined {
  if (entry.replacement !== undefined) {
    if (entry.clause && !CLAUSE_END.test(segment.text.slice(end, segment.end))) return undefined;
    const replacement = fitToPosition(entry.replacement, segment.text, start);
    return {
      title: text(`Replace with “${replacement}”`, `替换为“${replacement}”`),
      edits: [{ field: segment.field, start, end, text: replacement }],
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
  check({ model, options, vocabulary, report }) {
    const phrases = options.builtin ? phrasesWithBuiltins(vocabulary) : packPhrasesOnly(vocabulary);
    for (const segment of ownSegments(model)) {
      for (const { entry, start, end } of findPhrases(phrases, segment)) {
        const matched = segment.text.slice(start, end).replace(/\s+/g, ' ');
        const fix = fixFor(entry, segment, start, end, matched);
        report({
          field: segment.field,
          start,
          end,
          message: describe(entry, matched),
          fixes: fix ? [fix] : undefined,
        });
      }
    }
  },
});
