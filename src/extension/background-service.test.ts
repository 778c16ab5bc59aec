import { describe, expect, it } from 'vitest';
import { EFFECTIVE_SETTINGS_KEY, type EffectiveSettings } from '../settings/effective.ts';
import { PACK_RECORDS_KEY, type PackRecord } from '../settings/pack-records.ts';
import { PERSONAL_SETTINGS_KEY } from '../settings/personal.ts';
import { fakeFetch, packText, type FakeResponse } from '../settings/testing/fake-fetch.ts';
import { MemoryStorageArea } from '../settings/testing/memory-storage.ts';
import { createBackgroundService } from './background-service.ts';

const TEAM_URL = 'http://127.0.0.1:8123/team.json';
const POLICY_URL = 'https://packs.example.com/corp.json';
const NOW = Date.UTC(2025, 2, 3, 8, 30);

function setup(
  options: { managed?: Record<string, unknown>; sync?: Record<string, unknown>; responses?: Record<string, (FakeResponse | 'hang' | Error)[]>; localQuotaBytes?: number } = {},
) {
  const local = new MemoryStorageArea({}, options.localQuotaBytes);
  const sync = new MemoryStorageArea(options.sync);
  const managed = new MemoryStorageArea(options.managed);
  const fetch = fakeFetch(options.responses ?? {});
  const registered: string[][] = [];
  const service = createBackgroundService({
    local,
    sync,
    managed,
    fetch,
    now: () => NOW,
    registerSites: async (origins) => {
      registered.push(origins);
    },
  });
  const effective = async () => (await local.get(EFFECTIVE_SETTINGS_KEY))[EFFECTIVE_SETTINGS_KEY] as EffectiveSettings;
  const records = async () => ((await local.get(PACK_RECORDS_KEY))[PACK_RECORDS_KEY] ?? []) as PackRecord[];
  return { local, sync, managed, fetch, service, registered, effective, records };
}

