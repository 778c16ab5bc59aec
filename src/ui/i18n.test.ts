import { describe, expect, it, vi } from 'vitest';
import { createTranslate } from './i18n.ts';

describe('createTranslate', () => {
  it('asks the browser once per text, keeping substitutions apart', () => {
    const getMessage = vi.fn((key: string, substitutions?: string[]) => (key === 'uiPanelCount' ? `${substitutions?.[0]} problems` : key === 'uiPanelTitle' ? 'Netiquette' : ''));
    const t = createTranslate(getMessage);
    expect(t('uiPanelTitle')).toBe('Netiquette');
    expect(t('uiPanelTitle')).toBe('Netiquette');
    expect(t('uiPanelCount', 3)).toBe('3 problems');
    expect(t('uiPanelCount', 12)).toBe('12 problems');
    expect(t('uiPanelCount', 3)).toBe('3 problems');
    expect(getMessage).toHaveBeenCalledTimes(3);
  });

  it('shows the key of a missing text rather than nothing', () => {
    const t = createTranslate(() => '');
    expect(t('uiCardClose')).toBe('uiCardClose');
  });
});
