import { findUrlsAndEmails } from '../core/text.ts';
import type { TextRange } from '../core/types.ts';
import { decodeUnits } from './fold.ts';

/**
 * The text the tone is judged on: the body with everything that is not the agent's own
 * wording blanked out, character for character so that offsets still point into the body.
 * Blanked are the quoted history and the signature (outside `ownRanges`), URLs and e-mail
 * addresses, and people's names, which are nobody's mood: "Hi Dick," or "王八" as a surname
 * must not count, nor the "[NAME]" placeholders of anonymised corpora.
 */

// The greeting word in any case, the name capitalised: "hi there," keeps "there".
const GREETING_NAME_EN =
  /^[ \t]*(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear|[Gg]ood (?:[Mm]orning|[Aa]fternoon|[Ee]vening))[ \t,]+(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)[ \t]*[,:!]/;
const GREETING_NAME_ZH =
  /^[ \t]*(?:尊敬的|親愛的|亲爱的)?[ \t]*(\p{Script=Han}{1,4}?)[ \t]*(?:先生|女士|小姐|老师|老師|经理|經理|总|總|同学|同學|太太)[ \t]*(?:您好|你好)?[ \t]*[，,：:！!]/u;
const TITLED_NAME_EN = /\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)/g;
const PLACEHOLDER = /\[(?:NAME|name|RELIGION|USER|user)\]|<url>|\$LINK/g;
/** Cheap test before the costly address pattern, which most paragraphs do not need. */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@/i;
/** A greeting is the first line of the agent's text; no need to search further. */
const GREETING_REACH = 200;

const SPACE = 0x20;
const LINE_FEED = 0x0a;

function nameRange(match: RegExpMatchArray, offset: number): TextRange {
  const name = match[1] ?? match[0];
  const start = offset + match.index! + match[0].indexOf(name);
  return { start, end: start + name.length };
}

/** Ranges inside `text` that are names, addresses and placeholders rather than words. */
export function namesAndAddresses(text: string): TextRange[] {
  const ranges = MAY_HOLD_ADDRESS.test(text) ? findUrlsAndEmails(text) : [];
  const opening = text.slice(0, GREETING_REACH);
  for (const greeting of [GREETING_NAME_EN, GREETING_NAME_ZH]) {
    const match = opening.match(greeting);
    if (match) ranges.push(nameRange(match, 0));
  }
  for (const pattern of [TITLED_NAME_EN, PLACEHOLDER]) {
    for (const match of text.matchAll(pattern)) ranges.push(nameRange(match, 0));
  }
  return ranges;
}

/**
 * `body` with the agent's own text kept, names and addresses in it turned into spaces, and
 * everything else turned into line feeds, so that two stretches of own text never read as one sentence.
 */
export function maskForScoring(body: string, ownRanges: readonly TextRange[]): string {
  const units = new Uint16Array(body.length).fill(LINE_FEED);
  for (const range of ownRanges) {
    for (let index = range.start; index < range.end; index += 1) units[index] = body.charCodeAt(index);
    for (const blank of namesAndAddresses(body.slice(range.start, range.end))) {
      units.fill(SPACE, range.start + blank.start, range.start + blank.end);
    }
  }
  return decodeUnits(units);
}
