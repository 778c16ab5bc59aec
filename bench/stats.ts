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

/**
 * For each of `runs`, the best wall-clock and the best on-CPU time of `passes` passes (each the
 * least skewed by other work), the runs' passes taken in turn: a change in the machine's load
 * over the rounds meets every run alike, so their ratio holds when the figures themselves move.
 */
export function bestOfPassesInTurn(passes: number, runs: readonly (() => void)[]): PassTime[] {
  const best = runs.map(() => ({ wallMs: Infinity, cpuMs: Infinity }));
  for (let round = 0; round < passes; round += 1) {
    runs.forEach((pass, index) => {
      const startedCpu = process.cpuUsage();
      const started = performance.now();
      pass();
      const wallMs = performance.now() - started;
      const cpu = process.cpuUsage(startedCpu);
      best[index]!.wallMs = Math.min(best[index]!.wallMs, wallMs);
      best[index]!.cpuMs = Math.min(best[index]!.cpuMs, (cpu.user + cpu.system) / 1000);
    });
  }
  return best;
}

/** The best wall-clock and the best on-CPU time of `passes` runs of `pass`. */
export function bestOfPasses(passes: number, pass: () => void): PassTime {
  return bestOfPassesInTurn(passes, [pass])[0]!;
}
