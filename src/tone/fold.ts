import { HANT_FOLD_PAIRS } from './hant-fold-table.ts';

/**
 * Folding for phrase matching: one UTF-16 unit in, one out, so an offset into the folded
 * text is the same offset into the draft. Lexicon entries go through the same folding, so
 * they may be written in either script and in any case.
 *
 * - Latin capitals become small letters ("WTF" meets "wtf").
 * - Full-width ASCII becomes ASCII ("！！" meets "!!", "ＳＢ" meets "sb").
 * - Curly apostrophes become straight ones ("don’t" meets "don't").
 * - Tabs, carriage returns and other blanks become spaces; line feeds stay, since a blank line
 *   ends a sentence, but the phrase matcher lets a pattern's space match them.
 * - Traditional characters become Simplified ones ("白癡" meets "白痴").
 */

let hantTable: Uint16Array | undefined;

function hantFoldTable(): Uint16Array {
  if (hantTable) return hantTable;
  hantTable = new Uint16Array(0x10000);
  for (let index = 0; index < HANT_FOLD_PAIRS.length; index += 2) {
    hantTable[HANT_FOLD_PAIRS.charCodeAt(index)] = HANT_FOLD_PAIRS.charCodeAt(index + 1);
  }
  return hantTable;
}

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;
const SPACE = 0x20;

function foldUnit(code: number, table: Uint16Array): number {
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    return code === 0x09 || code === 0x0d ? SPACE : code;
  }
  if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) return foldUnit(code - FULLWIDTH_OFFSET, table);
  if (code === 0x2018 || code === 0x2019) return 0x27;
  if (code === 0x00a0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a)) return SPACE;
  return table[code] || code;
}

export function foldForMatching(text: string): string {
  const table = hantFoldTable();
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index += 1) units[index] = foldUnit(text.charCodeAt(index), table);
  return decodeUnits(units);
}

// ignoreBOM keeps a leading U+FEFF in the output, so the length never changes.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** UTF-16 units to a string of the same length, natively (spreading them into fromCharCode is ten times slower). */
export function decodeUnits(units: Uint16Array): string {
  return utf16.decode(units);
}

/** Letters and digits of Latin script, after folding: an English term must not start or end inside one. */
export function isWordUnit(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}
