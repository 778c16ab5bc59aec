import { memoizeByIdentity } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { continuesToken, fitToPosition, inScriptAround, isSentenceStart, ownSegments, quotationTest, replacementEdit, sentenceBreakDeletionEdit, textAround, type TextSegment } from '../core/segments.ts';
import { execFrom, linksIn, rangeContains } from '../core/text.ts';
import type { Fix, LocalizedText, TextRange } from '../core/types.ts';
import { UnitAutomaton } from '../core/unit-automaton.ts';
import { INFORMAL_TERMS, WOOD_COMPOUND_PREFIXES, type InformalTerm } from './data/informal.ts';

const WORD_CHARACTER = /[A-Za-z0-9]/;

/** Made when first needed, not as the module loads: in the content script the list arrives with the rule data (src/extension/rule-data.ts). */
const termsByText = memoizeByIdentity((terms: readonly InformalTerm[]) => new Map(terms.map((entry) => [entry.term.toLowerCase(), entry])));

/**
 * Matching ignores case as a case-insensitive regex does: besides A–Z, the Kelvin sign is a
 * "k" and the long s an "s" (the terms hold no other letters that have a case).
 */
function caseFolded(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit === 0x212a) return 0x6b;
  return unit === 0x17f ? 0x73 : unit;
}

/** [A-Za-z0-9_] as a case-insensitive regex reads it. */
function isWordUnit(unit: number): boolean {
  const folded = caseFolded(unit);
  return (folded >= 0x61 && folded <= 0x7a) || (folded >= 0x30 && folded <= 0x39) || folded === 0x5f;
}

/** The straight and the typographic apostrophe. */
function isApostrophe(unit: number): boolean {
  return unit === 0x27 || unit === 0x2019;
}

/** A listed term, and whether it must stand apart from the words around it. */
interface TermPattern {
  entry: InformalTerm;
  wordEdges: boolean;
}

let termAutomaton: UnitAutomaton<TermPattern> | undefined;

/**
 * Every place in the segment where a listed term stands, the longest one where several start at
 * the same place (":-)" over ":)"), in order. A term with a letter or digit in it must not touch
 * a word on either side (the segment's edges count as none): "lol" is not in "lollipop", nor ":D"
 * in "x:D". Pure punctuation such as ":)" may follow a word directly.
 */
function findTerms({ text, start: from, end: to }: TextSegment): { start: number; end: number }[] {
  termAutomaton ??= new UnitAutomaton(
    INFORMAL_TERMS.map((entry) => ({ pattern: entry.term.toLowerCase(), value: { entry, wordEdges: WORD_CHARACTER.test(entry.term) } })),
    caseFolded,
  );
  // An apostrophe between letters joins them into one word: the "u" of the place name "Faleasi'u".
  const joinedBefore = (start: number) => start - 1 > from && isApostrophe(text.charCodeAt(start - 1)) && isWordUnit(text.charCodeAt(start - 2));
  const standsAlone = (start: number, end: number, { wordEdges }: TermPattern) =>
    !wordEdges || ((start === from || (!isWordUnit(text.charCodeAt(start - 1)) && !joinedBefore(start))) && (end === to || !isWordUnit(text.charCodeAt(end))));
  const found = termAutomaton.findAll(text, from, to, standsAlone);
  // Hits come by their end; keep the longest of those that start at the same place.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((hit, index) => index === 0 || hit.start !== found[index - 1]!.start);
}

const EMOJI = String.raw`(?:\p{RI}\p{RI}|\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)(?:[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F?))*`;

/**
 * A face drawn in symbols between brackets, "(｡•́︿•̀｡)", "(≧▽≦)", "(｀・ω・´)": three to twelve
 * characters, no letter, digit or space among them but the few letters faces are drawn with,
 * and at least one of the characters eyes and mouths are.
 */
const KAOMOJI = String.raw`[(（](?=[^()（）\n]{0,12}[•｡︿ω´｀°□≧≦▽◕‿ᴗ╥﹏ಥ益・˘＾])(?:[^()（）\p{L}\p{N}\s]|[ωっдᴗ]){3,12}[)）]`;

/**
 * Chat laughter ("hhhh", "2333", "哈哈", "呵呵"), the chat particle that closes a sentence
 * ("问问哈", "联系我们哒～"), the shop-chat "亲", and emoji: what is informal besides the listed terms.
 */
