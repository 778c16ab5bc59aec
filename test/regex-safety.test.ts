import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { NO_PROMISE_AFTER, NO_PROMISE_BEFORE, PROMISE_WORDINGS } from '../src/rules/data/attachment-mention.ts';
import * as ConfidentialTables from '../src/rules/data/confidential-data.ts';
import { CHINESE_CLOSING_SOURCE, ENGLISH_CLOSING_SOURCE, GREETINGS } from '../src/rules/data/greeting-closing.ts';

/**
 * Every regular-expression literal in the code that runs on each keystroke is checked with
 * recheck. Exponential backtracking would freeze the compose window on a crafted draft, so it
 * fails the build. Polynomial cases are tolerated: every pattern runs on one line or one short
 * match, never on the whole mail at once.
 */
const LINTED_ON_EVERY_KEYSTROKE = ['src/core', 'src/rules', 'src/rules/data', 'src/tone'];

function regexLiterals(): { file: string; source: string; flags: string }[] {
  const found: { file: string; source: string; flags: string }[] = [];
  for (const directory of LINTED_ON_EVERY_KEYSTROKE) {
    for (const name of readdirSync(directory)) {
      if (!name.endsWith('.ts') || name.endsWith('.test.ts')) continue;
      const file = path.join(directory, name);
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const slash = literal.lastIndexOf('/');
          found.push({ file, source: literal.slice(1, slash), flags: literal.slice(slash + 1).replace(/[gy]/g, '') });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('regular expressions', () => {
  it('have no exponential backtracking', { timeout: 120_000 }, () => {
    const literals = regexLiterals();
    expect(literals.length).toBeGreaterThan(50);
    const exponential = literals.filter(({ source, flags }) => {
      const diagnosis = checkSync(source, flags);
      return diagnosis.status === 'vulnerable' && diagnosis.complexity.type === 'exponential';
    });
    expect(exponential.map(({ file, source }) => `${file}: /${source}/`)).toEqual([]);
  });

  // recheck takes seconds on each of the larger alternations, and the rule data holds about forty patterns.
  it('written as rule data (sources the content script loads at run time) have none either', { timeout: 300_000 }, () => {
    const sources = [
      { name: 'PROMISE_WORDINGS', source: PROMISE_WORDINGS.join('|').replaceAll(' ', String.raw`\s+`), flags: 'i' },
      { name: 'ENGLISH_CLOSING_SOURCE', source: ENGLISH_CLOSING_SOURCE, flags: 'iu' },
      { name: 'CHINESE_CLOSING_SOURCE', source: CHINESE_CLOSING_SOURCE, flags: '' },
      ...(['NATIONAL_ID_LABEL', 'CODE_LABEL', 'PASSWORD_LABEL', 'KEY_LABEL', 'NOT_A_CARD_LABEL'] as const).map((name) => ({ name, source: ConfidentialTables[name], flags: 'i' })),
      ...Object.entries(ConfidentialTables.NUMBER_LABELS).map(([name, source]) => ({ name: `NUMBER_LABELS.${name}`, source, flags: 'i' })),
      ...GREETINGS.map(({ source, flags }, index) => ({ name: `GREETINGS[${index}]`, source, flags })),
      ...NO_PROMISE_BEFORE.map(({ source, flags }, index) => ({ name: `NO_PROMISE_BEFORE[${index}]`, source, flags })),
      ...NO_PROMISE_AFTER.map(({ source, flags }, index) => ({ name: `NO_PROMISE_AFTER[${index}]`, source, flags })),
    ];
    const exponential = sources.filter(({ source, flags }) => {
      const diagnosis = checkSync(source, flags);
      return diagnosis.status === 'vulnerable' && diagnosis.complexity.type === 'exponential';
    });
    expect(exponential.map(({ name }) => name)).toEqual([]);
  });
});
