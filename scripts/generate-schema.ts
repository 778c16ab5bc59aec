/**
 * Writes public/rule-pack.schema.json from the zod schema of rule packs, so that team leads'
 * editors can complete and check packs. Run after changing a rule's options or the pack format:
 *
 *   npx tsx scripts/generate-schema.ts
 *
 * A test fails while the committed file differs from what this script would write.
 */
import { writeFileSync } from 'node:fs';
import { PACK_SCHEMA_FILE, renderPackJsonSchema } from '../src/packs/schema.ts';

writeFileSync(PACK_SCHEMA_FILE, renderPackJsonSchema());
console.log(`wrote ${PACK_SCHEMA_FILE.pathname}`);
