import { ENGLISH_WORDS } from './english-words.ts';

/**
 * Whether `word` (lower case) is one of ENGLISH_WORDS, or one of them with an ending a list of
 * common words leaves out ("refunded", "cancelled", "expiring"). Binary search over the list as
 * the one string it is: no set of eleven thousand strings is built for the few words in capitals
 * a draft has. Reads the binding at each call: in the content script it is filled in only once
 * the rule data has loaded.
 */
export function isEnglishWord(word: string): boolean {
  if (isListed(ENGLISH_WORDS, word)) return true;
  for (const stem of stemsOf(word)) if (isListed(ENGLISH_WORDS, stem)) return true;
  return false;
}

/** Binary search of `word` among the sorted lines of `list`. */
function isListed(list: string, word: string): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : list.lastIndexOf('\n', middle - 1) + 1;
    const newline = list.indexOf('\n', start);
    const end = newline === -1 ? list.length : newline;
    const entry = list.slice(start, end);
    if (entry === word) return true;
    if (entry < word) low = end + 1;
    else high = start;
  }
  return false;
}

/** What `word` may be formed from by a regular ending: -s, -es, -ed, -d, -ing, -ly, -ies, -ied, a doubled consonant. */
function stemsOf(word: string): string[] {
  const stems: string[] = [];
  const strip = (ending: string, add = '') => {
    if (word.length > ending.length + 2 && word.endsWith(ending)) stems.push(word.slice(0, -ending.length) + add);
  };
  strip('s');
  strip('es');
  strip('ed');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  strip('ly');
  strip('ies', 'y');
  strip('ied', 'y');
  // "cancelled", "shipping": the last consonant doubled before the ending.
  for (const ending of ['ed', 'ing']) {
    const stem = word.slice(0, -ending.length);
    if (word.endsWith(ending) && stem.length > 2 && stem.at(-1) === stem.at(-2)) stems.push(stem.slice(0, -1));
  }
  return stems;
}
