import { describe, expect, it } from 'vitest';
import { foldForMatching } from './fold.ts';
import { PhraseMatcher } from './phrase-matcher.ts';

function find(patterns: readonly string[], text: string): string[] {
  const matcher = new PhraseMatcher(patterns.map((pattern) => ({ pattern: foldForMatching(pattern), value: pattern })));
  return matcher.findAll(foldForMatching(text)).map((hit) => `${hit.value}@${text.slice(hit.start, hit.end)}`);
}

describe('PhraseMatcher', () => {
  it('finds every occurrence, overlapping ones included, by start', () => {
    expect(find(['他妈的', '妈的', '他妈'], '他妈的，又是妈的')).toEqual(['他妈@他妈', '他妈的@他妈的', '妈的@妈的', '妈的@妈的']);
  });

  it('keeps Latin terms to whole words', () => {
    expect(find(['ass', 'hell'], 'Please assess the class, hello. Kiss my ass, hell!')).toEqual(['ass@ass', 'hell@hell']);
  });

  it('lets a trailing star continue the word, and keeps other stars literal', () => {
    expect(find(['fuck*', 'f*ck*'], 'Fucking hell, f*cked up, fuck.')).toEqual(['fuck*@Fucking', 'f*ck*@f*cked', 'fuck*@fuck']);
  });

  it('matches a space against any run of blanks and line breaks', () => {
    expect(find(['per my last email'], 'Per my\nlast   email, the order shipped.')).toEqual(['per my last email@Per my\nlast   email']);
  });

  it('lets the apostrophe be left out or curled', () => {
    expect(find(["don't you understand"], 'Dont you understand? Don’t you understand?')).toEqual([
      "don't you understand@Dont you understand",
      "don't you understand@Don’t you understand",
    ]);
  });

  it('matches Chinese terms anywhere, since Chinese has no spaces', () => {
    expect(find(['垃圾'], '垃圾邮件里的垃圾')).toEqual(['垃圾@垃圾', '垃圾@垃圾']);
  });

  it('applies word edges to Latin letters inside Chinese text', () => {
    expect(find(['sb', 'wtf'], 'WTF，你个SB，USB 线坏了')).toEqual(['wtf@WTF', 'sb@SB']);
  });
});
