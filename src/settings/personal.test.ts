import { describe, expect, it } from 'vitest';
import {
  PERSONAL_SETTINGS_KEY,
  PERSONAL_SETTINGS_VERSION,
  defaultPersonalSettings,
  exportPersonalPack,
  migratePersonalSettings,
  upgradePersonalSettings,
  withSiteEnabled,
  withUserSite,
  withoutUserSite,
} from './personal.ts';
import { MemoryStorageArea } from './testing/memory-storage.ts';

describe('migratePersonalSettings', () => {
  it('gives the defaults when nothing is stored, without asking for a write', () => {
    expect(migratePersonalSettings(undefined)).toEqual({ settings: defaultPersonalSettings(), rewrite: false, problems: [] });
  });

  it('turns the unversioned v0 shape into v1', () => {
    const loaded = migratePersonalSettings({
      rules: { shouting: false, informal: 'error', 'subject-length': true },
      mutedHosts: [' Mail.Example.com ', 'mail.example.com', 'helpdesk.example.org'],
      language: 'zh',
    });
    expect(loaded.settings).toEqual({
      version: PERSONAL_SETTINGS_VERSION,
      rules: { shouting: 'off', informal: 'error' },
      disabledSites: ['mail.example.com', 'helpdesk.example.org'],
      userSites: [],
      locale: 'zh',
    });
    expect(loaded.rewrite).toBe(true);
    expect(loaded.problems).toEqual([]);
  });

  it('leaves "auto" language to the browser', () => {
    expect(migratePersonalSettings({ language: 'auto' }).settings.locale).toBeUndefined();
  });

  it('keeps a valid v1 value as it is', () => {
    const stored = { version: 1, rules: { 'line-length': ['error', { max: 30 }] }, disabledSites: ['a.example'], userSites: ['https://mail.example.com'] };
    const loaded = migratePersonalSettings(stored);
    expect(loaded.settings).toEqual(stored);
    expect(loaded.rewrite).toBe(false);
  });

  it('drops only the rule entry the pack schema refuses, and reports it', () => {
    const loaded = migratePersonalSettings({
      version: 1,
      rules: { 'line-length': ['error', { max: 30, wrap: 'yes' }], shouting: 'off', 'no-such-rule': 'error' },
      disabledSites: [],
      userSites: [],
    });
    expect(loaded.settings.rules).toEqual({ shouting: 'off' });
    expect(loaded.problems.map((problem) => problem.kind === 'invalid-rule' && problem.ruleId)).toEqual(['line-length', 'no-such-rule']);
    expect(loaded.rewrite).toBe(true);
  });

  it('does not touch settings written by a newer version', () => {
    const loaded = migratePersonalSettings({ version: 7, rules: { shouting: 'off' } });
    expect(loaded.settings).toEqual(defaultPersonalSettings());
    expect(loaded.rewrite).toBe(false);
    expect(loaded.problems).toEqual([{ kind: 'newer-version', version: 7 }]);
  });

  it('falls back to the defaults for something that is not settings at all', () => {
    for (const stored of ['text', 42, null, [], { version: 'one' }, { version: 1, rules: 'all' }]) {
      const loaded = migratePersonalSettings(stored);
      expect(loaded.settings).toEqual(defaultPersonalSettings());
      expect(loaded.problems[0]?.kind).toBe('unreadable');
    }
  });
});

describe('upgradePersonalSettings', () => {
  it('writes the migrated shape back to storage', async () => {
    const sync = new MemoryStorageArea({ [PERSONAL_SETTINGS_KEY]: { rules: { honorific: false } } });
    await upgradePersonalSettings(sync);
    expect((await sync.get(PERSONAL_SETTINGS_KEY))[PERSONAL_SETTINGS_KEY]).toEqual({
      version: 1,
      rules: { honorific: 'off' },
      disabledSites: [],
      userSites: [],
    });
  });

  it('writes nothing when the stored shape is current', async () => {
    const sync = new MemoryStorageArea({ [PERSONAL_SETTINGS_KEY]: defaultPersonalSettings() });
    await upgradePersonalSettings(sync);
    expect(sync.writes).toEqual([]);
  });
});

describe('exportPersonalPack', () => {
  const settings = { ...defaultPersonalSettings(), rules: { shouting: 'error' as const, 'subject-length': ['warning', { max: 20 }] as const } };

  it('gives a pack that validates, pointing editors at the schema', () => {
    const exported = exportPersonalPack(settings, { id: 'acme-support', name: 'ACME support', version: '1.2.0', description: 'Our rules' });
    expect(exported.ok).toBe(true);
    expect(exported.ok && exported.pack).toMatchObject({
      $schema: expect.stringContaining('rule-pack.schema.json'),
      schema: 1,
      id: 'acme-support',
      version: '1.2.0',
      rules: { shouting: 'error', 'subject-length': ['warning', { max: 20 }] },
    });
  });

  it('reports an id the pack schema refuses', () => {
    const exported = exportPersonalPack(settings, { id: 'ACME Support', name: 'ACME', version: '1.0.0', description: '' });
    expect(exported.ok).toBe(false);
    expect(!exported.ok && exported.errors.map((error) => error.path)).toEqual(['$.id']);
  });
});

describe('site switches', () => {
  it('switches a host off and on again', () => {
    const off = withSiteEnabled(defaultPersonalSettings(), 'mail.example.com', false);
    expect(off.disabledSites).toEqual(['mail.example.com']);
    expect(withSiteEnabled(off, 'mail.example.com', false).disabledSites).toEqual(['mail.example.com']);
    expect(withSiteEnabled(off, 'mail.example.com', true).disabledSites).toEqual([]);
  });

  it('adds a site switched on, once, and forgets it with its switch', () => {
    const start = { ...defaultPersonalSettings(), disabledSites: ['helpdesk.example.org'] };
    const added = withUserSite(withUserSite(start, 'https://helpdesk.example.org'), 'https://helpdesk.example.org');
    expect(added.userSites).toEqual(['https://helpdesk.example.org']);
    expect(added.disabledSites).toEqual([]);
    const disabled = withSiteEnabled(added, 'helpdesk.example.org', false);
    expect(withoutUserSite(disabled, 'https://helpdesk.example.org')).toMatchObject({ userSites: [], disabledSites: [] });
  });
});
