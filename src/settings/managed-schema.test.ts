import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chromeManagedSchema, managedSchemaText } from './managed-schema.ts';

describe('managed storage schema', () => {
  it('matches public/managed-schema.json (run `npx tsx scripts/generate-managed-schema.ts` after changing the policy)', () => {
    const onDisk = readFileSync(new URL('../../public/managed-schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(managedSchemaText());
  });

  it('keeps to what Chrome accepts: a top-level object without additionalProperties, one type per node', () => {
    const schema = chromeManagedSchema();
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    const visit = (node: Record<string, unknown>): void => {
      expect(typeof node.type).toBe('string');
      expect(node).not.toHaveProperty('oneOf');
      expect(node).not.toHaveProperty('anyOf');
      for (const child of Object.values((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child);
      if (node.items) visit(node.items as Record<string, unknown>);
    };
    visit(schema);
    expect(Object.keys(schema.properties as object)).toEqual(['packs', 'packUrls', 'lockedRules', 'allowedSites', 'allowSendAnyway', 'refreshIntervalMinutes']);
  });
});
