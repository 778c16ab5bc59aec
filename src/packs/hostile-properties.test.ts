import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PACK_LIMITS } from './pack.ts';
import { parsePack, parsePackText } from './schema.ts';

/** Whatever a pack holds, reading it returns a result, never throws, and lists a bounded number of errors. */

const packLike = fc.record(
  {
    schema: fc.oneof(fc.constant(1), fc.anything()),
    id: fc.oneof(fc.constant('acme'), fc.string()),
    name: fc.oneof(fc.constant('ACME'), fc.string({ unit: 'binary' })),
    version: fc.oneof(fc.constant('1.0.0'), fc.string()),
    description: fc.string({ unit: 'binary' }),
    rules: fc.dictionary(fc.constantFrom('shouting', 'line-length', 'informal', '__proto__', 'constructor', 'x'), fc.anything()),
    phrases: fc.record(
      {
        forbidden: fc.array(fc.record({ phrase: fc.string({ unit: 'binary' }), replacement: fc.string({ unit: 'binary' }) }, { requiredKeys: ['phrase'] })),
        acronyms: fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.anything())),
      },
      { requiredKeys: [] },
    ),
    locked: fc.array(fc.anything()),
    guard: fc.anything(),
  },
  { requiredKeys: ['schema', 'id', 'name', 'version', 'description'] },
);

function expectBounded(result: ReturnType<typeof parsePack>) {
  if (result.ok) return;
  expect(result.errors.length).toBeGreaterThan(0);
  expect(result.errors.length).toBeLessThanOrEqual(PACK_LIMITS.maxReportedErrors + 1);
  expect(result.errorCount).toBeGreaterThanOrEqual(Math.min(result.errors.length, PACK_LIMITS.maxReportedErrors));
  for (const error of result.errors) expect(error.path.startsWith('$')).toBe(true);
}

describe('reading hostile packs', () => {
  it('never throws on pack-shaped values of any content, and bounds its errors', () => {
    fc.assert(
      fc.property(packLike, (value) => {
        expectBounded(parsePack(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any value at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: false, withMap: true, withSet: true, withTypedArray: true }), (value) => {
        expectBounded(parsePack(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any text, including damaged JSON and lone surrogates', () => {
    const damagedJson = fc.tuple(packLike, fc.nat(), fc.string({ unit: 'binary', maxLength: 3 })).map(([value, at, junk]) => {
      const text = JSON.stringify(value) ?? '';
      const index = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, index) + junk + text.slice(index);
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), damagedJson), (text) => {
        expectBounded(parsePackText(text));
      }),
      { numRuns: 300 },
    );
  });

  it('reads what JSON.stringify writes of a valid pack to the same pack', () => {
    const phrase = fc.stringMatching(/^[a-z\u4e00-\u4e20]{1,10}$/);
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { selector: (text) => text.toLowerCase() }), (phrases) => {
        const pack = { schema: 1, id: 'acme', name: 'ACME', version: '1.0.0', description: '', phrases: { forbidden: phrases.map((text) => ({ phrase: text })) } };
        expect(parsePackText(JSON.stringify(pack, null, 2))).toEqual({ ok: true, pack });
      }),
      { numRuns: 100 },
    );
  });
});
