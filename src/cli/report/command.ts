import { SingleBar } from 'cli-progress';
import { localize, type DisplayLocale } from '../../core/localize.ts';
import type { Pack } from '../../packs/pack.ts';
import { archiveSize, readArchive } from '../archive.ts';
import { messages } from '../messages.ts';
import { ReportBuilder } from './aggregate.ts';
import { renderHtmlReport } from './html.ts';
import { analyzeArchive } from './pool.ts';

/** `netiquette report`: reads the archive on worker threads, folds the results, renders the page or the JSON. */

export interface TeamReportRun {
  paths: readonly string[];
  packs: Pack[];
  locale: DisplayLocale;
  workers: number;
  format: 'html' | 'json';
  /** A terminal to draw the progress bar on; none, no bar. */
  progress?: NodeJS.WritableStream | undefined;
  onMalformed(location: string, reason: string): void;
}

export async function runTeamReport(run: TeamReportRun): Promise<{ text: string; mails: number; malformed: number }> {
  const builder = new ReportBuilder(run.paths);
  let bar: SingleBar | undefined;
  if (run.progress) {
    bar = new SingleBar({ stream: run.progress, format: localize(messages.report.progress, run.locale), hideCursor: true, clearOnComplete: true, etaBuffer: 50 });
    bar.start(Math.max(1, await archiveSize(run.paths)), 0, { mails: 0, problems: 0 });
  }
  try {
    await analyzeArchive(
      readArchive(run.paths),
      { packs: run.packs, locale: run.locale },
      run.workers,
      (outcome) => {
        if ('problem' in outcome) run.onMalformed(outcome.problem.location, outcome.problem.reason);
        builder.add(outcome);
      },
      (progress) => bar?.update(progress.bytes, { mails: progress.mails, problems: progress.problems }),
    );
  } finally {
    bar?.stop();
  }
  const report = builder.report();
  const text = run.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderHtmlReport(report, run.locale);
  return { text, mails: report.mails, malformed: report.malformed.count };
}
