import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../core/options.ts';
import type { Severity, SeverityOrOff } from '../core/types.ts';
import { DEFAULT_GUARD } from '../settings/effective.ts';
import { defaultPack, strictPack } from './builtin.ts';
import type { Pack, PackRuleSetting } from './pack.ts';
import { LAYER_ORDER, resolveLayers, type LayerSource, type PackLayer } from './resolve.ts';
import { sampleRules } from './sample-rules.ts';

function pack(id: string, content: Omit<Pack, 'schema' | 'id' | 'name' | 'version' | 'description'> = {}): Pack {
  return { schema: 1, id, name: id, version: '1.0.0', description: '', ...content };
}

const resolve = (layers: PackLayer[]) => resolveLayers(layers, sampleRules);
const rulesOf = (layers: PackLayer[]) => resolve(layers).settings.lint.rules;

describe('resolveLayers: order', () => {
  it('lets personal beat team beat managed beat built-in, whatever order the layers come in', () => {
    const layers: PackLayer[] = [
      { source: 'personal', pack: pack('me', { rules: { 'line-length': 'info' } }) },
      { source: 'builtin', pack: pack('base', { rules: { 'line-length': 'error', shouting: 'error', 'angry-tone': 'error' } }) },
      { source: 'team', pack: pack('team', { rules: { 'line-length': 'warning', shouting: 'info' } }) },
      { source: 'managed', pack: pack('it', { rules: { 'line-length': 'off', shouting: 'off', 'angry-tone': 'info' } }) },
    ];
    const { settings, provenance } = resolve(layers);
    expect(settings.lint.rules).toEqual({
      'line-length': { severity: 'info', options: {} },
      shouting: { severity: 'info', options: {} },
      'angry-tone': { severity: 'info', options: {} },
    });
    expect(provenance).toEqual({
      'line-length': { source: 'personal', packId: 'me' },
      shouting: { source: 'team', packId: 'team' },
      'angry-tone': { source: 'managed', packId: 'it' },
    });
  });

  it('keeps the given order among packs of the same source', () => {
    const first = pack('first', { rules: { shouting: 'error' } });
    const second = pack('second', { rules: { shouting: 'info' } });
    expect(rulesOf([{ source: 'team', pack: first }, { source: 'team', pack: second }]).shouting!.severity).toBe('info');
    expect(rulesOf([{ source: 'team', pack: second }, { source: 'team', pack: first }]).shouting!.severity).toBe('error');
  });

  it('merges options key by key, the later layer winning', () => {
    const rules = rulesOf([
      { source: 'team', pack: pack('team', { rules: { 'line-length': ['warning', { max: 40, count: 'graphemes' }] } }) },
      { source: 'personal', pack: pack('me', { rules: { 'line-length': ['error', { max: 38 }] } }) },
    ]);
    expect(rules['line-length']).toEqual({ severity: 'error', options: { max: 38, count: 'graphemes' } });
  });

  it('keeps the options when a later layer gives only a severity', () => {
    const rules = rulesOf([
      { source: 'team', pack: pack('team', { rules: { 'line-length': ['warning', { max: 40 }] } }) },
      { source: 'personal', pack: pack('me', { rules: { 'line-length': 'error' } }) },
    ]);
    expect(rules['line-length']).toEqual({ severity: 'error', options: { max: 40 } });
  });

  it('ignores rules it does not know (settings stored by an older version)', () => {
    expect(rulesOf([{ source: 'personal', pack: pack('me', { rules: { 'retired-rule': 'error' } }) }])).toEqual({});
  });

  it('labels provenance with where the pack came from', () => {
    const { provenance } = resolve([{ source: 'team', label: 'acme.json', pack: pack('acme', { rules: { shouting: 'error' } }) }]);
    expect(provenance.shouting).toEqual({ source: 'team', packId: 'acme', label: 'acme.json' });
  });
});

describe('resolveLayers: extends', () => {
  it('puts the built-in pack beneath the pack that extends it', () => {
    const team = pack('acme', { extends: 'strict', rules: { 'angry-tone': 'warning' } });
    const { settings, provenance } = resolve([{ source: 'team', pack: team }]);
    expect(settings.lint.rules.shouting!.severity).toBe('error');
    expect(settings.lint.rules['angry-tone']!.severity).toBe('warning');
    expect(settings.lint.rules['line-length']).toEqual({ severity: 'error', options: { max: 35, min: 30 } });
    expect(provenance.shouting).toEqual({ source: 'team', packId: 'strict' });
    expect(provenance['angry-tone']).toEqual({ source: 'team', packId: 'acme' });
    expect(settings.guard).toEqual({ cooldownSeconds: strictPack.guard!.cooldownSeconds, allowSendAnyway: false });
  });

  it('resolves the built-in default pack to each rule its documented setting', () => {
    const { settings } = resolve([{ source: 'builtin', pack: defaultPack }]);
    expect(settings.lint.rules['line-length']).toEqual({ severity: 'warning', options: { max: 35, min: 30 } });
    expect(settings.guard).toEqual(DEFAULT_GUARD);
  });
});

