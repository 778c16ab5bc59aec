/**
 * A strict JSON reader for pack files. `JSON.parse` silently keeps the last of two equal keys,
 * turns `1e309` into Infinity (and zod then says "got null"), accepts lone surrogates in
 * strings, and says where the text goes wrong only for some errors, in a wording that differs
 * between Node versions. This reader builds the same values as `JSON.parse` for valid input and
 * reports, with the JSON path and the line and column:
 *
 * - the first syntax error (reading stops there);
 * - nesting deeper than `maxDepth` (reading stops there too, so recursion stays bounded);
 * - every repeated key and every number outside the range of a double (reading goes on, so all
 *   of them come back at once).
 */

export type JsonPath = readonly (string | number)[];

export interface JsonProblem {
  path: JsonPath;
  /** UTF-16 offset in the text, and the same as a 1-based line and UTF-16 column. */
  offset: number;
  line: number;
  column: number;
  message: string;
}

export type JsonReadResult =
  | { ok: true; value: unknown }
  /** `syntax` is set when reading stopped; `problems` are the first ones found, `problemCount` all of them. */
  | { ok: false; syntax: boolean; problems: JsonProblem[]; problemCount: number };

export interface JsonReadOptions {
  maxDepth: number;
  /** How many problems are kept with their position; the rest are only counted. */
  maxProblems: number;
}

