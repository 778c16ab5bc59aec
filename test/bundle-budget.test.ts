import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentScript } from '../scripts/bundle-budget.ts';

const folder = mkdtempSync(join(tmpdir(), 'netiquette-budget-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, contents: string | Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, contents);
  return path;
}

/** Text that gzip cannot shrink much: a pseudo-random walk over the CJK block. */
function incompressible(characters: number): string {
  let state = 12345;
  let text = '';
  for (let index = 0; index < characters; index += 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(0x4e00 + (state % 0x5000));
  }
  return text;
}

describe('content script budget', () => {
  it('passes a script under the budget and reports its sizes', () => {
    const path = file('small.js', `const text = "${'您好 hello '.repeat(100)}";`);
    const size = checkContentScript(path, 1024);
    expect(size.raw).toBeGreaterThan(size.gzip);
  });

  it('fails a script over the budget, naming it and its gzipped size', () => {
    const path = file('big.js', `const text = "${incompressible(2000)}";`);
    expect(() => checkContentScript(path, 1024)).toThrow(/big\.js is \d+\.\d KB gzipped, over its budget of 1 KB/);
  });

  it('fails a script that is not valid UTF-8', () => {
    const path = file('latin1.js', Uint8Array.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x20, 0xe9, 0x3b]));
    expect(() => checkContentScript(path)).toThrow(/latin1\.js is not valid UTF-8/);
  });
});
