import type { DraftModel } from '../core/draft.ts';
import { memoizeByIdentity } from '../core/memo.ts';
import { defineRule, text } from '../core/rule.ts';
import { isInheritedSubject, isSentenceStart, REPLY_PREFIX_WORDS } from '../core/segments.ts';
import { characterClasses, linksIn, rangeContains } from '../core/text.ts';
import type { Field, Report, TextRange } from '../core/types.ts';
import { BUILTIN_ACRONYMS } from './data/acronyms.ts';
import { isEnglishWord } from './data/english-word-lookup.ts';


const LOWERCASE_OR_DIGIT = /[\p{Ll}\p{N}_./]/u;
/** English words of four letters or more have a vowel; "TNRCC" or "PSTN" is an abbreviation. */
const ABBREVIATION = /^[B-DF-HJ-NP-TV-Z]{4,}$/;
const HAN_OR_CJK_PUNCTUATION = /[\p{Script=Han}\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;
const UPPERCASE_LETTER = /\p{Lu}/u;
const UPPERCASE_LETTERS = /\p{Lu}/gu;
const RUN_SEPARATOR = /^[ \t\u3000]+$/;
const REPEATED_MARKS = /[!！?？]{2,}/g;
/**
 * The blocks that hold every capital letter of Latin script (and some other characters). Listed
 * rather than written \p{Lu}, which is several times slower to test on Chinese text.
 */
const LATIN_CAPITAL_BLOCKS = String.raw`[A-Z\u00c0-\u02af\u1e00-\u1eff\u2100-\u218f\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f\uff21-\uff3a\u{10780}-\u{107bf}\u{1df00}-\u{1dfff}]`;
/**
 * Three capitals with nothing between them that a word in capitals may not hold: no run reads
 * as shouting without a word of three capitals or more (see isShouting), so a line without
 * them needs no closer look.
 */
const MAY_SHOUT = new RegExp(`${LATIN_CAPITAL_BLOCKS}(?:[^a-z0-9_./\\s]*?${LATIN_CAPITAL_BLOCKS}){2}`, 'u');
/**
 * Either pattern. Neither reaches over a line break, so one search of the body says which lines
 * may hold one: lines before the next match are passed over untested (200,000 short lines).
 */
const LINE_CANDIDATE = new RegExp(`${MAY_SHOUT.source}|${REPEATED_MARKS.source}`, 'gu');

/**
 * Capitals that cite rather than shout: in quotes, brackets or backticks (「NO SERVICE」,
 * `STDIN`), a label or its value ("NOTE:", "Name: ZHANG WEI"), a step of a menu path
 * ("Settings > PRIVACY"), the name of a control ("the RESET button"), or after a word that
 * names a screen text, key, code or person ("shows NO SERVICE", "press OK", "Dear Mr. ZHANG").
 */
const QUOTE_OPENERS = '"“‘\'「『《【[(（`';
const QUOTE_CLOSERS = '"”’\'」』》】])）`';
/** The mark before a handle, a tag or a variable (@ACMEHELP, #BLACKFRIDAY, $LINK, %APPDATA%): that one word is a name, not the words after it. */
/** Brackets that make a label of what they hold: "【IMPORTANT】", "[URGENT]". */
const LABEL_BRACKETS = '【[';
const HANDLE_MARK = /[@#＃$%]/;
const MENU_STEP_BEFORE = /[>›»→]\s*$/;
const MENU_STEP_AFTER = /^\s*[>›»→]/;
const CONTROL_AFTER =
  /^\s*(?:(?:buttons?|keys?|switch(?:es)?|lights?|leds?|lamps?|ports?|modes?|settings?|options?|tabs?|menus?|icons?|indicators?|fields?)\b|按钮|按鈕|键|鍵|灯|燈|模式|菜单|菜單|选项|選項|接口)/i;
const LINE_START = /^[\s\-*•·>]*$/;
const LABEL_END = /^\s*[:：]/;
const AFTER_LABEL = new RegExp(String.raw`^[\s\-*•·>]*(?!(?:${REPLY_PREFIX_WORDS})\s*[:：])(?:[\p{L}\p{N}]{1,12}[ \t]?){1,3}[:：]\s*$`, 'iu');
/**
 * How every text AFTER_LABEL matches ends, tested first: on a line start that does not end so,
 * AFTER_LABEL tries every way of cutting its first words into one to three pieces before it
 * fails (a run of Chinese is one long word of letters), a few microseconds a run in capitals.
 */
const LABEL_MARK_AT_END = /[:：]\s*$/;
const NAMING_WORD =
  /(?:\b(?:shows?|showing|shown|displays?|displayed|reads|says|labell?ed|marked|press(?:ing)?|click|tap|select|choose|type(?:\s+in)?|enter|(?:reply|text|sms)(?:\s+with)?|code|coupon|promo|voucher|button|status|mode|option|key|hold|dear|hi|hello|hey|mr|mrs|ms|miss|dr|prof)\.?|显示|顯示|按下?|按住|点击|點擊|选择|選擇|输入|輸入|优惠码|優惠碼|代码|代碼|状态|狀態|模式|按钮|按鈕|键|鍵)\s*$/i;

/** A line of the agent's own text; token offsets are relative to it. */
interface Line {
  field: Field;
  /** The whole field the line is part of: read in one piece, it scans faster than the line cut out of it. */
  fieldText: string;
  start: number;
  text: string;
}

interface Token {
  start: number;
  end: number;
  text: string;
  letters: number;
  listed: boolean;
}

const upperCaseSet = memoizeByIdentity((words: readonly string[]) => new Set(words.map((word) => word.toUpperCase())));

/** Names the fix writes with a capital rather than in lower case. */
const TITLE_CASE_WORDS = new Set([
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'JANUARY', 'FEBRUARY', 'MARCH', 'APRIL',
  'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER', 'I', "I'M", "I'LL", "I'VE", "I'D", 'I’M', 'I’LL', 'I’VE', 'I’D',
]);

/** Listed acronyms that are far more often plain words inside a shouted run: "IT IS", "CALL US", "I AM", "TURN IT OFF". */
const ALSO_PLAIN_WORDS = new Set(['IT', 'US', 'AM', 'ON', 'OFF', 'GET', 'PUT', 'REST', 'PLUS', 'AIR', 'TRUE', 'FALSE']);

/** Words of emphasis that a label or a value cannot excuse: "URGENT:", "PLEASE NOTE:", "请注意：DO NOT". "NOTE:" and "WARNING:" are labels. */
const SHOUTED_LABEL_WORDS = new Set(['PLEASE', 'URGENT', 'IMPORTANT', 'NOT', 'NEVER', 'MUST', 'IMMEDIATELY', 'ASAP', 'STOP', "DON'T", 'DON’T', 'NOW']);
/** A warning made graver is no label either: "FINAL WARNING:", "LAST NOTICE:", "FINAL REMINDER：" ("LAST UPDATED:" is one). */
const GRAVER = new Set(['FINAL', 'LAST']);
const WARNINGS = new Set(['WARNING', 'WARNINGS', 'NOTICE', 'REMINDER']);

/** Words enough to be a sentence raised rather than a label: "FOR THE LAST TIME:" (while "TERMS AND CONDITIONS:" names a part). */
const SENTENCE_WORDS = 3;

/** Whether a run raises its voice even as a label. */
function isEmphaticLabel(run: readonly Token[]): boolean {
  if (run.length >= SENTENCE_WORDS && run.some((token) => EMPHASIS_WORDS.has(token.text))) return true;
  return run.some((token, index) => SHOUTED_LABEL_WORDS.has(token.text) || (GRAVER.has(token.text) && WARNINGS.has(run[index + 1]?.text ?? '')));
}

/**
 * Words that raise the voice whatever surrounds them: among Chinese text an English noun in
 * capitals is usually a term ("查 LOG", "该 KEY"), these never are ("请 IMMEDIATELY 上传").
 */
const EMPHASIS_WORDS = new Set([
  'PLEASE', 'NOT', 'NEVER', 'NOW', 'IMMEDIATELY', 'URGENT', 'URGENTLY', 'MUST', 'STOP', 'ONLY', 'ALWAYS', 'AGAIN', 'FINAL', 'LAST',
  'IMPORTANT', 'WARNING', 'ASAP', 'NO', 'DO', "DON'T", 'DON’T', 'NOTHING', 'EVERY', 'ALL', 'REALLY', 'VERY', 'TODAY',
  // A verb's helper is never a brand or a term: "我们 WILL terminate 您的 access card".
  'WILL', "WON'T", 'WON’T', 'CANNOT', "CAN'T", 'CAN’T', 'SHOULD', 'SHALL',
]);

/** An English word written in capitals ("SUSPEND", "NOT"), unlike a name or a code the word list does not hold ("STORMBLADE", "APPDATA"). */
function isWordInCapitals(token: Token): boolean {
  return !token.listed && token.letters >= 3 && token.letters === token.text.length && isEnglishWord(halfWidth(token.text).toLowerCase());
}

/**
 * Whether a run shouts by its English words. Not a word alone before a number, which names
 * something ("ERROR 403", "STEP 3"), nor a word beside an acronym, which makes a term with it
 * ("API KEY", "QR CODE", "SIM CARD").
 */
function raisesWords(run: readonly Token[], numbered: boolean): boolean {
  if (numbered && run.length === 1) return false;
  if (run.length === 2 && run.some((token) => token.listed && !ALSO_PLAIN_WORDS.has(token.text))) return false;
  return run.some(isWordInCapitals);
}

/**
 * Which all-caps runs read as shouting. An English word in capitals does on its own: it is the
 * word, raised. Words the list does not know are usually names, product codes or jargon ("APN",
 * "STORMBLADE", "OFF" in "MMS: OFF"), and two of them a name or a course ("IB MYP", "TOPIK II"),
 * so they count only as a run of three, one of them of three letters or more, or when a "!"
 * stresses them.
 */
function isShouting(run: readonly Token[], emphasised: boolean, numbered: boolean): boolean {
  if (raisesWords(run, numbered)) return true;
  const loud = run.filter((token) => !token.listed && token.letters >= 2);
  if (!loud.some((token) => token.letters >= 3)) return false;
  return loud.length >= 3 || emphasised;
}

/**
 * How much of the line around a run the citation patterns read. Every one of them needs only a
 * few words next to the run; reading from the line start for every run of a long line in
 * capitals took time quadratic in its length (37 s for 1 MB).
 */
const CITATION_WINDOW = 256;
/** The patterns that end at the run need only the last word or two before it. */
const NAMING_WINDOW = 48;

/**
 * Whether the run is a label or a value ("NOTE:", "Status: ACTIVE") rather than words raised
 * over a label's colon: a label of emphasis ("URGENT:", "PLEASE NOTE:") or a value that is one
 * ("请注意：DO NOT …") is shouting all the same.
 */
function isCited(line: string, start: number, end: number, emphatic: boolean): boolean {
  const opener = line[start - 1];
  const closer = line[end];
  // Quoted or bracketed, a run is cited, except a word of emphasis in a label's brackets ("【IMPORTANT】").
  if (opener !== undefined && closer !== undefined && QUOTE_OPENERS.includes(opener) && QUOTE_CLOSERS.includes(closer)) return !(emphatic && LABEL_BRACKETS.includes(opener));
  // The patterns anchored at the line start ask only about runs near it.
  const nearLineStart = start <= CITATION_WINDOW;
  const lineStartToRun = nearLineStart ? line.slice(0, start) : '';
  const before = line.slice(Math.max(0, start - NAMING_WINDOW), start);
  const after = line.slice(end, end + CITATION_WINDOW);
  if (!emphatic && nearLineStart && LINE_START.test(lineStartToRun) && LABEL_END.test(after)) return true;
  if (MENU_STEP_BEFORE.test(before) || MENU_STEP_AFTER.test(after) || CONTROL_AFTER.test(after)) return true;
  return (!emphatic && nearLineStart && LABEL_MARK_AT_END.test(lineStartToRun) && AFTER_LABEL.test(lineStartToRun)) || NAMING_WORD.test(before);
}

/** Full-width Latin capitals as ASCII ones: "ＳＴＯＰ" is STOP. */
function halfWidth(text: string): string {
  return text.replace(/[Ａ-Ｚ]/g, (letter) => String.fromCharCode(letter.charCodeAt(0) - 0xfee0));
}

/** Most words of a company's name in capitals among Chinese text: "ONLINE STORE LTD". */
const LONGEST_NAME_IN_CHINESE = 4;
const COMPANY_SUFFIX = /^(?:LTD|LIMITED|INC|LLC|CO|CORP|PLC|PTE|BHD|GMBH|LLP)$/;

const HAN = /\p{Script=Han}/u;
/**
 * A capitalised word of four letters or more that is no English word right before a run: a
 * brand, whose model the run names ("Gogoro VIVA MIX", "Suzuki JIMNY"), when the run is two words
 * or one that is no English word either ("We DID notify you", "Kelly DID" raise the word).
 */
const BRAND_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}\p{Ll}{3,})[ \t]+$/u;

