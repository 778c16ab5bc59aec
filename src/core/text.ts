import type { TextRange } from './types.ts';

/** Small text helpers several rules share. */

const HAN = /\p{Script=Han}/u;
/** No character before the CJK radicals block belongs to the Han script. */
const FIRST_HAN = 0x2e80;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

let bmpHan: Uint8Array | undefined;

/** 1 for each Han code unit of the Basic Multilingual Plane: a regex test per character is too slow for whole mails. */
function bmpHanTable(): Uint8Array {
  if (bmpHan) return bmpHan;
  bmpHan = new Uint8Array(0x10000);
  for (let code = FIRST_HAN; code < 0x10000; code += 1) {
    if (code < 0xd800 || code > 0xdfff) bmpHan[code] = HAN.test(String.fromCharCode(code)) ? 1 : 0;
  }
  return bmpHan;
}

/**
 * "zh" when Chinese characters make up a fair share of the letters. Latin letters count
 * a third as much as a Han character, since an English word takes several of them.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const table = bmpHanTable();
  let han = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin += 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      // Han extensions B and later lie beyond the BMP.
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) {
        if (HAN.test(String.fromCodePoint(codePoint))) han += 1;
        index += 1;
      }
    } else {
      han += table[code]!;
    }
  }
  return han > 0 && han * 3 >= latin ? 'zh' : 'en';
}

// A URL typed straight into Chinese text ends where the Chinese resumes: "访问https://x.cn/help查看".
const URL_OR_EMAIL = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'，。、；！？）》\u3400-\u9fff]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

/** Ranges of URLs and e-mail addresses, which no rule should rewrite, break or judge. */
export function findUrlsAndEmails(text: string, start = 0, end = text.length): TextRange[] {
  const ranges: TextRange[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(URL_OR_EMAIL)) {
    let matched = match[0];
    // Sentence punctuation right after a URL is not part of it.
    matched = matched.replace(/[.,;:!?)\]]+$/, '');
    ranges.push({ start: start + match.index, end: start + match.index + matched.length });
  }
  return ranges;
}

export function rangeContains(ranges: readonly TextRange[], start: number, end = start + 1): boolean {
  return ranges.some((range) => range.start < end && start < range.end);
}
