import { createLinter } from '../src/core/engine.ts';
import { defaultPack } from '../src/packs/builtin.ts';
import { resolveLayers } from '../src/packs/resolve.ts';
import { builtinRules } from '../src/rules/index.ts';
import { buildCorpus } from './corpus.ts';

/**
 * Lints the benchmark corpus a few times (lazily, as the extension does) with the default pack, or with only the rules named
 * on the command line, so that a CPU profile shows where a slow rule spends its time:
 *
 *   npx tsx --cpu-prof --cpu-prof-dir=/tmp/netiquette-profiles bench/profile.ts line-length
 *
 * and open the .cpuprofile in Chrome DevTools (Performance tab) or speedscope.
 */

const PASSES = 5;

const requested = process.argv.slice(2);
const unknown = requested.filter((id) => !builtinRules.some((rule) => rule.meta.id === id));
if (unknown.length > 0) throw new Error(`No built-in rule called ${unknown.join(', ')}`);

const rules = requested.length === 0 ? builtinRules : builtinRules.filter((rule) => requested.includes(rule.meta.id));
const linter = createLinter(rules, resolveLayers([{ source: 'builtin', pack: defaultPack }]).settings.lint);
const drafts = buildCorpus().map((mail) => mail.draft);

const started = performance.now();
let findings = 0;
for (let pass = 0; pass < PASSES; pass += 1) {
  for (const draft of drafts) findings += linter.lintLazily(draft).findings.length;
}
const perPass = (performance.now() - started) / PASSES;
console.log(`${rules.map((rule) => rule.meta.id).join(', ')}: ${perPass.toFixed(0)} ms per corpus pass, ${findings / PASSES} findings`);
