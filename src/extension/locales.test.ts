import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Catalogue = Record<string, { message: string }>;

function catalogue(locale: string): Catalogue {
  return JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
}

function substitutions(message: string): string[] {
  return [...new Set(message.match(/\$\d/g) ?? [])].sort();
}

describe('UI string catalogues', () => {
  const english = catalogue('en');

  it.each(['zh_CN', 'zh_TW'])('%s has exactly the English keys, with the same substitutions', (locale) => {
    const translated = catalogue(locale);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect({ key, substitutions: substitutions(translated[key]!.message) }).toEqual({ key, substitutions: substitutions(message) });
    }
  });
});