function followsBrand(line: string, run: readonly Token[]): boolean {
  const brand = BRAND_BEFORE.exec(line.slice(Math.max(0, run[0]!.start - NAMING_WINDOW), run[0]!.start));
  if (brand === null || isEnglishWord(brand[1]!.toLowerCase())) return false;
  return run.length > 1 || !isWordInCapitals(run[0]!);
}

/**
 * Among Chinese text, a lone word in capitals is a brand, a code or a term ("您的HUAWEI手机",
 * "查 LOG"), and a few ending as a company's name do ("商户为 ONLINE STORE LTD").
 */
function isNameInChinese(line: string, run: readonly Token[]): boolean {
  if (run.length > LONGEST_NAME_IN_CHINESE) return false;
  // After a brand's name, in a Chinese line, the run is the brand's model ("車型：Gogoro VIVA MIX ×2").
  if (followsBrand(line, run) && HAN.test(line)) return true;
  // Several words are a name when they end as a company's does ("ONLINE STORE LTD"); else they are raised ("READ CAREFULLY").
  if (run.length > 1 && !COMPANY_SUFFIX.test(run.at(-1)!.text)) return false;
  let at = run[0]!.start;
  while (at > 0 && /\s/.test(line[at - 1]!)) at -= 1;
  const before = line.charAt(at - 1);
  const after = line.slice(run.at(-1)!.end).trimStart().charAt(0);
  return HAN_OR_CJK_PUNCTUATION.test(before) || HAN_OR_CJK_PUNCTUATION.test(after);
}

