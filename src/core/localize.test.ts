import { describe, expect, it } from 'vitest';
import { displayLocale, localize, localizeDocs } from './localize.ts';

const text = { en: 'Please reply by mail', zh: '请通过邮件回复' };

describe('localize', () => {
  it('picks the language, converting Chinese for readers of Traditional', () => {
    expect(localize(text, 'en')).toBe('Please reply by mail');
    expect(localize(text, 'zh')).toBe('请通过邮件回复');
    expect(localize(text, 'zh-Hant')).toBe('請通過郵件回覆');
  });

  it('converts both parts of rule docs', () => {
    const docs = { en: { summary: 'a', rationale: 'b' }, zh: { summary: '主题', rationale: '客户' } };
    expect(localizeDocs(docs, 'zh-Hant')).toEqual({ summary: '主題', rationale: '客戶' });
    expect(localizeDocs(docs, 'zh')).toBe(docs.zh);
  });
});

describe('displayLocale', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh_HK', 'zh-Hant'],
    ['zh-CN', 'zh'],
    ['zh', 'zh'],
    ['zh-Hans-HK', 'zh'],
    ['zh_SG.UTF-8', 'zh'],
    ['en-US', 'en'],
    ['C.UTF-8', 'en'],
    ['', 'en'],
  ] as const)('reads %s as %s', (tag, locale) => {
    expect(displayLocale(undefined, tag)).toBe(locale);
  });

  it('keeps the chosen language and takes only the script from the tag', () => {
    expect(displayLocale('zh', 'zh-TW')).toBe('zh-Hant');
    expect(displayLocale('zh', 'en-US')).toBe('zh');
    expect(displayLocale('en', 'zh-TW')).toBe('en');
  });
});
