import { HANT_CHARACTER_PAIRS, HANT_WORDS } from './hant-table.ts';

/**
 * Simplified → Traditional Chinese (Taiwan forms), for readers in Taiwan and Hong Kong. The
 * product writes its Chinese in Simplified and converts it on the way to the screen.
 *
 * The table (hant-table.ts, generated from OpenCC by scripts/build-hant-table.ts) holds only the
 * characters of the product's own strings, plus the words whose characters convert differently
 * together than alone (回复 → 回覆, not 回復; 签名 → 簽名, not 籤名). Anything else passes through
 * unchanged: Traditional text, Latin text, and Simplified characters the product never writes
 * itself (a team pack's own wording may keep a few).
 */

export type Converter = (text: string) => string;

/**
 * A converter from a table in its shipped form: character pairs as one string of UTF-16 units,
 * words as "simplified traditional|…". At each position the longest word wins, as in OpenCC.
 */
export function createConverter(characterPairs: string, words: string): Converter {
  const characters = new Map<string, string>();
  for (let index = 0; index + 1 < characterPairs.length; index += 2) characters.set(characterPairs[index]!, characterPairs[index + 1]!);
  const wordTable = new Map<string, string>();
  for (const entry of words ? words.split('|') : []) {
    const [simplified, traditional] = entry.split(' ');
    if (simplified && traditional) wordTable.set(simplified, traditional);
  }
  const wordStarts = new Set([...wordTable.keys()].map((word) => word[0]));
  const longestWord = Math.max(0, ...[...wordTable.keys()].map((word) => word.length));

  function wordAt(text: string, start: number): string | undefined {
    if (!wordStarts.has(text[start])) return undefined;
    for (let end = Math.min(text.length, start + longestWord); end > start + 1; end -= 1) {
      if (wordTable.has(text.slice(start, end))) return text.slice(start, end);
    }
    return undefined;
  }

  return (text) => {
    let converted = '';
    let index = 0;
    while (index < text.length) {
      const word = wordAt(text, index);
      if (word) {
        converted += wordTable.get(word)!;
        index += word.length;
      } else {
        const unit = text[index]!;
        converted += characters.get(unit) ?? unit;
        index += 1;
      }
    }
    return converted;
  };
}

let shipped: Converter | undefined;

export function toTraditional(text: string): string {
  shipped ??= createConverter(HANT_CHARACTER_PAIRS, HANT_WORDS);
  return shipped(text);
}

let scriptMarks: { simplified: ReadonlySet<number>; traditional: ReadonlySet<number> } | undefined;

/**
 * Whether `text` is written in Traditional characters: more of its characters are the Traditional
 * side of a pair in the table (們, 請, 謝) than the Simplified side (们, 请, 谢). A character that
 * is the Traditional form in some pair is never counted as Simplified (几 → 幾, yet 几 is also a
 * Traditional character). The wording a fix adds follows the draft's script.
 */
export function writesTraditional(text: string): boolean {
  if (scriptMarks === undefined) {
    const simplified = new Set<number>();
    const traditional = new Set<number>();
    for (let index = 0; index + 1 < HANT_CHARACTER_PAIRS.length; index += 2) {
      const from = HANT_CHARACTER_PAIRS.charCodeAt(index);
      const to = HANT_CHARACTER_PAIRS.charCodeAt(index + 1);
      if (from === to) continue;
      simplified.add(from);
      traditional.add(to);
    }
    for (const unit of traditional) simplified.delete(unit);
    scriptMarks = { simplified, traditional };
  }
  let balance = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x3400) continue;
    if (scriptMarks.traditional.has(unit)) balance += 1;
    else if (scriptMarks.simplified.has(unit)) balance -= 1;
  }
  return balance > 0;
}
