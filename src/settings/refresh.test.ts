import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PackRecord } from './pack-records.ts';
import { fetchPack, refreshRecord } from './refresh.ts';
import { fakeFetch, packText } from './testing/fake-fetch.ts';

const URL_A = 'https://packs.example.com/team.json';
const T0 = Date.UTC(2025, 0, 1, 9, 0);
const T1 = Date.UTC(2025, 0, 1, 10, 0);

function subscribedRecord(): PackRecord {
  return {
    id: `url:${URL_A}`,
    layer: 'team',
    source: { kind: 'url', url: URL_A },
    pack: { schema: 1, id: 'team', name: 'Team', version: '1.0.0', description: '', rules: { shouting: 'error' } },
    etag: '"v1"',
    updatedAt: T0,
    checkedAt: T0,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('refreshRecord', () => {
  it('replaces the pack and its ETag on 200', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 200, body: packText('team', { shouting: 'info' }, { version: '1.1.0' }), headers: { ETag: '"v2"' } }] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(refreshed.pack?.version).toBe('1.1.0');
    expect(refreshed.pack?.rules).toEqual({ shouting: 'info' });
    expect(refreshed.etag).toBe('"v2"');
    expect(refreshed.updatedAt).toBe(T1);
    expect(refreshed.error).toBeUndefined();
  });

  it('sends the stored ETag and keeps the pack on 304', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 304 }] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(fetch.requests[0]?.headers['If-None-Match']).toBe('"v1"');
    expect(refreshed.pack).toEqual(subscribedRecord().pack);
    expect(refreshed.updatedAt).toBe(T0);
    expect(refreshed.checkedAt).toBe(T1);
  });

  it('keeps the last good pack and records the status and time on 404', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 404, body: 'not here' }] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(refreshed.pack).toEqual(subscribedRecord().pack);
    expect(refreshed.etag).toBe('"v1"');
    expect(refreshed.error).toEqual({ problem: { kind: 'http', status: 404 }, at: T1 });
  });

  it('keeps the last good pack when the new one does not validate, with the paths of the errors', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 200, body: packText('team', { shouting: 'loud' }), headers: { ETag: '"bad"' } }] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(refreshed.pack).toEqual(subscribedRecord().pack);
    expect(refreshed.etag).toBe('"v1"');
    expect(refreshed.error?.at).toBe(T1);
    expect(refreshed.error?.problem.kind).toBe('invalid');
    const problem = refreshed.error?.problem;
    expect(problem?.kind === 'invalid' && problem.errors.map((error) => error.path)).toEqual(['$.rules.shouting']);
  });

  it('keeps the last good pack when the body is not JSON', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 200, body: '<html>login</html>' }] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(refreshed.pack).toEqual(subscribedRecord().pack);
    expect(refreshed.error?.problem.kind).toBe('invalid');
  });

  it('gives up after the timeout and keeps the last good pack', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch({ [URL_A]: ['hang'] });
    const pending = refreshRecord(subscribedRecord(), { fetch, now: () => T1, timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(5000);
    const refreshed = await pending;
    expect(refreshed.pack).toEqual(subscribedRecord().pack);
    expect(refreshed.error).toEqual({ problem: { kind: 'timeout', seconds: 5 }, at: T1 });
  });

  it('records a network failure', async () => {
    const fetch = fakeFetch({ [URL_A]: [new TypeError('Failed to fetch')] });
    const refreshed = await refreshRecord(subscribedRecord(), { fetch, now: () => T1 });
    expect(refreshed.error?.problem).toEqual({ kind: 'network', detail: 'Failed to fetch' });
    expect(refreshed.pack).toBeDefined();
  });

  it('clears the previous error once a refresh succeeds', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 500 }, { status: 304 }] });
    const failed = await refreshRecord(subscribedRecord(), { fetch, now: () => T0 });
    expect(failed.error?.problem).toEqual({ kind: 'http', status: 500 });
    const recovered = await refreshRecord(failed, { fetch, now: () => T1 });
    expect(recovered.error).toBeUndefined();
    expect(recovered.checkedAt).toBe(T1);
  });

  it('asks for the whole pack when it has no good version yet, whatever ETag it holds', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 200, body: packText('team', {}) }] });
    const { pack: _pack, ...withoutPack } = subscribedRecord();
    const refreshed = await refreshRecord(withoutPack, { fetch, now: () => T1 });
    expect(fetch.requests[0]?.headers['If-None-Match']).toBeUndefined();
    expect(refreshed.pack?.id).toBe('team');
    expect(refreshed.etag).toBeUndefined();
  });

  it('leaves records imported from a file alone', async () => {
    const fetch = fakeFetch({});
    const record: PackRecord = { ...subscribedRecord(), id: 'file:team', source: { kind: 'file', fileName: 'team.json' } };
    expect(await refreshRecord(record, { fetch, now: () => T1 })).toBe(record);
    expect(fetch.requests).toHaveLength(0);
  });
});

