import type { Severity, SeverityOrOff } from '../core/types.ts';
import type { AngerTerm, ForbiddenPhrase } from '../core/vocabulary.ts';

/**
 * The shape of a rule pack once validated. It lives apart from the zod schema so that the
 * built-in packs and the layering code, which the content script carries, never pull in zod.
 * `schema.ts` checks that what zod parses is assignable to this type.
 */

export const PACK_FORMAT_VERSION = 1;

export type RuleOptionsValue = Readonly<Record<string, unknown>>;

/** `"off"`, a severity, or a severity with options, as in ESLint. */
export type PackRuleSetting = SeverityOrOff | readonly [Severity, RuleOptionsValue];

export interface PackPhrases {
  forbidden?: readonly ForbiddenPhrase[];
  acronyms?: readonly string[];
  anger?: {
    add?: readonly AngerTerm[];
    ignore?: readonly string[];
  };
}

export interface PackGuard {
  cooldownSeconds?: number;
  allowSendAnyway?: boolean;
}

/**
 * Two entries name the same phrase or term when they differ only in case or surrounding
 * space; the later layer's entry then replaces the earlier one.
 */
export function phraseKey(phrase: string): string {
  return phrase.trim().toLowerCase();
}

/**
 * A short mail a pack carries to show what it means: the rules that must report on it and the
 * rules that must not. `netiquette pack test` and the options-page playground run them.
 */
export interface PackTest {
  /** What the case shows, shown when it fails. */
  name: string;
  subject: string;
  body: string;
  /** The language of the mail, passed to the rules as the page's hint would be. */
  language?: 'zh' | 'en';
  /** Rule ids that must report at least one finding. */
  mustReport?: readonly string[];
  /** Rule ids that must report nothing. */
  mustNotReport?: readonly string[];
}

export interface Pack {
  $schema?: string;
  schema: typeof PACK_FORMAT_VERSION;
  id: string;
  name: string;
  version: string;
  description: string;
  /** A built-in pack whose values lie beneath this pack's own. */
  extends?: string;
  rules?: Readonly<Partial<Record<string, PackRuleSetting>>>;
  phrases?: PackPhrases;
  /** Rule ids that the layers after this one may not loosen. */
  locked?: readonly string[];
  guard?: PackGuard;
  /** Example mails with the findings the pack must and must not produce on them. */
  tests?: readonly PackTest[];
}

/**
 * Bounds on a pack, checked on the raw JSON before the schema runs: the schema library builds
 * one issue per bad item and recurses per level, so unbounded input could exhaust its stack
 * or memory before it says anything. Each is far beyond what a hand-written pack needs.
 */
export const PACK_LIMITS = {
  /** UTF-8 bytes of the pack file; also the most a pack subscription downloads. */
  maxBytes: 512 * 1024,
  /** Objects and arrays nested in one another (a pack's own shape needs 6). */
  maxDepth: 16,
  maxArrayItems: 2000,
  maxObjectKeys: 200,
  /** UTF-16 code units of any one string or key. */
  maxStringLength: 2000,
  /** Errors listed for a refused pack; the rest are counted in one last line. */
  maxReportedErrors: 20,
} as const;