describe('resolveLayers: locks', () => {
  const managed = pack('it-policy', { rules: { 'line-length': ['warning', { max: 35 }] }, locked: ['line-length'] });
  const withPersonal = (setting: PackRuleSetting) =>
    resolve([
      { source: 'managed', pack: managed },
      { source: 'personal', pack: pack('me', { rules: { 'line-length': setting } }) },
    ]);

  it('reports which layer locked a rule', () => {
    expect(withPersonal('warning').locked).toEqual({ 'line-length': { source: 'managed', packId: 'it-policy' } });
  });

  it.each<[string, PackRuleSetting, SeverityOrOff, Array<'severity' | 'options'>]>([
    ['turning it off', 'off', 'warning', ['severity']],
    ['lowering its severity', 'info', 'warning', ['severity']],
    ['changing an option', ['warning', { max: 60 }], 'warning', ['options']],
    ['changing an option the lock left at its default', ['warning', { count: 'graphemes' }], 'warning', ['options']],
    ['lowering the severity and changing an option', ['info', { max: 20 }], 'warning', ['severity', 'options']],
  ])('refuses %s', (_name, setting, severity, refusedKinds) => {
    const { settings, refused, provenance } = withPersonal(setting);
    expect(settings.lint.rules['line-length']).toEqual({ severity, options: { max: 35 } });
    expect(refused.map((change) => change.kind)).toEqual(refusedKinds);
    expect(refused.every((change) => change.lockedBy.packId === 'it-policy' && change.requestedBy.packId === 'me')).toBe(true);
    expect(provenance['line-length']!.source).toBe('managed');
  });

  it.each<[string, PackRuleSetting, Severity]>([
    ['raising its severity', 'error', 'error'],
    ['repeating the locked setting', ['warning', { max: 35 }], 'warning'],
    ['spelling out an option default the lock kept', ['warning', { count: 'width' }], 'warning'],
  ])('allows %s', (_name, setting, severity) => {
    const { settings, refused } = withPersonal(setting);
    expect(settings.lint.rules['line-length']!.severity).toBe(severity);
    expect(resolveOptions(sampleRules[1]!.meta.options, settings.lint.rules['line-length']!.options)).toEqual({ max: 35, count: 'width' });
    expect(refused).toEqual([]);
  });

  it('keeps the severity but refuses the options when a raise comes with other options', () => {
    const { settings, refused } = withPersonal(['error', { max: 80 }]);
    expect(settings.lint.rules['line-length']).toEqual({ severity: 'error', options: { max: 35 } });
    expect(refused.map((change) => change.kind)).toEqual(['options']);
  });

  it('binds team layers too, and every layer after them', () => {
    const { settings, refused } = resolve([
      { source: 'managed', pack: managed },
      { source: 'team', pack: pack('team', { rules: { 'line-length': 'off' } }) },
      { source: 'personal', pack: pack('me', { rules: { 'line-length': 'info' } }) },
    ]);
    expect(settings.lint.rules['line-length']!.severity).toBe('warning');
    expect(refused.map((change) => change.requestedBy.source)).toEqual(['team', 'personal']);
  });

  it('does not bind the layer that sets the lock, nor the layers below it', () => {
    const { settings, refused } = resolve([
      { source: 'builtin', pack: pack('base', { rules: { shouting: 'error' } }) },
      { source: 'team', pack: pack('team', { rules: { shouting: 'info' }, locked: ['shouting'] }) },
    ]);
    expect(settings.lint.rules.shouting!.severity).toBe('info');
    expect(refused).toEqual([]);
  });

  it('freezes a rule nobody configured at its defaults', () => {
    const { settings, refused } = resolve([
      { source: 'managed', pack: pack('it', { locked: ['angry-tone'] }) },
      { source: 'personal', pack: pack('me', { rules: { 'angry-tone': ['info', { threshold: 0.9 }] } }) },
    ]);
    expect(settings.lint.rules['angry-tone']).toBeUndefined();
    expect(refused.map((change) => change.kind)).toEqual(['severity', 'options']);
  });

  it('credits the first layer that locked a rule', () => {
    const { locked } = resolve([
      { source: 'managed', pack: pack('it', { locked: ['shouting'] }) },
      { source: 'team', pack: pack('team', { locked: ['shouting'] }) },
    ]);
    expect(locked.shouting).toEqual({ source: 'managed', packId: 'it' });
  });
});

