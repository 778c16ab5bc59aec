import { describe, expect, it } from 'vitest';
import { managedPolicyPack, parseManagedPolicy } from './managed.ts';
import { packText } from './testing/fake-fetch.ts';

describe('parseManagedPolicy', () => {
  it('reads an empty policy as absent', () => {
    const policy = parseManagedPolicy({});
    expect(policy.present).toBe(false);
    expect(policy.packs).toEqual([]);
    expect(managedPolicyPack(policy)).toBeUndefined();
  });

  it('reads every setting of a valid policy', () => {
    const policy = parseManagedPolicy({
      packs: [packText('acme', { shouting: 'error' })],
      packUrls: ['https://packs.example.com/acme.json'],
      lockedRules: ['shouting', 'angry-tone'],
      allowedSites: ['https://mail.example.com'],
      allowSendAnyway: false,
      refreshIntervalMinutes: 30,
    });
    expect(policy.present).toBe(true);
    expect(policy.problems).toEqual([]);
    expect(policy.packs.map(({ pack, where }) => [pack.id, where])).toEqual([['acme', 'packs[0]']]);
    expect(policy.packUrls).toEqual(['https://packs.example.com/acme.json']);
    expect(policy.lockedRules).toEqual(['shouting', 'angry-tone']);
    expect(policy.allowedSites).toEqual(['https://mail.example.com']);
    expect(policy.allowSendAnyway).toBe(false);
    expect(policy.refreshIntervalMinutes).toBe(30);
    expect(managedPolicyPack(policy)).toMatchObject({ locked: ['shouting', 'angry-tone'], guard: { allowSendAnyway: false } });
  });

  it('reports a broken pack string and still applies the other packs', () => {
    const policy = parseManagedPolicy({
      packs: ['{"schema": 1, "id": "broken"', packText('good', { informal: 'off' }), packText('bad-rule', { shouting: 'loud' })],
    });
    expect(policy.packs.map(({ pack }) => pack.id)).toEqual(['good']);
    expect(policy.problems.map((problem) => problem.where)).toEqual(['packs[0]', 'packs[2]']);
    expect(policy.problems[0]?.errors[0]?.message).toMatch(/not valid JSON/);
    expect(policy.problems[1]?.errors[0]?.path).toBe('$.rules.shouting');
  });

  it('refuses plain-http pack URLs outside the loopback address', () => {
    const policy = parseManagedPolicy({ packUrls: ['http://packs.example.com/a.json', 'http://127.0.0.1:8080/a.json', 'ftp://x/y'] });
    expect(policy.packUrls).toEqual(['http://127.0.0.1:8080/a.json']);
    expect(policy.problems.map((problem) => problem.where)).toEqual(['packUrls[0]', 'packUrls[2]']);
  });

  it('reads sites as origins and reports the ones that are not usable', () => {
    const policy = parseManagedPolicy({ allowedSites: ['mail.corp.example', 'https://helpdesk.corp.example/agent', 'http://intranet.corp.example'] });
    expect(policy.allowedSites).toEqual(['https://mail.corp.example', 'https://helpdesk.corp.example']);
    expect(policy.problems.map((problem) => problem.where)).toEqual(['allowedSites[2]']);
  });

  it('reports unknown rule ids in lockedRules and locks the known ones', () => {
    const policy = parseManagedPolicy({ lockedRules: ['shouting', 'no-shouting'] });
    expect(policy.lockedRules).toEqual(['shouting']);
    expect(policy.problems).toEqual([{ where: 'lockedRules', errors: [{ path: '$', message: 'unknown rule id "no-shouting"' }] }]);
  });

  it('reports a setting of the wrong type and keeps the rest', () => {
    const policy = parseManagedPolicy({ allowSendAnyway: 'no', refreshIntervalMinutes: 1, lockedRules: ['informal'] });
    expect(policy.allowSendAnyway).toBeUndefined();
    expect(policy.refreshIntervalMinutes).toBeUndefined();
    expect(policy.lockedRules).toEqual(['informal']);
    expect(policy.problems.map((problem) => problem.where)).toEqual(['allowSendAnyway', 'refreshIntervalMinutes']);
  });
});
