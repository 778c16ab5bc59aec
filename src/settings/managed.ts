import { z } from 'zod';
import { PACK_FORMAT_VERSION, type Pack } from '../packs/pack.ts';
import { parsePack, parsePackText, type PackError } from '../packs/schema.ts';
import { builtinRules } from '../rules/index.ts';
import { managedPolicySchema } from './managed-policy-schema.ts';
import { checkPackUrl, normalizeSite } from './urls.ts';

/** One part of the policy that could not be applied; the rest of the policy still is. */
export interface ManagedPolicyProblem {
  /** Where in the policy: `packs[1]`, `packUrls[0]`, `lockedRules`, or the name of a setting. */
  where: string;
  errors: PackError[];
}

export interface ManagedPolicy {
  /** Whether an administrator set anything at all. */
  present: boolean;
  packs: { pack: Pack; where: string }[];
  packUrls: string[];
  lockedRules: string[];
  /** Origins (`https://mail.example.com`), already checked. */
  allowedSites: string[];
  allowSendAnyway?: boolean;
  refreshIntervalMinutes?: number;
  problems: ManagedPolicyProblem[];
}

export const MANAGED_POLICY_PACK_ID = 'managed-policy';

function problemFrom(where: string, error: z.ZodError): ManagedPolicyProblem {
  return { where, errors: error.issues.map((issue) => ({ path: `$${issue.path.map((segment) => `[${JSON.stringify(segment)}]`).join('')}`, message: issue.message })) };
}

/**
 * Reads the raw managed storage. Each setting is checked on its own, and each item of a list
 * setting too: a broken pack string, or a number where a string belongs, costs that item only
 * and is reported, while the other items and settings still apply. A fault while reading one
 * pack (which validation should make impossible) is contained the same way.
 */
export function parseManagedPolicy(raw: Readonly<Record<string, unknown>>): ManagedPolicy {
  const policy: ManagedPolicy = { present: false, packs: [], packUrls: [], lockedRules: [], allowedSites: [], problems: [] };
  const shape = managedPolicySchema.shape;
  const field = <K extends keyof typeof shape>(key: K): z.infer<(typeof shape)[K]> | undefined => {
    if (raw[key] === undefined) return undefined;
    policy.present = true;
    const parsed = shape[key].safeParse(raw[key]);
    if (parsed.success) return parsed.data as z.infer<(typeof shape)[K]>;
    policy.problems.push(problemFrom(key, parsed.error));
    return undefined;
  };
  /** The string items of a list setting, each with its place; other items are reported and skipped. */
  const stringItems = (key: 'packs' | 'packUrls' | 'lockedRules' | 'allowedSites'): { value: string; where: string }[] => {
    const value = raw[key];
    if (!Array.isArray(value)) return (field(key) ?? []).map((item, index) => ({ value: item, where: `${key}[${index}]` }));
    policy.present = true;
    return value.flatMap((item: unknown, index) => {
      const where = `${key}[${index}]`;
      if (typeof item === 'string') return [{ value: item, where }];
      policy.problems.push({ where, errors: [{ path: '$', message: `expected a string, got ${item === null ? 'null' : Array.isArray(item) ? 'an array' : typeof item}` }] });
      return [];
    });
  };

  for (const { value: text, where } of stringItems('packs')) {
    let parsed: ReturnType<typeof parsePackText>;
    try {
      parsed = parsePackText(text);
    } catch (error) {
      policy.problems.push({ where, errors: [{ path: '$', message: `the pack could not be read: ${error instanceof Error ? error.message : String(error)}` }] });
      continue;
    }
    if (parsed.ok) policy.packs.push({ pack: parsed.pack, where });
    else policy.problems.push({ where, errors: parsed.errors });
  }

  for (const { value: url, where } of stringItems('packUrls')) {
    const checked = checkPackUrl(url);
    if (checked.ok) policy.packUrls.push(checked.url);
    else policy.problems.push({ where, errors: [{ path: '$', message: `${JSON.stringify(url)} is not a usable pack address (${checked.reason})` }] });
  }

  const knownRules = new Set(builtinRules.map((rule) => rule.meta.id));
  const lockedRules = stringItems('lockedRules').map((item) => item.value);
  policy.lockedRules = lockedRules.filter((id) => knownRules.has(id));
  const unknownLocked = lockedRules.filter((id) => !knownRules.has(id));
  if (unknownLocked.length > 0) {
    policy.problems.push({ where: 'lockedRules', errors: unknownLocked.map((id) => ({ path: '$', message: `unknown rule id ${JSON.stringify(id)}` })) });
  }

  for (const { value: site, where } of stringItems('allowedSites')) {
    const checked = normalizeSite(site);
    if (checked.ok) policy.allowedSites.push(checked.origin);
    else policy.problems.push({ where, errors: [{ path: '$', message: `${JSON.stringify(site)} is not a usable site (${checked.reason})` }] });
  }
  const allowSendAnyway = field('allowSendAnyway');
  if (allowSendAnyway !== undefined) policy.allowSendAnyway = allowSendAnyway;
  const refreshIntervalMinutes = field('refreshIntervalMinutes');
  if (refreshIntervalMinutes !== undefined) policy.refreshIntervalMinutes = refreshIntervalMinutes;
  return policy;
}

/**
 * The settings of the policy itself (locks and the send guard) as a pack in the managed
 * layer, so the layering treats them exactly like a pack's own `locked` and `guard`.
 */
export function managedPolicyPack(policy: ManagedPolicy): Pack | undefined {
  if (policy.lockedRules.length === 0 && policy.allowSendAnyway === undefined) return undefined;
  const parsed = parsePack({
    schema: PACK_FORMAT_VERSION,
    id: MANAGED_POLICY_PACK_ID,
    name: 'Managed policy',
    version: '1.0.0',
    description: '',
    ...(policy.lockedRules.length > 0 ? { locked: [...new Set(policy.lockedRules)] } : {}),
    ...(policy.allowSendAnyway === undefined ? {} : { guard: { allowSendAnyway: policy.allowSendAnyway } }),
  });
  // Both inputs were checked above, so the pack always validates; the check keeps the type honest.
  return parsed.ok ? parsed.pack : undefined;
}
