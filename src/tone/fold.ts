import { decodeUnitPairs } from '../core/pair-code.ts';
import { HANT_FOLD_CODE } from './hant-fold-table.ts';

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

const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xff01 - 0x21;
const SPACE = 0x20;

let table: Uint16Array | undefined;

/** The folded form of every UTF-16 unit, worked out once: folding is then one lookup per unit. */
export function foldingTable(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let code = 0; code < table.length; code += 1) table[code] = code;
  const folded = table;
  decodeUnitPairs(HANT_FOLD_CODE, (traditional, simplified) => {
    // ASCII folds by the rules alone, which also win over the table for the other units they name.
    if (traditional >= 0x80) folded[traditional] = simplified;
  });
  for (let code = 0x41; code <= 0x5a; code += 1) table[code] = code + 0x20;
  table[0x09] = SPACE;
  table[0x0d] = SPACE;
  for (let code = FULLWIDTH_FIRST; code <= FULLWIDTH_LAST; code += 1) table[code] = table[code - FULLWIDTH_OFFSET]!;
  table[0x2018] = 0x27;
  table[0x2019] = 0x27;
  table[0x00a0] = SPACE;
  table[0x3000] = SPACE;
  table.fill(SPACE, 0x2000, 0x200b);
  return table;
}

export function foldForMatching(text: string): string {
  const fold = foldingTable();
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index += 1) units[index] = fold[text.charCodeAt(index)]!;
  return decodeUnits(units);
}

// ignoreBOM keeps a leading U+FEFF in the output, so the length never changes.
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/** UTF-16 units to a string of the same length, natively (spreading them into fromCharCode is ten times slower). */
export function decodeUnits(units: Uint16Array): string {
  return utf16.decode(units);
}

/** The UTF-16 units of a string, for the scanners that work on units rather than on strings. */
export function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index += 1) units[index] = text.charCodeAt(index);
  return units;
}

let wordUnits: Uint8Array | undefined;

/**
 * 1 for letters and digits of Latin script after folding (a–z, 0–9, and the letters of
 * Latin-1 and Latin Extended-A and -B), else 0: an English term must not start or end inside
 * one. A table, as the matcher asks about nearly every unit.
 */
export function wordUnitTable(): Uint8Array {
  if (wordUnits) return wordUnits;
  wordUnits = new Uint8Array(0x10000).fill(1, 0x61, 0x7b).fill(1, 0x30, 0x3a).fill(1, 0xc0, 0x250);
  wordUnits[0xd7] = 0; // ×
  wordUnits[0xf7] = 0; // ÷
  return wordUnits;
}

export function isWordUnit(code: number): boolean {
  return wordUnitTable()[code] === 1;
}