/** A code of letters and digits right after a run names what the run is: a vessel and its voyage ("FORMOSA GRACE 0825-017W"), a model. */
const NAMING_CODE_AFTER = /^[ \t]+(?=[\p{L}\p{N}\-/]*\p{N})(?=[\p{L}\p{N}\-/]*\p{L})[\p{L}\p{N}][\p{L}\p{N}\-/]*(?![\p{L}\p{N}])/u;
/**
 * Two title-case words after a lone word in capitals make it the start of a name: "SEA Clash Season 3", "AIM Center Board
 * Room". One is not enough: "John Foster THIS Wednesday", "Free HUGE Box" raise the word.
 */
const TITLE_WORDS_AFTER = /^ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const LONGEST_NAMED_RUN = 3;
/** How much of the line after a run the two patterns above read: a code or two words, never the rest of a long line. */
const NAMING_WINDOW_AFTER = 64;

/** Whether a run is a name by what follows it: a code, or title-case words after a lone word. */
function isNameByNeighbours(line: string, run: readonly Token[]): boolean {
  if (run.length > LONGEST_NAMED_RUN) return false;
  const end = run.at(-1)!.end;
  const after = line.slice(end, end + NAMING_WINDOW_AFTER);
  if (NAMING_CODE_AFTER.test(after)) return true;
  if (run.length > 1) return false;
  return TITLE_WORDS_AFTER.test(after);
}

