import { z } from 'zod';
import { managedPolicySchema } from './managed-policy-schema.ts';

/**
 * Chrome reads `storage.managed_schema` as a restricted JSON Schema: every node has exactly one
 * `type` (no `oneOf`, `anyOf`, `$schema`), and the top-level object lists its policies without
 * `additionalProperties`. The zod schema is exported as standard JSON Schema and then cut down
 * to the keywords Chrome knows; anything else in the export is an error, not silently dropped.
 */

const CHROME_KEYWORDS = new Set(['type', 'title', 'description', 'properties', 'items', 'minimum', 'maximum', 'enum']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);
/** Parts of zod's export that carry no constraint Chrome could check. */
const IGNORED_KEYWORDS = new Set(['$schema', 'additionalProperties', 'required']);

type JsonSchemaNode = Record<string, unknown>;

function toChromeNode(node: JsonSchemaNode, path: string): JsonSchemaNode {
  const converted: JsonSchemaNode = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (IGNORED_KEYWORDS.has(keyword)) continue;
    if (!CHROME_KEYWORDS.has(keyword)) throw new Error(`${path}: "${keyword}" is not part of Chrome's policy schema language`);
    if (keyword === 'properties') {
      converted.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchemaNode>).map(([name, child]) => [name, toChromeNode(child, `${path}.${name}`)]),
      );
    } else if (keyword === 'items') {
      converted.items = toChromeNode(value as JsonSchemaNode, `${path}[]`);
    } else {
      converted[keyword] = value;
    }
  }
  if (typeof converted.type !== 'string' || !CHROME_TYPES.has(converted.type)) throw new Error(`${path}: needs exactly one supported "type"`);
  return converted;
}

export function chromeManagedSchema(): JsonSchemaNode {
  return toChromeNode(z.toJSONSchema(managedPolicySchema, { io: 'input' }) as JsonSchemaNode, '$');
}

/** The text of `public/managed-schema.json`. */
export function managedSchemaText(): string {
  return `${JSON.stringify(chromeManagedSchema(), null, 2)}\n`;
}
