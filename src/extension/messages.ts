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

/**
 * Content script → background: the learned tone model's verdict on a body (answered with a
 * ModelVerdict in body offsets). Only the agent's own text crosses, each stretch with its offset
 * (DraftModel.ownRanges): the model reads nothing else, and a long thread's quoted history would
 * otherwise be copied across at every question.
 */
export const TONE_REQUEST = 'netiquette:tone';

export interface OwnStretch {
  start: number;
  text: string;
}

export interface ToneRequest {
  type: typeof TONE_REQUEST;
  bodyLength: number;
  /** In order, not overlapping, inside the body. */
  own: OwnStretch[];
}

/** The most own text the background scores: far beyond any reply, and a bound on the work one message can ask for. */
export const LONGEST_TONE_TEXT = 200_000;
/** The longest body a request may describe (the background builds a string of that length). */
export const LONGEST_TONE_BODY = 4_000_000;

export function toneRequest(body: string, ownRanges: readonly TextRange[]): ToneRequest {
  return { type: TONE_REQUEST, bodyLength: body.length, own: ownRanges.map((range) => ({ start: range.start, text: body.slice(range.start, range.end) })) };
}

export function isToneRequest(value: unknown): value is ToneRequest {
  if (value === null || typeof value !== 'object') return false;
  const request = value as Record<string, unknown>;
  const { bodyLength } = request;
  if (request.type !== TONE_REQUEST || !Number.isInteger(bodyLength) || (bodyLength as number) < 0 || (bodyLength as number) > LONGEST_TONE_BODY || !Array.isArray(request.own)) return false;
  let previousEnd = 0;
  let ownLength = 0;
  for (const stretch of request.own as unknown[]) {
    if (stretch === null || typeof stretch !== 'object') return false;
    const { start, text } = stretch as Record<string, unknown>;
    if (!Number.isInteger(start) || typeof text !== 'string') return false;
    const end = (start as number) + text.length;
    ownLength += text.length;
    if ((start as number) < previousEnd || end > (bodyLength as number) || ownLength > LONGEST_TONE_TEXT) return false;
    previousEnd = end;
  }
  return true;
}

/**
 * The body a request describes, as the model reads it: the own text where it stood, blanks
 * between (the model never reads them), and the own ranges.
 */
export function bodyOfToneRequest(request: ToneRequest): { body: string; ownRanges: TextRange[] } {
  const parts: string[] = [];
  let at = 0;
  for (const { start, text } of request.own) {
    parts.push(' '.repeat(start - at), text);
    at = start + text.length;
  }
  parts.push(' '.repeat(request.bodyLength - at));
  return { body: parts.join(''), ownRanges: request.own.map(({ start, text }) => ({ start, end: start + text.length })) };
}
