import type { TextRange } from './types.ts';

/** Small text helpers several rules share. */

const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;
const LATIN_LETTER_GLOBAL = /[A-Za-z]/g;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/**
 * "zh" when Chinese characters make up a fair share of the letters. Latin letters count
 * a third as much as a Han character, since an English word takes several of them.
 */
export function detectLanguage(text: string): 'zh' | 'en' {
  const han = text.match(HAN_GLOBAL)?.length ?? 0;
  const latin = text.match(LATIN_LETTER_GLOBAL)?.length ?? 0;
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