class StopReading extends Error {
  constructor(
    readonly offset: number,
    readonly path: JsonPath,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const LITERALS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeAt(text: string, offset: number): string {
  return offset >= text.length ? 'end of input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
}

/** Line and column of each offset, for offsets given in increasing order: one pass over the text. */
function positionsOf(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return offsets.map((offset) => {
    for (let newline = text.indexOf('\n', scanned); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
      line += 1;
      lineStart = newline + 1;
      scanned = lineStart;
    }
    scanned = Math.max(scanned, lineStart);
    return { line, column: offset - lineStart + 1 };
  });
}

export function readJson(text: string, options: JsonReadOptions): JsonReadResult {
  let index = 0;
  const found: { offset: number; path: JsonPath; message: string }[] = [];
  let problemCount = 0;
  const note = (offset: number, path: JsonPath, message: string) => {
    problemCount += 1;
    if (found.length < options.maxProblems) found.push({ offset, path, message });
  };

  const fail = (path: JsonPath, expected: string): never => {
    throw new StopReading(index, path, `expected ${expected}, found ${describeAt(text, index)}`);
  };

  const skipWhitespace = () => {
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return;
      index += 1;
    }
  };

  const readString = (path: JsonPath): string => {
    index += 1; // opening quote
    let value = '';
    let chunkStart = index;
    for (;;) {
      if (index >= text.length) throw new StopReading(index, path, 'unterminated string');
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        value += text.slice(chunkStart, index);
        index += 1;
        break;
      }
      if (code === 0x0a || code === 0x0d) throw new StopReading(index, path, 'unterminated string (a line break inside a string is written \\n)');
      if (code < 0x20) throw new StopReading(index, path, 'control character in string (escape it, e.g. \\t)');
      if (code === 0x5c) {
        value += text.slice(chunkStart, index);
        const escape = text[index + 1];
        if (escape === 'u') {
          const hex = text.slice(index + 2, index + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new StopReading(index, path, 'bad \\u escape: four hex digits expected');
          value += String.fromCharCode(parseInt(hex, 16));
          index += 6;
        } else if (escape !== undefined && escape in ESCAPES) {
          value += ESCAPES[escape];
          index += 2;
        } else {
          throw new StopReading(index, path, `bad escape ${describeAt(text, index + 1)} in string`);
        }
        chunkStart = index;
        continue;
      }
      index += 1;
    }
    return value;
  };

  const readNumber = (path: JsonPath): number => {
    NUMBER.lastIndex = index;
    const match = NUMBER.exec(text);
    if (!match || match[0] === '-') fail(path, 'a digit');
    const written = match![0];
    // JSON allows no leading zeros: "01" is "0" followed by garbage, as JSON.parse sees it.
    index += written.length;
    const value = Number(written);
    if (!Number.isFinite(value)) {
      note(index - written.length, path, `the number ${written} is out of range (larger than any number a pack can hold)`);
      return 0;
    }
    return value;
  };

  const readValue = (path: JsonPath, depth: number): unknown => {
    const char = text[index];
    if (char === '{' || char === '[') {
      if (depth >= options.maxDepth) throw new StopReading(index, path, `nested deeper than ${options.maxDepth} levels`);
      return char === '{' ? readObject(path, depth + 1) : readArray(path, depth + 1);
    }
    if (char === '"') return readString(path);
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return readNumber(path);
    for (const [word, value] of LITERALS) {
      if (text.startsWith(word, index)) {
        index += word.length;
        return value;
      }
    }
    return fail(path, 'a value');
  };

  /** After an item: true when the container closes, false when another item follows. */
  const afterItem = (path: JsonPath, close: '}' | ']'): boolean => {
    skipWhitespace();
    if (text[index] === close) {
      index += 1;
      return true;
    }
    if (text[index] !== ',') fail(path, `"," or "${close}"`);
    index += 1;
    skipWhitespace();
    if (text[index] === close) throw new StopReading(index, path, `trailing comma before "${close}"`);
    return false;
  };

  const readArray = (path: JsonPath, depth: number): unknown[] => {
    index += 1;
    skipWhitespace();
    const items: unknown[] = [];
    if (text[index] === ']') {
      index += 1;
      return items;
    }
    do items.push(readValue([...path, items.length], depth));
    while (!afterItem(path, ']'));
    return items;
  };

  const readObject = (path: JsonPath, depth: number): Record<string, unknown> => {
    index += 1;
    skipWhitespace();
    const object: Record<string, unknown> = {};
    const keys = new Set<string>();
    if (text[index] === '}') {
      index += 1;
      return object;
    }
    do {
      if (text[index] !== '"') fail(path, 'a property name in double quotes');
      const keyOffset = index;
      const key = readString(path);
      if (!keys.has(key)) keys.add(key);
      else note(keyOffset, [...path, key], `duplicate key ${JSON.stringify(key)}: the object already has it, and JSON readers disagree on which one counts`);
      skipWhitespace();
      if (text[index] !== ':') fail(path, '":" after the property name');
      index += 1;
      skipWhitespace();
      // Defined, not assigned: a key "__proto__" is data like any other, as with JSON.parse.
      Object.defineProperty(object, key, { value: readValue([...path, key], depth), enumerable: true, writable: true, configurable: true });
    } while (!afterItem(path, '}'));
    return object;
  };

  let value: unknown;
  let stopped = false;
  try {
    skipWhitespace();
    value = readValue([], 0);
    skipWhitespace();
    if (index < text.length) throw new StopReading(index, [], `unexpected ${describeAt(text, index)} after the end of the JSON value`);
  } catch (error) {
    if (!(error instanceof StopReading)) throw error;
    stopped = true;
    // The syntax error comes first: it is why nothing after it was read.
    problemCount += 1;
    found.unshift({ offset: error.offset, path: error.path, message: error.reason });
    if (found.length > options.maxProblems) found.length = options.maxProblems;
  }
  if (!stopped && problemCount === 0) return { ok: true, value };
  const byOffset = [...found].sort((a, b) => a.offset - b.offset);
  const positions = positionsOf(
    text,
    byOffset.map((problem) => problem.offset),
  );
  const located = new Map(byOffset.map((problem, at) => [problem, { ...problem, ...positions[at]! }]));
  // A syntax error stays first, as the reason nothing after it was read; the rest in text order.
  return { ok: false, syntax: stopped, problemCount, problems: (stopped ? found : byOffset).map((problem) => located.get(problem)!) };
}