/**
 * Whether a run in capitals is a name rather than raised words: among Chinese text, or by what
 * follows it. No run with a word of emphasis is ("请 IMMEDIATELY 上传", "PLEASE BRING FORM 2B").
 */
function isName(line: string, run: readonly Token[]): boolean {
  if (run.some((token) => EMPHASIS_WORDS.has(halfWidth(token.text)))) return false;
  return isNameInChinese(line, run) || isNameByNeighbours(line, run);
}

/** Lower case except for acronyms, "I", and names of days and months ("MAY" only before a date). */
function normalCase(run: readonly Token[], line: string, atSentenceStart: boolean): string {
  let result = '';
  let cursor = run[0]!.start;
  for (const [index, token] of run.entries()) {
    result += line.slice(cursor, token.start);
    const titleCase =
      TITLE_CASE_WORDS.has(token.text) || (token.text === 'MAY' && /^\s*\d/.test(line.slice(token.end))) || (index === 0 && atSentenceStart);
    const lower = token.text.toLowerCase();
    if (token.listed && !ALSO_PLAIN_WORDS.has(token.text)) result += token.text;
    else result += titleCase ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    cursor = token.end;
  }
  return result;
}

/** Words are letters and digits of Latin script, joined by these marks where a letter or digit follows: "USB-C", "DON'T", a route "SIN–PVG". */
const WORD_CHARACTER = /[\p{Script=Latin}\p{N}]/u;
const JOINER = /['’\-\u2013_./]/;
const classesOf = characterClasses([WORD_CHARACTER, JOINER, LOWERCASE_OR_DIGIT, UPPERCASE_LETTER]);
const IS_WORD_CHARACTER = 1;
const IS_JOINER = 2;
const IS_LOWERCASE_OR_DIGIT = 4;
const IS_UPPERCASE = 8;

/**
 * Where the word that starts at `start` of `text` ends (at `limit` at most), and the classes of
 * all its characters together: a scan that makes no string of the many words that are not in capitals.
 */
function wordAt(text: string, start: number, limit: number): { end: number; classes: number } {
  let end = start;
  let classes = 0;
  for (;;) {
    while (end < limit) {
      const codePoint = text.codePointAt(end)!;
      const character = classesOf(codePoint);
      if (!(character & IS_WORD_CHARACTER)) break;
      classes |= character;
      end += codePoint > 0xffff ? 2 : 1;
    }
    // A joiner continues the word only when a word character follows it.
    const joiner = end < limit ? classesOf(text.charCodeAt(end)) : 0;
    if (!(joiner & IS_JOINER) || end + 1 >= limit || !(classesOf(text.codePointAt(end + 1)!) & IS_WORD_CHARACTER)) break;
    classes |= joiner;
    end += 1;
  }
  return { end, classes };
}

/** The line's runs of words in capitals, one at a time: a rule the engine ends early (past its cap) stops reading the line. */
function* capitalRuns({ fieldText, start: lineStart, text: line }: Line, protectedRanges: readonly TextRange[], isListed: (word: string) => boolean): Generator<Token[]> {
  const lineEnd = lineStart + line.length;
  let run: Token[] | undefined;
  let previousEnd = -1;
  let offset = lineStart;
  while (offset < lineEnd) {
    const codePoint = fieldText.codePointAt(offset)!;
    if (!(classesOf(codePoint) & IS_WORD_CHARACTER)) {
      offset += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const word = wordAt(fieldText, offset, lineEnd);
    const start = offset - lineStart;
    const end = word.end - lineStart;
    offset = word.end;
    const inCapitals = (word.classes & IS_UPPERCASE) !== 0 && (word.classes & IS_LOWERCASE_OR_DIGIT) === 0;
    if (!inCapitals || rangeContains(protectedRanges, start, end) || HANDLE_MARK.test(line[start - 1] ?? '')) {
      previousEnd = -1;
      continue;
    }
    const capitals = line.slice(start, end);
    const token = { start, end, text: capitals, letters: capitals.match(UPPERCASE_LETTERS)!.length, listed: isListed(capitals) };
    if (run !== undefined && previousEnd !== -1 && RUN_SEPARATOR.test(line.slice(previousEnd, start))) {
      run.push(token);
    } else {
      if (run !== undefined) yield run;
      run = [token];
    }
    previousEnd = end;
  }
  if (run !== undefined) yield run;
}

/** The URLs and addresses on a line, in offsets into the line like its tokens. */
function linksOnLine(model: DraftModel, line: Line): readonly TextRange[] {
  const links = linksIn(model, line.field, line.start, line.start + line.text.length);
  return links.length === 0 ? links : links.map((link) => ({ start: link.start - line.start, end: link.end - line.start }));
}

function checkCapitals(line: Line, protectedRanges: readonly TextRange[], isListed: (word: string) => boolean, report: (report: Report) => void): void {
  for (const run of capitalRuns(line, protectedRanges, isListed)) {
    const start = run[0]!.start;
    const end = run.at(-1)!.end;
    const after = line.text.slice(end, end + 3);
    const emphasised = /^\s*[!！]/.test(after);
    if (!isShouting(run, emphasised, /^[ \t]?[-#]?\d/.test(after)) || isCited(line.text, start, end, isEmphaticLabel(run))) continue;
    // Stressed with "!" or "！", even a name counts.
    if (!emphasised && isName(line.text, run)) continue;
    const shouted = line.text.slice(start, end);
    const replacement = normalCase(run, line.text, isSentenceStart(line.text, start));
    report({
      field: line.field,
      start: line.start + start,
      end: line.start + end,
      message: text(
        `"${shouted}" is in capitals, which reads as shouting; write it in normal case (use *stars* if it needs stress).`,
        `“${shouted}”全部大写，读起来像在大喊；请改用正常大小写（需要强调时可用 *星号*）。`,
      ),
      fixes: [
        {
          title: text('Write in normal case', '改为正常大小写'),
          edits: [{ field: line.field, start: line.start + start, end: line.start + end, text: replacement }],
        },
      ],
    });
  }
}

function checkRepeatedMarks(line: Line, protectedRanges: readonly TextRange[], report: (report: Report) => void): void {
  for (const match of line.text.matchAll(REPEATED_MARKS)) {
    const marks = match[0];
    const start = match.index;
    if (rangeContains(protectedRanges, start, start + marks.length)) continue;
    const question = /[?？]/.test(marks);
    const fullwidth = /[！？]/.test(marks[0]!);
    const single = question ? (fullwidth ? '？' : '?') : fullwidth ? '！' : '!';
    const range = { field: line.field, start: line.start + start, end: line.start + start + marks.length };
    report({
      ...range,
      message: text(`"${marks}" reads as shouting; one mark is enough.`, `连用的“${marks}”读起来像在大喊，一个标点就够了。`),
      fixes: [{ title: text(`Use a single "${single}"`, `只保留一个“${single}”`), edits: [{ ...range, text: single }] }],
    });
  }
}

export const shouting = defineRule({
  meta: {
    id: 'shouting',
    defaultSeverity: 'warning',
    fixable: true,
    options: {
      allow: {
        kind: 'strings',
        default: [],
        doc: {
          en: 'Upper-case words that are never shouting here, such as product codes.',
          zh: '在这里不算大喊的大写词，例如产品代号。',
        },
      },
    },
    docs: {
      en: {
        summary: 'Do not write whole words in capitals or stack up !!! and ???.',
        rationale:
          'In mail, capitals and piled-up marks read as a raised voice; the customer hears anger or impatience you did not mean. Use *stars* if a word needs stress.',
      },
      zh: {
        summary: '不要整词大写，也不要连用“！！！”“？？？”。',
        rationale: '在邮件里，全大写和连串的标点就像提高嗓门，客户会读出您并无此意的急躁或不满。需要强调时可以用 *星号*。',
      },
    },
  },
  check({ model, options, vocabulary, report }) {
    // Read here, not as the module loads: the content script receives the list with the rule data.
    const allowed = [upperCaseSet(BUILTIN_ACRONYMS), upperCaseSet(options.allow), upperCaseSet(vocabulary.acronyms)];
    const isListedWord = (word: string) => allowed.some((set) => set.has(word));
    const isListed = (word: string) => {
      const upper = word.toUpperCase();
      if (isListedWord(upper) || ABBREVIATION.test(upper)) return true;
      // "USB-C", "SIM-free": a compound is listed when each part is listed or a single letter.
      const parts = upper.split(/[-'’]/);
      return parts.length > 1 && parts.every((part) => part.length <= 1 || isListedWord(part));
    };

    const checkLine = (line: Line) => {
      const mayShout = MAY_SHOUT.test(line.text);
      const hasRepeatedMarks = line.text.search(REPEATED_MARKS) !== -1;
      if (!mayShout && !hasRepeatedMarks) return;
      const protectedRanges = linksOnLine(model, line);
      if (mayShout) checkCapitals(line, protectedRanges, isListed, report);
      if (hasRepeatedMarks) checkRepeatedMarks(line, protectedRanges, report);
    };
    // A reply's inherited subject holds the customer's words, as quoted history does.
    if (!isInheritedSubject(model.subject)) checkLine({ field: 'subject', fieldText: model.subject, start: 0, text: model.subject });
    let next = -1;
    for (const line of model.ownLines) {
      if (line.kind !== 'text') continue;
      if (next < line.start) {
        LINE_CANDIDATE.lastIndex = line.start;
        next = LINE_CANDIDATE.exec(model.body)?.index ?? Infinity;
      }
      if (next < line.end) checkLine({ field: 'body', fieldText: model.body, start: line.start, text: line.text });
    }
  },
});
