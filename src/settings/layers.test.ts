import { describe, expect, it } from 'vitest';
import { defaultPack } from '../packs/builtin.ts';
import type { Pack } from '../packs/pack.ts';
import { computeSettings, siteState, type SettingsInputs } from './layers.ts';
import { parseManagedPolicy } from './managed.ts';
import type { PackRecord } from './pack-records.ts';
import { defaultPersonalSettings, type PersonalSettings } from './personal.ts';
import { packText } from './testing/fake-fetch.ts';

function teamRecord(id: string, rules: Pack['rules'], extra: Partial<Pack> = {}): PackRecord {
  return {
    id: `file:${id}`,
    layer: 'team',
    source: { kind: 'file', fileName: `${id}.json` },
    pack: { schema: 1, id, name: id, version: '1.0.0', description: '', rules, ...extra },
    updatedAt: 0,
  };
}

function inputs(overrides: { managed?: Record<string, unknown>; records?: PackRecord[]; personal?: Partial<PersonalSettings> } = {}): SettingsInputs {
  return {
    managed: parseManagedPolicy(overrides.managed ?? {}),
    records: overrides.records ?? [],
    personal: { ...defaultPersonalSettings(), ...overrides.personal },
  };
}

describe('computeSettings', () => {
  it('starts from the built-in default pack', () => {
    const computed = computeSettings(inputs());
    expect(computed.effective.lint.rules['subject-missing']?.severity).toBe(defaultPack.rules?.['subject-missing']);
    expect(computed.provenance['subject-missing']).toMatchObject({ source: 'builtin', packId: 'default' });
  });

  it('stacks built-in < managed < team < personal, and names the layer that decided each rule', () => {
    const computed = computeSettings(
      inputs({
        managed: { packs: [packText('corp', { informal: 'error' })] },
        records: [teamRecord('team-a', { honorific: 'info', shouting: 'info' })],
        personal: { rules: { shouting: 'off' } },
      }),
    );
    const { rules } = computed.effective.lint;
    expect(rules.informal?.severity).toBe('error');
    expect(rules.honorific?.severity).toBe('info');
    expect(rules.shouting?.severity).toBe('off');
    expect(computed.provenance.informal).toMatchObject({ source: 'managed', packId: 'corp', label: 'policy packs[0]' });
    expect(computed.provenance.honorific).toMatchObject({ source: 'team', packId: 'team-a', label: 'team-a.json' });
    expect(computed.provenance.shouting).toMatchObject({ source: 'personal', packId: 'personal' });
  });

  it('makes whatever a policy pack sets read-only, locked or not', () => {
    const computed = computeSettings(
      inputs({
        managed: { packs: [packText('corp', { informal: 'error' })] },
        records: [teamRecord('team-a', { informal: 'info' })],
        personal: { rules: { informal: 'off' } },
      }),
    );
    expect(computed.effective.lint.rules.informal?.severity).toBe('error');
    expect(computed.locked.informal).toMatchObject({ source: 'managed', packId: 'corp' });
    expect(computed.effective.locked).toEqual(['informal']);
  });

  it('applies a later team pack over an earlier one', () => {
    const computed = computeSettings(inputs({ records: [teamRecord('first', { informal: 'error' }), teamRecord('second', { informal: 'warning' })] }));
    expect(computed.effective.lint.rules.informal?.severity).toBe('warning');
    expect(computed.provenance.informal?.packId).toBe('second');
  });

  it('holds a rule the policy locks against the team and personal layers', () => {
    const computed = computeSettings(
      inputs({
        managed: { packs: [packText('corp', { 'angry-tone': 'error' })], lockedRules: ['angry-tone'] },
        records: [teamRecord('team-a', { 'angry-tone': 'info' })],
        personal: { rules: { 'angry-tone': 'off' } },
      }),
    );
    expect(computed.effective.lint.rules['angry-tone']?.severity).toBe('error');
    expect(computed.locked['angry-tone']).toMatchObject({ source: 'managed' });
    expect(computed.effective.locked).toEqual(['angry-tone']);
    expect(computed.provenance['angry-tone']).toMatchObject({ source: 'managed', packId: 'corp' });
    expect(computed.refused.map((change) => change.requestedBy.source)).toEqual(['team', 'personal']);
  });

  it('honours a team pack\'s own locks against personal settings', () => {
    const computed = computeSettings(
      inputs({ records: [teamRecord('team-a', { informal: 'error' }, { locked: ['informal'] })], personal: { rules: { informal: 'off' } } }),
    );
    expect(computed.effective.lint.rules.informal?.severity).toBe('error');
    expect(computed.locked.informal).toMatchObject({ source: 'team', packId: 'team-a' });
  });

  it('lets the policy take "send anyway" away for good', () => {
    const computed = computeSettings(
      inputs({ managed: { allowSendAnyway: false }, records: [teamRecord('team-a', {}, { guard: { allowSendAnyway: true } })] }),
    );
    expect(computed.effective.guard.allowSendAnyway).toBe(false);
  });

  it('uses packs fetched for the policy\'s URLs, in the managed layer', () => {
    const url = 'https://packs.example.com/corp.json';
    const managedRecord: PackRecord = { ...teamRecord('corp-url', { informal: 'off' }), id: `managed:${url}`, layer: 'managed', source: { kind: 'url', url } };
    const computed = computeSettings(inputs({ managed: { packUrls: [url] }, records: [managedRecord] }));
    expect(computed.provenance.informal).toMatchObject({ source: 'managed', packId: 'corp-url', label: url });
  });

  it('ignores a managed record the policy no longer names', () => {
    const url = 'https://packs.example.com/old.json';
    const stale: PackRecord = { ...teamRecord('old', { informal: 'off' }), id: `managed:${url}`, layer: 'managed', source: { kind: 'url', url } };
    const computed = computeSettings(inputs({ records: [stale] }));
    expect(computed.provenance.informal?.source).toBe('builtin');
  });

  it('skips team records whose first fetch failed', () => {
    const failed: PackRecord = { id: 'url:https://x.example/p.json', layer: 'team', source: { kind: 'url', url: 'https://x.example/p.json' }, error: { problem: { kind: 'http', status: 404 }, at: 1 } };
    expect(computeSettings(inputs({ records: [failed] })).layers.map((layer) => layer.source)).toEqual(['builtin', 'personal']);
  });

  it('passes the user\'s disabled sites and language on, except sites the policy requires', () => {
    const computed = computeSettings(
      inputs({ managed: { allowedSites: ['https://mail.corp.example'] }, personal: { disabledSites: ['mail.corp.example', 'webmail.example.net'], locale: 'zh' } }),
    );
    expect(computed.effective.disabledSites).toEqual(['webmail.example.net']);
    expect(computed.effective.locale).toBe('zh');
  });
});

