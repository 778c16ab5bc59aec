import type { RuleSetting } from '../core/engine.ts';
import type { Severity, SeverityOrOff } from '../core/types.ts';
import type { PackRuleSetting } from '../packs/pack.ts';
import { parsePack, type PackError } from '../packs/schema.ts';
import { personalPack, type PersonalSettings } from './personal.ts';

/**
 * The changes the options page makes to one rule of the personal layer. Each result is checked
 * with the pack schema before it is stored, so the personal layer always exports as a valid pack.
 */

export type RuleEditResult = { ok: true; settings: PersonalSettings } | { ok: false; errors: PackError[] };

function personalOptions(setting: PackRuleSetting | undefined): Readonly<Record<string, unknown>> {
  return setting === undefined || typeof setting === 'string' ? {} : setting[1];
}

function withRule(settings: PersonalSettings, ruleId: string, setting: PackRuleSetting | undefined): RuleEditResult {
  const { [ruleId]: _previous, ...others } = settings.rules;
  const next: PersonalSettings = { ...settings, rules: setting === undefined ? others : { ...others, [ruleId]: setting } };
  const checked = parsePack(personalPack(next));
  return checked.ok ? { ok: true, settings: next } : { ok: false, errors: checked.errors };
}

/** Options the user set stay with a new severity; turning the rule off drops them (an off rule has none). */
export function setRuleSeverity(settings: PersonalSettings, ruleId: string, severity: SeverityOrOff): RuleEditResult {
  const options = personalOptions(settings.rules[ruleId]);
  const keepsOptions = severity !== 'off' && Object.keys(options).length > 0;
  return withRule(settings, ruleId, keepsOptions ? [severity, options] : severity);
}

/**
 * Sets one option. Pack notation needs a severity beside options, so the rule's severity in
 * effect is written along: the user changed a threshold, not how loud the rule is.
 */
export function setRuleOption(settings: PersonalSettings, ruleId: string, effective: RuleSetting, name: string, value: unknown): RuleEditResult {
  const current = settings.rules[ruleId];
  const severity: Severity | undefined = typeof current === 'string' ? (current === 'off' ? undefined : current) : current?.[0] ?? (effective.severity === 'off' ? undefined : effective.severity);
  if (severity === undefined) return { ok: false, errors: [{ path: `$.rules["${ruleId}"]`, message: 'turn the rule on before changing its options' }] };
  return withRule(settings, ruleId, [severity, { ...personalOptions(current), [name]: value }]);
}

export function resetRule(settings: PersonalSettings, ruleId: string): PersonalSettings {
  const { [ruleId]: _previous, ...rules } = settings.rules;
  return { ...settings, rules };
}
