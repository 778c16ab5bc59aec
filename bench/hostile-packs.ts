/**
 * How long the pack reader takes to refuse (or accept) each pack of the hostile corpus: the
 * median of 5 runs per pack, the slowest packs listed. Run with `npx tsx bench/hostile-packs.ts`.
 */
import { cpus, loadavg } from 'node:os';
import { parsePackText } from '../src/packs/schema.ts';
import { hostilePacks } from '../test/hostile-packs/corpus.ts';

const RUNS = 5;
const timings = hostilePacks.map((hostile) => {
  const samples: number[] = [];
  let ok = false;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    ok = parsePackText(hostile.text).ok;
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { name: hostile.name, kilobytes: Math.round(hostile.text.length / 1024), ok, ms: samples[Math.floor(RUNS / 2)]! };
});

const refused = timings.filter((timing) => !timing.ok).length;
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}, load average ${loadavg()[0]!.toFixed(1)}`);
console.log(`${timings.length} packs: ${refused} refused, ${timings.length - refused} accepted`);
console.log(`total median time: ${timings.reduce((sum, timing) => sum + timing.ms, 0).toFixed(1)} ms`);
for (const timing of [...timings].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
  console.log(`${timing.ms.toFixed(1).padStart(8)} ms  ${String(timing.kilobytes).padStart(5)} KB  ${timing.ok ? 'accepted' : 'refused '}  ${timing.name}`);
}
