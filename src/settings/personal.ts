import { z } from 'zod';
import type { Severity } from '../core/types.ts';
import { PACK_FORMAT_VERSION, type Pack, type PackRuleSetting } from '../packs/pack.ts';
import { PACK_SCHEMA_ID, parsePack, type PackError } from '../packs/schema.ts';
import { readKey, type StorageArea } from './storage.ts';

/**
 * The user's own settings: the top layer above every pack. They live in `storage.sync`, which
 * follows the user between browsers but holds only a few kilobytes per item, so nothing large
 * (packs, caches) belongs here.
 *
 * The stored shape carries a version. Each migration turns one version into the next, so any
 * stored shape, however old, reaches the current one by running the steps in order.
 */

export const PERSONAL_SETTINGS_KEY = 'personalSettings';
export const PERSONAL_SETTINGS_VERSION = 1;
export const PERSONAL_PACK_ID = 'personal';

export interface PersonalSettings {
  version: typeof PERSONAL_SETTINGS_VERSION;
  /** Rule id → setting, in pack notation, so that exporting them gives a pack. */
  rules: Partial<Record<string, PackRuleSetting>>;
  /** Host names where the user switched Netiquette off. */
  disabledSites: string[];
  /** Origins (`https://mail.example.com`) the user added beyond the built-in sites. */
  userSites: string[];
  /** Language of findings and of the pages; absent, the browser's language decides. */
  locale?: 'en' | 'zh';
}

export function defaultPersonalSettings(): PersonalSettings {
  return { version: PERSONAL_SETTINGS_VERSION, rules: {}, disabledSites: [], userSites: [] };
}

const SEVERITY = z.enum(['error', 'warning', 'info']);

/**
 * Only the outline is checked here; whether each rule id and option exists is the pack
 * schema's business (see `validRules`), so the two can never disagree.
 */
const personalV1Schema = z.object({
  version: z.literal(1),
  rules: z.record(z.string(), z.union([z.enum(['off', 'error', 'warning', 'info']), z.tuple([SEVERITY, z.record(z.string(), z.unknown())])])).default({}),
  disabledSites: z.array(z.string()).default([]),
  userSites: z.array(z.string()).default([]),
  locale: z.enum(['en', 'zh']).optional(),
});

/** Version 0: the unversioned shape, with on/off switches or a severity per rule and muted host names. */
const personalV0Schema = z.object({
  rules: z.record(z.string(), z.union([z.boolean(), SEVERITY])).default({}),
  mutedHosts: z.array(z.string()).default([]),
  language: z.enum(['auto', 'en', 'zh']).default('auto'),
});

function migrateV0(stored: unknown): unknown {
  const v0 = personalV0Schema.parse(stored);
  const rules: Record<string, PackRuleSetting> = {};
  for (const [ruleId, value] of Object.entries(v0.rules)) {
    // `true` meant "on at its default severity", which the layers below already give.
    if (value === false) rules[ruleId] = 'off';
    else if (value !== true) rules[ruleId] = value satisfies Severity;
  }
  return {
    version: 1,
    rules,
    disabledSites: [...new Set(v0.mutedHosts.map((host) => host.trim().toLowerCase()).filter(Boolean))],
    userSites: [],
    ...(v0.language === 'auto' ? {} : { locale: v0.language }),
  };
}

/** `MIGRATIONS[n]` turns a version-n shape into a version n+1 shape. */
const MIGRATIONS: Readonly<Record<number, (stored: unknown) => unknown>> = { 0: migrateV0 };

function storedVersion(stored: unknown): number | undefined {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return undefined;
  const version = (stored as { version?: unknown }).version;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}

export type PersonalSettingsProblem =
  | { kind: 'unreadable'; detail: string }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid-rule'; ruleId: string; errors: PackError[] };

export interface LoadedPersonalSettings {
  settings: PersonalSettings;
  /** Whether the stored value should be replaced by `settings` (it was migrated or repaired). */
  rewrite: boolean;
  problems: PersonalSettingsProblem[];
}

/**
 * Rule entries the pack schema accepts. A single stale entry (a rule or option a newer
 * version renamed) is dropped alone rather than costing the user all their settings.
 */
