import type { LocalizedText } from './types.ts';

/**
 * Rule options are described as plain data, not as zod schemas, so that the content script
 * can carry every rule without carrying zod. `src/packs` turns these specs into zod schemas
 * for validation, and the options page renders its controls from them.
 */
export type OptionSpec =
  | { kind: 'number'; default: number; min?: number; max?: number; integer?: boolean; doc: LocalizedText }
  | { kind: 'boolean'; default: boolean; doc: LocalizedText }
  | { kind: 'enum'; values: readonly string[]; default: string; doc: LocalizedText }
  | { kind: 'strings'; default: readonly string[]; doc: LocalizedText };

export type OptionsSpec = Readonly<Record<string, OptionSpec>>;

type ValueOf<S extends OptionSpec> = S extends { kind: 'number' }
  ? number
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'enum'; values: readonly (infer V)[] }
      ? V
      : S extends { kind: 'strings' }
        ? readonly string[]
        : never;

export type OptionsOf<S extends OptionsSpec> = { readonly [K in keyof S]: ValueOf<S[K]> };

/** Defaults overlaid with whatever a pack set; values are assumed already validated. */
export function resolveOptions<S extends OptionsSpec>(spec: S, given: Readonly<Record<string, unknown>> | undefined): OptionsOf<S> {
  const resolved: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(spec)) {
    resolved[name] = given && name in given ? given[name] : option.default;
  }
  return resolved as OptionsOf<S>;
}

/** The option most length rules share: count display width (CJK = 1, Latin = ½) or plain graphemes. */
export const countingOption = {
  kind: 'enum',
  values: ['width', 'graphemes'],
  default: 'width',
  doc: {
    en: '"width" counts a Chinese character as 1 and a Latin letter as ½; "graphemes" counts every visible character as 1.',
    zh: '"width" 按显示宽度计：一个汉字算 1，一个英文字母算 ½；"graphemes" 每个可见字符都算 1。',
  },
} as const satisfies OptionSpec;