describe('background service', () => {
  it('writes the effective settings and migrates personal settings at start', async () => {
    const { service, sync, effective } = setup({ sync: { [PERSONAL_SETTINGS_KEY]: { rules: { informal: false } } } });
    await service.start();
    expect((await effective()).lint.rules.informal?.severity).toBe('off');
    expect((await sync.get(PERSONAL_SETTINGS_KEY))[PERSONAL_SETTINGS_KEY]).toMatchObject({ version: 1, rules: { informal: 'off' } });
  });

  it('subscribes to a pack URL and puts its rules into effect', async () => {
    const { service, effective, records } = setup({ responses: { [TEAM_URL]: [{ status: 200, body: packText('team', { honorific: 'error' }), headers: { ETag: 'W/"1"' } }] } });
    await service.start();
    const response = await service.handle({ type: 'netiquette:subscribe', url: TEAM_URL });
    expect(response.ok).toBe(true);
    expect((await effective()).lint.rules.honorific?.severity).toBe('error');
    expect(await records()).toEqual([
      { id: `url:${TEAM_URL}`, layer: 'team', source: { kind: 'url', url: TEAM_URL }, pack: expect.objectContaining({ id: 'team' }), etag: 'W/"1"', updatedAt: NOW, checkedAt: NOW },
    ]);
  });

  it('refuses a subscription whose first fetch fails, and stores nothing', async () => {
    const { service, records } = setup({ responses: { [TEAM_URL]: [{ status: 404 }] } });
    const response = await service.handle({ type: 'netiquette:subscribe', url: TEAM_URL });
    expect(response).toEqual({ ok: false, problem: { kind: 'http', status: 404 } });
    expect(await records()).toEqual([]);
  });

  it('refuses plain http beyond the loopback address without fetching', async () => {
    const { service, fetch } = setup();
    const response = await service.handle({ type: 'netiquette:subscribe', url: 'http://packs.example.com/team.json' });
    expect(response).toEqual({ ok: false, problem: { kind: 'bad-url', reason: 'insecure' } });
    expect(fetch.requests).toEqual([]);
  });

  it('refuses a broken import whole and keeps the active pack', async () => {
    const { service, effective, records } = setup();
    await service.start();
    expect((await service.handle({ type: 'netiquette:import-pack', text: packText('team', { informal: 'error' }), fileName: 'team.json' })).ok).toBe(true);
    const before = await effective();
    const response = await service.handle({ type: 'netiquette:import-pack', text: packText('team', { informal: 'shout' }), fileName: 'team-v2.json' });
    expect(response.ok).toBe(false);
    expect(!response.ok && response.problem.kind).toBe('invalid');
    expect(await effective()).toEqual(before);
    expect((await records()).map((record) => record.source)).toEqual([{ kind: 'file', fileName: 'team.json' }]);
  });

  it('replaces an imported pack when the same pack id is imported again', async () => {
    const { service, effective, records } = setup();
    await service.handle({ type: 'netiquette:import-pack', text: packText('team', { informal: 'error' }), fileName: 'team.json' });
    await service.handle({ type: 'netiquette:import-pack', text: packText('team', { informal: 'info' }, { version: '1.1.0' }), fileName: 'team-1.1.json' });
    expect((await records()).map((record) => record.pack?.version)).toEqual(['1.1.0']);
    expect((await effective()).lint.rules.informal?.severity).toBe('info');
  });

  it('keeps the last good pack through a failed refresh, with the error and its time', async () => {
    const { service, effective, records } = setup({
      responses: { [TEAM_URL]: [{ status: 200, body: packText('team', { honorific: 'error' }), headers: { ETag: '"1"' } }, { status: 200, body: '{ "schema": 1, ' }] },
    });
    await service.handle({ type: 'netiquette:subscribe', url: TEAM_URL });
    await service.refresh();
    const [record] = await records();
    expect(record?.pack?.rules).toEqual({ honorific: 'error' });
    expect(record?.error).toMatchObject({ problem: { kind: 'invalid' }, at: NOW });
    expect((await effective()).lint.rules.honorific?.severity).toBe('error');
  });

  it('fetches the policy\'s pack URLs into the managed layer, which the user cannot remove', async () => {
    const { service, effective, records } = setup({
      managed: { packUrls: [POLICY_URL], lockedRules: ['informal'] },
      responses: { [POLICY_URL]: [{ status: 200, body: packText('corp', { informal: 'error' }) }] },
    });
    await service.start();
    expect((await effective()).lint.rules.informal?.severity).toBe('error');
    const [record] = await records();
    expect(record?.layer).toBe('managed');
    expect(await service.handle({ type: 'netiquette:remove-pack', recordId: record!.id })).toEqual({ ok: false, problem: { kind: 'not-removable' } });
  });

  it('follows policy changes: new URLs are fetched, dropped ones forgotten', async () => {
    const { service, managed, records, effective } = setup({ responses: { [POLICY_URL]: [{ status: 200, body: packText('corp', { informal: 'error' }) }] } });
    await service.start();
    const withoutPolicy = await effective();
    await managed.set({ packUrls: [POLICY_URL] });
    await service.onStorageChanged('managed', ['packUrls']);
    expect((await records()).map((record) => record.id)).toEqual([`managed:${POLICY_URL}`]);
    expect((await effective()).lint.rules.informal?.severity).toBe('error');
    await managed.remove('packUrls');
    await service.onStorageChanged('managed', ['packUrls']);
    expect(await records()).toEqual([]);
    expect(await effective()).toEqual(withoutPolicy);
  });

  it('republishes when personal settings change in another page', async () => {
    const { service, sync, effective } = setup();
    await service.start();
    await sync.set({ [PERSONAL_SETTINGS_KEY]: { version: 1, rules: {}, disabledSites: ['mail.example.com'], userSites: [] } });
    await service.onStorageChanged('sync', [PERSONAL_SETTINGS_KEY]);
    expect((await effective()).disabledSites).toEqual(['mail.example.com']);
  });

  it('registers the user\'s and the policy\'s sites, again only when they change', async () => {
    const { service, sync, registered } = setup({
      managed: { allowedSites: ['mail.corp.example'] },
      sync: { [PERSONAL_SETTINGS_KEY]: { version: 1, rules: {}, disabledSites: [], userSites: ['https://helpdesk.example.org'] } },
    });
    await service.start();
    expect(registered).toEqual([['https://helpdesk.example.org', 'https://mail.corp.example']]);
    await sync.set({ [PERSONAL_SETTINGS_KEY]: { version: 1, rules: { informal: 'off' }, disabledSites: [], userSites: ['https://helpdesk.example.org'] } });
    await service.onStorageChanged('sync', [PERSONAL_SETTINGS_KEY]);
    expect(registered).toHaveLength(1);
    await service.handle({ type: 'netiquette:sites-changed' });
    expect(registered).toHaveLength(2);
  });

  it('takes the refresh interval from the policy', async () => {
    expect(await setup().service.refreshIntervalMinutes()).toBe(60);
    expect(await setup({ managed: { refreshIntervalMinutes: 240 } }).service.refreshIntervalMinutes()).toBe(240);
  });
});

