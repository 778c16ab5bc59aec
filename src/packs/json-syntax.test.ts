import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './json-syntax.ts';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in any JSON that JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(findJsonSyntaxError(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('agrees with JSON.parse on JSON with one character removed or inserted', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\n', 'x', '0'))
      .map(([text, at, inserted]) => {
        const index = text.length === 0 ? 0 : at % text.length;
        return inserted === '' ? text.slice(0, index) + text.slice(index + 1) : text.slice(0, index) + inserted + text.slice(index);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
    );
  });

  it('reports the line and UTF-16 column of the first bad character', () => {
    expect(findJsonSyntaxError('{\n  "名字": "x",\n  "a": tru\n}')).toEqual({
      offset: 22,
      line: 3,
      column: 8,
      reason: 'expected a value, found "t"',
    });
    expect(findJsonSyntaxError('[1, 2] 3')).toMatchObject({ line: 1, column: 8, reason: 'unexpected "3" after the end of the JSON value' });
    expect(findJsonSyntaxError('"\\x"')).toMatchObject({ column: 2, reason: 'bad escape "x" in string' });
    expect(findJsonSyntaxError('01')).toMatchObject({ column: 2 });
  });
});
