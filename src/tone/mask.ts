import { lastStartingBy } from '../core/sorted.ts';
import { findUrlsAndEmails } from '../core/text.ts';
import type { TextRange } from '../core/types.ts';
import { foldingTable } from './fold.ts';

// The greeting word in any case, the name capitalised: "hi there," keeps "there".
const GREETING_NAME_EN =
  /^[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:[Mm]orning|[Aa]fternoon|[Ee]vening))[ \t,]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]*[,:!]/;
const GREETING_NAME_ZH =
  /^[ \t]*(?:尊敬的|親愛的|亲爱的)?[ \t]*(\p{Script=Han}{1,4}?)[ \t]*(?:先生|女士|小姐|老师|老師|经理|經理|总|總|同学|同學|太太)[ \t]*(?:您好|你好)?[ \t]*[，,：:！!]/u;
const TITLED_NAME_EN = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)/g;
const PLACEHOLDER = /\[(?:NAME|name|RELIGION|USER|user)\]|<url>|\$LINK/g;
/** Cheap test before the costly address pattern, which most paragraphs do not need. */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@/i;
/** Names after a title, and placeholders; each pattern runs only on text holding one of its marks, which every match contains. */
const MARKED_NAMES = [
  { pattern: TITLED_NAME_EN, marks: ['Mr', 'Ms', 'Miss', 'Dr', 'Prof'] },
  { pattern: PLACEHOLDER, marks: ['[', '<url>', '$LINK'] },
];
/** A greeting is the first line of the agent's text; no need to search further. */
const GREETING_REACH = 200;

const SPACE = 0x20;
const LINE_FEED = 0x0a;

function nameRange(match: RegExpMatchArray, offset: number): TextRange {
  const name = match[1] ?? match[0];
  const start = offset + match.index! + match[0].indexOf(name);
  return { start, end: start + name.length };
}

/**
 * Ranges inside `text` that are names, addresses and placeholders rather than words; the name
 * in a greeting only when `text` opens the agent's text (`opensWithGreeting`). Every pattern
 * stays within a line.
 */
export function namesAndAddresses(text: string, opensWithGreeting = true): TextRange[] {
  const ranges = MAY_HOLD_ADDRESS.test(text) ? findUrlsAndEmails(text) : [];
  const opening = opensWithGreeting ? text.slice(0, GREETING_REACH) : '';
  for (const greeting of [GREETING_NAME_EN, GREETING_NAME_ZH]) {
    const match = opening.match(greeting);
    if (match) ranges.push(nameRange(match, 0));
  }
  for (const { pattern, marks } of MARKED_NAMES) {
    if (!marks.some((mark) => text.includes(mark))) continue;
    for (const match of text.matchAll(pattern)) ranges.push(nameRange(match, 0));
  }
  return ranges;
}

/**
 * The text the tone is judged on: the agent's own wording (`ownRanges` of the body, in order
 * and apart, as the draft model gives them) with people's names, URLs and e-mail addresses in
 * it blanked to spaces, since they are nobody's mood: "Hi Dick," or "王八" as a surname must
 * not count, nor the "[NAME]" placeholders of anonymised corpora.
 *
 * The quoted history and the signature are left out rather than blanked: they are often half
 * of a reply, and nothing in them counts. Each stretch of them stands as line feeds, at most
 * two: two make a blank line, so own text on either side never reads as one sentence, and a
 * single line feed is a mere wrap, as in the body. `bodyOffset` maps offsets back to the body.
 */
export interface OwnText {
  /** The own text as written, names and addresses blanked. */
  readonly masked: Uint16Array;
  /** `masked` folded for matching (fold.ts). */
  readonly folded: Uint16Array;
  /** The body offset of an offset into the own text; the end of a stretch of own text maps to its end in the body. */
  bodyOffset(offset: number): number;
}

const LONGEST_GAP = 2;

interface Stretch {
  own: boolean;
  bodyStart: number;
  /** Where it starts in the own text. */
  at: number;
  /** Its length in the own text. */
  length: number;
}

/** `opensWithGreeting`: whether each own range may open with a greeting (false for a paragraph from the middle of one). */
export function ownTextForScoring(body: string, ownRanges: readonly TextRange[], opensWithGreeting = true): OwnText {
  const stretches: Stretch[] = [];
  let length = 0;
  let bodyAt = 0;
  const addStretch = (bodyEnd: number, own: boolean) => {
    const kept = own ? bodyEnd - bodyAt : Math.min(bodyEnd - bodyAt, LONGEST_GAP);
    if (own || kept > 0) stretches.push({ own, bodyStart: bodyAt, at: length, length: kept });
    length += kept;
    bodyAt = bodyEnd;
  };
  for (const range of ownRanges) {
    addStretch(range.start, false);
    addStretch(range.end, true);
  }
  addStretch(body.length, false);

  const fold = foldingTable();
  const masked = new Uint16Array(length);
  const folded = new Uint16Array(length);
  for (const { own, bodyStart, at, length: kept } of stretches) {
    if (!own) {
      masked.fill(LINE_FEED, at, at + kept);
      folded.fill(LINE_FEED, at, at + kept);
      continue;
    }
    for (let index = 0; index < kept; index += 1) {
      const code = body.charCodeAt(bodyStart + index);
      masked[at + index] = code;
      folded[at + index] = fold[code]!;
    }
    for (const blank of namesAndAddresses(body.slice(bodyStart, bodyStart + kept), opensWithGreeting)) {
      masked.fill(SPACE, at + blank.start, at + blank.end);
      folded.fill(SPACE, at + blank.start, at + blank.end);
    }
  }
  // The end of the text maps to the end of the body.
  stretches.push({ own: false, bodyStart: body.length, at: length, length: 0 });

  return {
    masked,
    folded,
    bodyOffset(offset) {
      const stretch = stretches[lastStartingBy(stretches, offset, (candidate) => candidate.at)]!;
      return stretch.bodyStart + offset - stretch.at;
    },
  };
}
