import type { Pack } from '../packs/pack.ts';
import type { PackError } from '../packs/schema.ts';
import { readKey, type StorageArea } from './storage.ts';

/**
 * Packs the user subscribed to or imported, and packs the policy names by URL, each with the
 * last version that validated and what happened at its last refresh. They are kept in
 * `storage.local`: packs can be larger than a `storage.sync` item allows.
 */

export const PACK_RECORDS_KEY = 'packRecords';

export type PackSource = { kind: 'url'; url: string } | { kind: 'file'; fileName: string };

/** Why a fetch or an import produced no usable pack. */
export type PackProblem =
  | { kind: 'http'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network'; detail: string }
  | { kind: 'too-large'; maxBytes: number }
  /** A redirect to an address a pack may not come from, or one whose target the runtime hides (`reason: 'hidden'`). */
  | { kind: 'bad-redirect'; url: string; reason: 'not-a-url' | 'insecure' | 'unsupported-scheme' | 'has-credentials' | 'hidden' }
  | { kind: 'too-many-redirects'; max: number }
  /** The browser's storage refused the write (its quota); nothing was changed. */
  | { kind: 'storage'; detail: string }
  | { kind: 'invalid'; errors: PackError[] };

export interface PackRecord {
  /** `url:<url>`, `file:<pack id>` or `managed:<url>`: subscribing to the same URL or importing the same pack twice replaces it. */
  id: string;
  /** Team packs come from the user; managed ones from the policy, which the user cannot remove. */
  layer: 'team' | 'managed';
  source: PackSource;
  /** The last version that validated; it stays in use while refreshes fail. */
  pack?: Pack;
  etag?: string;
  /** When `pack` arrived (fetched with 200, or imported), in ms since the epoch. */
  updatedAt?: number;
  /** When the server was last asked, whatever it answered. */
  checkedAt?: number;
  /** The problem of the last refresh; absent once a refresh succeeds. */
  error?: { problem: PackProblem; at: number };
}

export function urlRecordId(url: string): string {
  return `url:${url}`;
}

/** Kept apart from `urlRecordId`: a user's subscription and the policy may name the same URL. */
export function managedRecordId(url: string): string {
  return `managed:${url}`;
}

export function fileRecordId(packId: string): string {
  return `file:${packId}`;
}

export async function readPackRecords(local: StorageArea): Promise<PackRecord[]> {
  const stored = await readKey(local, PACK_RECORDS_KEY);
  return Array.isArray(stored) ? (stored as PackRecord[]) : [];
}

/** Replaces the record with the same id in place, or appends it (new packs go on top of the team layer). */
export function upsertRecord(records: readonly PackRecord[], record: PackRecord): PackRecord[] {
  const index = records.findIndex((existing) => existing.id === record.id);
  if (index === -1) return [...records, record];
  return records.map((existing, at) => (at === index ? record : existing));
}