describe('fetchPack', () => {
  it('refuses a body larger than the limit', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 200, body: packText('team', {}, { description: 'x'.repeat(2000) }) }] });
    const outcome = await fetchPack(URL_A, undefined, { fetch, now: () => T1, maxBytes: 1000 });
    expect(outcome).toEqual({ kind: 'failed', problem: { kind: 'too-large', maxBytes: 1000 } });
  });

  const URL_B = 'https://cdn.example.com/team.json';

  it('follows a redirect to another https address, relative or absolute', async () => {
    const fetch = fakeFetch({
      [URL_A]: [{ status: 302, headers: { Location: '/v2/team.json' } }],
      'https://packs.example.com/v2/team.json': [{ status: 301, headers: { Location: URL_B } }],
      [URL_B]: [{ status: 200, body: packText('team', {}) }],
    });
    const outcome = await fetchPack(URL_A, undefined, { fetch, now: () => T1 });
    expect(outcome).toMatchObject({ kind: 'updated', pack: { id: 'team' } });
    expect(fetch.requests.map((request) => request.url)).toEqual([URL_A, 'https://packs.example.com/v2/team.json', URL_B]);
  });

  it.each([
    ['plain http', 'http://packs.example.com/team.json', 'insecure'],
    ['credentials in the address', 'https://admin:secret@cdn.example.com/team.json', 'has-credentials'],
    ['another scheme', 'file:///etc/passwd', 'unsupported-scheme'],
  ] as const)('refuses a redirect hop to %s before requesting it, even two hops down', async (_name, target, reason) => {
    const fetch = fakeFetch({
      [URL_A]: [{ status: 307, headers: { Location: URL_B } }],
      [URL_B]: [{ status: 308, headers: { Location: target } }],
      [target]: [{ status: 200, body: packText('evil', {}) }],
    });
    const outcome = await fetchPack(URL_A, undefined, { fetch, now: () => T1 });
    expect(outcome).toEqual({ kind: 'failed', problem: { kind: 'bad-redirect', url: target, reason } });
    expect(fetch.requests.map((request) => request.url)).toEqual([URL_A, URL_B]);
  });

  it('stops after a bounded number of redirects', async () => {
    const fetch = fakeFetch({ [URL_A]: [{ status: 302, headers: { Location: URL_A } }] });
    expect(await fetchPack(URL_A, undefined, { fetch, now: () => T1 })).toEqual({ kind: 'failed', problem: { kind: 'too-many-redirects', max: 5 } });
    expect(fetch.requests).toHaveLength(6);
  });

  it('refuses a redirect whose target the runtime hides, as browsers do', async () => {
    const opaque = Object.defineProperty(new Response(null, { status: 200 }), 'type', { value: 'opaqueredirect' });
    const outcome = await fetchPack(URL_A, undefined, { fetch: async () => opaque, now: () => T1 });
    expect(outcome).toEqual({ kind: 'failed', problem: { kind: 'bad-redirect', url: URL_A, reason: 'hidden' } });
  });

  it('stops reading a huge body at the limit instead of downloading it all', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const outcome = await fetchPack(URL_A, undefined, { fetch: async () => new Response(endless, { status: 200 }), now: () => T1 });
    expect(outcome).toEqual({ kind: 'failed', problem: { kind: 'too-large', maxBytes: 512 * 1024 } });
    // 50 MB would be 800 chunks; reading stops right after the ninth passes 512 KB.
    expect(pulled).toBeLessThan(12);
  });

  it('refuses a body that is not UTF-8 (a GBK-encoded pack), naming why', async () => {
    const gbk = new Uint8Array([0x7b, 0x22, 0xc4, 0xe3, 0x22, 0x7d]);
    const outcome = await fetchPack(URL_A, undefined, { fetch: async () => new Response(gbk, { status: 200 }), now: () => T1 });
    expect(outcome).toEqual({ kind: 'failed', problem: { kind: 'invalid', errors: [{ path: '$', message: 'the pack is not UTF-8 text' }] } });
  });
});
