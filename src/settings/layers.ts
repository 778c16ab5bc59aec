import { defaultPack } from '../packs/builtin.ts';
import { resolveLayers, type PackLayer, type ResolvedLayers } from '../packs/resolve.ts';
import type { EffectiveSettings } from './effective.ts';
import { managedPolicyPack, type ManagedPolicy } from './managed.ts';
import type { PackRecord } from './pack-records.ts';
import { personalPack, type PersonalSettings } from './personal.ts';
import { matchesPattern, siteHost } from './urls.ts';

/**
 * Everything the settings are made of, gathered from the three storage areas, and the pure
 * step that stacks them. The background worker runs it to write what the content script
 * reads; the options page runs the very same step to show where each value came from.
 */

export interface SettingsInputs {
  managed: ManagedPolicy;
  records: readonly PackRecord[];
  personal: PersonalSettings;
}

export interface ComputedSettings extends ResolvedLayers {
  layers: PackLayer[];
  /** What the content script lints with: the resolved settings plus the user's site and language choices. */
  effective: EffectiveSettings;
}

function recordLabel(record: PackRecord): string {
  return record.source.kind === 'url' ? record.source.url : record.source.fileName;
}

/** The layers in order of authority, lowest first. */
export function buildLayers({ managed, records, personal }: SettingsInputs): PackLayer[] {
  const layers: PackLayer[] = [{ source: 'builtin', pack: defaultPack }];
  for (const { pack, where } of managed.packs) layers.push({ source: 'managed', pack, label: `policy ${where}` });
  for (const url of managed.packUrls) {
    const record = records.find((candidate) => candidate.layer === 'managed' && candidate.source.kind === 'url' && candidate.source.url === url);
    if (record?.pack) layers.push({ source: 'managed', pack: record.pack, label: url });
  }
  // Last in the managed layer, so its locks freeze what all the managed packs together decided.
  const policyPack = managedPolicyPack(managed);
  if (policyPack) layers.push({ source: 'managed', pack: policyPack, label: 'policy' });
  for (const record of records) {
    if (record.layer === 'team' && record.pack) layers.push({ source: 'team', pack: record.pack, label: recordLabel(record) });
  }
  layers.push({ source: 'personal', pack: personalPack(personal) });
  return layers;
}

/** Hosts of the sites the policy added; the user cannot switch Netiquette off there. */
export function managedHosts(managed: ManagedPolicy): Set<string> {
  return new Set(managed.allowedSites.map((origin) => new URL(origin).hostname));
}

export function computeSettings(inputs: SettingsInputs): ComputedSettings {
  const layers = buildLayers(inputs);
  const resolved = resolveLayers(layers);
  const forcedOn = managedHosts(inputs.managed);
  const disabledSites = inputs.personal.disabledSites.filter((host) => !forcedOn.has(host));
  const effective: EffectiveSettings = {
    ...resolved.settings,
    ...(inputs.personal.locale === undefined ? {} : { locale: inputs.personal.locale }),
    disabledSites,
    locked: Object.keys(resolved.locked),
  };
  return { ...resolved, layers, effective };
}

export type SiteState =
  /** Not a web page: nothing to offer. */
  | { kind: 'not-web' }
  /** Netiquette does not run here yet; the user may add the site. */
  | { kind: 'unknown'; host: string; origin: string }
  /** A built-in site, one the user added, or one the policy requires (then it cannot be switched off). */
  | { kind: 'known'; host: string; enabled: boolean; required: boolean };

/** What the popup offers for the page in the active tab. */
export function siteState(pageUrl: string | undefined, builtinPatterns: readonly string[], inputs: Pick<SettingsInputs, 'managed' | 'personal'>): SiteState {
  const host = siteHost(pageUrl);
  if (pageUrl === undefined || host === undefined) return { kind: 'not-web' };
  const required = managedHosts(inputs.managed).has(host);
  const builtin = builtinPatterns.some((pattern) => matchesPattern(pattern, pageUrl));
  const added = inputs.personal.userSites.some((site) => siteHost(site) === host);
  if (!required && !builtin && !added) return { kind: 'unknown', host, origin: new URL(pageUrl).origin };
  return { kind: 'known', host, enabled: required || !inputs.personal.disabledSites.includes(host), required };
}
