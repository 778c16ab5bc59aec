import { parentPort, workerData } from 'node:worker_threads';
import type { DisplayLocale } from '../../core/localize.ts';
import { defaultPack } from '../../packs/builtin.ts';
import type { Pack } from '../../packs/pack.ts';
import { resolveLayers } from '../../packs/resolve.ts';
import type { ArchiveMessage } from '../archive.ts';
import { createMailAnalyzer, type MailOutcome } from './analyze.ts';

/** A report worker thread: lints the batches of mail the main thread sends and returns their summaries. */

export interface WorkerSetup {
  /** Team packs, already validated by the main thread, stacked on the built-in pack in order. */
  packs: Pack[];
  locale: DisplayLocale;
}

export interface WorkItem {
  sequence: number;
  message: ArchiveMessage;
}

const setup = workerData as WorkerSetup;
const settings = resolveLayers([{ source: 'builtin', pack: defaultPack }, ...setup.packs.map((pack) => ({ source: 'team' as const, pack }))]).settings;
const analyze = createMailAnalyzer(settings, setup.locale);

parentPort!.on('message', async (batch: WorkItem[]) => {
  const outcomes: MailOutcome[] = [];
  for (const { sequence, message } of batch) outcomes.push(await analyze(sequence, message));
  parentPort!.postMessage(outcomes);
});
