import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from './json-reader.ts';

const OPTIONS = { maxDepth: 64, maxProblems: 20 };

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function syntaxErrorOf(text: string) {
  const result = readJson(text, OPTIONS);
  if (result.ok || !result.syntax) return undefined;
  return result.problems[0];
}

describe('readJson', () => {
  it('reads any JSON that JSON.stringify writes to the same value as JSON.parse', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.constantFrom(undefined, 2), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(readJson(text, OPTIONS)).toEqual({ ok: true, value: JSON.parse(text) });
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
        expect(syntaxErrorOf(text) === undefined).toBe(parses(text));
      }),
    );
  });

  it('reports the line, UTF-16 column and path of the first bad character', () => {
    expect(syntaxErrorOf('{\n  "名字": "x",\n  "a": tru\n}')).toEqual({ offset: 22, line: 3, column: 8, path: ['a'], message: 'expected a value, found "t"' });
    expect(syntaxErrorOf('[1, 2] 3')).toMatchObject({ line: 1, column: 8, message: 'unexpected "3" after the end of the JSON value' });
    expect(syntaxErrorOf('"\\x"')).toMatchObject({ column: 2, message: 'bad escape "x" in string' });
    expect(syntaxErrorOf('01')).toMatchObject({ column: 2 });
  });

  it('reports every repeated key with its path, in English and Chinese keys alike', () => {
    const result = readJson('{\n "rules": {"informal": "off",\n  "informal": "error"},\n "名字": 1, "名字": 2\n}', OPTIONS);
    expect(result).toMatchObject({
      ok: false,
      syntax: false,
      problemCount: 2,
      problems: [
        { path: ['rules', 'informal'], line: 3, column: 3, message: expect.stringContaining('duplicate key "informal"') },
        { path: ['名字'], line: 4, message: expect.stringContaining('duplicate key "名字"') },
      ],
    });
  });

  it('reports a number out of range as such, not as null', () => {
    expect(readJson('{"guard": {"cooldownSeconds": 1e309}}', OPTIONS)).toMatchObject({
      ok: false,
      problems: [{ path: ['guard', 'cooldownSeconds'], message: 'the number 1e309 is out of range (larger than any number a pack can hold)' }],
    });
    expect(readJson('-1e400', OPTIONS).ok).toBe(false);
    expect(readJson('1e-400', OPTIONS)).toEqual({ ok: true, value: 0 });
  });

  it('stops at the depth limit without overflowing the stack, however deep the input', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(readJson(deep, OPTIONS)).toMatchObject({ ok: false, syntax: true, problems: [{ message: 'nested deeper than 64 levels', column: 65 }] });
  });

  it('keeps the first problems and counts the rest', () => {
    const text = `{${Array.from({ length: 500 }, () => '"a": 1').join(',')}}`;
    const result = readJson(text, OPTIONS);
    expect(result).toMatchObject({ ok: false, problemCount: 499 });
    expect(!result.ok && result.problems).toHaveLength(20);
  });

  it('keeps "__proto__" as a plain key, like JSON.parse', () => {
    const result = readJson('{"__proto__": {"polluted": true}}', OPTIONS);
    expect(result).toEqual({ ok: true, value: JSON.parse('{"__proto__": {"polluted": true}}') });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
