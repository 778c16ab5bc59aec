/**
 * The two marks a built-in forbidden phrase may use to stand for a family of wordings (see
 * BuiltinPhrase in forbidden-phrase.ts). Apart from the list, so that the content script, which
 * loads the list with its rule data, carries only this.
 */

/** Stands for a few words of the same clause between the two parts of a phrase. */
const PHRASE_GAP = '…';

/**
 * Every wording a phrase stands for: each `(a|b|)` group replaced by one of its alternatives
 * (groups may nest), blanks left by an empty one closed up. "as i (already |)(said|told you)"
 * gives "as i already said", "as i already told you", "as i said" and "as i told you". A phrase
 * with a gap is expanded on each side of it (see `gapParts`), not here.
 */
export function expandPhrase(phrase: string): string[] {
  const [sequence] = parseSequence(phrase, 0);
  return [...new Set(expandSequence(sequence).map((wording) => wording.replace(/ {2,}/g, ' ').trim()))];
}

/** A phrase as text and groups of alternatives, each alternative a sequence again. */
type Sequence = (string | Sequence[])[];

/** The sequence that starts at `from`, up to the `|` or `)` that ends it, and where it ended. */
function parseSequence(phrase: string, from: number): [Sequence, number] {
  const sequence: Sequence = [];
  let index = from;
  let text = '';
  while (index < phrase.length && phrase[index] !== '|' && phrase[index] !== ')') {
    if (phrase[index] === '(') {
      if (text !== '') sequence.push(text);
      text = '';
      const alternatives: Sequence[] = [];
      index += 1;
      for (;;) {
        const [alternative, end] = parseSequence(phrase, index);
        alternatives.push(alternative);
        index = end + 1;
        if (phrase[end] !== '|') break;
      }
      sequence.push(alternatives);
    } else {
      text += phrase[index];
      index += 1;
    }
  }
  if (text !== '') sequence.push(text);
  return [sequence, index];
}

function expandSequence(sequence: Sequence): string[] {
  let wordings = [''];
  for (const item of sequence) {
    const choices = typeof item === 'string' ? [item] : item.flatMap(expandSequence);
    wordings = wordings.flatMap((start) => choices.map((choice) => start + choice));
  }
  return wordings;
}

/** The wordings before and after the gap of a phrase that has one: each side is matched on its own, then joined. */
export function gapParts(phrase: string): { heads: string[]; tails: string[] } | undefined {
  const gap = phrase.indexOf(PHRASE_GAP);
  if (gap === -1) return undefined;
  return { heads: expandPhrase(phrase.slice(0, gap)), tails: expandPhrase(phrase.slice(gap + PHRASE_GAP.length)) };
}
