import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';
import { defaultEffectiveSettings, type EffectiveSettings } from '../settings/effective.ts';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The background stores settings it already validated, so this is no schema check (the
 * content script carries no zod): it only keeps a half-written or older value from breaking
 * the page, falling back part by part to the built-in defaults.
 */
export function readEffectiveSettings(stored: unknown): EffectiveSettings {
  const defaults = defaultEffectiveSettings();
  if (!isObject(stored)) return defaults;
  const lint = isObject(stored.lint) && isObject(stored.lint.rules) ? stored.lint : undefined;
  const vocabulary = lint && isObject(lint.vocabulary) ? { ...EMPTY_VOCABULARY, ...lint.vocabulary } : EMPTY_VOCABULARY;
  const guard = isObject(stored.guard) ? stored.guard : {};
  return {
    ...(stored as Partial<EffectiveSettings>),
    lint: lint ? { rules: lint.rules as EffectiveSettings['lint']['rules'], vocabulary } : defaults.lint,
    guard: {
      cooldownSeconds: typeof guard.cooldownSeconds === 'number' && guard.cooldownSeconds >= 0 ? guard.cooldownSeconds : defaults.guard.cooldownSeconds,
      allowSendAnyway: typeof guard.allowSendAnyway === 'boolean' ? guard.allowSendAnyway : defaults.guard.allowSendAnyway,
    },
  };
}
