import { describe, expect, it } from 'vitest';
import { EMPTY_VOCABULARY } from '../core/vocabulary.ts';
import { defaultEffectiveSettings } from '../settings/effective.ts';
import { readEffectiveSettings } from './content-settings.ts';

describe('readEffectiveSettings', () => {
  it('falls back to the defaults when nothing usable is stored', () => {
    for (const stored of [undefined, null, 'x', [], {}]) expect(readEffectiveSettings(stored)).toEqual(defaultEffectiveSettings());
  });

  it('keeps what the background stored', () => {
    const stored = {
      lint: { rules: { shouting: { severity: 'off' } }, vocabulary: { ...EMPTY_VOCABULARY, acronyms: ['SLA'] } },
      guard: { cooldownSeconds: 5, allowSendAnyway: false },
      locale: 'zh',
      locked: ['angry-tone'],
    };
    expect(readEffectiveSettings(stored)).toEqual(stored);
  });

  it('repairs a half-written value part by part', () => {
    const settings = readEffectiveSettings({ lint: { rules: { honorific: { severity: 'error' } }, vocabulary: { acronyms: ['VIP'] } }, guard: { cooldownSeconds: -3 } });
    expect(settings.lint.rules).toEqual({ honorific: { severity: 'error' } });
    expect(settings.lint.vocabulary).toEqual({ ...EMPTY_VOCABULARY, acronyms: ['VIP'] });
    expect(settings.guard).toEqual(defaultEffectiveSettings().guard);
  });
});
