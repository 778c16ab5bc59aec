/**
 * Finds where a JSON text first goes wrong, for messages with a line and column.
 * `JSON.parse` is still what reads packs; its own messages carry a position only for some
 * errors and in a wording that differs between Node versions, so this scanner is run only
 * after `JSON.parse` has failed, to say where and why.
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the first character that cannot be part of valid JSON. */
  offset: number;
  reason: string;
  line: number;
  column: number;
}

class ScanError extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const LITERALS = ['true', 'false', 'null'] as const;

function describeAt(text: string, offset: number): string {
  return offset >= text.length ? 'end of input' : JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
}

function scan(text: string): void {
  let index = 0;

  const fail = (expected: string): never => {
    throw new ScanError(index, `expected ${expected}, found ${describeAt(text, index)}`);
  };

  const skipWhitespace = () => {
    while (index < text.length && ' \t\n\r'.includes(text[index]!)) index += 1;
  };

  const scanString = () => {
    index += 1; // opening quote
    for (;;) {
      if (index >= text.length) throw new ScanError(index, 'unterminated string');
      const code = text.charCodeAt(index);
      if (code === 0x22) {
        index += 1;
        return;
      }
      if (code === 0x0a || code === 0x0d) throw new ScanError(index, 'unterminated string (a line break inside a string is written \\n)');
      if (code < 0x20) throw new ScanError(index, 'control character in string (escape it, e.g. \\t)');
      if (code === 0x5c) {
        const escape = text[index + 1];
        if (escape === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(index + 2, index + 6))) throw new ScanError(index, 'bad \\u escape: four hex digits expected');
          index += 6;
        } else if (escape !== undefined && '"\\/bfnrt'.includes(escape)) {
          index += 2;
        } else {
          throw new ScanError(index, `bad escape ${describeAt(text, index + 1)} in string`);
        }
        continue;
      }
      index += 1;
    }
  };

  const scanDigits = (what: string) => {
    const start = index;
    while (index < text.length && text[index]! >= '0' && text[index]! <= '9') index += 1;
    if (index === start) fail(what);
  };

  const scanNumber = () => {
    if (text[index] === '-') index += 1;
    if (text[index] === '0') index += 1;
    else scanDigits('a digit');
    if (text[index] === '.') {
      index += 1;
      scanDigits('a digit after the decimal point');
    }
    if (text[index] === 'e' || text[index] === 'E') {
      index += 1;
      if (text[index] === '+' || text[index] === '-') index += 1;
      scanDigits('a digit in the exponent');
    }
  };

  const scanContainer = (close: '}' | ']') => {
    index += 1; // opening bracket
    skipWhitespace();
    if (text[index] === close) {
      index += 1;
      return;
    }
    for (;;) {
      if (close === '}') {
        if (text[index] !== '"') fail('a property name in double quotes');
        scanString();
        skipWhitespace();
        if (text[index] !== ':') fail('":" after the property name');
        index += 1;
        skipWhitespace();
      }
      scanValue();
      skipWhitespace();
      if (text[index] === close) {
        index += 1;
        return;
      }
      if (text[index] !== ',') fail(`"," or "${close}"`);
      index += 1;
      skipWhitespace();
      if (text[index] === close) throw new ScanError(index, `trailing comma before "${close}"`);
    }
  };

  const scanValue = () => {
    const char = text[index];
    if (char === '{') return scanContainer('}');
    if (char === '[') return scanContainer(']');
    if (char === '"') return scanString();
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return scanNumber();
    const literal = LITERALS.find((word) => text.startsWith(word, index));
    if (literal) {
      index += literal.length;
      return;
    }
    fail('a value');
  };

  skipWhitespace();
  scanValue();
  skipWhitespace();
  if (index < text.length) throw new ScanError(index, `unexpected ${describeAt(text, index)} after the end of the JSON value`);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    line += 1;
    lineStart = newline + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (error) {
    // The scanner recurses per nesting level; absurdly deep input overflows the stack.
    if (error instanceof RangeError) return { offset: 0, reason: 'nesting too deep', line: 1, column: 1 };
    if (!(error instanceof ScanError)) throw error;
    return { offset: error.offset, reason: error.reason, ...lineAndColumn(text, error.offset) };
  }
}
