import { memoizeByIdentity } from '../core/memo.ts';
import { createLinter, type Linter, type LinterHooks } from '../core/engine.ts';
import type { Draft, Finding } from '../core/types.ts';
import { defaultPack } from '../packs/builtin.ts';
import type { Pack } from '../packs/pack.ts';
import { resolveLayers } from '../packs/resolve.ts';
import { builtinRules } from '../rules/index.ts';
import type { EffectiveSettings } from './effective.ts';

/**
 * What the playground lints with. A single pack is stacked on the built-in pack exactly as
 * `netiquette lint --pack FILE` does, so a lead sees here what the CLI reports, and what an
 * agent whose only pack it is sees in the compose window.
 */
export function singlePackSettings(pack: Pack): EffectiveSettings {
  return resolveLayers([
    { source: 'builtin', pack: defaultPack },
    { source: 'team', pack },
  ]).settings;
}

const linterFor = memoizeByIdentity((hooks: LinterHooks) => memoizeByIdentity((settings: EffectiveSettings): Linter => createLinter(builtinRules, settings.lint, hooks)));
const NO_HOOKS: LinterHooks = {};

/**
 * The engine and rules the content script runs, with the same settings object reused across
 * keystrokes; `hooks` (the same object each time) brings the learned tone model's verdicts, as
 * the content script gets them from the background.
 */
export function lintDraft(settings: EffectiveSettings, draft: Draft, hooks: LinterHooks = NO_HOOKS): Finding[] {
  return linterFor(hooks)(settings).lint(draft);
}
