import type { LintConfig } from '../core/engine.ts';
import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';

/**
 * What the content script needs to lint and guard, computed by the background worker from
 * all pack layers and stored under STORAGE_KEY in storage.local. It is plain, already
 * validated data, so the content script never needs zod.
 */
export interface EffectiveSettings {
  lint: LintConfig;
  guard: {
    /** Seconds the cool-down lasts before Send is allowed again. */
    cooldownSeconds: number;
    /** Whether the dialog offers "send anyway". */
    allowSendAnyway: boolean;
  };
  /** UI language; undefined follows the browser. */
  locale?: 'en' | 'zh';
  /** Host names (`mail.example.com`) where the user switched Netiquette off: the content script stays idle there. */
  disabledSites?: readonly string[];
  /** Rule ids a pack locked: the in-page card offers no "turn off this rule" for them. */
  locked?: readonly string[];
}

export const EFFECTIVE_SETTINGS_KEY = 'effectiveSettings';

export const DEFAULT_GUARD: EffectiveSettings['guard'] = { cooldownSeconds: 60, allowSendAnyway: true };

/** Built-in defaults: every rule at its default severity and options. */
export function defaultEffectiveSettings(): EffectiveSettings {
  return { lint: { rules: {}, vocabulary: EMPTY_VOCABULARY }, guard: { ...DEFAULT_GUARD } };
}