describe('siteState', () => {
  const builtin = ['https://mail.google.com/*'];

  it('offers nothing outside web pages', () => {
    expect(siteState('chrome://newtab/', builtin, inputs())).toEqual({ kind: 'not-web' });
    expect(siteState(undefined, builtin, inputs())).toEqual({ kind: 'not-web' });
  });

  it('offers to add a site Netiquette does not run on', () => {
    expect(siteState('https://helpdesk.example.org/tickets/4', builtin, inputs())).toEqual({ kind: 'unknown', host: 'helpdesk.example.org', origin: 'https://helpdesk.example.org' });
  });

  it('reports built-in and added sites with their switch', () => {
    expect(siteState('https://mail.google.com/mail/u/0/', builtin, inputs())).toEqual({ kind: 'known', host: 'mail.google.com', enabled: true, required: false });
    const personal = { userSites: ['https://helpdesk.example.org'], disabledSites: ['helpdesk.example.org'] };
    expect(siteState('https://helpdesk.example.org/x', builtin, inputs({ personal }))).toEqual({ kind: 'known', host: 'helpdesk.example.org', enabled: false, required: false });
  });

  it('keeps a site the policy requires switched on', () => {
    const state = siteState('https://mail.corp.example/', builtin, inputs({ managed: { allowedSites: ['https://mail.corp.example'] }, personal: { disabledSites: ['mail.corp.example'] } }));
    expect(state).toEqual({ kind: 'known', host: 'mail.corp.example', enabled: true, required: true });
  });
});