const OTHER_INFORMAL = new RegExp(
  [
    String.raw`(?<laughter>(?<![A-Za-z0-9_])h{3,}(?![A-Za-z0-9_])|(?<![\d.,:\-\/#$￥¥€£+])23{2,}(?!\d|[.,:\-\/]\d)|(?:哈{2,}|呵{2,}|嘿{2,}|嘻{2,})(?![镜鏡])|(?<=\p{Script=Han})(?<![哈么麼])[哈哒噠](?=[~～!！。，,.\s]|$))`,
    String.raw`(?<address>[亲親](?=[~～，,!！、\s]))`,
    `(?<emoji>${EMOJI}|${KAOMOJI})`,
  ].join('|'),
  'iuy',
);

/**
 * Emoji of the Basic Multilingual Plane fewer than this many code points apart are looked for as
 * one range: a handful of wide ranges tests faster than the ninety-odd narrow ones, and the other
 * characters they take in are only tried and passed over.
 */
const EMOJI_RANGE_GAP = 0x100;

/**
 * Where OTHER_INFORMAL may start (see execFrom): laughter, a chat particle, a bracket that may open a
 * face, the shop-chat address, a high surrogate
 * (most emoji lie beyond the BMP) or a character of the few BMP blocks that hold emoji. Tried at
 * every character, OTHER_INFORMAL with its lookbehinds and emoji properties costs several times more.
 */