function validRules(rules: PersonalSettings['rules']): { rules: PersonalSettings['rules']; problems: PersonalSettingsProblem[] } {
  const kept: PersonalSettings['rules'] = {};
  const problems: PersonalSettingsProblem[] = [];
  for (const [ruleId, setting] of Object.entries(rules)) {
    const checked = parsePack(personalPack({ ...defaultPersonalSettings(), rules: { [ruleId]: setting } }));
    if (checked.ok) kept[ruleId] = setting;
    else problems.push({ kind: 'invalid-rule', ruleId, errors: checked.errors });
  }
  return { rules: kept, problems };
}

/** Brings whatever is stored to the current shape. Never throws: bad data falls back to defaults. */
export function migratePersonalSettings(stored: unknown): LoadedPersonalSettings {
  if (stored === undefined) return { settings: defaultPersonalSettings(), rewrite: false, problems: [] };
  let version = storedVersion(stored);
  if (version === undefined) {
    return { settings: defaultPersonalSettings(), rewrite: true, problems: [{ kind: 'unreadable', detail: 'not an object with a version' }] };
  }
  if (version > PERSONAL_SETTINGS_VERSION) {
    // Written by a newer release (the user synced from an updated browser): leave it alone.
    return { settings: defaultPersonalSettings(), rewrite: false, problems: [{ kind: 'newer-version', version }] };
  }
  let current: unknown = stored;
  try {
    for (; version < PERSONAL_SETTINGS_VERSION; version += 1) current = MIGRATIONS[version]!(current);
  } catch (error) {
    return { settings: defaultPersonalSettings(), rewrite: true, problems: [{ kind: 'unreadable', detail: String(error) }] };
  }
  const parsed = personalV1Schema.safeParse(current);
  if (!parsed.success) {
    return { settings: defaultPersonalSettings(), rewrite: true, problems: [{ kind: 'unreadable', detail: z.prettifyError(parsed.error) }] };
  }
  const { rules, problems } = validRules(parsed.data.rules as PersonalSettings['rules']);
  const settings: PersonalSettings = { ...parsed.data, version: PERSONAL_SETTINGS_VERSION, rules };
  return { settings, rewrite: current !== stored || problems.length > 0, problems };
}

export async function loadPersonalSettings(sync: StorageArea): Promise<LoadedPersonalSettings> {
  return migratePersonalSettings(await readKey(sync, PERSONAL_SETTINGS_KEY));
}

/** Loads, and stores the migrated shape back when it changed; the background does this at start. */
export async function upgradePersonalSettings(sync: StorageArea): Promise<LoadedPersonalSettings> {
  const loaded = await loadPersonalSettings(sync);
  if (loaded.rewrite) await sync.set({ [PERSONAL_SETTINGS_KEY]: loaded.settings });
  return loaded;
}

export async function savePersonalSettings(sync: StorageArea, settings: PersonalSettings): Promise<void> {
  await sync.set({ [PERSONAL_SETTINGS_KEY]: settings });
}

/** Switches Netiquette on or off for one host. */
export function withSiteEnabled(settings: PersonalSettings, host: string, enabled: boolean): PersonalSettings {
  const others = settings.disabledSites.filter((disabled) => disabled !== host);
  return { ...settings, disabledSites: enabled ? others : [...others, host] };
}

/** Adds a site (an origin whose host permission was just granted), switched on. */
export function withUserSite(settings: PersonalSettings, origin: string): PersonalSettings {
  return withSiteEnabled({ ...settings, userSites: [...new Set([...settings.userSites, origin])] }, new URL(origin).hostname, true);
}

/** Forgets a site the user added, and whether it was switched off. */
export function withoutUserSite(settings: PersonalSettings, origin: string): PersonalSettings {
  return withSiteEnabled({ ...settings, userSites: settings.userSites.filter((site) => site !== origin) }, new URL(origin).hostname, true);
}

/** The personal settings as the top layer of the stack. */
export function personalPack(settings: PersonalSettings): Pack {
  return {
    schema: PACK_FORMAT_VERSION,
    id: PERSONAL_PACK_ID,
    name: 'Personal settings',
    version: '1.0.0',
    description: '',
    rules: settings.rules,
  };
}

export interface ExportDetails {
  id: string;
  name: string;
  version: string;
  description: string;
}

/**
 * The personal rule settings as a pack a lead can publish. The result goes through the pack
 * schema, so an id or version the schema refuses is reported instead of exported.
 */
export function exportPersonalPack(settings: PersonalSettings, details: ExportDetails): ReturnType<typeof parsePack> {
  return parsePack({
    $schema: PACK_SCHEMA_ID,
    schema: PACK_FORMAT_VERSION,
    ...details,
    rules: settings.rules,
  });
}
