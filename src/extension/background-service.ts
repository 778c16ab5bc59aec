import { parsePackText } from '../packs/schema.ts';
import { EFFECTIVE_SETTINGS_KEY } from '../settings/effective.ts';
import { computeSettings, type SettingsInputs } from '../settings/layers.ts';
import { parseManagedPolicy } from '../settings/managed.ts';
import {
  PACK_RECORDS_KEY,
  fileRecordId,
  managedRecordId,
  readPackRecords,
  upsertRecord,
  urlRecordId,
  type PackProblem,
  type PackRecord,
} from '../settings/pack-records.ts';
import { PERSONAL_SETTINGS_KEY, loadPersonalSettings, savePersonalSettings, upgradePersonalSettings } from '../settings/personal.ts';
import { setRuleSeverity } from '../settings/rule-edits.ts';
import { fetchPack, refreshRecord, type FetchLike } from '../settings/refresh.ts';
import { readManagedPolicy, type ReadableStorageArea, type StorageArea } from '../settings/storage.ts';
import { checkPackUrl } from '../settings/urls.ts';
import type { BackgroundRequest, BackgroundResponse } from './messages.ts';

/**
 * The background worker's logic, with every browser API handed in, so that tests can drive it
 * with in-memory storage, a fake fetch and a fixed clock. The entrypoint only wires events to it.
 *
 * Whenever a layer changes (policy, packs, personal settings) the worker recomputes the
 * effective settings and writes them to `storage.local`, where open compose pages pick them
 * up through `storage.onChanged` without being reloaded.
 */

export const DEFAULT_REFRESH_MINUTES = 60;
/** The effective settings as last computed from the layers, kept beside what was written. */
const PUBLISHED_KEY = 'effectiveSettingsPublished';

export interface BackgroundDeps {
  local: StorageArea;
  sync: StorageArea;
  /** Absent where the browser has no managed storage. */
  managed?: ReadableStorageArea;
  fetch: FetchLike;
  now: () => number;
  fetchTimeoutMs?: number;
  /** Registers the content script on these origins, as far as their host permission was granted. */
  registerSites(origins: string[]): Promise<void>;
}

export type StorageAreaName = 'local' | 'sync' | 'managed' | 'session';

export interface BackgroundService {
  /** Migrates stored settings, fetches new policy packs, writes the effective settings and registers sites. */
  start(): Promise<void>;
  handle(request: BackgroundRequest): Promise<BackgroundResponse>;
  /** Refreshes every pack fetched from a URL, or only the one given. */
  refresh(recordId?: string): Promise<void>;
  onStorageChanged(area: StorageAreaName, keys: readonly string[]): Promise<void>;
  refreshIntervalMinutes(): Promise<number>;
}

