import type { LintFault } from '../state/lint-state.ts';
import type { StorageArea } from '../settings/storage.ts';

/**
 * Faults of the content script (the linter throwing while the agent typed, or when Send was
 * pressed, in which case the mail went out unchecked), kept in `storage.local` so the options
 * page can show them. Only the newest few are kept, each with where and when it happened; the
 * draft's text never is.
 */

export const FAULT_LOG_KEY = 'contentFaults';
export const FAULT_LOG_LIMIT = 20;
const MESSAGE_LIMIT = 300;

export interface RecordedFault extends LintFault {
  /** Epoch milliseconds. */
  at: number;
  /** The site the compose window was on. */
  host: string;
}

function isRecordedFault(value: unknown): value is RecordedFault {
  const fault = value as Partial<RecordedFault> | null;
  return (
    typeof fault === 'object' &&
    fault !== null &&
    (fault.during === 'typing' || fault.during === 'send') &&
    typeof fault.message === 'string' &&
    typeof fault.bodyLength === 'number' &&
    typeof fault.at === 'number' &&
    typeof fault.host === 'string'
  );
}

/** The stored faults, newest last; anything malformed in storage is left out. */
export function readFaults(stored: unknown): RecordedFault[] {
  return Array.isArray(stored) ? stored.filter(isRecordedFault) : [];
}

/** Appends a fault, keeping the newest `FAULT_LOG_LIMIT`. */
export async function recordFault(area: StorageArea, fault: LintFault, context: { at: number; host: string }): Promise<void> {
  const items = await area.get(FAULT_LOG_KEY);
  const entry: RecordedFault = { ...fault, message: fault.message.slice(0, MESSAGE_LIMIT), ...context };
  await area.set({ [FAULT_LOG_KEY]: [...readFaults(items[FAULT_LOG_KEY]), entry].slice(-FAULT_LOG_LIMIT) });
}

export async function clearFaults(area: StorageArea): Promise<void> {
  await area.remove(FAULT_LOG_KEY);
}

/**
 * Records faults one after another (each is a read and a write of the same key), never
 * throwing: a fault that cannot be recorded is dropped.
 */
export function faultRecorder(area: StorageArea, context: () => { at: number; host: string }): (fault: LintFault) => void {
  let queue: Promise<void> = Promise.resolve();
  return (fault) => {
    const where = context();
    queue = queue.then(() => recordFault(area, fault, where)).catch(() => {});
  };
}
