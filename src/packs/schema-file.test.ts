import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { PACK_SCHEMA_FILE, renderPackJsonSchema } from './schema.ts';

it('public/rule-pack.schema.json matches the pack schema', () => {
  const committed = existsSync(PACK_SCHEMA_FILE) ? readFileSync(PACK_SCHEMA_FILE, 'utf8') : '';
  expect(committed === renderPackJsonSchema(), 'public/rule-pack.schema.json is out of date: run `npx tsx scripts/generate-schema.ts`').toBe(true);
});
