import { PACK_LIMITS, type Pack } from '../packs/pack.ts';
import { parsePackText } from '../packs/schema.ts';
import type { PackProblem, PackRecord } from './pack-records.ts';
import { checkPackUrl } from './urls.ts';

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
/** The most hops followed; a pack behind more redirects than this is misconfigured. */
export const MAX_REDIRECTS = 5;

export type FetchOutcome = { kind: 'updated'; pack: Pack; etag?: string } | { kind: 'unchanged' } | { kind: 'failed'; problem: PackProblem };

/**
 * The body as text, read chunk by chunk and given up as soon as it passes `maxBytes`, so a wrong
 * address (a video, a dump) costs at most that much. Packs are UTF-8; other bytes are refused.
 */
async function readBody(response: Response, maxBytes: number): Promise<{ text: string } | { problem: PackProblem }> {
  const tooLarge = { problem: { kind: 'too-large', maxBytes } as const };
  const declaredLength = Number(response.headers.get('Content-Length'));
  if (declaredLength > maxBytes) {
    await response.body?.cancel();
    return tooLarge;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { kind: 'invalid', errors: [{ path: '$', message: 'the pack is not UTF-8 text' }] } };
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a pack, following redirects one hop at a time: every address it is sent to must pass
 * the same check as the address subscribed to (https, or http on the loopback address; no user
 * name or password), so a redirect can never downgrade the transport or smuggle credentials.
 * Where the runtime hides a redirect's target (browsers answer a manual redirect with an opaque
 * response), the hop cannot be checked and the pack is refused, naming the reason.
 */
export async function fetchPack(url: string, etag: string | undefined, deps: FetchDeps): Promise<FetchOutcome> {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const maxBytes = deps.maxBytes ?? PACK_LIMITS.maxBytes;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let address = url;
    for (let hops = 0; ; hops += 1) {
      const checked = checkPackUrl(address);
      if (!checked.ok) return { kind: 'failed', problem: { kind: 'bad-redirect', url: address, reason: checked.reason } };
      const response = await deps.fetch(checked.url, {
        signal: controller.signal,
        // The ETag is handled here; the HTTP cache must not answer in the server's place.
        cache: 'no-store',
        credentials: 'omit',
        redirect: 'manual',
        headers: etag === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'If-None-Match': etag },
      });
      if (response.type === 'opaqueredirect') return { kind: 'failed', problem: { kind: 'bad-redirect', url: checked.url, reason: 'hidden' } };
      if (REDIRECT_STATUSES.has(response.status)) {
        await response.body?.cancel();
        const location = response.headers.get('Location');
        if (location === null) return { kind: 'failed', problem: { kind: 'http', status: response.status } };
        if (hops >= MAX_REDIRECTS) return { kind: 'failed', problem: { kind: 'too-many-redirects', max: MAX_REDIRECTS } };
        let next: string;
        try {
          next = new URL(location, checked.url).href;
        } catch {
          return { kind: 'failed', problem: { kind: 'bad-redirect', url: location, reason: 'not-a-url' } };
        }
        address = next;
        continue;
      }
      if (response.status === 304) return { kind: 'unchanged' };
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'failed', problem: { kind: 'http', status: response.status } };
      }
      const body = await readBody(response, maxBytes);
      if ('problem' in body) return { kind: 'failed', problem: body.problem };
      const parsed = parsePackText(body.text);
      if (!parsed.ok) return { kind: 'failed', problem: { kind: 'invalid', errors: parsed.errors } };
      const newEtag = response.headers.get('ETag') ?? undefined;
      return { kind: 'updated', pack: parsed.pack, ...(newEtag === undefined ? {} : { etag: newEtag }) };
    }
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
