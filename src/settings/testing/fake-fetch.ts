import type { FetchLike } from '../refresh.ts';

export interface FakeResponse {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  url: string;
  headers: Record<string, string>;
}

/**
 * A fetch that answers from a script of responses per URL (the last one repeats), records
 * what it was asked, and honours the abort signal like the real one. `'hang'` never answers.
 */
export function fakeFetch(script: Record<string, readonly (FakeResponse | 'hang' | Error)[]>): FetchLike & { requests: RecordedRequest[] } {
  const served = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    requests.push({ url, headers: { ...(init.headers as Record<string, string> | undefined) } });
    const answers = script[url];
    if (!answers || answers.length === 0) throw new TypeError(`Failed to fetch ${url}`);
    const index = served.get(url) ?? 0;
    served.set(url, index + 1);
    const answer = answers[Math.min(index, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    if (answer === 'hang') {
      return new Promise<Response>((_resolve, reject) => {
        init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      });
    }
    return new Response(answer.status === 304 ? null : (answer.body ?? ''), { status: answer.status, headers: answer.headers });
  }) as FetchLike & { requests: RecordedRequest[] };
  fetch.requests = requests;
  return fetch;
}

/** A valid pack as JSON text, with the given rules. */
export function packText(id: string, rules: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ schema: 1, id, name: `Pack ${id}`, version: '1.0.0', description: '', rules, ...extra });
}
