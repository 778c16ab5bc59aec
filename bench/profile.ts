import { createHash } from 'node:crypto';
import { createLinter } from '../src/core/engine.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { buildCorpus } from './corpus.ts';
import { bestOfPasses } from './stats.ts';

/**
 * Lints the benchmark corpus a few times (lazily, as the extension does) with the default pack, or with only the rules named
 * on the command line, so that a CPU profile shows where a slow rule spends its time:
 *
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/netiquette-profiles bench/profile.ts line-length
 *
 * and open the .cpuprofile in Chrome DevTools (Performance tab) or speedscope. Prints the on-CPU
 * time of the best pass (which other work on the machine skews least) and, with `--digest`, a hash
 * of every finding of a full lint with its checked fixes: a change meant only to be faster must
 * leave the hash as it was.
 */

const PASSES = 5;

const args = process.argv.slice(2);
const digest = args.includes('--digest');
const requested = args.filter((arg) => arg !== '--digest');
const unknown = requested.filter((id) => !builtinRules.some((rule) => rule.meta.id === id));
if (unknown.length > 0) throw new Error(`No built-in rule called ${unknown.join(', ')}`);

const rules = requested.length === 0 ? builtinRules : builtinRules.filter((rule) => requested.includes(rule.meta.id));
const linter = createLinter(rules, resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint);
const drafts = buildCorpus().map((mail) => mail.draft);

let findings = 0;
const { cpuMs } = bestOfPasses(PASSES, () => {
  findings = 0;
  for (const draft of drafts) findings += linter.lintLazily(draft).findings.length;
});
console.log(`${rules.map((rule) => rule.meta.id).join(', ')}: ${cpuMs.toFixed(0)} ms on the CPU per corpus pass (best of ${PASSES}), ${findings} findings`);

/** JSON with every object's keys in order: the digest is of what the findings say, not of the order their properties were set in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );
}

if (digest) {
  const hash = createHash('sha256');
  for (const draft of drafts) hash.update(canonicalJson(linter.lint(draft)));
  console.log(`digest of every finding with its checked fixes: ${hash.digest('hex').slice(0, 16)}`);
}
