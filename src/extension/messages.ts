import type { TextRange } from '../core/types.ts';
import type { PackProblem, PackRecord } from '../settings/pack-records.ts';

/**
 * Messages between the extension's parts. Every message carries a `type` starting with
 * `netiquette:` so that handlers can ignore what is not theirs.
 */

/** Popup → content script of the active tab (`browser.tabs.sendMessage`). */
export const STATUS_REQUEST = 'netiquette:status';

export interface StatusRequest {
  type: typeof STATUS_REQUEST;
}

/** The content script's answer to a status request. */
export interface TabStatus {
  /** The site adapter in charge of the page (`gmail`, `outlook`, …); null when none matched. */
  adapter: string | null;
  composeCount: number;
  findingCount: number;
}

export function isTabStatus(value: unknown): value is TabStatus {
  if (value === null || typeof value !== 'object') return false;
  const status = value as Record<string, unknown>;
  return (
    (status.adapter === null || typeof status.adapter === 'string') &&
    typeof status.composeCount === 'number' &&
    typeof status.findingCount === 'number'
  );
}

/** Options page, popup and content script → background worker (`browser.runtime.sendMessage`). */
export type BackgroundRequest =
  | { type: 'netiquette:subscribe'; url: string }
  | { type: 'netiquette:import-pack'; text: string; fileName: string }
  | { type: 'netiquette:remove-pack'; recordId: string }
  | { type: 'netiquette:refresh-packs'; recordId?: string }
  /** The user's sites changed (or a host permission was granted): register the content scripts again. */
  | { type: 'netiquette:sites-changed' }
  /** Content script → background: the agent chose "turn off this rule" on a finding. */
  | { type: 'netiquette:turn-off-rule'; ruleId: string };

export type BackgroundResponse =
  | { ok: true; record?: PackRecord }
  | { ok: false; problem: PackProblem | { kind: 'bad-url'; reason: string } | { kind: 'not-removable' } | { kind: 'internal'; detail: string } };

const BACKGROUND_TYPES: ReadonlySet<string> = new Set([
  'netiquette:subscribe',
  'netiquette:import-pack',
  'netiquette:remove-pack',
  'netiquette:refresh-packs',
  'netiquette:sites-changed',
  'netiquette:turn-off-rule',
]);

export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  return value !== null && typeof value === 'object' && BACKGROUND_TYPES.has(String((value as { type?: unknown }).type));
}

/** Content script → background: the learned tone model's verdict on this body (answered with a ModelVerdict). */
export const TONE_REQUEST = 'netiquette:tone';

export interface ToneRequest {
  type: typeof TONE_REQUEST;
  body: string;
  /** The agent's own text (DraftModel.ownRanges): quoted history and signature are not scored. */
  ownRanges: TextRange[];
}

/** The longest body the background scores: far beyond any reply, and a bound on the work one message can ask for. */
export const LONGEST_TONE_BODY = 200_000;

export function isToneRequest(value: unknown): value is ToneRequest {
  if (value === null || typeof value !== 'object') return false;
  const request = value as Record<string, unknown>;
  if (request.type !== TONE_REQUEST || typeof request.body !== 'string' || request.body.length > LONGEST_TONE_BODY || !Array.isArray(request.ownRanges)) return false;
  const length = request.body.length;
  let previousEnd = 0;
  for (const range of request.ownRanges as unknown[]) {
    if (range === null || typeof range !== 'object') return false;
    const { start, end } = range as Record<string, unknown>;
    if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
    if ((start as number) < previousEnd || (end as number) < (start as number) || (end as number) > length) return false;
    previousEnd = end as number;
  }
  return true;
}
