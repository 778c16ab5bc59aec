import type { JsonPath } from './json-reader.ts';
import { PACK_LIMITS } from './pack.ts';

/**
 * The structural checks every pack passes before its schema runs (see `PACK_LIMITS`): sizes,
 * depth, and well-formed Unicode in every string and key. The walk keeps its own stack, so no
 * input can overflow the call stack here either.
 */

export interface LimitProblem {
  path: JsonPath;
  message: string;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(text: string, what: string): string | undefined {
  if (text.length > PACK_LIMITS.maxStringLength) return `${what} must have at most ${PACK_LIMITS.maxStringLength} characters, got ${text.length}`;
  if (LONE_SURROGATE.test(text)) return `${what} is not well-formed Unicode: it holds half of a surrogate pair (such as "\\ud83d" without its second half), which would cut characters apart`;
  return undefined;
}

export function checkPackLimits(root: unknown): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const stack: { value: unknown; path: JsonPath }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, 'the text');
      if (problem) problems.push({ path, message: problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= PACK_LIMITS.maxDepth) {
      problems.push({ path, message: `nested deeper than ${PACK_LIMITS.maxDepth} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      if (value.length > PACK_LIMITS.maxArrayItems) {
        // Its items are not looked at: a list this long is refused whatever it holds.
        problems.push({ path, message: `must have at most ${PACK_LIMITS.maxArrayItems} items, got ${value.length}` });
        continue;
      }
      for (let index = value.length - 1; index >= 0; index -= 1) stack.push({ value: value[index], path: [...path, index] });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > PACK_LIMITS.maxObjectKeys) {
      problems.push({ path, message: `must have at most ${PACK_LIMITS.maxObjectKeys} keys, got ${keys.length}` });
      continue;
    }
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      const keyProblem = stringProblem(key, 'the key');
      if (keyProblem) problems.push({ path: [...path, key], message: keyProblem });
      else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return problems;
}
