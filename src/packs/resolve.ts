import type { RuleSetting } from '../core/engine.ts';
import { resolveOptions } from '../core/options.ts';
import type { Rule } from '../core/rule.ts';
import type { SeverityOrOff } from '../core/types.ts';
import type { AngerTerm, ForbiddenPhrase } from '../core/vocabulary.ts';
import { builtinRules } from '../rules/index.ts';
import { DEFAULT_GUARD, type EffectiveSettings } from '../settings/effective.ts';
import { findBuiltinPack } from './builtin.ts';
import { phraseKey, type Pack, type PackGuard, type PackRuleSetting } from './pack.ts';

/**
 * Stacks pack layers into the settings the content script lints with. This file must stay
 * free of zod: the packs it receives were validated when they were loaded.
 *
 * Order of authority, lowest first: built-in < enterprise-managed < team pack(s) < personal
 * settings. Each layer overrides the ones below it, except where a lower layer locked a rule:
 *
 * A change to a locked rule LOOSENS it, and is refused, when it
 * - lowers the severity (error > warning > info > off; turning the rule off is the lowest), or
 * - changes any option's effective value (defaults filled in), in either direction, since
 *   whether a larger number is stricter differs from rule to rule.
 * Raising the severity of a locked rule is allowed. A lock binds every layer after the one that
 * set it, and freezes the rule as it stood once that layer (with its `extends`) was applied.
 * Every rule a managed layer sets itself is locked this way, listed in `locked` or not: policy
 * settings win over team packs and personal settings.
 *
 * The send guard has no `locked` list: whatever a managed layer sets in it binds the team and
 * personal layers, which may only make it stricter (a longer cool-down; "send anyway" stays off).
 */

export type LayerSource = 'builtin' | 'managed' | 'team' | 'personal';

export const LAYER_ORDER: readonly LayerSource[] = ['builtin', 'managed', 'team', 'personal'];

export interface PackLayer {
  source: LayerSource;
  pack: Pack;
  /** Where the pack came from (a file name, a policy), shown next to the settings it decided. */
  label?: string;
}

export interface Origin {
  source: LayerSource;
  packId: string;
  label?: string;
}

export type RefusedChangeKind = 'severity' | 'options' | 'cooldown' | 'send-anyway';

/** A setting a layer asked for and did not get, because a layer below it locked it. */
export interface RefusedChange {
  /** A rule id, or `guard` for the send guard. */
  target: string;
  kind: RefusedChangeKind;
  requestedBy: Origin;
  lockedBy: Origin;
}

export interface ResolvedLayers {
  settings: EffectiveSettings;
  /** For each rule some layer set: the layer whose value is in effect. */
  provenance: Record<string, Origin>;
  /** For each locked rule: the first layer that locked it. */
  locked: Record<string, Origin>;
  refused: RefusedChange[];
}

const SEVERITY_RANK: Record<SeverityOrOff, number> = { off: 0, info: 1, warning: 2, error: 3 };

interface Lock {
  origin: Origin;
  setting: RuleSetting;
}

function sameOptions(rule: Rule, a: RuleSetting['options'], b: RuleSetting['options']): boolean {
  const resolvedA = resolveOptions(rule.meta.options, a);
  const resolvedB = resolveOptions(rule.meta.options, b);
  return Object.keys(rule.meta.options).every((name) => JSON.stringify(resolvedA[name]) === JSON.stringify(resolvedB[name]));
}

/** The pack preceded by the built-in packs it extends, the deepest first. */
function withBases(pack: Pack, seen: ReadonlySet<string> = new Set()): Pack[] {
  const base = pack.extends === undefined || seen.has(pack.extends) ? undefined : findBuiltinPack(pack.extends);
  return base ? [...withBases(base, new Set([...seen, pack.id])), pack] : [pack];
}

class LayerStack {
  readonly rules = new Map<string, RuleSetting>();
  readonly provenance: Record<string, Origin> = {};
  readonly locks = new Map<string, Lock>();
  readonly refused: RefusedChange[] = [];
  readonly forbidden = new Map<string, ForbiddenPhrase>();
  readonly acronyms = new Set<string>();
  readonly angerTerms = new Map<string, AngerTerm>();
  readonly ignoredAngerTerms = new Set<string>();
  readonly guard = { ...DEFAULT_GUARD };
  /** What managed layers set in the guard: a floor for the layers above them. */
  readonly managedGuard: { cooldownSeconds?: { value: number; origin: Origin }; allowSendAnyway?: { value: boolean; origin: Origin } } = {};

  constructor(private readonly rulesById: ReadonlyMap<string, Rule>) {}

  current(rule: Rule): RuleSetting {
    return this.rules.get(rule.meta.id) ?? { severity: rule.meta.defaultSeverity, options: {} };
  }

