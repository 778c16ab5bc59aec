import { Worker } from 'node:worker_threads';
import type { ArchiveItem } from '../archive.ts';
import type { MailOutcome } from './analyze.ts';
import type { WorkerSetup, WorkItem } from './worker.ts';

/**
 * Spreads archived mail over worker threads. Messages go out in batches, and no more than two
 * batches per thread are in flight, so the reader waits for the threads rather than filling
 * memory with mail read ahead: memory stays flat however large the archive.
 */

const BATCH_MESSAGES = 32;
const BATCH_BYTES = 512 * 1024;
const IN_FLIGHT_PER_WORKER = 2;

export interface PoolProgress {
  /** Bytes of mail read so far. */
  bytes: number;
  mails: number;
  problems: number;
}

export async function analyzeArchive(
  items: AsyncIterable<ArchiveItem>,
  setup: WorkerSetup,
  workerCount: number,
  onOutcome: (outcome: MailOutcome) => void,
  onProgress: (progress: PoolProgress) => void = () => {},
): Promise<void> {
  const workers = Array.from({ length: workerCount }, () => new Worker(new URL('./worker-entry.js', import.meta.url), { workerData: setup }));
  const inFlight = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  const progress: PoolProgress = { bytes: 0, mails: 0, problems: 0 };
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const record = (outcome: MailOutcome) => {
    if ('problem' in outcome) progress.problems += 1;
    else progress.mails += 1;
    onOutcome(outcome);
  };

  for (const worker of workers) {
    worker.on('message', (outcomes: MailOutcome[]) => {
      inFlight.set(worker, inFlight.get(worker)! - 1);
      for (const outcome of outcomes) record(outcome);
      onProgress(progress);
      notify();
    });
    worker.on('error', (error) => {
      failure ??= error;
      notify();
    });
  }

  const idleWorker = () => {
    let best: Worker | undefined;
    for (const [worker, count] of inFlight) if (count < IN_FLIGHT_PER_WORKER && (!best || count < inFlight.get(best)!)) best = worker;
    return best;
  };
  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve));

  const send = async (batch: WorkItem[]) => {
    let worker = idleWorker();
    while (!worker && failure === undefined) {
      await waitForChange();
      worker = idleWorker();
    }
    if (failure !== undefined) throw failure;
    inFlight.set(worker!, inFlight.get(worker!)! + 1);
    worker!.postMessage(batch);
  };

  try {
    let batch: WorkItem[] = [];
    let batchBytes = 0;
    let sequence = 0;
    for await (const item of items) {
      sequence += 1;
      if ('problem' in item) {
        record({ problem: { sequence, ...item.problem } });
        continue;
      }
      batch.push({ sequence, message: item.message });
      batchBytes += item.message.bytes.length;
      progress.bytes += item.message.bytes.length;
      if (batch.length >= BATCH_MESSAGES || batchBytes >= BATCH_BYTES) {
        await send(batch);
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length > 0) await send(batch);
    while ([...inFlight.values()].some((count) => count > 0) && failure === undefined) await waitForChange();
    if (failure !== undefined) throw failure;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
