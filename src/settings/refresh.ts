import { parsePackText } from '../packs/schema.ts';
import type { Pack } from '../packs/pack.ts';
import type { PackProblem, PackRecord } from './pack-records.ts';

/**
 * Fetching a pack from its URL, and refreshing a stored one. A refresh that fails in any way
 * (the server is down, answers 404, or serves a pack that does not validate) keeps the last
 * good pack in use and records the problem with its time, so one bad publish by a lead never
 * leaves fifty agents without their rules.
 */

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchDeps {
  fetch: FetchLike;
  now: () => number;
  /** Milliseconds before a request is given up. */
  timeoutMs?: number;
  maxBytes?: number;
}

export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
/** Far more than any hand-written pack; keeps a wrong URL (a video, a dump) out of storage. */
export const DEFAULT_MAX_PACK_BYTES = 512 * 1024;

export type FetchOutcome = { kind: 'updated'; pack: Pack; etag?: string } | { kind: 'unchanged' } | { kind: 'failed'; problem: PackProblem };

export async function fetchPack(url: string, etag: string | undefined, deps: FetchDeps): Promise<FetchOutcome> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_PACK_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await deps.fetch(url, {
      signal: controller.signal,
      // The ETag is handled here; the HTTP cache must not answer in the server's place.
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      headers: etag === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'If-None-Match': etag },
    });
    if (response.status === 304) return { kind: 'unchanged' };
    if (!response.ok) return { kind: 'failed', problem: { kind: 'http', status: response.status } };
    const declaredLength = Number(response.headers.get('Content-Length'));
    if (declaredLength > maxBytes) return { kind: 'failed', problem: { kind: 'too-large', maxBytes } };
    const text = await response.text();
    if (new TextEncoder().encode(text).length > maxBytes) return { kind: 'failed', problem: { kind: 'too-large', maxBytes } };
    const parsed = parsePackText(text);
    if (!parsed.ok) return { kind: 'failed', problem: { kind: 'invalid', errors: parsed.errors } };
    const newEtag = response.headers.get('ETag') ?? undefined;
    return { kind: 'updated', pack: parsed.pack, ...(newEtag === undefined ? {} : { etag: newEtag }) };
  } catch (error) {
    if (controller.signal.aborted) return { kind: 'failed', problem: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { kind: 'failed', problem: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  } finally {
    clearTimeout(timer);
  }
}

/** The record after asking its URL again. Records imported from a file have nothing to refresh. */
export async function refreshRecord(record: PackRecord, deps: FetchDeps): Promise<PackRecord> {
  if (record.source.kind !== 'url') return record;
  // Without a good pack there is nothing the ETag could confirm; ask for the whole pack.
  const outcome = await fetchPack(record.source.url, record.pack ? record.etag : undefined, deps);
  const at = deps.now();
  const { error: _previousError, ...rest } = record;
  switch (outcome.kind) {
    case 'unchanged':
      return { ...rest, checkedAt: at };
    case 'updated': {
      const { etag: _previousEtag, ...withoutEtag } = rest;
      return { ...withoutEtag, pack: outcome.pack, updatedAt: at, checkedAt: at, ...(outcome.etag === undefined ? {} : { etag: outcome.etag }) };
    }
    case 'failed':
      return { ...record, checkedAt: at, error: { problem: outcome.problem, at } };
  }
}