export function createBackgroundService(deps: BackgroundDeps): BackgroundService {
  const fetchDeps = { fetch: deps.fetch, now: deps.now, ...(deps.fetchTimeoutMs === undefined ? {} : { timeoutMs: deps.fetchTimeoutMs }) };

  // Every read-modify-write of the stored records runs alone, so an alarm's refresh and a
  // click on "subscribe" cannot overwrite each other's results.
  let queue: Promise<unknown> = Promise.resolve();
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  async function readInputs(): Promise<SettingsInputs> {
    const [managedRaw, records, personal] = await Promise.all([readManagedPolicy(deps.managed), readPackRecords(deps.local), loadPersonalSettings(deps.sync)]);
    return { managed: parseManagedPolicy(managedRaw), records, personal: personal.settings };
  }

  /**
   * The items that bring the stored effective settings up to date with the layers (with
   * `records` in place of the stored pack records, when those are about to change); none when
   * nothing changed. Comparing with the last publication rather than with the stored value means
   * a worker restarted by the browser rewrites nothing, and spares every open compose page a
   * needless re-lint.
   */
  async function effectiveItems(records?: readonly PackRecord[]): Promise<Record<string, unknown>> {
    const inputs = await readInputs();
    const { effective } = computeSettings(records === undefined ? inputs : { ...inputs, records: [...records] });
    const serialized = JSON.stringify(effective);
    const { [PUBLISHED_KEY]: published, [EFFECTIVE_SETTINGS_KEY]: stored } = await deps.local.get([PUBLISHED_KEY, EFFECTIVE_SETTINGS_KEY]);
    if (published === serialized && stored !== undefined) return {};
    return { [EFFECTIVE_SETTINGS_KEY]: effective, [PUBLISHED_KEY]: serialized };
  }

  async function publish(): Promise<void> {
    const items = await effectiveItems();
    if (Object.keys(items).length > 0) await deps.local.set(items);
  }

  /**
   * Stores new pack records and the effective settings they produce in one write. The browser
   * checks one write against its storage quota as a whole, so both are stored or neither is: a
   * refused import or refresh leaves the previous packs and settings in force and says why,
   * instead of storing packs that the settings never caught up with. Should an area still have
   * written part of it, what was there before is put back.
   */
  async function commitRecords(records: readonly PackRecord[]): Promise<{ ok: true } | { ok: false; problem: PackProblem }> {
    const items = { [PACK_RECORDS_KEY]: records, ...(await effectiveItems(records)) };
    const keys = Object.keys(items);
    const previous = await deps.local.get(keys);
    try {
      await deps.local.set(items);
      return { ok: true };
    } catch (error) {
      const absent = keys.filter((key) => !(key in previous));
      await Promise.allSettled([deps.local.set(previous), ...(absent.length > 0 ? [deps.local.remove(absent)] : [])]);
      return { ok: false, problem: { kind: 'storage', detail: error instanceof Error ? error.message : String(error) } };
    }
  }

  /** Brings the managed records in line with the policy's URLs: new ones fetched now, dropped ones forgotten. */
  async function syncManagedRecords(): Promise<void> {
    const policy = parseManagedPolicy(await readManagedPolicy(deps.managed));
    const records = await readPackRecords(deps.local);
    let next = records.filter((record) => record.layer !== 'managed' || (record.source.kind === 'url' && policy.packUrls.includes(record.source.url)));
    for (const url of policy.packUrls) {
      const id = managedRecordId(url);
      if (next.some((record) => record.id === id)) continue;
      next = upsertRecord(next, await refreshRecord({ id, layer: 'managed', source: { kind: 'url', url } }, fetchDeps));
    }
    if (JSON.stringify(next) !== JSON.stringify(records)) await commitRecords(next);
  }

  let registeredOrigins: string | undefined;
  /** `force` after a permission grant: the origins are the same, what may be registered is not. */
  async function registerSites(force: boolean): Promise<void> {
    const [personal, managedRaw] = await Promise.all([loadPersonalSettings(deps.sync), readManagedPolicy(deps.managed)]);
    const sorted = [...new Set([...personal.settings.userSites, ...parseManagedPolicy(managedRaw).allowedSites])].sort();
    if (!force && JSON.stringify(sorted) === registeredOrigins) return;
    await deps.registerSites(sorted);
    registeredOrigins = JSON.stringify(sorted);
  }

  async function refresh(recordId?: string): Promise<BackgroundResponse> {
    const records = await readPackRecords(deps.local);
    const refreshed: PackRecord[] = [];
    for (const record of records) refreshed.push(recordId === undefined || record.id === recordId ? await refreshRecord(record, fetchDeps) : record);
    return commitRecords(refreshed);
  }

  async function subscribe(input: string): Promise<BackgroundResponse> {
    const checked = checkPackUrl(input);
    if (!checked.ok) return { ok: false, problem: { kind: 'bad-url', reason: checked.reason } };
    const outcome = await fetchPack(checked.url, undefined, fetchDeps);
    if (outcome.kind === 'failed') return { ok: false, problem: outcome.problem };
    if (outcome.kind === 'unchanged') return { ok: false, problem: { kind: 'http', status: 304 } };
    const at = deps.now();
    const record: PackRecord = {
      id: urlRecordId(checked.url),
      layer: 'team',
      source: { kind: 'url', url: checked.url },
      pack: outcome.pack,
      updatedAt: at,
      checkedAt: at,
      ...(outcome.etag === undefined ? {} : { etag: outcome.etag }),
    };
    const committed = await commitRecords(upsertRecord(await readPackRecords(deps.local), record));
    return committed.ok ? { ok: true, record } : committed;
  }

  /**
   * A broken file is refused whole and stores nothing: the packs already active stay as they
   * are. So is a file the storage quota has no room for.
   */
  async function importPack(text: string, fileName: string): Promise<BackgroundResponse> {
    const parsed = parsePackText(text);
    if (!parsed.ok) return { ok: false, problem: { kind: 'invalid', errors: parsed.errors } };
    const at = deps.now();
    const record: PackRecord = { id: fileRecordId(parsed.pack.id), layer: 'team', source: { kind: 'file', fileName }, pack: parsed.pack, updatedAt: at };
    const committed = await commitRecords(upsertRecord(await readPackRecords(deps.local), record));
    return committed.ok ? { ok: true, record } : committed;
  }

  /** "Turn off this rule" from a finding's card. A rule a pack locks stays as it is: the layering refuses the change. */
  async function turnOffRule(ruleId: string): Promise<BackgroundResponse> {
    const { settings } = await loadPersonalSettings(deps.sync);
    const edited = setRuleSeverity(settings, ruleId, 'off');
    if (!edited.ok) return { ok: false, problem: { kind: 'invalid', errors: edited.errors } };
    await savePersonalSettings(deps.sync, edited.settings);
    await publish();
    return { ok: true };
  }

  async function remove(recordId: string): Promise<BackgroundResponse> {
    const records = await readPackRecords(deps.local);
    const record = records.find((candidate) => candidate.id === recordId);
    if (!record) return { ok: true };
    if (record.layer === 'managed') return { ok: false, problem: { kind: 'not-removable' } };
    return commitRecords(records.filter((candidate) => candidate.id !== recordId));
  }

  return {
    start: () =>
      serialized(async () => {
        await upgradePersonalSettings(deps.sync);
        await syncManagedRecords();
        await publish();
        await registerSites(true);
      }),

    handle: (request) =>
      serialized(async (): Promise<BackgroundResponse> => {
        try {
          switch (request.type) {
            case 'netiquette:subscribe':
              return await subscribe(request.url);
            case 'netiquette:import-pack':
              return await importPack(request.text, request.fileName);
            case 'netiquette:remove-pack':
              return await remove(request.recordId);
            case 'netiquette:refresh-packs':
              return await refresh(request.recordId);
            case 'netiquette:sites-changed':
              await registerSites(true);
              return { ok: true };
            case 'netiquette:turn-off-rule':
              return await turnOffRule(request.ruleId);
          }
        } catch (error) {
          return { ok: false, problem: { kind: 'internal', detail: error instanceof Error ? error.message : String(error) } };
        }
      }),

    refresh: (recordId) =>
      serialized(async () => {
        await refresh(recordId);
      }),

    onStorageChanged: (area, keys) =>
      serialized(async () => {
        if (area === 'managed') {
          await syncManagedRecords();
          await publish();
          await registerSites(false);
        } else if (area === 'sync' && keys.includes(PERSONAL_SETTINGS_KEY)) {
          await publish();
          await registerSites(false);
        } else if (area === 'local' && keys.includes(PACK_RECORDS_KEY)) {
          // Covers writes from other extension pages; the worker's own writes publish already,
          // and a second publish finds nothing changed.
          await publish();
        }
      }),

    refreshIntervalMinutes: async () => parseManagedPolicy(await readManagedPolicy(deps.managed)).refreshIntervalMinutes ?? DEFAULT_REFRESH_MINUTES,
  };
}