function otherInformalStarts(): RegExp {
  // Ignoring case as OTHER_INFORMAL does, which adds letters such as the lower-case circled M.
  const emojiOpener = /[\p{Emoji_Presentation}\p{Extended_Pictographic}]/giu;
  // Every BMP character but the surrogates, as one string: made from an array of code units, since
  // a string per character joined took 40–50 ms the first time (it runs in the page's warm-up).
  const bmp = new Uint16Array(0x10000 - (0xe000 - 0xd800));
  for (let unit = 0, index = 0; unit < 0x10000; unit += 1) if (unit < 0xd800 || unit > 0xdfff) bmp[index++] = unit;
  const ranges: [number, number][] = [];
  for (const [opener] of new TextDecoder('utf-16le').decode(bmp).matchAll(emojiOpener)) {
    const unit = opener.charCodeAt(0);
    const last = ranges.at(-1);
    if (last !== undefined && unit - last[1] < EMOJI_RANGE_GAP) last[1] = unit;
    else ranges.push([unit, unit]);
  }
  const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, '0')}`;
  const emojiBlocks = ranges.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('');
  return new RegExp(`hhh|233|呵呵|嘿嘿|嘻嘻|[亲親哈哒噠(（\\ud800-\\udbff${emojiBlocks}]`, 'gi');
}

let otherInformalStart: RegExp | undefined;

type MatchKind = 'term' | 'laughter' | 'address' | 'emoji';

/**
 * The informal pieces of the segment from left to right, as one pattern with the terms first
 * would find them: where a term and something else start at the same place the term wins, and
 * the search goes on after each piece found.
 */
function* informalPieces(segment: TextSegment): Generator<{ start: number; end: number; kind: MatchKind }> {
  const terms = findTerms(segment);
  // The pattern runs on the segment alone, so that its edges are the ends of its text.
  const text = segment.text.slice(segment.start, segment.end);
  let term = 0;
  let other: RegExpExecArray | null | undefined;
  for (let from = 0; from < text.length; ) {
    while (term < terms.length && terms[term]!.start - segment.start < from) term += 1;
    if (other !== null && (other === undefined || other.index < from)) {
      other = execFrom(OTHER_INFORMAL, (otherInformalStart ??= otherInformalStarts()), text, from);
    }
    const nextTerm = terms[term];
    let piece: { start: number; end: number; kind: MatchKind };
    if (nextTerm && (!other || nextTerm.start - segment.start <= other.index)) {
      piece = { start: nextTerm.start, end: nextTerm.end, kind: 'term' };
    } else if (other) {
      const groups = other.groups!;
      const kind = groups['laughter'] !== undefined ? 'laughter' : groups['address'] !== undefined ? 'address' : 'emoji';
      piece = { start: segment.start + other.index, end: segment.start + other.index + other[0].length, kind };
    } else {
      return;
    }
    yield piece;
    from = piece.end - segment.start;
  }
}

/** "233" is chat laughter only on its own, not as a quantity, a price or a room number. */
const NUMBER_CONTEXT_BEFORE = /(?:[是为為号號第共约約计計至到和与與及或、~\-–—:：=#＃$￥¥€£]|no\.?|[a-z])\s*$/i;
const UNIT_AFTER = /^\s*[\p{Script=Han}A-Za-z%‰°]/u;
/** Abbreviations followed by a number are codes: "IMO 9321483", "msg 3". */
const NUMBER_AFTER = /^\s*\d/;
const HAN = /\p{Script=Han}/u;
const CONTEXT_WINDOW = 8;
/** "the xD card" names a memory card format. */
const DETERMINER_BEFORE = /\b(?:the|a|an|your|our|this|that)\s+$/i;
/** "<3 kg", "<3天" compare a quantity. */
const QUANTITY_AFTER = /^\s*(?:[%‰°]|(?:kg|g|lbs?|oz|mm|cm|km|m|ml|l|[kmgt]b|h|hrs?|hours?|days?|weeks?|months?|years?|items?|pcs|units?)\b|[天个個件台周週月年公千克米元])/i;

type CandidateKind = InformalTerm['kind'] | 'address' | 'emoji';

/** Chinese text next to a term, within CHINESE_NEARBY_UNITS on either side: a Han character or a full-width mark. */
const CHINESE_NEARBY = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff1f\uff5e]/u;
const CHINESE_NEARBY_UNITS = 3;

interface Candidate {
  start: number;
  end: number;
  matched: string;
  kind: CandidateKind;
  entry?: InformalTerm;
  /** The entry's written-out form, in the script the agent writes in around it ("3Q" → 謝謝 in a Traditional reply). */
  expansion?: string;
}

function isCasualTerm(entry: InformalTerm, matched: string, segment: TextSegment, start: number, end: number): boolean {
  if (entry.lowerCaseOnly && matched !== matched.toLowerCase()) return false;
  if (/[A-Za-z]/.test(matched) && continuesToken(segment.text, start, end)) return false;
  const { before, after } = textAround(segment, start, end, CONTEXT_WINDOW);
  if (entry.kind === 'abbreviation') {
    if (NUMBER_AFTER.test(after)) return false;
    // "u盘" is a USB stick: a single letter counts only between spaces or punctuation.
    if (entry.term.length === 1 && (HAN.test(before.slice(-1)) || HAN.test(after.charAt(0)))) return false;
    if (entry.sentenceOnly && !(isSentenceStart(segment.text, start) && /^(?:$|[\s,.!，。！])/.test(after))) return false;
  }
  if (entry.kind === 'emoticon') {
    if (/^[a-z]+$/i.test(matched) && DETERMINER_BEFORE.test(before)) return false;
    if (matched === '<3' && QUANTITY_AFTER.test(after)) return false;
  }
  if (entry.term === '木有' && WOOD_COMPOUND_PREFIXES.includes(before.slice(-1))) return false;
  if (entry.amongChinese && !CHINESE_NEARBY.test(`${before.slice(-CHINESE_NEARBY_UNITS)}\u0000${after.slice(0, CHINESE_NEARBY_UNITS)}`)) return false;
  return true;
}

function isCasualLaughter(matched: string, segment: TextSegment, start: number, end: number): boolean {
  if (matched.startsWith('h')) return matched === matched.toLowerCase();
  // Only "233" can be a number; "哈哈" is laughter whatever comes around it ("就能到 哈哈 你家…").
  if (!matched.startsWith('2')) return true;
  const { before, after } = textAround(segment, start, end, CONTEXT_WINDOW);
  return !NUMBER_CONTEXT_BEFORE.test(before) && !UNIT_AFTER.test(after);
}

/** One at a time, so that a rule the engine ends early (past its cap) stops looking too. */
function* findCandidates(segment: TextSegment, links: readonly TextRange[], allowed: ReadonlySet<string>): Generator<Candidate> {
  // Shorthand in quotation marks cites the customer's words ("you wrote “ur app is broken lol”"), as the agent quoting them does not write it.
  const isInsideQuotation = quotationTest(segment.text);
  for (const { start, end, kind } of informalPieces(segment)) {
    const matched = segment.text.slice(start, end);
    if (allowed.has(matched.toLowerCase()) || rangeContains(links, start, end) || isInsideQuotation(start, end)) continue;
    if (kind === 'term') {
      // Case-insensitive matching folds a few letters ("ſ" onto "s") that toLowerCase keeps apart.
      const entry = termsByText(INFORMAL_TERMS).get(matched.toLowerCase());
      if (entry && isCasualTerm(entry, matched, segment, start, end)) yield { start, end, matched, kind: entry.kind, entry };
    } else if (kind === 'laughter') {
      if (isCasualLaughter(matched, segment, start, end)) yield { start, end, matched, kind: 'laughter' };
    } else if (kind === 'address') {
      if (isSentenceStart(segment.text, start)) yield { start, end, matched, kind: 'address' };
    } else {
      yield { start, end, matched, kind: 'emoji' };
    }
  }
}

/**
 * Expansions replace the term; emoticons, laughter and "亲" are deleted, "亲" with the comma
 * or tildes after it; shorthand without a written-out form gets no fix.
 */
function fixFor(segment: TextSegment, candidate: Candidate): Fix | undefined {
  const { field, text: value } = segment;
  const { start, end, matched, kind, entry } = candidate;
  if (candidate.expansion !== undefined) {
    const written = fitToPosition(candidate.expansion, value, start, /^[A-Z]/.test(matched));
    return { title: text(`Replace with “${written}”`, `替换为“${written}”`), edits: [replacementEdit(field, value, start, end, written, segment.start, segment.end)] };
  }
  const title = text(`Remove “${matched}”`, `删除“${matched}”`);
  if (kind === 'address') {
    const trailing = /^[~～，,、!！]*[ \t]*/.exec(value.slice(end, segment.end))![0];
    return { title, edits: [{ field, start, end: end + trailing.length, text: '' }] };
  }
  if (entry === undefined || entry.remove) return { title, edits: [sentenceBreakDeletionEdit(field, value, start, end)] };
  return undefined;
}

function messageFor({ matched, kind, expansion }: Candidate): LocalizedText {
  switch (kind) {
    case 'address':
      return text(
        `“${matched}” is how online shops chat; address the customer properly, e.g. “您好”.`,
        `“${matched}”是网店聊天式的称呼，请改用“您好”等正式称呼。`,
      );
    case 'emoji':
    case 'emoticon':
      return text(
        `Emoticons such as “${matched}” read as casual in customer mail; let the words carry the tone.`,
        `“${matched}”这样的表情在客户邮件中显得随意，请用文字表达语气。`,
      );
    case 'laughter':
      return text(`“${matched}” is chat laughter and reads as flippant in customer mail.`, `“${matched}”是聊天中的笑声，在客户邮件中显得不够庄重。`);
    case 'slang':
      return expansion === undefined
        ? text(`“${matched}” is internet slang; leave it out of customer mail.`, `“${matched}”是网络用语，请不要用在客户邮件中。`)
        : text(`“${matched}” is internet slang; write “${expansion}”.`, `“${matched}”是网络用语，请写成“${expansion}”。`);
    case 'abbreviation':
      return expansion === undefined
        ? text(`“${matched}” is chat shorthand; write it out in full.`, `“${matched}”是聊天缩写，请写出完整的表达。`)
        : text(`“${matched}” is chat shorthand; in customer mail write “${expansion}”.`, `“${matched}”是聊天缩写，客户邮件中请写成“${expansion}”。`);
  }
}

const allowedTerms = memoizeByIdentity((allow: readonly string[]) => new Set(allow.map((term) => term.toLowerCase())));

export const informal = defineRule({
  meta: {
    id: 'informal',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      emoji: {
        kind: 'enum',
        values: ['off', 'info', 'warning', 'error'],
        default: 'info',
        doc: {
          en: 'Severity of emoji findings, which are a matter of house style more than of etiquette; "off" ignores emoji.',
          zh: 'emoji 的提示级别（是否使用 emoji 更多取决于团队风格）；"off" 表示不检查 emoji。',
        },
      },
      allow: {
        kind: 'strings',
        default: [],
        doc: {
          en: 'Shorthand and emoticons the team accepts, e.g. ":)".',
          zh: '团队允许使用的缩写或表情，例如 ":)"。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Write words out: no chat shorthand, internet slang, emoticons or emoji in customer mail.',
        rationale:
          'A customer mail speaks for the company. “thx”, “u”, “酱紫” or a smiley read as careless, and the customer may not know what they stand for.',
      },
      zh: {
        summary: '客户邮件中不用聊天缩写、网络用语、表情符号和 emoji。',
        rationale: '客户邮件代表公司形象；“thx”“u”“酱紫”或笑脸会显得随意，客户也未必看得懂。',
      },
    },
  },
  check({ model, options, report }) {
    const allowed = allowedTerms(options.allow);
    for (const segment of ownSegments(model)) {
      for (const found of findCandidates(segment, linksIn(model, segment.field, segment.start, segment.end), allowed)) {
        if (found.kind === 'emoji' && options.emoji === 'off') continue;
        const expansion = found.entry?.expansion;
        const candidate = expansion === undefined ? found : { ...found, expansion: inScriptAround(expansion, segment, found.start, found.end) };
        const fix = fixFor(segment, candidate);
        report({
          field: segment.field,
          start: candidate.start,
          end: candidate.end,
          message: messageFor(candidate),
          fixes: fix ? [fix] : undefined,
          severity: candidate.kind === 'emoji' && options.emoji !== 'off' ? options.emoji : undefined,
        });
      }
    }
  },
});