  applyRule(rule: Rule, requested: PackRuleSetting, origin: Origin): void {
    const current = this.current(rule);
    const givesOptions = typeof requested !== 'string';
    let severity = givesOptions ? requested[0] : requested;
    let options = givesOptions ? { ...current.options, ...requested[1] } : current.options;
    const lock = this.locks.get(rule.meta.id);
    if (lock) {
      const refuse = (kind: RefusedChangeKind) => this.refused.push({ target: rule.meta.id, kind, requestedBy: origin, lockedBy: lock.origin });
      const severityRefused = SEVERITY_RANK[severity] < SEVERITY_RANK[lock.setting.severity];
      const optionsRefused = givesOptions && !sameOptions(rule, options, lock.setting.options);
      if (severityRefused) {
        refuse('severity');
        severity = current.severity;
      }
      if (optionsRefused) {
        refuse('options');
        options = current.options;
      }
      // Of a partly refused request only what got through counts; if that changes nothing,
      // the rule stays credited to the layer it came from.
      if ((severityRefused || optionsRefused) && severity === current.severity && options === current.options) return;
    }
    this.rules.set(rule.meta.id, { severity, options });
    this.provenance[rule.meta.id] = origin;
  }

  lock(ruleId: string, origin: Origin): void {
    const rule = this.rulesById.get(ruleId);
    if (!rule || this.locks.has(ruleId)) return;
    this.locks.set(ruleId, { origin, setting: this.current(rule) });
  }

  applyPhrases(phrases: Pack['phrases']): void {
    for (const entry of phrases?.forbidden ?? []) this.forbidden.set(phraseKey(entry.phrase), entry);
    for (const acronym of phrases?.acronyms ?? []) this.acronyms.add(acronym);
    for (const term of phrases?.anger?.add ?? []) this.angerTerms.set(phraseKey(term.term), term);
    for (const term of phrases?.anger?.ignore ?? []) this.ignoredAngerTerms.add(term);
  }

  applyGuard(guard: PackGuard | undefined, origin: Origin): void {
    if (!guard) return;
    const bindsThisLayer = origin.source !== 'managed' && origin.source !== 'builtin';
    const refuse = (kind: RefusedChangeKind, lockedBy: Origin) => this.refused.push({ target: 'guard', kind, requestedBy: origin, lockedBy });

    const { cooldownSeconds, allowSendAnyway } = guard;
    const cooldownFloor = this.managedGuard.cooldownSeconds;
    if (cooldownSeconds !== undefined) {
      if (bindsThisLayer && cooldownFloor && cooldownSeconds < cooldownFloor.value) refuse('cooldown', cooldownFloor.origin);
      else this.guard.cooldownSeconds = cooldownSeconds;
    }
    const sendAnywayLock = this.managedGuard.allowSendAnyway;
    if (allowSendAnyway !== undefined) {
      if (bindsThisLayer && sendAnywayLock && allowSendAnyway && !sendAnywayLock.value) refuse('send-anyway', sendAnywayLock.origin);
      else this.guard.allowSendAnyway = allowSendAnyway;
    }
    if (origin.source === 'managed') {
      if (cooldownSeconds !== undefined) this.managedGuard.cooldownSeconds = { value: cooldownSeconds, origin };
      if (allowSendAnyway !== undefined) this.managedGuard.allowSendAnyway = { value: allowSendAnyway, origin };
    }
  }
}

/** Stacks the layers (sorted by authority, stable within a source) into effective settings. */
export function resolveLayers(layers: readonly PackLayer[], rules: readonly Rule[] = builtinRules): ResolvedLayers {
  const rulesById = new Map(rules.map((rule) => [rule.meta.id, rule]));
  const stack = new LayerStack(rulesById);
  const ordered = [...layers].sort((a, b) => LAYER_ORDER.indexOf(a.source) - LAYER_ORDER.indexOf(b.source));

  for (const layer of ordered) {
    const packs = withBases(layer.pack);
    const originOf = (pack: Pack): Origin => ({ source: layer.source, packId: pack.id, ...(layer.label === undefined ? {} : { label: layer.label }) });
    for (const pack of packs) {
      const origin = originOf(pack);
      for (const [ruleId, requested] of Object.entries(pack.rules ?? {})) {
        const rule = rulesById.get(ruleId);
        // Settings stored by an older version may name a rule that no longer exists.
        if (rule && requested !== undefined) stack.applyRule(rule, requested, origin);
      }
      stack.applyPhrases(pack.phrases);
      stack.applyGuard(pack.guard, origin);
    }
    // Locks take effect after the whole layer, so a layer may set and lock the same rule.
    for (const pack of packs) for (const ruleId of pack.locked ?? []) stack.lock(ruleId, originOf(pack));
    // What an administrator's policy sets is read-only for the team and the agent, locked or not.
    if (layer.source === 'managed') for (const ruleId of Object.keys(layer.pack.rules ?? {})) stack.lock(ruleId, originOf(layer.pack));
  }

  const locked: Record<string, Origin> = {};
  for (const [ruleId, lock] of stack.locks) locked[ruleId] = lock.origin;
  return {
    settings: {
      lint: {
        rules: Object.fromEntries(stack.rules),
        vocabulary: {
          forbiddenPhrases: [...stack.forbidden.values()],
          acronyms: [...stack.acronyms],
          angerTerms: [...stack.angerTerms.values()],
          ignoredAngerTerms: [...stack.ignoredAngerTerms],
        },
      },
      guard: { ...stack.guard },
    },
    provenance: stack.provenance,
    locked,
    refused: stack.refused,
  };
}
