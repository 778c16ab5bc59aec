// Writes public/managed-schema.json, the enterprise policy schema the manifest declares,
// from the zod schema in src/settings/managed.ts. A test fails when the file drifts.
//   npx tsx scripts/generate-managed-schema.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../src/settings/managed-schema.ts';

const target = fileURLToPath(new URL('../public/managed-schema.json', import.meta.url));
writeFileSync(target, managedSchemaText());
console.log(`wrote ${target}`);