describe('resolveLayers: managed settings', () => {
  it('locks every rule the policy sets, so team and personal layers cannot loosen it', () => {
    const { settings, locked, refused } = resolve([
      { source: 'managed', pack: pack('it', { rules: { shouting: 'error', 'line-length': ['warning', { max: 40 }] } }) },
      { source: 'team', pack: pack('team', { rules: { shouting: 'off', 'line-length': ['warning', { max: 50 }] } }) },
      { source: 'personal', pack: pack('me', { rules: { shouting: 'info' } }) },
    ]);
    expect(settings.lint.rules.shouting!.severity).toBe('error');
    expect(settings.lint.rules['line-length']!.options).toEqual({ max: 40 });
    expect(Object.keys(locked).sort()).toEqual(['line-length', 'shouting']);
    expect(refused.map((change) => `${change.target}:${change.kind}:${change.requestedBy.packId}`).sort()).toEqual([
      'line-length:options:team',
      'shouting:severity:me',
      'shouting:severity:team',
    ]);
  });

  it('does not lock the rules a managed pack only inherits through extends', () => {
    const { locked } = resolve([{ source: 'managed', pack: pack('it', { extends: 'default', rules: { shouting: 'error' } }) }]);
    expect(Object.keys(locked)).toEqual(['shouting']);
  });
});

describe('resolveLayers: locks (property)', () => {
  const severities: SeverityOrOff[] = ['off', 'info', 'warning', 'error'];
  const rank = (severity: SeverityOrOff) => severities.indexOf(severity);
  const lineLength = sampleRules[1]!;
  const setting = fc.oneof(
    fc.constantFrom<PackRuleSetting>(...severities),
    fc.tuple(fc.constantFrom<Severity>('error', 'warning', 'info'), fc.record({ max: fc.integer({ min: 10, max: 200 }) }, { requiredKeys: [] })),
  );
  const layer = fc.record({
    source: fc.constantFrom<LayerSource>('builtin', 'managed', 'team', 'personal'),
    setting: fc.option(setting, { nil: undefined }),
    lock: fc.boolean(),
  });

  it('never leaves a locked rule looser than it was when locked', () => {
    fc.assert(
      fc.property(fc.array(layer, { maxLength: 8 }), (generated) => {
        const layers: PackLayer[] = generated.map(({ source, setting: requested, lock }, index) => ({
          source,
          pack: pack(`p${index}`, { rules: requested === undefined ? {} : { 'line-length': requested }, locked: lock ? ['line-length'] : [] }),
        }));
        const { settings, locked } = resolve(layers);
        const lockedBy = locked['line-length'];
        if (!lockedBy) return;
        // The rule as it stood once the locking layer and everything beneath it had been applied.
        const sorted = [...layers].sort((a, b) => LAYER_ORDER.indexOf(a.source) - LAYER_ORDER.indexOf(b.source));
        const atLock = resolve(sorted.slice(0, sorted.findIndex((candidate) => candidate.pack.id === lockedBy.packId) + 1)).settings.lint.rules['line-length'];
        const final = settings.lint.rules['line-length'];
        expect(rank(final?.severity ?? 'warning')).toBeGreaterThanOrEqual(rank(atLock?.severity ?? 'warning'));
        expect(resolveOptions(lineLength.meta.options, final?.options)).toEqual(resolveOptions(lineLength.meta.options, atLock?.options));
      }),
    );
  });

  it('without locks, the last layer to set a severity decides it', () => {
    // Managed layers lock what they set, so they are left out here.
    const unmanagedLayer = layer.filter((entry) => entry.source !== 'managed');
    fc.assert(
      fc.property(fc.array(unmanagedLayer, { maxLength: 8 }), (generated) => {
        const layers: PackLayer[] = generated.map(({ source, setting: requested }, index) => ({
          source,
          pack: pack(`p${index}`, { rules: requested === undefined ? {} : { 'line-length': requested } }),
        }));
        const last = [...generated]
          .map((entry, index) => ({ ...entry, index }))
          .sort((a, b) => LAYER_ORDER.indexOf(a.source) - LAYER_ORDER.indexOf(b.source) || a.index - b.index)
          .filter((entry) => entry.setting !== undefined)
          .at(-1);
        const { settings, refused } = resolve(layers);
        expect(refused).toEqual([]);
        const expected = last === undefined ? undefined : typeof last.setting === 'string' ? last.setting : last.setting![0];
        expect(settings.lint.rules['line-length']?.severity).toBe(expected);
      }),
    );
  });
});