describe('background service and direct writers', () => {
  it('does not overwrite the effective settings when restarted with unchanged layers', async () => {
    const { service, local, effective } = setup();
    await service.start();
    const written = { ...(await effective()), disabledSites: ['written.by.hand'] };
    await local.set({ [EFFECTIVE_SETTINGS_KEY]: written });
    await service.start();
    expect(await effective()).toEqual(written);
  });

  it('turns a rule off in the personal settings when a card asks', async () => {
    const { service, sync, effective } = setup();
    await service.start();
    expect(await service.handle({ type: 'netiquette:turn-off-rule', ruleId: 'informal' })).toEqual({ ok: true });
    expect((await sync.get(PERSONAL_SETTINGS_KEY))[PERSONAL_SETTINGS_KEY]).toMatchObject({ rules: { informal: 'off' } });
    expect((await effective()).lint.rules.informal?.severity).toBe('off');
  });

  it('leaves a rule the policy locks switched on', async () => {
    const { service, effective } = setup({ managed: { lockedRules: ['informal'] } });
    await service.start();
    const before = (await effective()).lint.rules.informal?.severity;
    await service.handle({ type: 'netiquette:turn-off-rule', ruleId: 'informal' });
    expect((await effective()).lint.rules.informal?.severity).toBe(before);
    expect(before).not.toBe('off');
  });

  /** A valid pack of about `kilobytes` KB: many forbidden phrases. */
  function bulkyPack(id: string, kilobytes: number): string {
    const forbidden = Array.from({ length: Math.ceil((kilobytes * 1024) / 80) }, (_, index) => ({ phrase: `phrase number ${index} we never say`, replacement: `wording ${index}` }));
    return packText(id, {}, { phrases: { forbidden } });
  }

  it('refuses an import the storage quota has no room for, keeps everything as it was, and later changes still work', async () => {
    const { service, effective, records, sync } = setup({ localQuotaBytes: 200_000 });
    await service.start();
    expect((await service.handle({ type: 'netiquette:import-pack', text: packText('team', { informal: 'error' }), fileName: 'team.json' })).ok).toBe(true);
    const before = { effective: await effective(), records: await records() };

    const response = await service.handle({ type: 'netiquette:import-pack', text: bulkyPack('bulky', 150), fileName: 'bulky.json' });
    expect(response).toEqual({ ok: false, problem: { kind: 'storage', detail: 'Resource::kQuotaBytes quota exceeded' } });
    expect(await records()).toEqual(before.records);
    expect(await effective()).toEqual(before.effective);

    expect(await service.handle({ type: 'netiquette:turn-off-rule', ruleId: 'honorific' })).toEqual({ ok: true });
    expect((await effective()).lint.rules.honorific?.severity).toBe('off');
    expect((await sync.get(PERSONAL_SETTINGS_KEY))[PERSONAL_SETTINGS_KEY]).toMatchObject({ rules: { honorific: 'off' } });
  });

  it('keeps the previous pack when a refresh brings one the storage quota has no room for, and says why', async () => {
    const { service, effective, records } = setup({
      localQuotaBytes: 200_000,
      responses: { [TEAM_URL]: [{ status: 200, body: packText('team', { honorific: 'error' }) }, { status: 200, body: bulkyPack('team', 150) }] },
    });
    await service.start();
    expect((await service.handle({ type: 'netiquette:subscribe', url: TEAM_URL })).ok).toBe(true);
    const before = { effective: await effective(), records: await records() };
    const response = await service.handle({ type: 'netiquette:refresh-packs' });
    expect(response).toMatchObject({ ok: false, problem: { kind: 'storage' } });
    expect(await records()).toEqual(before.records);
    expect(await effective()).toEqual(before.effective);
  });
});
