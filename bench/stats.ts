/** The middle value (the mean of the two middle ones for an even count): what the benchmarks report of repeated runs. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface PassTime {
  /** Wall clock: what a user waits. */
  wallMs: number;
  /** On-CPU time of the process, which other work on a busy machine does not inflate. */
  cpuMs: number;
}

/** The best wall-clock and the best on-CPU time of `passes` runs of `pass` (each the least skewed by other work). */
export function bestOfPasses(passes: number, pass: () => void): PassTime {
  const best = { wallMs: Infinity, cpuMs: Infinity };
  for (let round = 0; round < passes; round += 1) {
    const startedCpu = process.cpuUsage();
    const started = performance.now();
    pass();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(startedCpu);
    best.wallMs = Math.min(best.wallMs, wallMs);
    best.cpuMs = Math.min(best.cpuMs, (cpu.user + cpu.system) / 1000);
  }
  return best;
}