describe('resolveLayers: send guard', () => {
  it('takes the last layer\'s values when no managed layer set them', () => {
    const { settings } = resolve([
      { source: 'team', pack: pack('team', { guard: { cooldownSeconds: 300, allowSendAnyway: false } }) },
      { source: 'personal', pack: pack('me', { guard: { cooldownSeconds: 10, allowSendAnyway: true } }) },
    ]);
    expect(settings.guard).toEqual({ cooldownSeconds: 10, allowSendAnyway: true });
  });

  it('does not let team or personal layers turn "send anyway" back on after a managed layer turned it off', () => {
    const { settings, refused } = resolve([
      { source: 'managed', pack: pack('it', { guard: { allowSendAnyway: false } }) },
      { source: 'team', pack: pack('team', { guard: { allowSendAnyway: true } }) },
      { source: 'personal', pack: pack('me', { guard: { allowSendAnyway: true } }) },
    ]);
    expect(settings.guard.allowSendAnyway).toBe(false);
    expect(refused).toEqual([
      { target: 'guard', kind: 'send-anyway', requestedBy: { source: 'team', packId: 'team' }, lockedBy: { source: 'managed', packId: 'it' } },
      { target: 'guard', kind: 'send-anyway', requestedBy: { source: 'personal', packId: 'me' }, lockedBy: { source: 'managed', packId: 'it' } },
    ]);
  });

  it('treats a managed cool-down as the shortest allowed', () => {
    const { settings, refused } = resolve([
      { source: 'managed', pack: pack('it', { guard: { cooldownSeconds: 120 } }) },
      { source: 'team', pack: pack('team', { guard: { cooldownSeconds: 300 } }) },
      { source: 'personal', pack: pack('me', { guard: { cooldownSeconds: 60 } }) },
    ]);
    expect(settings.guard.cooldownSeconds).toBe(300);
    expect(refused.map((change) => [change.kind, change.requestedBy.packId])).toEqual([['cooldown', 'me']]);
    expect(resolve([
      { source: 'managed', pack: pack('it', { guard: { cooldownSeconds: 120 } }) },
      { source: 'personal', pack: pack('me', { guard: { cooldownSeconds: 200 } }) },
    ]).settings.guard.cooldownSeconds).toBe(200);
  });

  it('lets a managed layer keep "send anyway" on without binding anyone', () => {
    const { settings, refused } = resolve([
      { source: 'managed', pack: pack('it', { guard: { allowSendAnyway: true } }) },
      { source: 'personal', pack: pack('me', { guard: { allowSendAnyway: false } }) },
    ]);
    expect(settings.guard.allowSendAnyway).toBe(false);
    expect(refused).toEqual([]);
  });
});

describe('resolveLayers: vocabulary', () => {
  it('unites the layers\' phrases, the later layer winning on the same phrase', () => {
    const { vocabulary } = resolve([
      {
        source: 'managed',
        pack: pack('it', {
          phrases: {
            forbidden: [{ phrase: 'Per our policy', replacement: 'Under our terms' }, { phrase: '没办法' }],
            acronyms: ['ACME', 'RMA'],
            anger: { add: [{ term: 'clueless', weight: 0.6 }], ignore: ['killer'] },
          },
        }),
      },
      {
        source: 'personal',
        pack: pack('me', {
          phrases: {
            forbidden: [{ phrase: 'per our policy ', replacement: 'as our terms say' }],
            acronyms: ['RMA', 'SLA'],
            anger: { add: [{ term: 'Clueless', weight: 0.9 }, { term: '废物', weight: 1, language: 'zh' }], ignore: ['killer', 'crushing it'] },
          },
        }),
      },
    ]).settings.lint;
    expect(vocabulary).toEqual({
      forbiddenPhrases: [{ phrase: 'per our policy ', replacement: 'as our terms say' }, { phrase: '没办法' }],
      acronyms: ['ACME', 'RMA', 'SLA'],
      angerTerms: [{ term: 'Clueless', weight: 0.9 }, { term: '废物', weight: 1, language: 'zh' }],
      ignoredAngerTerms: ['killer', 'crushing it'],
    });
  });

  it('gives every resolution its own vocabulary object, since rules cache by identity', () => {
    const layers: PackLayer[] = [{ source: 'builtin', pack: defaultPack }];
    expect(resolve(layers).settings.lint.vocabulary).not.toBe(resolve(layers).settings.lint.vocabulary);
  });
});
