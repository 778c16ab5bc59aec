import os from 'node:os';

/** The machine a benchmark ran on, for the line above its figures. */
export function machine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${cpus.length} logical cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

/** Other work on the machine skews every figure; the report says how busy it was. */
export function loadNote(loadAtStart: number): string {
  const cores = os.cpus().length;
  const busy = loadAtStart > cores / 2;
  return `Load average at start: ${loadAtStart.toFixed(2)} on ${cores} cores${busy ? ' (a busy machine: expect the figures to be pessimistic)' : ''}.`;
}
