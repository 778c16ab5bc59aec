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

  it('skips each hostile pack string with its error while every other setting still applies', () => {
    const hugeAllow = packText('huge', { shouting: ['warning', { allow: Array.from({ length: 150_000 }, () => 0) }] });
    const halfEmoji = packText('half-emoji', {}, { phrases: { forbidden: [{ phrase: '\ud83d', replacement: '😀' }] } });
    const policy = parseManagedPolicy({
      packs: [hugeAllow, packText('good', { informal: 'off' }), halfEmoji, 42, '{"schema": 1, "schema": 1}', null],
      packUrls: ['https://packs.example.com/a.json', 7],
      lockedRules: ['angry-tone', 'confidential-data'],
      allowedSites: ['https://mail.example.com'],
      allowSendAnyway: false,
      refreshIntervalMinutes: 30,
    });
    expect(policy.packs.map(({ pack, where }) => [pack.id, where])).toEqual([['good', 'packs[1]']]);
    expect(policy.packUrls).toEqual(['https://packs.example.com/a.json']);
    expect(policy.lockedRules).toEqual(['angry-tone', 'confidential-data']);
    expect(policy.allowedSites).toEqual(['https://mail.example.com']);
    expect(policy.allowSendAnyway).toBe(false);
    expect(policy.refreshIntervalMinutes).toBe(30);
    expect(managedPolicyPack(policy)).toMatchObject({ locked: ['angry-tone', 'confidential-data'], guard: { allowSendAnyway: false } });
    const problems = Object.fromEntries(policy.problems.map((problem) => [problem.where, problem.errors[0]]));
    expect(Object.keys(problems).sort()).toEqual(['packUrls[1]', 'packs[0]', 'packs[2]', 'packs[3]', 'packs[4]', 'packs[5]']);
    expect(problems['packs[0]']).toEqual({ path: '$.rules.shouting[1].allow', message: 'must have at most 2000 items, got 150000' });
    expect(problems['packs[2]']).toMatchObject({ path: '$.phrases.forbidden[0].phrase', message: expect.stringContaining('not well-formed Unicode') });
    expect(problems['packs[3]']).toEqual({ path: '$', message: 'expected a string, got number' });
    expect(problems['packs[4]']).toMatchObject({ path: '$.schema', message: expect.stringContaining('duplicate key "schema"') });
  });
});
