import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitAutomaton, type UnitHit } from './unit-automaton.ts';

function lowerCase(unit: number): number {
  return unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit;
}

/** Every occurrence by trying each pattern at each offset, in the order findAll gives them: by end, then longest first. */
function findByTrying(patterns: readonly string[], text: string, start = 0, end = text.length): UnitHit<string>[] {
  const folded = [...text].map((character) => String.fromCharCode(lowerCase(character.charCodeAt(0)))).join('');
  const hits: UnitHit<string>[] = [];
  for (const pattern of new Set(patterns)) {
    if (pattern === '') continue;
    for (let at = folded.indexOf(pattern, start); at !== -1 && at + pattern.length <= end; at = folded.indexOf(pattern, at + 1)) {
      hits.push({ start: at, end: at + pattern.length, value: pattern });
    }
  }
  return hits.sort((a, b) => a.end - b.end || a.start - b.start);
}

function automatonOf(patterns: readonly string[]): UnitAutomaton<string> {
  return new UnitAutomaton(
    patterns.map((pattern) => ({ pattern, value: pattern })),
    lowerCase,
  );
}

describe('UnitAutomaton', () => {
  it('finds overlapping and nested occurrences', () => {
    const hits = automatonOf(['he', 'she', 'his', 'hers']).findAll('ushers');
    expect(hits).toEqual([
      { start: 1, end: 4, value: 'she' },
      { start: 2, end: 4, value: 'he' },
      { start: 2, end: 6, value: 'hers' },
    ]);
  });

  it('folds the text, not the offsets', () => {
    expect(automatonOf(['不归我管', 'not my job']).findAll('NOT MY JOB，不归我管')).toEqual([
      { start: 0, end: 10, value: 'not my job' },
      { start: 11, end: 15, value: '不归我管' },
    ]);
  });

  it('looks only within the range and keeps what accept lets through', () => {
    const automaton = automatonOf(['ab', 'b']);
    expect(automaton.findAll('ab ab ab', 3, 8).map((hit) => hit.start)).toEqual([3, 4, 6, 7]);
    expect(automaton.findAll('ab ab ab', 0, 8, (start, end) => end - start === 2).map((hit) => hit.start)).toEqual([0, 3, 6]);
  });

  it('finds nothing without patterns', () => {
    expect(automatonOf(['']).findAll('anything')).toEqual([]);
  });

  const alphabet = ['a', 'b', 'A', '中', '文', ' '];
  const word = fc.array(fc.constantFrom(...alphabet), { maxLength: 5 }).map((units) => units.join(''));
  const lowerWord = word.map((value) => value.toLowerCase());

  it('finds what trying every pattern at every offset finds', () => {
    fc.assert(
      fc.property(fc.array(lowerWord, { maxLength: 8 }), fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (patterns, units) => {
        const text = units.join('');
        expect(automatonOf(patterns).findAll(text)).toEqual(findByTrying(patterns, text));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same when the patterns are too many for a full transition table', () => {
    // Two thousand patterns over three hundred characters: far more states × symbols than a full table holds.
    const characters = Array.from({ length: 300 }, (_, index) => String.fromCharCode(0x4e00 + index));
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 0x7fffffff) % characters.length;
    const patterns = Array.from({ length: 2000 }, () => Array.from({ length: 2 + (next() % 6) }, () => characters[next()]).join(''));
    const automaton = automatonOf(patterns);
    const fewCharacters = characters.slice(0, 12);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...fewCharacters, ...patterns.slice(0, 50)), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(automaton.findAll(text)).toEqual(findByTrying(patterns, text));
      }),
      { numRuns: 200 },
    );
  });
});
